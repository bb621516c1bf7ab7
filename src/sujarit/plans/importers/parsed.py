"""The typed result of reading a published plan document: plain data, no Django.

A parser fills these; `plans.services.plan_import` turns them into rows. Every text keeps its verbatim
form (as printed, OCR noise included) next to a normalised one where the two may differ.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class SourceRef:
    """Where something was read: 1-based line numbers in the source text."""

    line_start: int
    line_end: int


@dataclass
class RiskRow:
    number: int  # ลำดับที่ as printed
    step: str  # ขั้นตอนการดำเนินงาน
    issues: list[str]  # ประเด็นความเสี่ยง, one item per numbered point
    level: str  # as printed: ต่ำ / ปานกลาง / สูง / สูงมาก
    measures: list[str]  # มาตรการควบคุมความเสี่ยง, one item per numbered point
    source: SourceRef | None = None


@dataclass
class YearTarget:
    fiscal_year_be: int
    case_reduction_pct: Decimal | None  # จำนวนคดีทุจริตลดลง ร้อยละ …
    ita_score: Decimal | None  # คะแนน ITA


@dataclass
class Part1:
    risk_rows: list[RiskRow] = field(default_factory=list)
    rationale: str = ""  # ๒. หลักการและเหตุผล (paragraphs joined by blank lines)
    objectives: list[str] = field(default_factory=list)  # ๓. วัตถุประสงค์ของการจัดทำแผน
    goals: list[str] = field(default_factory=list)  # ๔. เป้าหมาย (the numbered sentences)
    targets: list[YearTarget] = field(default_factory=list)
    base_year_be: int | None = None  # "(คำนวณจากปี ๒๕๖๕)"
    benefits: list[str] = field(default_factory=list)  # ๕. ประโยชน์ของการจัดทำแผน


@dataclass
class YearRow:
    """One row of a Part 2 table."""

    number: int  # ลำดับ as printed
    name: str  # normalised
    name_verbatim: str
    dimension: int | None  # มิติ 1–4
    budget: Decimal | None  # งบประมาณที่ใช้, baht
    quarters: list[int]  # ticked quarters, 1–4
    remark: str = ""
    source: SourceRef | None = None


@dataclass
class StatedTotals:
    """The totals row as printed (never trusted: the linter compares it with the rows)."""

    budget: Decimal | None
    quarter_ticks: list[int]  # 4 numbers as printed; may be fewer if the row is damaged
    source: SourceRef | None = None


@dataclass
class EPlanBlock:
    """The e-PlanNACC screen capture that follows a year's table, when present."""

    projects_listed: int | None  # โครงการตามแผนฯ
    projects_counted: int | None  # จำนวนโครงการขึ้นค่า (counted for scoring)
    per_dimension: list[int]  # counts under มิติ 1..4 (or ไตรมาส 1..4 in the 2566 layout)
    per_dimension_is_quarters: bool  # True when the header reads ไตรมาสที่ instead of มิติ
    additional: list[int]  # โครงการเพิ่มเติม (ไม่คิดคะแนน) row
    items: list[YearRow]  # the list below it, duplicates from page breaks removed
    source: SourceRef | None = None
    repeated_lines: list[int] = field(default_factory=list)  # rows printed again after a page break


@dataclass
class YearTable:
    fiscal_year_be: int
    rows: list[YearRow]
    totals: StatedTotals | None
    eplan: EPlanBlock | None
    source: SourceRef | None = None


@dataclass
class Kpi:
    text: str  # the whole line as printed (normalised)
    indicator: str  # what is measured
    comparator: str  # e.g. "ไม่น้อยกว่า", "ไม่ต่ำกว่า", "ร้อยละ", "" when none
    value: Decimal | None
    unit: str  # e.g. "ครั้ง", "ร้อยละ", "คน"


@dataclass
class ProjectSheet:
    """One Part 3 sheet: the 9 numbered fields."""

    number: int  # ลำดับที่ as printed (may be wrong in the source: kept as printed)
    dimension: int  # from the มิติที่ heading above it
    area_code: str  # the deepest area heading above it, Arabic digits, e.g. "1.1.3"
    kind: str  # โครงการ / กิจกรรม / มาตรการ / แนวปฏิบัติ, from the name
    name: str  # ๑. ชื่อโครงการ (normalised)
    name_verbatim: str
    rationale: str  # ๒.
    objectives: list[str]  # ๓.
    target_group: str  # ๔.
    methods: list[str]  # ๕.
    duration: str  # ๖.
    budget_text: str  # ๗. as printed
    budget: Decimal | None  # ๗. parsed, None for "ไม่ใช้งบประมาณ"
    responsible: str  # ๘.
    outputs: list[str]  # ๙. ผลผลิต items
    outcomes: list[str]  # ๙. ผลลัพธ์ items
    kpis: list[Kpi] = field(default_factory=list)
    source: SourceRef | None = None


@dataclass
class AreaHeading:
    code: str  # "1", "1.1", "1.1.1" (Arabic digits)
    title: str  # normalised, OCR labels fixed
    source: SourceRef | None = None


@dataclass
class ParsedPlan:
    title: str
    organisation_name: str
    first_year_be: int
    last_year_be: int
    preface: str  # คำนำ
    part1: Part1
    years: list[YearTable]
    areas: list[AreaHeading]  # every Part 3 heading in document order
    sheets: list[ProjectSheet]
    warnings: list[str] = field(default_factory=list)  # what the parser could not read, with line numbers
