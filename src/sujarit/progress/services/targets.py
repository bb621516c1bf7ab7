from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError
from sujarit.orgs.models import Role
from sujarit.plans.models import Plan

from ..errors import ProgressErrorCode
from ..models import CaseCount, ItaResult, TargetProfile
from .rules import ensure_role, ensure_score, ensure_year_in_plan

TARGET_EDITORS = frozenset({Role.PLAN_OFFICER})


def _check(plan: Plan, acting_user, fiscal_year_be: int | None = None) -> None:
    ensure_role(user=acting_user, organisation=plan.organisation, roles=TARGET_EDITORS,
                message=_("Only the organisation's plan officers enter results."))
    if fiscal_year_be is not None:
        ensure_year_in_plan(plan, fiscal_year_be)


@audited
@transaction.atomic
def ita_result_set(*, plan: Plan, fiscal_year_be: int, score, acting_user, iit=None, eit=None, oit=None,
                   note: str = "") -> ItaResult:
    _check(plan, acting_user, fiscal_year_be)
    values = {"score": ensure_score(score, field="score", required=True), "iit": ensure_score(iit, field="iit"),
              "eit": ensure_score(eit, field="eit"), "oit": ensure_score(oit, field="oit"),
              "note": (note or "").strip(), "entered_by": acting_user}
    result, _created = ItaResult.objects.update_or_create(organisation=plan.organisation, plan=plan,
                                                          fiscal_year_be=fiscal_year_be, defaults=values)
    return result


@audited
@transaction.atomic
def case_count_set(*, plan: Plan, fiscal_year_be: int, count: int, acting_user, note: str = "") -> CaseCount:
    _check(plan, acting_user, fiscal_year_be)
    if count is None or int(count) < 0:
        raise ApplicationError(code=ProgressErrorCode.SCORE_INVALID, field="count",
                               message=_("The number of cases cannot be negative."))
    row, _created = CaseCount.objects.update_or_create(
        organisation=plan.organisation, plan=plan, fiscal_year_be=fiscal_year_be,
        defaults={"count": int(count), "note": (note or "").strip(), "entered_by": acting_user})
    return row


@audited
@transaction.atomic
def base_case_count_set(*, plan: Plan, count: int, acting_user) -> Plan:
    """The base year's case count is entered once (Plan.base_case_count); afterwards only a plan amendment
    changes it."""
    _check(plan, acting_user)
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    if plan.base_case_count is not None:
        raise ApplicationError(code=ProgressErrorCode.BASE_ALREADY_SET, field="count",
                               message=_("The base year's count was already entered."))
    if count is None or int(count) < 0:
        raise ApplicationError(code=ProgressErrorCode.SCORE_INVALID, field="count",
                               message=_("The number of cases cannot be negative."))
    plan.base_case_count = int(count)
    plan.save(update_fields=["base_case_count", "updated_at"])
    return plan


@audited
@transaction.atomic
def target_profile_set(*, plan: Plan, already_passed_ita: bool, acting_user) -> TargetProfile:
    _check(plan, acting_user)
    profile, _created = TargetProfile.objects.update_or_create(
        organisation=plan.organisation, plan=plan, defaults={"already_passed_ita": bool(already_passed_ita)})
    return profile
