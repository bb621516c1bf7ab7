"""The officer's side: transitions, messages to the reporter, assignment, exclusions and sharing."""
from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sujarit.core.errors import ApplicationError

from .. import crypto, selectors
from ..errors import WbErrorCode
from ..events import event_write
from ..models import (ActionTaken, EventKind, ExclusionTag, InvestigationKind, Message, Outcome, Report,
                      ReportKeyWrap, ReportState, UserKey)
from ..workflow import TRANSITIONS


def _ensure_officer(report: Report, user) -> None:
    if not selectors.is_designated(user=user, organisation=report.organisation):
        raise ApplicationError(code=WbErrorCode.NOT_OFFICER,
                               message=_("Only a designated corruption-report officer can do this."))
    if selectors.is_excluded(report=report, user=user):
        raise ApplicationError(code=WbErrorCode.NAMED_PERSON,
                               message=_("You are named in this report and cannot act on it."))


def _require_key(key: bytes | None) -> bytes:
    if key is None:
        raise ApplicationError(code=WbErrorCode.KEY_LOCKED,
                               message=_("Unlock your key with your password to do this."))
    return key


@transaction.atomic
def report_transition(*, report: Report, transition: str, report_key: bytes | None, acting_user,
                      comment: str = "", investigation_kind: str = "", referred_on: date | None = None,
                      outcome: str = "", action_taken: str = "") -> Report:
    _ensure_officer(report, acting_user)
    key = _require_key(report_key)
    report = Report.objects.select_for_update().get(pk=report.pk)
    step = TRANSITIONS.get(transition)
    if step is None or report.state not in step.sources:
        raise ApplicationError(code=WbErrorCode.TRANSITION_INVALID,
                               message=_("This action is not possible while the report is “%(state)s”.")
                               % {"state": report.get_state_display()})
    comment = (comment or "").strip()
    if step.reason_required and not comment:
        raise ApplicationError(code=WbErrorCode.REASON_REQUIRED, field="comment",
                               message=_("Write the findings of the case."))
    settings_row = selectors.channel_settings(report.organisation)
    today = timezone.localdate()
    if transition == "investigate":
        if investigation_kind not in InvestigationKind.values:
            raise ApplicationError(code=WbErrorCode.REFERRAL_REQUIRED, field="investigation_kind",
                                   message=_("Choose an internal investigation or the body the case is referred to."))
        if investigation_kind != InvestigationKind.INTERNAL and referred_on is None:
            raise ApplicationError(code=WbErrorCode.REFERRAL_REQUIRED, field="referred_on",
                                   message=_("Give the date the case was referred."))
        report.investigation_kind = investigation_kind
        report.referred_on = referred_on if investigation_kind != InvestigationKind.INTERNAL else None
        report.stage_due_on = today + timedelta(days=settings_row.investigation_days)
    elif transition == "conclude":
        if outcome not in Outcome.values or action_taken not in ActionTaken.values:
            raise ApplicationError(code=WbErrorCode.OUTCOME_REQUIRED, field="outcome",
                                   message=_("Choose the outcome and the action taken."))
        report.outcome, report.action_taken, report.concluded_on = outcome, action_taken, today
        report.stage_due_on = None
    elif transition == "acknowledge":
        report.acknowledged_on = today
        report.stage_due_on = None
    elif transition == "review":
        report.stage_due_on = today + timedelta(days=settings_row.preliminary_days)
    if transition == "close":
        report.closed_on = today
        report.feedback_due_on = None
    else:  # the reporter sees the new state: that is an update, and the next one is due in `feedback_days`
        report.feedback_due_on = today + timedelta(days=settings_row.feedback_days)
    if report.assigned_to_id is None:
        report.assigned_to = acting_user
    before = report.state
    report.state = step.target
    report.save()
    event_write(organisation=report.organisation, report=report, actor=acting_user, kind=EventKind.TRANSITION,
                from_state=before, to_state=report.state,
                comment_box=crypto.secret_encrypt(key, comment.encode()) if comment else None)
    return report


