"""Typed table models of the plan (Part 2 year table, e-PlanNACC summary, 5-year matrix).

Built by selectors, laid out by templates, the API and document renderers. Totals are computed here."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class YearRowView:
    entry_id: int
    project_id: int
    order: int
    name: str
    dimension: int
    budget: Decimal
    quarters: list[int]
    remark: str
    counted: bool
    kind: str

    def ticked(self, quarter: int) -> bool:
        return quarter in self.quarters

    @property
    def ticks(self) -> list[bool]:
        return [q in self.quarters for q in (1, 2, 3, 4)]


@dataclass
class YearTable:
    organisation_name: str
    fiscal_year_be: int
    rows: list[YearRowView]
    total_budget: Decimal
    quarter_ticks: list[int]  # ticks in quarters 1..4, counted from the rows

    @classmethod
    def from_rows(cls, *, organisation_name: str, fiscal_year_be: int, rows: list[YearRowView]) -> "YearTable":
        return cls(
            organisation_name=organisation_name,
            fiscal_year_be=fiscal_year_be,
            rows=rows,
            total_budget=sum((r.budget for r in rows), Decimal(0)),
            quarter_ticks=[sum(1 for r in rows if q in r.quarters) for q in (1, 2, 3, 4)],
        )


@dataclass
class DimensionCount:
    dimension: int
    counted: int = 0
    additional: int = 0

    @property
    def total(self) -> int:
        return self.counted + self.additional


@dataclass
class EPlanSummary:
    """Projects per dimension as e-PlanNACC shows them: counted for scoring vs additional (not scored)."""

    fiscal_year_be: int
    per_dimension: list[DimensionCount] = field(default_factory=list)

    @property
    def counted(self) -> int:
        return sum(c.counted for c in self.per_dimension)

    @property
    def additional(self) -> int:
        return sum(c.additional for c in self.per_dimension)

    @property
    def total(self) -> int:
        return self.counted + self.additional


@dataclass
class MatrixRow:
    project_id: int
    name: str
    dimension: int
    sheet_number: int | None
    budgets: list[Decimal | None]  # one per plan year; None = not scheduled that year


@dataclass
class PlanMatrix:
    years: list[int]
    rows: list[MatrixRow]

    @property
    def year_totals(self) -> list[Decimal]:
        return [sum((r.budgets[i] or Decimal(0) for r in self.rows), Decimal(0)) for i in range(len(self.years))]

    @property
    def year_counts(self) -> list[int]:
        return [sum(1 for r in self.rows if r.budgets[i] is not None) for i in range(len(self.years))]
