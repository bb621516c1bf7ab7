"""Filing a complaint: the public form and officers' intake from other channels."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from auditlog.context import disable_auditlog
from django.db import transaction
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.counters import counter_bump
from sujarit.core.errors import ApplicationError
from sujarit.core.thai import fiscal_year_be

from .. import clock, tracking
from ..errors import ComplaintErrorCode
from ..models import Category, Channel, Complaint, ComplaintEvent, LetterKind, NumberCounter
from .files import files_check, files_store
from .letters import letter_issue
from .notify import email_tracking_code

TEXT_LIMITS = {"subject": 200, "description": 5000, "place": 300, "contact_name": 200, "contact_phone": 50,
               "contact_email": 254, "contact_line": 100, "contact_address": 1000}
OLDEST_DAYS = 366


def _clean(fields: dict) -> dict:
    cleaned = {}
    for name, limit in TEXT_LIMITS.items():
        cleaned[name] = (fields.get(name) or "").strip()[:limit]
    for name in ("subject", "description"):
        if not cleaned[name]:
            raise ApplicationError(code=ComplaintErrorCode.REQUIRED, field=name,
                                   message=_("This field is required."))
    return cleaned


def _next_number(organisation, fy: int) -> int:
    """The next running number of the fiscal year, given atomically (the counter starts after the highest number
    already in the table, so cases filed before the counter existed keep theirs)."""
    table = Complaint._meta.db_table
    return counter_bump(NumberCounter, keys={"organisation": organisation.pk, "fiscal_year_be": fy}, field="last",
                        first=(f'(SELECT COALESCE(MAX("number"), 0) + 1 FROM "{table}" '
                               'WHERE "organisation_id" = %s AND "fiscal_year_be" = %s)', [organisation.pk, fy]))


@audited
def complaint_submit(*, organisation, channel: str, category, acting_user=None, received_on: date | None = None,
                     files=(), consent: bool = True, latitude=None, longitude=None,
                     before_write: Callable[[], None] | None = None, **fields) -> tuple[Complaint, str]:
    """File a complaint; returns it with its tracking code (the only time the code exists in clear).

    Everything that can be checked or read is done first; the write transaction holds only the inserts (on SQLite
    it holds the single writer lock, ADR 0035). `before_write` runs first inside that transaction (the public form
    spends its proof-of-work and counts the client there) and may raise to write nothing.
    """
    if channel not in Channel.values:
        raise ApplicationError(code=ComplaintErrorCode.CHANNEL_INVALID, field="channel",
                               message=_("Choose the channel the complaint came through."))
    if channel == Channel.WEB and not consent:
        raise ApplicationError(code=ComplaintErrorCode.CONSENT_REQUIRED, field="consent",
                               message=_("Please agree to how we use your information."))
    text = _clean(fields)
    if not isinstance(category, Category) or category.organisation_id != organisation.pk or not category.is_active:
        raise ApplicationError(code=ComplaintErrorCode.CATEGORY_INVALID, field="category",
                               message=_("Choose a category from the list."))
    today = clock.today()
    received_on = received_on or today
    if channel == Channel.WEB:
        received_on = today
    if received_on > today:
        raise ApplicationError(code=ComplaintErrorCode.FUTURE_DATE, field="received_on",
                               message=_("The date received cannot be in the future."))
    if received_on < today - timedelta(days=OLDEST_DAYS):
        raise ApplicationError(code=ComplaintErrorCode.DATE_INVALID, field="received_on",
                               message=_("The date received is more than a year ago."))
    checked = files_check(files)
    fy = fiscal_year_be(received_on)
    code = tracking.new_code()  # 80 random bits: no retry for a clash (the unique index would still refuse it)
    created_by = acting_user if getattr(acting_user, "is_authenticated", False) else None
    complaint = Complaint(
        organisation=organisation, fiscal_year_be=fy, tracking_hash=tracking.code_hash(code),
        tracking_hint=tracking.normalise(code)[-4:], channel=channel, category=category, received_on=received_on,
        due_on=clock.due_date(organisation, received_on), latitude=latitude, longitude=longitude,
        created_by=created_by, **text)
    with transaction.atomic(), disable_auditlog():  # the "receive" event below is the creation's record
        if before_write is not None:
            before_write()
        complaint.number = _next_number(organisation, fy)
        complaint.save(force_insert=True)
        ComplaintEvent.objects.create(organisation=organisation, complaint=complaint, actor=created_by,
                                      action="receive", to_status=complaint.status,
                                      comment=complaint.get_channel_display(), by_complainant=channel == Channel.WEB)
        files_store(complaint=complaint, checked=checked)
        letter_issue(complaint=complaint, kind=LetterKind.ACKNOWLEDGEMENT, issued_on=today,
                     expected_on=complaint.due_on, acting_user=created_by, send=False)
        transaction.on_commit(lambda: email_tracking_code(complaint=complaint, code=code))
    return complaint, code