@transaction.atomic
def officer_message(*, report: Report, report_key: bytes | None, text: str, acting_user) -> Message:
    """A question or an update for the reporter; it resets the feedback deadline."""
    _ensure_officer(report, acting_user)
    key = _require_key(report_key)
    text = (text or "").strip()
    if not text:
        raise ApplicationError(code=WbErrorCode.FIELD_REQUIRED, field="text", message=_("Write a message."))
    if report.state == ReportState.CLOSED:
        raise ApplicationError(code=WbErrorCode.REPORT_CLOSED, message=_("This report is closed."))
    today = timezone.localdate()
    message = Message.objects.create(report=report, author_kind=Message.Author.OFFICER, author=acting_user,
                                     sent_on=today, body_box=crypto.secret_encrypt(key, text.encode()))
    days = selectors.channel_settings(report.organisation).feedback_days
    Report.objects.filter(pk=report.pk).update(feedback_due_on=today + timedelta(days=days))
    event_write(organisation=report.organisation, report=report, actor=acting_user, kind=EventKind.MESSAGE)
    return message


def _share(report: Report, key: bytes, user) -> bool:
    target = UserKey.objects.filter(user=user, status=UserKey.Status.ACTIVE).first()
    if target is None:
        return False
    ReportKeyWrap.objects.get_or_create(report=report, user_key=target,
                                        defaults={"sealed_key": crypto.seal(bytes(target.public_key), key)})
    return True


def report_assign(*, report: Report, officer, report_key: bytes | None, acting_user) -> Report:
    """Make `officer` the handling officer. A person named in the report is refused, and the refusal is logged."""
    _ensure_officer(report, acting_user)
    if selectors.is_excluded(report=report, user=officer):
        with transaction.atomic():
            event_write(organisation=report.organisation, report=report, actor=acting_user,
                        kind=EventKind.ASSIGN_REFUSED)
        raise ApplicationError(code=WbErrorCode.NAMED_PERSON, field="officer",
                               message=_("%(name)s is named in this report and can never be assigned to it or see "
                                         "it. Choose another officer.") % {"name": officer.get_full_name() or officer})
    return _assign(report=report, officer=officer, report_key=report_key, acting_user=acting_user)


@transaction.atomic
def _assign(*, report: Report, officer, report_key: bytes | None, acting_user) -> Report:
    if not selectors.is_designated(user=officer, organisation=report.organisation):
        raise ApplicationError(code=WbErrorCode.NOT_OFFICER, field="officer",
                               message=_("Only a designated corruption-report officer can handle a report."))
    if report_key is not None and _share(report, report_key, officer):
        event_write(organisation=report.organisation, report=report, actor=acting_user, kind=EventKind.SHARED)
    report.assigned_to = officer
    report.save(update_fields=["assigned_to"])
    event_write(organisation=report.organisation, report=report, actor=acting_user, kind=EventKind.ASSIGNED)
    return report


@transaction.atomic
def report_exclude(*, report: Report, person, acting_user) -> None:
    """Record that `person` is named in the report: their key wrap is removed and they can never see it again."""
    _ensure_officer(report, acting_user)
    if person.pk == acting_user.pk:
        raise ApplicationError(code=WbErrorCode.NAMED_PERSON,
                               message=_("Ask another officer to record that you are named."))
    ExclusionTag.objects.get_or_create(report=report, tag=crypto.tag("excluded", report.pk, person.pk))
    ReportKeyWrap.objects.filter(report=report, user_key__user=person).delete()
    if report.assigned_to_id == person.pk:
        report.assigned_to = acting_user
        report.save(update_fields=["assigned_to"])
    event_write(organisation=report.organisation, report=report, actor=acting_user, kind=EventKind.EXCLUDED)
