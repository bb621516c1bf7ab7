"""What the complainant does from the tracking page: write, rate the service, or reopen an unsatisfying result."""
from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sujarit.core.errors import ApplicationError

from .. import clock
from ..errors import ComplaintErrorCode
from ..models import Complaint, ComplaintEvent, Message, Status


@transaction.atomic
def complainant_message(*, complaint: Complaint, body: str) -> Message:
    body = (body or "").strip()[:5000]
    if not body:
        raise ApplicationError(code=ComplaintErrorCode.REQUIRED, field="body", message=_("Write a message."))
    return Message.objects.create(organisation=complaint.organisation, complaint=complaint, body=body,
                                  from_complainant=True)


@transaction.atomic
def complaint_rate(*, complaint: Complaint, rating, comment: str = "") -> Complaint:
    complaint = Complaint.objects.select_for_update().get(pk=complaint.pk)
    if complaint.status not in (Status.RESOLVED, Status.CLOSED) or complaint.rating is not None:
        raise ApplicationError(code=ComplaintErrorCode.RATING_NOT_OPEN,
                               message=_("The service can be rated once, after the result is given."))
    try:
        rating = int(rating)
    except (TypeError, ValueError):
        rating = 0
    if not 1 <= rating <= 5:
        raise ApplicationError(code=ComplaintErrorCode.RATING_INVALID, field="rating",
                               message=_("Choose a rating from 1 to 5."))
    before = complaint.status
    complaint.rating, complaint.rating_comment = rating, (comment or "").strip()[:2000]
    if complaint.status == Status.RESOLVED:
        complaint.status, complaint.closed_at = Status.CLOSED, timezone.now()
    complaint.save()
    ComplaintEvent.objects.create(organisation=complaint.organisation, complaint=complaint, action="rate",
                                  from_status=before, to_status=complaint.status, by_complainant=True,
                                  comment=f"{rating}/5")
    return complaint


@transaction.atomic
def complaint_reopen_by_complainant(*, complaint: Complaint, reason: str) -> Complaint:
    complaint = Complaint.objects.select_for_update().select_related("organisation").get(pk=complaint.pk)
    rules = clock.rules_for(complaint.organisation)
    if complaint.status not in (Status.RESOLVED, Status.CLOSED) or complaint.finished_on is None or \
            clock.today() > complaint.finished_on + timedelta(days=rules.reopen_days):
        raise ApplicationError(code=ComplaintErrorCode.REOPEN_EXPIRED,
                               message=_("This case can no longer be reopened; please file a new complaint."))
    reason = (reason or "").strip()[:2000]
    if not reason:
        raise ApplicationError(code=ComplaintErrorCode.REASON_REQUIRED, field="reason",
                               message=_("Tell us what is still wrong."))
    before = complaint.status
    complaint.status, complaint.finished_on, complaint.closed_at = Status.IN_PROGRESS, None, None
    complaint.rating, complaint.rating_comment = None, ""
    complaint.save()
    ComplaintEvent.objects.create(organisation=complaint.organisation, complaint=complaint, action="reopen",
                                  from_status=before, to_status=complaint.status, comment=reason,
                                  by_complainant=True)
    return complaint
