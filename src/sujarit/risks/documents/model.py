"""The typed document model both reports are laid out from (PDF and DOCX)."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext as _

from .. import selectors
from ..models import FollowUpRound, RiskAssessment
from ..selectors.views import HeatMap, LevelGroup, Register


@dataclass
class ReportMember:
    name: str
    position: str
    role: str


@dataclass
class RiskReport:
    kind: str  # "assessment" or "follow_up"
    title: str
    organisation_name: str
    fiscal_year_be: int
    register: Register
    heat_map: HeatMap
    residual_map: HeatMap | None
    by_level: list[LevelGroup]
    members: list[ReportMember] = field(default_factory=list)
    scope: str = ""
    matrix_title: str = ""
    likelihood_scale: list[dict] = field(default_factory=list)
    impact_scale: list[dict] = field(default_factory=list)
    levels: list = field(default_factory=list)
    approved_by: str = ""
    approved_at: datetime.datetime | None = None
    months: int | None = None
    as_of: datetime.date | None = None
    summary: str = ""
    done: int = 0
    in_progress: int = 0
    not_started: int = 0

    @property
    def filename(self) -> str:
        base = f"risk-assessment-{self.fiscal_year_be}"
        return base if self.kind == "assessment" else f"risk-management-{self.fiscal_year_be}-{self.months}m"


def build_report(*, assessment: RiskAssessment, round: FollowUpRound | None = None) -> RiskReport:
    """Thai content (official documents are Thai whatever the reader's interface language)."""
    with translation.override("th"):
        register = selectors.assessment_register(assessment=assessment, round=round)
        matrix = assessment.matrix
        approver = round.approved_by if round else assessment.approved_by
        report = RiskReport(
            kind="follow_up" if round else "assessment",
            title=(_("Corruption-risk management report, %(months)s months, fiscal year %(year)s")
                   % {"months": round.months, "year": assessment.fiscal_year_be}) if round else assessment.title,
            organisation_name=assessment.organisation.name, fiscal_year_be=assessment.fiscal_year_be,
            register=register, heat_map=selectors.heat_map(register=register, matrix=matrix),
            residual_map=selectors.heat_map(register=register, matrix=matrix, residual=True) if round else None,
            by_level=selectors.risks_by_level(register=register, matrix=matrix),
            members=[ReportMember(m.name, m.position, str(m.get_group_role_display()))
                     for m in assessment.members.all()],
            scope=assessment.scope, matrix_title=matrix.title, likelihood_scale=matrix.likelihood_scale,
            impact_scale=matrix.impact_scale, levels=matrix.level_list(),
            approved_by=(approver.get_full_name() or approver.username) if approver else "",
            approved_at=round.approved_at if round else assessment.approved_at,
            months=round.months if round else None, as_of=round.as_of if round else None,
            summary=round.summary if round else "",
        )
        for risk in register.risks:
            for m in risk.measures:
                report.done += m.status == "done"
                report.in_progress += m.status == "in_progress"
                report.not_started += m.status in ("not_started", "")
        return report
