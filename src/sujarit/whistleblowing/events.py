"""Writing the channel's own append-only log (never django-auditlog)."""
from __future__ import annotations

from django.utils import timezone

from .models import EventKind, ReportEvent


def event_write(*, organisation, kind: EventKind, report=None, actor=None, from_state: str = "",
                to_state: str = "", comment_box: bytes | None = None) -> ReportEvent:
    """Officer and custodian events carry a time; reporter-side events (no actor) carry the date only."""
    now = timezone.now()
    return ReportEvent.objects.create(
        organisation=organisation, report=report, actor=actor, kind=kind, occurred_on=timezone.localdate(now),
        occurred_at=now if actor is not None else None, from_state=from_state, to_state=to_state,
        comment_box=comment_box)
