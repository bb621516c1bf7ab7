"""Dates of a fiscal year's monitoring rounds: 6 months = 1 Oct – 31 Mar, 12 months = 1 Oct – 30 Sep."""
from __future__ import annotations

import datetime

from sujarit.core.thai import fiscal_year_bounds

from .models.rounds import RoundKind

# Default deadlines (a plan officer changes them on the rounds page): one month after the period ends.
DEFAULT_DEADLINE = {RoundKind.SIX_MONTHS: (4, 30), RoundKind.TWELVE_MONTHS: (10, 31)}
DEADLINE_GRACE_DAYS = 180


def round_period(fiscal_year_be: int, kind: str) -> tuple[datetime.date, datetime.date]:
    start, end = fiscal_year_bounds(fiscal_year_be)
    if kind == RoundKind.SIX_MONTHS:
        end = datetime.date(end.year, 3, 31)
    return start, end


def default_deadline(fiscal_year_be: int, kind: str) -> datetime.date:
    _start, end = round_period(fiscal_year_be, kind)
    month, day = DEFAULT_DEADLINE[RoundKind(kind)]
    return datetime.date(end.year, month, day)


def deadline_allowed(fiscal_year_be: int, kind: str, deadline: datetime.date) -> bool:
    start, end = round_period(fiscal_year_be, kind)
    return start <= deadline <= end + datetime.timedelta(days=DEADLINE_GRACE_DAYS)
