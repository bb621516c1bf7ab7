from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError
from sujarit.orgs.selectors import user_roles

from ..errors import RiskErrorCode
from ..models import AssessmentEvent, AssessmentStatus, RiskAssessment, WorkingGroupMember, WorkingGroupRole
from ..workflow import TRANSITIONS
from .matrix import matrix_default
from .rules import ensure_editable, ensure_working_group

ASSESSMENT_FIELDS = ("title", "scope")


def ensure_year(fiscal_year_be) -> int:
    try:
        year = int(fiscal_year_be)
    except (TypeError, ValueError):
        year = 0
    if not 2500 <= year <= 2700:
        raise ApplicationError(code=RiskErrorCode.YEAR_INVALID, field="fiscal_year_be",
                               message=_("Enter the fiscal year in the Buddhist Era, e.g. 2566."))
    return year


@audited
@transaction.atomic
def assessment_create(*, organisation, fiscal_year_be, acting_user, title: str = "", plan=None, scope: str = "",
                      source: str = "form", matrix=None) -> RiskAssessment:
    ensure_working_group(organisation, acting_user)
    year = ensure_year(fiscal_year_be)
    if RiskAssessment.objects.for_org(organisation).filter(fiscal_year_be=year).exists():
        raise ApplicationError(code=RiskErrorCode.YEAR_TAKEN, field="fiscal_year_be",
                               message=_("There is already a risk assessment for fiscal year %(year)s.")
                               % {"year": year})
    if plan is not None and plan.organisation_id != organisation.pk:
        raise ApplicationError(code=RiskErrorCode.PROJECT_FOREIGN, field="plan",
                               message=_("The plan belongs to another organisation."))
    if not (title or "").strip():
        with translation.override("th"):  # stored text of an official document: Thai
            title = _("Corruption-risk assessment, fiscal year %(year)s") % {"year": year}
    return RiskAssessment.objects.create(organisation=organisation, fiscal_year_be=year, title=title,
                                         scope=scope, plan=plan, source=source,
                                         matrix=matrix or matrix_default())


@audited
@transaction.atomic
def assessment_update(*, assessment: RiskAssessment, acting_user, **fields) -> RiskAssessment:
    ensure_working_group(assessment, acting_user)
    ensure_editable(assessment)
    for name, value in fields.items():
        if name not in ASSESSMENT_FIELDS:
            raise TypeError(f"assessment_update() cannot set {name!r}")
        setattr(assessment, name, value)
    assessment.full_clean(exclude=["organisation", "matrix", "plan"])
    assessment.save()
    return assessment


@audited
@transaction.atomic
def member_add(*, assessment: RiskAssessment, name: str, acting_user, position: str = "",
               group_role: str = WorkingGroupRole.MEMBER) -> WorkingGroupMember:
    ensure_working_group(assessment, acting_user)
    ensure_editable(assessment)
    name = " ".join((name or "").split())
    if not name:
        raise ApplicationError(code=RiskErrorCode.NAME_REQUIRED, field="name", message=_("Enter the member's name."))
    if group_role not in WorkingGroupRole.values:
        group_role = WorkingGroupRole.MEMBER
    order = (assessment.members.aggregate(m=Max("order"))["m"] or 0) + 1
    return WorkingGroupMember.objects.create(organisation=assessment.organisation, assessment=assessment, name=name,
                                             position=position.strip(), group_role=group_role, order=order)


@audited
@transaction.atomic
def member_remove(*, member: WorkingGroupMember, acting_user) -> None:
    ensure_working_group(member.assessment, acting_user)
    ensure_editable(member.assessment)
    member.delete()


def record_event(*, assessment, acting_user, transition: str, before: str, after: str, comment: str = "",
                 round=None) -> AssessmentEvent:
    return AssessmentEvent.objects.create(organisation=assessment.organisation, assessment=assessment,
                                          round=round, actor=acting_user, transition=transition,
                                          from_status=before, to_status=after, comment=comment)


def check_transition(obj, transition: str, acting_user, comment: str):
    step = TRANSITIONS.get(transition)
    if step is None or obj.status not in step.sources:
        raise ApplicationError(code=RiskErrorCode.TRANSITION_INVALID,
                               message=_("This action is not possible while the status is %(status)s.")
                               % {"status": obj.get_status_display()})
    if not (user_roles(user=acting_user, organisation=obj.organisation) & step.roles):
        raise ApplicationError(code=RiskErrorCode.TRANSITION_FORBIDDEN,
                               message=_("Your role does not allow this action."))
    comment = (comment or "").strip()
    if step.reason_required and not comment:
        raise ApplicationError(code=RiskErrorCode.REASON_REQUIRED, field="comment",
                               message=_("Please give a reason."))
    return step, comment


@audited
@transaction.atomic
def assessment_transition(*, assessment: RiskAssessment, transition: str, acting_user,
                          comment: str = "") -> RiskAssessment:
    from ..selectors.public import public_snapshot

    assessment = RiskAssessment.objects.select_for_update().get(pk=assessment.pk)
    step, comment = check_transition(assessment, transition, acting_user, comment)
    if transition == "submit" and not assessment.risks.exists():
        raise ApplicationError(code=RiskErrorCode.EVENT_REQUIRED,
                               message=_("Add at least one risk before submitting the assessment."))
    before, now = assessment.status, timezone.now()
    assessment.status = step.target
    if step.target == AssessmentStatus.APPROVED:
        assessment.approved_by, assessment.approved_at = acting_user, now
    if step.target == AssessmentStatus.PUBLISHED:
        assessment.published_at = now
        assessment.public_snapshot = public_snapshot(assessment=assessment)
    assessment.save()
    record_event(assessment=assessment, acting_user=acting_user, transition=step.name, before=before,
                 after=assessment.status, comment=comment)
    return assessment
