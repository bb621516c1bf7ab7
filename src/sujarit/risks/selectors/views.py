"""Typed read models of the register (pages, API and documents lay these out; templates do not compute)."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass
class ProjectRef:
    id: int
    name: str
    plan_id: int
    match_score: float | None = None


@dataclass
class MeasureView:
    id: int
    number: int
    description: str
    owner: str
    due_date: datetime.date | None
    projects: list[ProjectRef] = field(default_factory=list)
    status: str = ""          # from the latest follow-up round, "" before any
    status_label: str = ""
    evidence: str = ""
    evidence_url: str = ""


@dataclass
class RiskView:
    id: int
    number: int
    process_step: str
    area: str
    area_label: str
    events: list[str]
    likelihood: int | None
    impact: int | None
    score: int | None
    level: str
    level_label: str
    level_colour: str
    stated_level: str
    owner_unit: str
    measures: list[MeasureView] = field(default_factory=list)
    residual_likelihood: int | None = None
    residual_impact: int | None = None
    residual_score: int | None = None
    residual_level: str = ""
    residual_level_label: str = ""
    residual_level_colour: str = ""
    incidents: int | None = None
    linked_cases: dict = field(default_factory=dict)
    review_comment: str = ""


@dataclass
class HeatCell:
    likelihood: int
    impact: int
    score: int
    level_label: str
    colour: str
    risks: list[int] = field(default_factory=list)  # risk numbers


@dataclass
class HeatMap:
    rows: list[list[HeatCell]]  # impact from high to low; each row likelihood 1..size
    size: int
    unscored: list[int] = field(default_factory=list)


@dataclass
class LevelGroup:
    code: str
    label: str
    colour: str
    range_text: str
    risks: list[RiskView]


@dataclass
class Register:
    assessment_id: int
    organisation_name: str
    fiscal_year_be: int
    title: str
    status: str
    risks: list[RiskView]
    round_months: int | None = None
    round_as_of: datetime.date | None = None
    round_summary: str = ""

    @property
    def measure_count(self) -> int:
        return sum(len(r.measures) for r in self.risks)
