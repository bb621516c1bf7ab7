"""Officers handle a case: declared transitions, the written explanation of a delay, and messages."""
from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError
from sujarit.orgs.models import Membership
from sujarit.orgs.selectors import user_roles

from .. import clock
from ..errors import ComplaintErrorCode
from ..models import Complaint, ComplaintEvent, FINISHED, LetterKind, Message, Status
from ..workflow import HANDLERS, TRANSITIONS
from .files import files_check, files_store
from .letters import letter_issue


def _locked(complaint: Complaint) -> Complaint:
    return Complaint.objects.select_for_update().select_related("organisation").get(pk=complaint.pk)


def _required(value: str, field: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ApplicationError(code=ComplaintErrorCode.REASON_REQUIRED, field=field, message=message)
    return value


def _is_handler(user, complaint) -> bool:
    return bool(user_roles(user=user, organisation=complaint.organisation) & HANDLERS)


def _assign(complaint: Complaint, unit: str, assignee) -> None:
    unit = (unit or "").strip()[:200]
    if assignee is not None and not Membership.objects.filter(
            user=assignee, organisation=complaint.organisation, is_active=True).exists():
        raise ApplicationError(code=ComplaintErrorCode.ASSIGNEE_INVALID, field="assignee",
                               message=_("The officer must be a member of this organisation."))
    if not unit and assignee is None:
        raise ApplicationError(code=ComplaintErrorCode.REASON_REQUIRED, field="unit",
                               message=_("Name the unit or the officer who will handle the case."))
    if not unit and assignee is not None:
        unit = Membership.objects.filter(user=assignee, organisation=complaint.organisation).exclude(
            unit="").values_list("unit", flat=True).first() or ""
    complaint.assigned_unit, complaint.assignee = unit, assignee


@audited
@transaction.atomic
def complaint_transition(*, complaint: Complaint, action: str, acting_user, comment: str = "",
                         forwarded_to: str = "", unit: str = "", assignee=None, result: str = "",
                         obstacle: str = "", prevention: str = "", evidence=()) -> Complaint:
    complaint = _locked(complaint)
    step = TRANSITIONS.get(action)
    if step is None or complaint.status not in step.sources:
        raise ApplicationError(code=ComplaintErrorCode.TRANSITION_INVALID,
                               message=_("This action is not possible while the case is %(status)s.")
                               % {"status": complaint.get_status_display()})
    allowed = _is_handler(acting_user, complaint) or (
        step.assignee_may and complaint.assignee_id is not None and complaint.assignee_id == acting_user.pk)
    if not allowed:
        raise ApplicationError(code=ComplaintErrorCode.TRANSITION_FORBIDDEN,
                               message=_("Your role does not allow this action."))
    comment = (comment or "").strip()
    if step.needs == "comment":
        comment = _required(comment, "comment", _("Please give a reason."))
    checked = files_check(evidence) if step.name == "resolve" else []
    before = complaint.status
    today = clock.today()
    if step.name == "reject":
        complaint.status_reason = comment
    elif step.name == "forward":
        complaint.forwarded_to = _required(forwarded_to, "forwarded_to", _("Name the agency the case goes to."))[:300]
        comment = comment or complaint.forwarded_to
    elif step.name == "assign":
        _assign(complaint, unit, assignee)
        comment = comment or " · ".join(filter(None, [complaint.assigned_unit, str(complaint.assignee or "")]))
    elif step.name == "resolve":
        complaint.result = _required(result, "result", _("Describe what was done."))
        complaint.obstacle, complaint.prevention = (obstacle or "").strip(), (prevention or "").strip()
    elif step.name == "reopen":
        complaint.finished_on, complaint.closed_at = None, None
    complaint.status = step.target
    if step.target in FINISHED and before not in FINISHED:
        complaint.finished_on = today
    if step.target == Status.CLOSED:
        complaint.closed_at = timezone.now()
    complaint.save()
    ComplaintEvent.objects.create(organisation=complaint.organisation, complaint=complaint, actor=acting_user,
                                  action=step.name, from_status=before, to_status=complaint.status, comment=comment)
    if checked:
        files_store(complaint=complaint, checked=checked, is_evidence=True)
    if step.name in ("resolve", "reject", "forward"):
        body = {"resolve": complaint.result, "reject": comment,
                "forward": _("Your complaint was forwarded to %(agency)s, which is responsible for it.")
                % {"agency": complaint.forwarded_to}}[step.name]
        letter_issue(complaint=complaint, kind=LetterKind.RESULT, issued_on=today, body=body,
                     acting_user=acting_user)
    return complaint


@audited
@transaction.atomic
def complaint_explain(*, complaint: Complaint, reason: str, expected_on: date, acting_user):
    """The written explanation the plan requires when a case cannot be finished within its days."""
    complaint = _locked(complaint)
    if not _is_handler(acting_user, complaint) and complaint.assignee_id != acting_user.pk:
        raise ApplicationError(code=ComplaintErrorCode.TRANSITION_FORBIDDEN,
                               message=_("Your role does not allow this action."))
    if complaint.is_finished:
        raise ApplicationError(code=ComplaintErrorCode.EXPLANATION_NOT_NEEDED,
                               message=_("The case is finished; no explanation is needed."))
    reason = _required(reason, "reason", _("Explain why the case needs more time."))
    today = clock.today()
    if expected_on is None or expected_on <= max(today, complaint.expected_on):
        raise ApplicationError(code=ComplaintErrorCode.DATE_INVALID, field="expected_on",
                               message=_("The new expected date must be after the current one."))
    late = today > complaint.expected_on
    complaint.extended_on = expected_on
    complaint.save(update_fields=["extended_on", "updated_at"])
    ComplaintEvent.objects.create(organisation=complaint.organisation, complaint=complaint, actor=acting_user,
                                  action="explain_late" if late else "explain", from_status=complaint.status,
                                  to_status=complaint.status, comment=reason)
    return letter_issue(complaint=complaint, kind=LetterKind.EXPLANATION, issued_on=today, body=reason,
                        expected_on=expected_on, acting_user=acting_user)


@audited
@transaction.atomic
def message_post(*, complaint: Complaint, body: str, acting_user) -> Message:
    body = _required(body, "body", _("Write a message."))[:5000]
    if not _is_handler(acting_user, complaint) and complaint.assignee_id != acting_user.pk:
        raise ApplicationError(code=ComplaintErrorCode.TRANSITION_FORBIDDEN,
                               message=_("Your role does not allow this action."))
    return Message.objects.create(organisation=complaint.organisation, complaint=complaint, author=acting_user,
                                  body=body)
