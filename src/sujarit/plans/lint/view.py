"""What the linter reads: one neutral shape, built from an imported document or from a plan in the database."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class LRow:
    number: int
    name: str
    dimension: int | None
    budget: Decimal | None
    quarters: list[int]
    project_id: int | None = None
    line: int | None = None


@dataclass
class LYear:
    fiscal_year_be: int
    rows: list[LRow]
    stated_budget: Decimal | None = None
    stated_ticks: list[int] | None = None
    has_totals: bool = False
    eplan: dict | None = None  # listed, counted, per_dimension, per_dimension_is_quarters, additional, repeats
    line: int | None = None


@dataclass
class LProject:
    id: int
    name: str
    dimension: int
    sheet_number: int | None = None
    has_sheet: bool = False
    sheet_budget: Decimal | None = None
    budget_text: str = ""
    names_seen: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    kpi_count: int = 0
    has_results: bool = False
    line: int | None = None
    other_dimension_match: tuple[int, float] | None = None  # (project id, score)


@dataclass
class LintView:
    organisation_name: str
    first_year_be: int
    last_year_be: int
    preface: str
    years: list[LYear]
    projects: list[LProject]
    texts: list[tuple[str, int | None]] = field(default_factory=list)  # (text, line) to scan for leftovers

    def rows_of_project(self) -> dict[int, list[tuple[int, LRow]]]:
        out: dict[int, list[tuple[int, LRow]]] = defaultdict(list)
        for year in self.years:
            for row in year.rows:
                if row.project_id is not None:
                    out[row.project_id].append((year.fiscal_year_be, row))
        return out
