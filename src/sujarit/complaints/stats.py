"""Public statistics and the executives' summary, computed from the cases (typed results, laid out elsewhere).

Small cells are suppressed: a count from 1 to 4 is published as None ("fewer than 5"), and a percentage or an
average is published only when it rests on at least 5 cases, so that nobody can be recognised (ADR 0026).
"""
from __future__ import annotations

import re
import statistics as pystats
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date

from sujarit.core.thai import fiscal_quarter, fiscal_year_bounds

from .models import Channel, Complaint, FINISHED, Status

MIN_CELL = 5
SATISFACTION_TARGET = 80
RESOLVED = (Status.RESOLVED, Status.CLOSED)


def suppress(n: int, min_cell: int = MIN_CELL) -> int | None:
    return None if 0 < n < min_cell else n


def _pct(part: int, whole: int, min_cell: int = MIN_CELL) -> float | None:
    return round(100 * part / whole, 1) if whole >= max(min_cell, 1) else None


@dataclass
class Figures:
    received: int | None = 0
    in_progress: int | None = 0
    resolved: int | None = 0
    not_accepted_or_forwarded: int | None = 0
    resolved_within_due_pct: float | None = None
    average_days: float | None = None
    median_days: float | None = None
    rated: int | None = 0
    satisfied_pct: float | None = None
    satisfaction_target_pct: int = SATISFACTION_TARGET
    meets_satisfaction_target: bool | None = None


@dataclass
class Row:
    label: str
    count: int | None
    key: str = ""


@dataclass
class Month:
    year: int
    month: int
    received: int | None
    resolved: int | None


@dataclass
class YearStats:
    organisation: str
    fiscal_year_be: int
    totals: Figures
    by_category: list[Row] = field(default_factory=list)
    by_channel: list[Row] = field(default_factory=list)
    months: list[Month] = field(default_factory=list)

    def as_json(self) -> dict:
        return asdict(self)


def _figures(cases: list[dict], *, min_cell: int = MIN_CELL) -> Figures:
    """Counts under `min_cell` and figures computed from fewer cases are hidden (public pages); min_cell=1 hides
    nothing (the executives' internal summary)."""
    resolved = [c for c in cases if c["status"] in RESOLVED and c["finished_on"]]
    days = [(c["finished_on"] - c["received_on"]).days for c in resolved]
    within = sum(1 for c in resolved if c["finished_on"] <= c["due_on"])
    ratings = [c["rating"] for c in cases if c["rating"]]
    satisfied = _pct(sum(1 for r in ratings if r >= 4), len(ratings), min_cell)
    big = len(resolved) >= max(min_cell, 1)
    return Figures(
        received=suppress(len(cases), min_cell),
        in_progress=suppress(sum(1 for c in cases if c["status"] not in FINISHED), min_cell),
        resolved=suppress(len(resolved), min_cell),
        not_accepted_or_forwarded=suppress(sum(1 for c in cases if c["status"] in (Status.REJECTED,
                                                                                     Status.FORWARDED)), min_cell),
        resolved_within_due_pct=_pct(within, len(resolved), min_cell),
        average_days=round(sum(days) / len(days), 1) if big else None,
        median_days=float(pystats.median(days)) if big else None,
        rated=suppress(len(ratings), min_cell),
        satisfied_pct=satisfied,
        meets_satisfaction_target=None if satisfied is None else satisfied >= SATISFACTION_TARGET,
    )


def _cases(organisation, fiscal_year_be: int) -> list[dict]:
    return list(Complaint.objects.for_org(organisation).filter(fiscal_year_be=fiscal_year_be).values(
        "status", "received_on", "due_on", "finished_on", "rating", "channel", "category__name",
        "category__code", "category__order"))


