"""Published statistics per fiscal year: aggregate only, with small-cell suppression.

Totals (received, acknowledged on time, in progress, concluded, closed) are published as counted, as the plan's
measure 44 asks. In the breakdowns by outcome and by category, a count from 1 to k−1 is suppressed (k from the
setting `WHISTLEBLOWING_MIN_CELL`, default 3); if exactly one cell of a breakdown is suppressed, the next
smallest non-zero cell (or, failing that, a zero cell) is suppressed too, so the total cannot reveal it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.db.models import Count, F, Q

from sujarit.core.thai import fiscal_year_be

from .models import Category, Outcome, Report, ReportState
from .workflow import OPEN_STATES


def min_cell() -> int:
    return getattr(settings, "WHISTLEBLOWING_MIN_CELL", 3)


@dataclass
class Cell:
    code: str
    label: str
    count: int | None  # None = suppressed

    @property
    def suppressed(self) -> bool:
        return self.count is None


@dataclass
class YearStats:
    fiscal_year_be: int
    received: int
    acknowledged_on_time: int
    in_progress: int
    concluded: int
    closed: int
    by_outcome: list[Cell] = field(default_factory=list)
    by_category: list[Cell] = field(default_factory=list)
    min_cell: int = 3

    def as_json(self) -> dict:
        data = asdict(self)
        for key in ("by_outcome", "by_category"):
            data[key] = [{"code": c["code"], "label": str(c["label"]), "count": c["count"],
                          "suppressed": c["count"] is None} for c in data[key]]
        return data


def _suppress(counts: dict[str, int], labels: dict[str, str], k: int) -> list[Cell]:
    hidden = {code for code, n in counts.items() if 0 < n < k}
    if len(hidden) == 1:  # hide another cell: the smallest non-zero one, else a zero one
        rest = sorted((counts.get(code, 0) == 0, counts.get(code, 0), code) for code in labels if code not in hidden)
        if rest:
            hidden.add(rest[0][2])
    return [Cell(code, labels[code], None if code in hidden else counts.get(code, 0)) for code in labels]


def year_stats(*, organisation, fiscal_year: int) -> YearStats:
    k = min_cell()
    reports = Report.objects.for_org(organisation).filter(fiscal_year_be=fiscal_year)
    totals = reports.aggregate(
        received=Count("id"),
        on_time=Count("id", filter=Q(acknowledged_on__isnull=False, acknowledged_on__lte=F("acknowledge_due_on"))),
        in_progress=Count("id", filter=Q(state__in=list(OPEN_STATES))),
        concluded=Count("id", filter=Q(state__in=[ReportState.CONCLUDED, ReportState.CLOSED])),
        closed=Count("id", filter=Q(state=ReportState.CLOSED)))
    outcomes = dict(reports.exclude(outcome="").values_list("outcome").annotate(n=Count("id")))
    categories = dict(reports.values_list("category").annotate(n=Count("id")))
    return YearStats(
        fiscal_year_be=fiscal_year, received=totals["received"], acknowledged_on_time=totals["on_time"],
        in_progress=totals["in_progress"], concluded=totals["concluded"], closed=totals["closed"],
        by_outcome=_suppress(outcomes, dict(Outcome.choices), k),
        by_category=_suppress(categories, dict(Category.choices), k), min_cell=k)


def years_available(*, organisation, today) -> list[int]:
    current = fiscal_year_be(today)
    years = set(Report.objects.for_org(organisation).values_list("fiscal_year_be", flat=True).distinct())
    years.add(current)
    return sorted(years, reverse=True)
