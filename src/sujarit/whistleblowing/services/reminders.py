"""Deadline reminders to the designated officers: an in-app notice and an e-mail that says nothing about the report.

Run daily by `python -m sujarit whistleblowing_remind` (one job per organisation, `tasks.py`). Kinds of deadline:
acknowledgement (state "received"), the next update to the reporter (every state but "closed") and the current
stage (preliminary review, investigation). An officer named in a report is never reminded of it.
The e-mail holds one sentence per deadline ("a report in your channel needs action by <date>") and the dashboard
link: no reference number, category, state, name, content or receipt; nothing about a report is logged.
"""
from __future__ import annotations

import logging
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sujarit.core.links import absolute_url
from sujarit.core.thai import format_date_be

from .. import selectors
from ..events import event_write
from ..models import EventKind, Reminder, Report, ReportState

log = logging.getLogger(__name__)

EVENT_OF_KIND = {Reminder.Kind.ACKNOWLEDGE: EventKind.REMINDED_ACKNOWLEDGE,
                 Reminder.Kind.FEEDBACK: EventKind.REMINDED_FEEDBACK,
                 Reminder.Kind.STAGE: EventKind.REMINDED_STAGE}


def report_deadlines(report: Report) -> list[tuple[str, date]]:
    """The report's pending deadlines as (kind, due date)."""
    found = []
    if report.state == ReportState.RECEIVED and report.acknowledged_on is None:
        found.append((Reminder.Kind.ACKNOWLEDGE, report.acknowledge_due_on))
    if report.state != ReportState.CLOSED and report.feedback_due_on:
        found.append((Reminder.Kind.FEEDBACK, report.feedback_due_on))
    if report.state in (ReportState.PRELIMINARY, ReportState.INVESTIGATION) and report.stage_due_on:
        found.append((Reminder.Kind.STAGE, report.stage_due_on))
    return found


def deadlines_due(report: Report, *, today: date, remind_days: int) -> list[tuple[str, date, str]]:
    """Deadlines due within `remind_days` or passed, as (kind, due date, "due_soon" | "overdue")."""
    horizon = today + timedelta(days=remind_days)
    return [(kind, due, Reminder.Stage.OVERDUE if due < today else Reminder.Stage.DUE_SOON)
            for kind, due in report_deadlines(report) if due <= horizon]


def feedback_owed(reports, *, today: date, remind_days: int) -> list[tuple[Report, date, bool]]:
    """Reports whose next update to the reporter is due soon or overdue: (report, due date, overdue)."""
    horizon = today + timedelta(days=remind_days)
    return sorted(((r, r.feedback_due_on, r.feedback_due_on < today) for r in reports
                   if r.state != ReportState.CLOSED and r.feedback_due_on and r.feedback_due_on <= horizon),
                  key=lambda row: row[1])


def _recipients(report: Report, officers) -> list:
    return [user for user in officers if not selectors.is_excluded(report=report, user=user)]


def _email(user, dates: list[date], url: str) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("A report in your corruption-report channel needs action")
        lines = [_("A report in your channel needs action by %(date)s.") % {"date": format_date_be(d)}
                 for d in sorted(dates)]
        body = "\n".join(lines) + "\n\n" + _("Sign in and open the dashboard: %(url)s") % {"url": url}
    try:
        send_mail(subject, body, None, [user.email])
    except Exception as error:  # the message names nothing, but the error could hold the address: log the type only
        log.error("whistleblowing reminder e-mail not sent (%s)", type(error).__name__)


def reminders_send(*, organisation, today: date | None = None) -> int:
    """Create today's reminders of one organisation and e-mail each officer once; returns how many were new."""
    today = today or timezone.localdate()
    remind_days = selectors.channel_settings(organisation).remind_days
    officers = list(selectors.designated_officers(organisation))
    reports = (Report.objects.for_org(organisation).exclude(state=ReportState.CLOSED)
               .prefetch_related("exclusions").order_by("id"))
    new_dates: dict[int, list[date]] = {}
    created = 0
    for report in reports:
        due = deadlines_due(report, today=today, remind_days=remind_days)
        if not due:
            continue
        recipients = _recipients(report, officers)
        for kind, due_on, stage in due:
            reminded = False
            for user in recipients:
                try:
                    with transaction.atomic():
                        Reminder.objects.create(organisation=organisation, report=report, user=user, kind=kind,
                                                stage=stage, due_on=due_on, day=today)
                except IntegrityError:
                    continue
                created += 1
                reminded = True
                if user.email:
                    new_dates.setdefault(user.pk, []).append(due_on)
            if reminded:
                event_write(organisation=organisation, report=report, kind=EVENT_OF_KIND[kind])
    url = absolute_url("whistleblowing:dashboard", org_code=organisation.code)
    by_pk = {user.pk: user for user in officers}
    for user_pk, dates in new_dates.items():
        _email(by_pk[user_pk], dates, url)
    return created


def reminders_for(*, organisation, user, today: date | None = None):
    """The officer's in-app reminders of today, for reports they may still see."""
    today = today or timezone.localdate()
    rows = (Reminder.objects.for_org(organisation).filter(user=user, day=today)
            .exclude(report__state=ReportState.CLOSED).select_related("report"))
    return [r for r in rows if not selectors.is_excluded(report=r.report, user=user)]
