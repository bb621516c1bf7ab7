"""Wrong-receipt rate limits without keeping addresses: buckets are keyed hashes, kept for one hour.

Two limits (settings `WHISTLEBLOWING_RECEIPT_LIMITS`): per client bucket (a keyed hash of the address and the
hour, never joined to a report) and per organisation (to slow guessing spread over many addresses).
"""
from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from . import crypto
from .models import ThrottleBucket

DEFAULT_LIMITS = {"client": 5, "organisation": 200}


def limits() -> dict:
    return {**DEFAULT_LIMITS, **getattr(settings, "WHISTLEBLOWING_RECEIPT_LIMITS", {})}


def _window():
    return timezone.now().replace(minute=0, second=0, microsecond=0)


def client_bucket(request, organisation) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    return crypto.tag("client", organisation.pk, address, _window().isoformat())


def _keys(bucket: str, organisation) -> dict:
    return {"client": bucket, "organisation": crypto.tag("organisation", organisation.pk)}


def is_blocked(*, bucket: str, organisation) -> bool:
    window, lim = _window(), limits()
    counts = dict(ThrottleBucket.objects.filter(key__in=_keys(bucket, organisation).values(), window=window)
                  .values_list("key", "failures"))
    return any(counts.get(key, 0) >= lim[name] for name, key in _keys(bucket, organisation).items())


def record_failure(*, bucket: str, organisation) -> None:
    window = _window()
    ThrottleBucket.objects.filter(window__lt=window - timedelta(hours=1)).delete()
    for key in _keys(bucket, organisation).values():
        row, _created = ThrottleBucket.objects.get_or_create(key=key, window=window)
        ThrottleBucket.objects.filter(pk=row.pk).update(failures=F("failures") + 1)
