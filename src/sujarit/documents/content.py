"""Typed document models: what an official document says, built by `documents/selectors.py`.

Renderers (PDF, DOCX, XLSX) only lay these out; they never query the database or compute a total.
Year tables and the e-PlanNACC counts are the plans app's own typed tables (`plans/tables.py`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sujarit.plans.tables import EPlanSummary, PlanMatrix, YearTable

KIND_WORDS = {"project": "โครงการ", "activity": "กิจกรรม", "measure": "มาตรการ", "guideline": "แนวปฏิบัติ"}
NO_BUDGET = "ไม่ใช้งบประมาณ"


@dataclass
class Letterhead:
    """The organisation's letterhead as printed (ADR 0032); the logo is PNG or JPEG bytes, checked on upload."""

    name: str
    address: str
    logo: bytes | None = None
    logo_type: str = ""

    @property
    def logo_data_uri(self) -> str | None:
        if not self.logo:
            return None
        import base64

        return f"data:{self.logo_type};base64,{base64.b64encode(self.logo).decode('ascii')}"


@dataclass
class DocumentHead:
    organisation_code: str
    organisation_name: str
    province: str
    district: str
    address: str
    plan_title: str
    first_year_be: int
    last_year_be: int
    generated_on: date
    digits: str = "thai"  # "thai" or "arabic": how the PDF and DOCX write numbers (render.render_document sets it)
    letterhead: Letterhead | None = None

    @property
    def printed_name(self) -> str:
        """The organisation's name as its letterhead prints it, or as registered."""
        return self.letterhead.name if self.letterhead else self.organisation_name

    @property
    def printed_address(self) -> str:
        return (self.letterhead.address if self.letterhead else "") or self.address or self.province


@dataclass
class Dimension:
    number: int
    title: str


@dataclass
class YearDocument:
    """Part 2 of one fiscal year: the table, its totals (computed) and the e-PlanNACC counts below it."""

    head: DocumentHead
    table: YearTable
    summary: EPlanSummary


@dataclass
class EPlanItem:
    """One row as it is keyed into e-PlanNACC."""

    order: int
    name: str
    kind: str  # โครงการ / กิจกรรม / มาตรการ / แนวปฏิบัติ
    dimension: int
    quarters: list[int]
    budget: Decimal
    counted: bool
    remark: str

    @property
    def budget_label(self) -> str | None:
        """None when the budget is shown as a number; "ไม่ใช้งบประมาณ" for a row without budget."""
        return NO_BUDGET if not self.budget else None


@dataclass
class EPlanDocument:
    head: DocumentHead
    fiscal_year_be: int
    summary: EPlanSummary
    items: list[EPlanItem]
    dimensions: list[Dimension]

    def _quarter_counts(self, counted: bool) -> list[int]:
        return [sum(1 for i in self.items if i.counted == counted and q in i.quarters) for q in (1, 2, 3, 4)]

    @property
    def counted_per_quarter(self) -> list[int]:
        return self._quarter_counts(True)

    @property
    def additional_per_quarter(self) -> list[int]:
        return self._quarter_counts(False)


@dataclass
class Kpi:
    kind: str  # output / outcome
    indicator: str
    comparator: str
    value: Decimal | None
    unit: str


@dataclass
class ScheduledYear:
    fiscal_year_be: int
    order: int
    budget: Decimal
    quarters: list[int]


@dataclass
class ProjectSheet:
    """Part 3: one project, activity or measure with its 9 numbered fields."""

    project_id: int
    number: int | None
    kind: str
    dimension: Dimension
    area_code: str
    area_title: str
    name: str
    rationale: str
    objectives: list[str]
    target_group: str
    methods: list[str]
    duration: str
    budget: Decimal | None
    budget_text: str
    responsible: str
    outputs: list[str]
    outcomes: list[str]
    kpis: list[Kpi] = field(default_factory=list)
    years: list[ScheduledYear] = field(default_factory=list)


@dataclass
class SheetDocument:
    head: DocumentHead
    sheet: ProjectSheet


@dataclass
class RiskRow:
    number: int
    step: str
    issues: list[str]
    level: str
    measures: list[str]


@dataclass
class Target:
    fiscal_year_be: int
    ita_score: Decimal | None
    case_reduction_pct: Decimal | None


@dataclass
class Part1:
    risk_rows: list[RiskRow]
    rationale: str
    objectives: list[str]
    goals: list[str]
    targets: list[Target]
    base_year_be: int | None
    benefits: list[str]


@dataclass
class DimensionTotal:
    """Part 2 overview: projects and budget of one dimension over the five years."""

    dimension: Dimension
    projects: int
    budgets: list[Decimal]  # one per plan year

    @property
    def total(self) -> Decimal:
        return sum(self.budgets, Decimal(0))


@dataclass
class PlanBook:
    """The whole plan as published: cover, preface, Part 1, Part 2 (every year, e-PlanNACC), Part 3 sheets."""

    head: DocumentHead
    preface: str
    dimensions: list[Dimension]
    part1: Part1
    matrix: PlanMatrix
    dimension_totals: list[DimensionTotal]
    years: list[YearDocument]
    eplans: list[EPlanDocument]
    sheets: list[ProjectSheet]

    @property
    def years_be(self) -> list[int]:
        return self.matrix.years

    @property
    def project_count(self) -> int:
        return sum(d.projects for d in self.dimension_totals)

    @property
    def year_totals(self) -> list[Decimal]:
        return [y.table.total_budget for y in self.years]

    @property
    def grand_total(self) -> Decimal:
        return sum(self.year_totals, Decimal(0))
