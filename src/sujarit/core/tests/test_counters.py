"""counter_bump: one statement that creates or increments a counter row and returns the new value."""
from datetime import datetime, timezone

import pytest

from sujarit.complaints.models import RateCounter
from sujarit.core.counters import counter_bump

pytestmark = pytest.mark.django_db
HOUR = datetime(2026, 11, 25, 10, tzinfo=timezone.utc)


def test_creates_at_one_then_counts_up_per_key():
    bump = lambda key, start=HOUR: counter_bump(RateCounter, keys={"key": key, "window_start": start},  # noqa: E731
                                                field="count")
    assert [bump("a"), bump("a"), bump("b"), bump("a")] == [1, 2, 1, 3]
    assert bump("a", start=HOUR.replace(hour=11)) == 1
    assert RateCounter.objects.get(key="a", window_start=HOUR).count == 3
    assert RateCounter.objects.count() == 3


def test_the_first_value_can_come_from_a_subquery():
    first = ("(SELECT COUNT(*) + 10 FROM complaints_ratecounter WHERE key = %s)", ["a"])
    counter_bump(RateCounter, keys={"key": "a", "window_start": HOUR}, field="count")
    assert counter_bump(RateCounter, keys={"key": "b", "window_start": HOUR}, field="count", first=first) == 11
    assert counter_bump(RateCounter, keys={"key": "b", "window_start": HOUR}, field="count", first=first) == 12
