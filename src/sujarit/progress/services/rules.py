"""Checks shared by the progress services."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from sujarit.core.errors import ApplicationError
from sujarit.orgs.selectors import user_roles

from ..errors import ProgressErrorCode


def ensure_role(*, user, organisation, roles, message: str) -> None:
    if not (user_roles(user=user, organisation=organisation) & set(roles)):
        raise ApplicationError(code=ProgressErrorCode.TRANSITION_FORBIDDEN, message=message)


def ensure_money(value, *, field: str) -> Decimal:
    try:
        amount = Decimal(str(value if value not in (None, "") else 0))
    except (InvalidOperation, TypeError, ValueError):
        amount = None
    if amount is None or not amount.is_finite() or amount < 0:
        raise ApplicationError(code=ProgressErrorCode.MONEY_INVALID, field=field,
                               message=_("The amount must be a number of baht, not negative."))
    return amount.quantize(Decimal("0.01"))


def ensure_score(value, *, field: str, required: bool = False) -> Decimal | None:
    if value in (None, ""):
        if required:
            raise ApplicationError(code=ProgressErrorCode.SCORE_INVALID, field=field,
                                   message=_("Enter the score (0–100)."))
        return None
    try:
        score = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        score = None
    if score is None or not score.is_finite() or not (0 <= score <= 100):
        raise ApplicationError(code=ProgressErrorCode.SCORE_INVALID, field=field,
                               message=_("A score must be a number from 0 to 100."))
    return score.quantize(Decimal("0.01"))


def ensure_year_in_plan(plan, fiscal_year_be: int) -> None:
    if fiscal_year_be not in plan.years:
        raise ApplicationError(code=ProgressErrorCode.YEAR_OUTSIDE_PLAN, field="fiscal_year_be",
                               message=_("Fiscal year %(year)s is outside this plan.") % {"year": fiscal_year_be})
