"""Filing a complaint: the public form and officers' intake from other channels."""
from __future__ import annotations

from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError
from sujarit.core.thai import fiscal_year_be

from .. import clock, tracking
from ..errors import ComplaintErrorCode
from ..models import Category, Channel, Complaint, ComplaintEvent, LetterKind
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
    top = Complaint.objects.for_org(organisation).filter(fiscal_year_be=fy).aggregate(m=Max("number"))["m"]
    return (top or 0) + 1


@audited
@transaction.atomic
def complaint_submit(*, organisation, channel: str, category, acting_user=None, received_on: date | None = None,
                     files=(), consent: bool = True, latitude=None, longitude=None, **fields) -> tuple[Complaint, str]:
    """File a complaint; returns it with its tracking code (the only time the code exists in clear)."""
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
    rules = clock.rules_for(organisation)
    fy = fiscal_year_be(received_on)
    code = tracking.new_code()
    for attempt in range(5):
        try:
            with transaction.atomic():
                complaint = Complaint.objects.create(
                    organisation=organisation, number=_next_number(organisation, fy), fiscal_year_be=fy,
                    tracking_hash=tracking.code_hash(code), tracking_hint=tracking.normalise(code)[-4:],
                    channel=channel, category=category, received_on=received_on,
                    due_on=clock.due_date(organisation, received_on, rules), latitude=latitude, longitude=longitude,
                    created_by=acting_user if getattr(acting_user, "is_authenticated", False) else None, **text)
            break
        except IntegrityError:
            if attempt == 4:
                raise
            code = tracking.new_code()
    ComplaintEvent.objects.create(organisation=organisation, complaint=complaint,
                                  actor=complaint.created_by, action="receive", to_status=complaint.status,
                                  comment=complaint.get_channel_display(), by_complainant=channel == Channel.WEB)
    files_store(complaint=complaint, checked=checked)
    letter_issue(complaint=complaint, kind=LetterKind.ACKNOWLEDGEMENT, issued_on=today,
                 expected_on=complaint.due_on, acting_user=complaint.created_by, send=False)
    transaction.on_commit(lambda: email_tracking_code(complaint=complaint, code=code))
    return complaint, code
