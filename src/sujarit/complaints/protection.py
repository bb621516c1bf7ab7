"""Flood protection for the public pages (ADR 0023): ALTCHA proof-of-work and a database-backed rate limiter.

django-ratelimit needs a shared cache (Redis/memcached) that the embedded installation does not have, so the
limiter counts in the database: one row per client key and fixed time window. The client key is an HMAC of the
address (the address itself is never stored).
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone as dt_timezone

import altcha
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from sujarit.core.counters import counter_bump

from .models import RateCounter, SpentChallenge

# name -> (max requests, window in seconds); override with settings.COMPLAINTS_RATE_LIMITS.
DEFAULT_LIMITS = {
    "submit": (5, 3600),        # complaints filed by one client in an hour
    "track_fail": (10, 900),    # wrong tracking codes in 15 minutes
    "track_post": (20, 3600),   # messages/ratings from the tracking page in an hour
    "challenge": (60, 600),     # proof-of-work challenges fetched in 10 minutes
}
POW_ALGORITHM = "SHA-256"
POW_TTL_SECONDS = 20 * 60


def _limits() -> dict:
    return {**DEFAULT_LIMITS, **getattr(settings, "COMPLAINTS_RATE_LIMITS", {})}


def client_key(request) -> str:
    """A keyed hash of the client's address (REMOTE_ADDR; set it from the proxy's header in the web server)."""
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    key = ("sujarit-rate:" + settings.SECRET_KEY).encode()
    return hmac.new(key, address.encode(), hashlib.sha256).hexdigest()[:40]


def _window(now: datetime, seconds: int) -> datetime:
    epoch = int(now.timestamp())
    return datetime.fromtimestamp(epoch - epoch % seconds, tz=dt_timezone.utc)


def rate_hit(request, name: str, *, count: bool = True) -> bool:
    """Count one request of kind `name` from this client; False when the client is over its limit."""
    limit, seconds = _limits()[name]
    key = f"{name}:{client_key(request)}"
    start = _window(timezone.now(), seconds)
    if not count:
        row = RateCounter.objects.filter(key=key, window_start=start).first()
        return row is None or row.count < limit
    return counter_bump(RateCounter, keys={"key": key, "window_start": start}, field="count") <= limit


def rate_purge(*, older_than: timedelta = timedelta(days=1)) -> int:
    cutoff = timezone.now() - older_than
    deleted, _ = RateCounter.objects.filter(window_start__lt=cutoff).delete()
    SpentChallenge.objects.filter(expires_at__lt=timezone.now()).delete()
    return deleted


def _secret() -> str:
    return "sujarit-altcha:" + settings.SECRET_KEY


def pow_cost() -> tuple[int, int]:
    """(cost, max counter): the client tries on average half of max counter SHA-256 derivations."""
    return getattr(settings, "COMPLAINTS_POW", (1, 50_000))


def challenge_create() -> dict:
    import secrets

    cost, max_counter = pow_cost()
    expires = timezone.now() + timedelta(seconds=POW_TTL_SECONDS)
    challenge = altcha.create_challenge(POW_ALGORITHM, cost, counter=secrets.randbelow(max_counter),
                                        key_prefix_length=4, expires_at=expires, hmac_secret=_secret())
    return challenge.to_dict()


@dataclass(frozen=True)
class Solution:
    nonce: str
    expires_at: datetime


def challenge_verify(payload: str) -> Solution | None:
    """The solution if it is correct and unexpired (computation only: nothing is read or written)."""
    if not payload or len(payload) > 4000:
        return None
    try:
        result = altcha.verify_solution(payload, _secret())
    except (ValueError, TypeError, KeyError):
        return None
    if not result.verified:
        return None
    parameters = altcha.Payload.from_base64(payload).challenge.parameters
    return Solution(nonce=parameters.nonce[:64],
                    expires_at=datetime.fromtimestamp(parameters.expires_at or 0, tz=dt_timezone.utc))


def challenge_spend(solution: Solution) -> bool:
    """True the first time a solution is used; a replay finds its nonce taken."""
    try:
        with transaction.atomic():
            SpentChallenge.objects.create(nonce=solution.nonce, expires_at=solution.expires_at)
    except IntegrityError:
        return False
    return True


def solve_for_tests(challenge: dict) -> str:
    """Solve a challenge the way the widget does (used by tests and the benchmark)."""
    parsed = altcha.Challenge.from_dict(challenge)
    solution = altcha.solve_challenge(parsed)
    return altcha.Payload(parsed, solution).to_base64()
