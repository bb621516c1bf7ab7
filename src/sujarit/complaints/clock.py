"""The 15-day clock (ADR 0025): calendar days by default, working days (no weekends, no holidays) if configured.

Day 0 is the day the complaint was received on its channel; the due date is the N-th day after it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

from sujarit.core.thai import BANGKOK

from .models import CentreSettings, Complaint, Holiday


@dataclass(frozen=True)
class Rules:
    due_days: int = 15
    working_days: bool = False
    reopen_days: int = 15
    remind_days: int = 3


def rules_for(organisation) -> Rules:
    row = CentreSettings.objects.for_org(organisation).first()
    if row is None:
        return Rules()
    return Rules(due_days=row.due_days, working_days=row.working_days, reopen_days=row.reopen_days,
                 remind_days=row.remind_days)


def today() -> date:
    return timezone.now().astimezone(BANGKOK).date()


def add_days(start: date, days: int, *, working_days: bool = False, holidays: frozenset[date] = frozenset()) -> date:
    if not working_days:
        return start + timedelta(days=days)
    day, left = start, days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            left -= 1
    return day


def due_date(organisation, received_on: date, rules: Rules | None = None) -> date:
    rules = rules or rules_for(organisation)
    holidays: frozenset[date] = frozenset()
    if rules.working_days:
        holidays = frozenset(Holiday.objects.for_org(organisation).filter(
            day__gt=received_on, day__lte=received_on + timedelta(days=rules.due_days * 3)
        ).values_list("day", flat=True))
    return add_days(received_on, rules.due_days, working_days=rules.working_days, holidays=holidays)


def days_left(complaint: Complaint, on: date | None = None) -> int:
    return (complaint.expected_on - (on or today())).days


def is_overdue(complaint: Complaint, on: date | None = None) -> bool:
    return not complaint.is_finished and (on or today()) > complaint.expected_on


def needs_explanation(complaint: Complaint, *, remind_days: int = 3, on: date | None = None) -> bool:
    """Open, no explanation yet, and the deadline is near or passed: the officer must write to the complainant."""
    return (not complaint.is_finished and complaint.extended_on is None
            and (complaint.due_on - (on or today())).days <= remind_days)