def year_stats(*, organisation, fiscal_year_be: int) -> YearStats:
    cases = _cases(organisation, fiscal_year_be)
    cats = Counter((c["category__order"], c["category__code"], c["category__name"]) for c in cases)
    chans = Counter(c["channel"] for c in cases)
    labels = dict(Channel.choices)
    start, _end = fiscal_year_bounds(fiscal_year_be)
    months = []
    for i in range(12):
        y, m = start.year + (start.month - 1 + i) // 12, (start.month - 1 + i) % 12 + 1
        months.append(Month(year=y, month=m,
                            received=suppress(sum(1 for c in cases if (c["received_on"].year,
                                                                       c["received_on"].month) == (y, m))),
                            resolved=suppress(sum(1 for c in cases if c["status"] in RESOLVED and c["finished_on"]
                                                  and (c["finished_on"].year, c["finished_on"].month) == (y, m)))))
    return YearStats(
        organisation=organisation.name, fiscal_year_be=fiscal_year_be, totals=_figures(cases),
        by_category=[Row(label=name, key=code, count=suppress(n)) for (_o, code, name), n in sorted(cats.items())],
        by_channel=[Row(label=str(labels.get(k, k)), key=k, count=suppress(n))
                    for k, n in sorted(chans.items(), key=lambda kv: -kv[1])],
        months=months)


def years_with_cases(*, organisation) -> list[int]:
    return sorted(set(Complaint.objects.for_org(organisation).values_list("fiscal_year_be", flat=True)),
                  reverse=True)


# --- the executives' summary (staff only: free text of problems and solutions) ---

@dataclass
class Period:
    label: str
    figures: Figures
    top_categories: list[Row]
    obstacles: list[str]
    solutions: list[str]


@dataclass
class Summary:
    organisation: str
    fiscal_year_be: int
    periods: list[Period]
    year: Period


def _period(label: str, rows: list[dict]) -> Period:
    cats = Counter(r["category__name"] for r in rows)
    figures = _figures(rows, min_cell=1)  # the summary is internal: nothing is hidden
    return Period(label=label, figures=figures,
                  top_categories=[Row(label=k, count=n) for k, n in cats.most_common(5)],
                  obstacles=sorted({r["obstacle"].strip() for r in rows if r["obstacle"].strip()}),
                  solutions=sorted({r["prevention"].strip() for r in rows if r["prevention"].strip()}))


def summary(*, organisation, fiscal_year_be: int) -> Summary:
    rows = list(Complaint.objects.for_org(organisation).filter(fiscal_year_be=fiscal_year_be).values(
        "status", "received_on", "due_on", "finished_on", "rating", "category__name", "obstacle", "prevention"))
    by_q = defaultdict(list)
    for r in rows:
        by_q[fiscal_quarter(r["received_on"])].append(r)
    return Summary(organisation=organisation.name, fiscal_year_be=fiscal_year_be,
                   periods=[_period(str(q), by_q[q]) for q in (1, 2, 3, 4)], year=_period("", rows))


# --- analysis for prevention: places and categories that come back ---

@dataclass
class Repeat:
    place: str
    category: str
    count: int
    first: date
    last: date
    complaint_ids: list[int]


def _place_key(text: str) -> str:
    return re.sub(r"[\s.,/()\-]+", " ", text or "").strip().lower()


def repeats(*, organisation, since: date, minimum: int = 2) -> list[Repeat]:
    rows = (Complaint.objects.for_org(organisation).filter(received_on__gte=since).exclude(place="")
            .values("id", "place", "category__name", "received_on").order_by("received_on"))
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        groups[(_place_key(r["place"]), r["category__name"])].append(r)
    found = [Repeat(place=g[0]["place"], category=cat, count=len(g), first=g[0]["received_on"],
                    last=g[-1]["received_on"], complaint_ids=[r["id"] for r in g])
             for (_key, cat), g in groups.items() if len(g) >= minimum]
    return sorted(found, key=lambda r: (-r.count, r.place))


def category_months(*, organisation, since: date) -> tuple[list[tuple[int, int]], list[tuple[str, list[int]]]]:
    rows = Complaint.objects.for_org(organisation).filter(received_on__gte=since).values_list(
        "category__name", "received_on")
    months = sorted({(d.year, d.month) for _c, d in rows})
    table: dict[str, Counter] = defaultdict(Counter)
    for cat, d in rows:
        table[cat][(d.year, d.month)] += 1
    return months, [(cat, [table[cat][m] for m in months]) for cat in sorted(table)]
