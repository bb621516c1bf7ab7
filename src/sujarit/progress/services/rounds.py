from __future__ import annotations

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError
from sujarit.plans.models import Plan

from ..errors import ProgressErrorCode
from ..models import ReportRound, RoundKind
from ..periods import deadline_allowed, default_deadline
from .rules import ensure_role, ensure_year_in_plan
from .targets import TARGET_EDITORS


def rounds_ensure(*, plan: Plan, fiscal_year_be: int) -> list[ReportRound]:
    """Both rounds of the year, created with the default deadlines when missing (no audit actor: system)."""
    rounds = []
    for kind in RoundKind.values:
        row, _created = ReportRound.objects.get_or_create(
            organisation=plan.organisation, plan=plan, fiscal_year_be=fiscal_year_be, kind=kind,
            defaults={"deadline": default_deadline(fiscal_year_be, kind)})
        rounds.append(row)
    return rounds


@audited
@transaction.atomic
def round_set(*, plan: Plan, fiscal_year_be: int, kind: str, deadline: datetime.date, acting_user,
              remind_days_before: int = 7) -> ReportRound:
    ensure_role(user=acting_user, organisation=plan.organisation, roles=TARGET_EDITORS,
                message=_("Only the organisation's plan officers set the rounds."))
    ensure_year_in_plan(plan, fiscal_year_be)
    if kind not in RoundKind.values:
        raise ApplicationError(code=ProgressErrorCode.TRANSITION_INVALID, field="kind", message=_("Choose a round."))
    if deadline is None or not deadline_allowed(fiscal_year_be, kind, deadline):
        raise ApplicationError(code=ProgressErrorCode.DEADLINE_OUTSIDE_YEAR, field="deadline",
                               message=_("The deadline must fall between the start of the round and six months "
                                         "after its end."))
    if remind_days_before is None or not (0 <= int(remind_days_before) <= 60):
        raise ApplicationError(code=ProgressErrorCode.DEADLINE_OUTSIDE_YEAR, field="remind_days_before",
                               message=_("Remind between 0 and 60 days before the deadline."))
    row, _created = ReportRound.objects.update_or_create(
        organisation=plan.organisation, plan=plan, fiscal_year_be=fiscal_year_be, kind=kind,
        defaults={"deadline": deadline, "remind_days_before": int(remind_days_before), "last_reminded_on": None})
    return row
