"""Typed read models built by selectors and laid out by pages, the JSON feed, the API and the PDF alike,
so the dashboard, the public page and the monitoring report always show the same numbers."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .scoring import implementation_pct, ratio_pct, round_pct, traffic_light


@dataclass
class EntryProgress:
    entry_id: int
    project_id: int
    order: int
    name: str
    dimension: int
    kind: str
    budget: Decimal
    quarters: list[int]
    counted: bool
    responsible: str
    status: str = "not_started"
    status_label: str = ""
    reason: str = ""
    committed: Decimal = Decimal(0)
    paid: Decimal = Decimal(0)
    narrative: str = ""
    problems: str = ""
    suggestions: str = ""
    report_id: int | None = None
    report_quarter: int | None = None
    behind: bool = False
    public_evidence: list[dict] = field(default_factory=list)

    @property
    def pct(self) -> Decimal:
        """The item's own share done (1, 0.5 or 0), as a per cent."""
        return implementation_pct([self.status])


@dataclass
class Tally:
    """Implementation and budget figures over a set of scheduled items (a dimension, a year)."""

    round_kind: str
    label: str = ""
    items: int = 0
    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    postponed: int = 0
    cancelled: int = 0
    budget: Decimal = Decimal(0)
    committed: Decimal = Decimal(0)
    paid: Decimal = Decimal(0)

    def add(self, row: EntryProgress) -> None:
        self.items += 1
        setattr(self, row.status, getattr(self, row.status) + 1)
        self.budget += row.budget
        self.committed += row.committed
        self.paid += row.paid

    @property
    def pct_exact(self) -> Decimal | None:
        statuses = ["done"] * self.done + ["in_progress"] * self.in_progress
        statuses += ["not_started"] * (self.items - self.done - self.in_progress)
        return implementation_pct(statuses)

    @property
    def pct(self) -> Decimal | None:
        return round_pct(self.pct_exact)

    @property
    def light(self) -> str | None:
        return traffic_light(self.pct_exact, self.round_kind)

    @property
    def budget_use_pct(self) -> Decimal | None:
        return ratio_pct(self.paid, self.budget)


@dataclass
class YearProgress:
    organisation_name: str
    organisation_code: str
    plan_id: int
    plan_title: str
    fiscal_year_be: int
    round_kind: str
    rows: list[EntryProgress]
    total: Tally
    per_dimension: list[Tally]

    @property
    def scored_rows(self) -> list[EntryProgress]:
        return [r for r in self.rows if r.counted]

    @property
    def behind(self) -> list[EntryProgress]:
        return [r for r in self.rows if r.behind]

    @property
    def with_problems(self) -> list[EntryProgress]:
        return [r for r in self.rows if r.problems or r.suggestions]


@dataclass
class TargetRow:
    fiscal_year_be: int
    ita_target: Decimal | None
    ita_score: Decimal | None
    ita_grade: str | None
    iit: Decimal | None
    eit: Decimal | None
    oit: Decimal | None
    ita_note: str
    case_target_pct: Decimal | None
    case_count: int | None
    case_source: str  # "manual", "computed" or ""
    case_reduction_pct: Decimal | None

    @property
    def ita_met(self) -> bool | None:
        if self.ita_target is None or self.ita_score is None:
            return None
        return self.ita_score >= self.ita_target

    @property
    def cases_met(self) -> bool | None:
        if self.case_target_pct is None or self.case_reduction_pct is None:
            return None
        return self.case_reduction_pct >= self.case_target_pct


@dataclass
class TargetsTable:
    base_year_be: int | None
    base_case_count: int | None
    already_passed_ita: bool
    rows: list[TargetRow]
