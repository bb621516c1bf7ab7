from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from sujarit.core.thai import fiscal_year_bounds
from sujarit.plans.models import Project

from ..extension import linked_case_counts
from ..models import (AssessmentStatus, ControlMeasure, FollowUpRound, MeasureProgress, MeasureProject, Risk,
                      RiskAssessment, RiskReview)
from .views import HeatCell, HeatMap, LevelGroup, MeasureView, ProjectRef, Register, RiskView


def assessments_for_org(*, organisation) -> QuerySet[RiskAssessment]:
    return RiskAssessment.objects.for_org(organisation).order_by("-fiscal_year_be")


def assessment_get(*, organisation, assessment_id: int) -> RiskAssessment:
    return (RiskAssessment.objects.for_org(organisation).select_related("organisation", "matrix", "plan")
            .get(pk=assessment_id))


def round_get(*, assessment: RiskAssessment, round_id: int) -> FollowUpRound:
    return FollowUpRound.objects.for_org(assessment.organisation).filter(assessment=assessment).get(pk=round_id)


def latest_round(*, assessment: RiskAssessment, published_only: bool = False) -> FollowUpRound | None:
    qs = FollowUpRound.objects.for_org(assessment.organisation).filter(assessment=assessment)
    if published_only:
        qs = qs.filter(status=AssessmentStatus.PUBLISHED)
    return qs.order_by("-months").first()


def _risks(assessment: RiskAssessment) -> QuerySet[Risk]:
    links = MeasureProject.objects.select_related("project").order_by("project__sheet_number", "project_id")
    measures = ControlMeasure.objects.prefetch_related(Prefetch("project_links", queryset=links))
    return (Risk.objects.for_org(assessment.organisation).filter(assessment=assessment)
            .prefetch_related(Prefetch("measures", queryset=measures)))


def _risk_view(risk: Risk, matrix) -> RiskView:
    level = matrix.level_by_code(risk.level)
    return RiskView(
        id=risk.pk, number=risk.number, process_step=risk.process_step, area=risk.area, area_label=str(risk.area_label),
        events=list(risk.events), likelihood=risk.likelihood, impact=risk.impact, score=risk.score,
        level=risk.level, level_label=level.label if level else "", level_colour=level.colour if level else "",
        stated_level=risk.stated_level, owner_unit=risk.owner_unit,
        measures=[MeasureView(id=m.pk, number=m.number, description=m.description, owner=m.owner,
                              due_date=m.due_date,
                              projects=[ProjectRef(id=lk.project_id, name=lk.project.name, plan_id=lk.project.plan_id,
                                                   match_score=float(lk.match_score) if lk.match_score else None)
                                        for lk in m.project_links.all()])
                  for m in risk.measures.all()])


def assessment_register(*, assessment: RiskAssessment, round: FollowUpRound | None = None) -> Register:
    """Every risk with its measures and linked projects; with `round`, the measures' status and the residual
    scores recorded at that follow-up, and the cases other apps link to each risk."""
    matrix = assessment.matrix
    risks = [_risk_view(r, matrix) for r in _risks(assessment)]
    register = Register(assessment_id=assessment.pk, organisation_name=assessment.organisation.name,
                        fiscal_year_be=assessment.fiscal_year_be, title=assessment.title, status=assessment.status,
                        risks=risks)
    if round is not None:
        _apply_round(register, round, assessment)
    return register


def _apply_round(register: Register, rnd: FollowUpRound, assessment: RiskAssessment) -> None:
    org, matrix = assessment.organisation, assessment.matrix
    register.round_months, register.round_as_of, register.round_summary = rnd.months, rnd.as_of, rnd.summary
    progress = {p.measure_id: p for p in MeasureProgress.objects.for_org(org).filter(round=rnd)}
    reviews = {r.risk_id: r for r in RiskReview.objects.for_org(org).filter(round=rnd)}
    start, _end = fiscal_year_bounds(assessment.fiscal_year_be)
    cases = linked_case_counts(organisation=org, risk_ids=[r.id for r in register.risks], start=start, end=rnd.as_of)
    for risk in register.risks:
        review = reviews.get(risk.id)
        if review is not None:
            level = matrix.level_by_code(review.residual_level)
            risk.residual_likelihood, risk.residual_impact = review.residual_likelihood, review.residual_impact
            risk.residual_score, risk.residual_level = review.residual_score, review.residual_level
            risk.residual_level_label = level.label if level else ""
            risk.residual_level_colour = level.colour if level else ""
            risk.incidents, risk.review_comment = review.incidents, review.comment
        risk.linked_cases = cases.get(risk.id, {})
        for m in risk.measures:
            p = progress.get(m.id)
            if p is not None:
                m.status, m.status_label = p.status, str(p.get_status_display())
                m.evidence, m.evidence_url = p.evidence, p.evidence_url


def heat_map(*, register: Register, matrix, residual: bool = False) -> HeatMap:
    size = matrix.size
    cells = {(lk, im): HeatCell(likelihood=lk, impact=im, score=lk * im, level_label="", colour="")
             for lk in range(1, size + 1) for im in range(1, size + 1)}
    for cell in cells.values():
        level = matrix.level_for(cell.score)
        cell.level_label, cell.colour = (level.label, level.colour) if level else ("", "")
    unscored = []
    for risk in register.risks:
        lk, im = ((risk.residual_likelihood, risk.residual_impact) if residual else (risk.likelihood, risk.impact))
        if lk and im:
            cells[(lk, im)].risks.append(risk.number)
        else:
            unscored.append(risk.number)
    rows = [[cells[(lk, im)] for lk in range(1, size + 1)] for im in range(size, 0, -1)]
    return HeatMap(rows=rows, size=size, unscored=unscored)


def risks_by_level(*, register: Register, matrix) -> list[LevelGroup]:
    groups = []
    for level in reversed(matrix.level_list()):
        risks = [r for r in register.risks if r.level == level.code]
        groups.append(LevelGroup(code=level.code, label=level.label, colour=level.colour,
                                 range_text=f"{level.min_score}–{level.max_score}", risks=risks))
    return groups


def round_sheet(*, assessment: RiskAssessment, round: FollowUpRound) -> Register:
    return assessment_register(assessment=assessment, round=round)


def project_risks(*, organisation, project: Project) -> list[dict]:
    """The risks a plan project treats, through the measures linked to it, newest assessment first."""
    links = (MeasureProject.objects.for_org(organisation).filter(project=project)
             .select_related("measure", "measure__risk", "measure__risk__assessment",
                             "measure__risk__assessment__matrix")
             .order_by("-measure__risk__assessment__fiscal_year_be", "measure__risk__number"))
    out = []
    for link in links:
        risk = link.measure.risk
        level = risk.assessment.matrix.level_by_code(risk.level)
        out.append({"assessment": risk.assessment, "risk": risk, "measure": link.measure,
                    "level_label": level.label if level else "", "level_colour": level.colour if level else "",
                    "match_score": link.match_score})
    return out
