"""Checks shared by the plan services."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from sujarit.core.errors import ApplicationError

from ..errors import PlanErrorCode
from ..models import Plan
from ..workflow import EDITABLE_STATUSES


def ensure_editable(plan: Plan) -> None:
    if plan.status not in EDITABLE_STATUSES:
        raise ApplicationError(
            code=PlanErrorCode.NOT_EDITABLE,
            message=_("This plan is %(status)s and cannot be edited. Open it for amendment first.")
            % {"status": plan.get_status_display()},
        )


def ensure_year_in_plan(plan: Plan, fiscal_year_be: int) -> None:
    if fiscal_year_be not in plan.years:
        raise ApplicationError(
            code=PlanErrorCode.YEAR_OUTSIDE_PLAN,
            field="fiscal_year_be",
            message=_("Fiscal year %(year)s is outside this plan (%(first)s–%(last)s).")
            % {"year": fiscal_year_be, "first": plan.first_year_be, "last": plan.last_year_be},
        )


def ensure_quarters(quarters) -> list[int]:
    quarters = sorted(set(quarters))
    if any(q not in (1, 2, 3, 4) for q in quarters):
        raise ApplicationError(code=PlanErrorCode.QUARTER_INVALID, field="quarters",
                               message=_("A quarter must be 1, 2, 3 or 4."))
    return quarters


def ensure_budget(value, *, field: str = "budget") -> Decimal:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        amount = None
    if amount is None or not amount.is_finite():
        raise ApplicationError(code=PlanErrorCode.BUDGET_INVALID, field=field,
                               message=_("The budget must be a number of baht."))
    if amount < 0:
        raise ApplicationError(code=PlanErrorCode.BUDGET_INVALID, field=field,
                               message=_("The budget cannot be negative."))
    return amount.quantize(Decimal("0.01"))


def ensure_year_range(first_year_be: int, last_year_be: int) -> None:
    if not (2500 <= first_year_be <= last_year_be <= 2700) or last_year_be - first_year_be > 9:
        raise ApplicationError(
            code=PlanErrorCode.YEAR_RANGE_INVALID, field="last_year_be",
            message=_("The plan must cover one to ten fiscal years in the Buddhist Era, e.g. 2566–2570."),
        )
