from __future__ import annotations

from django.db import transaction

from sujarit.core.audit import audited
from django.utils import timezone
from django.utils.translation import gettext as _

from sujarit.core.errors import ApplicationError
from sujarit.orgs.selectors import user_oversees, user_roles

from ..errors import PlanErrorCode
from ..models import Plan, PlanEvent, PlanEventKind, PlanStatus, ReviewVerdict
from ..workflow import TRANSITIONS
from .rules import ensure_editable, ensure_year_range

PLAN_FIELDS = ("title", "first_year_be", "last_year_be", "preface", "rationale", "objectives", "goals",
               "benefits", "base_year_be", "base_case_count")


@audited
@transaction.atomic
def plan_create(*, organisation, framework, title: str, first_year_be: int, last_year_be: int,
                acting_user, **fields) -> Plan:
    ensure_year_range(first_year_be, last_year_be)
    plan = Plan(organisation=organisation, framework=framework, title=title, first_year_be=first_year_be,
                last_year_be=last_year_be, **{k: v for k, v in fields.items() if k in PLAN_FIELDS})
    plan.full_clean()
    plan.save()
    return plan


@audited
@transaction.atomic
def plan_update(*, plan: Plan, acting_user, **fields) -> Plan:
    ensure_editable(plan)
    for name, value in fields.items():
        if name not in PLAN_FIELDS:
            raise TypeError(f"plan_update() cannot set {name!r}")
        setattr(plan, name, value)
    ensure_year_range(plan.first_year_be, plan.last_year_be)
    outside = plan.entries.exclude(fiscal_year_be__range=(plan.first_year_be, plan.last_year_be)).count()
    if outside:
        raise ApplicationError(
            code=PlanErrorCode.YEAR_OUTSIDE_PLAN, field="last_year_be",
            message=_("%(count)s yearly entries would fall outside the new year range.") % {"count": outside},
        )
    plan.save()
    return plan


@audited
@transaction.atomic
def plan_transition(*, plan: Plan, transition: str, acting_user, comment: str = "") -> Plan:
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    step = TRANSITIONS.get(transition)
    if step is None or plan.status not in step.sources:
        raise ApplicationError(code=PlanErrorCode.TRANSITION_INVALID,
                               message=_("This action is not possible while the plan is %(status)s.")
                               % {"status": plan.get_status_display()})
    if not (user_roles(user=acting_user, organisation=plan.organisation) & step.roles):
        raise ApplicationError(code=PlanErrorCode.TRANSITION_FORBIDDEN,
                               message=_("Your role does not allow this action."))
    comment = (comment or "").strip()
    if step.reason_required and not comment:
        raise ApplicationError(code=PlanErrorCode.REASON_REQUIRED, field="comment",
                               message=_("Please give a reason."))
    before = plan.status
    now = timezone.now()
    plan.status = step.target
    stamp = {PlanStatus.SUBMITTED: "submitted", PlanStatus.APPROVED: "approved",
             PlanStatus.PUBLISHED: "published"}.get(step.target)
    if stamp:
        setattr(plan, f"{stamp}_by", acting_user)
        setattr(plan, f"{stamp}_at", now)
    plan.save()
    PlanEvent.objects.create(organisation=plan.organisation, plan=plan, actor=acting_user,
                             kind=PlanEventKind.TRANSITION, transition=step.name, from_status=before,
                             to_status=plan.status, comment=comment)
    return plan


@audited
@transaction.atomic
def plan_review(*, plan: Plan, verdict: str, reason: str, acting_user) -> PlanEvent:
    """An overseer's verdict. "Needs revision" on a submitted plan sends it back to draft."""
    if not user_oversees(user=acting_user, organisation=plan.organisation):
        raise ApplicationError(code=PlanErrorCode.TRANSITION_FORBIDDEN,
                               message=_("Only an overseer of this organisation can review its plan."))
    if verdict not in ReviewVerdict.values:
        raise ApplicationError(code=PlanErrorCode.TRANSITION_INVALID, field="verdict",
                               message=_("Choose a verdict."))
    reason = (reason or "").strip()
    if verdict == ReviewVerdict.NEEDS_REVISION and not reason:
        raise ApplicationError(code=PlanErrorCode.REASON_REQUIRED, field="reason",
                               message=_("Please give the reason the plan needs revision."))
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    before = plan.status
    if verdict == ReviewVerdict.NEEDS_REVISION and plan.status == PlanStatus.SUBMITTED:
        plan.status = PlanStatus.DRAFT
        plan.save()
    return PlanEvent.objects.create(organisation=plan.organisation, plan=plan, actor=acting_user,
                                    kind=PlanEventKind.REVIEW, transition="review", from_status=before,
                                    to_status=plan.status, verdict=verdict, comment=reason)
