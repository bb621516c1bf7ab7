from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError
from sujarit.plans.models import Project

from ..errors import RiskErrorCode
from ..models import ControlMeasure, MeasureProject, Risk, RiskArea, RiskAssessment
from .rules import clean_lines, ensure_editable, ensure_scale, ensure_working_group, score_and_level


def _risk_fields(assessment: RiskAssessment, *, process_step, events, area, area_other, likelihood, impact,
                 owner_unit, stated_level, area_required: bool = True) -> dict:
    process_step = " ".join((process_step or "").split())
    if not process_step:
        raise ApplicationError(code=RiskErrorCode.STEP_REQUIRED, field="process_step",
                               message=_("Name the process step, e.g. การให้บริการสาธารณะ."))
    events = clean_lines(events)
    if not events:
        raise ApplicationError(code=RiskErrorCode.EVENT_REQUIRED, field="events",
                               message=_("Describe at least one risk event."))
    if area not in RiskArea.values:
        raise ApplicationError(code=RiskErrorCode.AREA_INVALID, field="area", message=_("Choose a risk area."))
    area_other = " ".join((area_other or "").split())
    if area == RiskArea.OTHER and not area_other and area_required:
        raise ApplicationError(code=RiskErrorCode.AREA_OTHER_REQUIRED, field="area_other",
                               message=_("Name the risk area, or choose one of the four usual areas."))
    matrix = assessment.matrix
    likelihood = ensure_scale(matrix, likelihood, field="likelihood")
    impact = ensure_scale(matrix, impact, field="impact")
    if (likelihood is None) != (impact is None):
        raise ApplicationError(code=RiskErrorCode.SCALE_INVALID, field="impact" if impact is None else "likelihood",
                               message=_("Give both likelihood and impact, or neither."))
    score, level = score_and_level(matrix, likelihood, impact)
    if score is None and stated_level:  # not scored yet: keep the level the source document stated
        stated = matrix.level_by_label(stated_level)
        level = stated.code if stated else ""
    return {"process_step": process_step, "events": events, "area": area,
            "area_other": area_other if area == RiskArea.OTHER else "", "likelihood": likelihood,
            "impact": impact, "score": score, "level": level, "owner_unit": (owner_unit or "").strip(),
            "stated_level": (stated_level or "").strip()}


@audited
@transaction.atomic
def risk_create(*, assessment: RiskAssessment, process_step: str, events, acting_user, area: str = RiskArea.OTHER,
                area_other: str = "", likelihood=None, impact=None, owner_unit: str = "", stated_level: str = "",
                check_editable: bool = True, imported: bool = False) -> Risk:
    """`imported`: a row from a document or a sheet, whose area the working group classifies later."""
    ensure_working_group(assessment, acting_user)
    if check_editable:
        ensure_editable(assessment)
    fields = _risk_fields(assessment, process_step=process_step, events=events, area=area, area_other=area_other,
                          likelihood=likelihood, impact=impact, owner_unit=owner_unit, stated_level=stated_level,
                          area_required=not imported)
    number = (assessment.risks.aggregate(m=Max("number"))["m"] or 0) + 1
    return Risk.objects.create(organisation=assessment.organisation, assessment=assessment, number=number, **fields)


@audited
@transaction.atomic
def risk_update(*, risk: Risk, acting_user, process_step: str, events, area: str, area_other: str = "",
                likelihood=None, impact=None, owner_unit: str = "") -> Risk:
    ensure_working_group(risk.assessment, acting_user)
    ensure_editable(risk.assessment)
    fields = _risk_fields(risk.assessment, process_step=process_step, events=events, area=area,
                          area_other=area_other, likelihood=likelihood, impact=impact, owner_unit=owner_unit,
                          stated_level=risk.stated_level)
    for name, value in fields.items():
        setattr(risk, name, value)
    risk.save()
    return risk


def _projects(risk: Risk, projects) -> list[Project]:
    """The projects, each checked to belong to the same organisation (and to the assessment's plan if any)."""
    projects = list(projects or [])
    ids = {getattr(p, "pk", p) for p in projects}
    found = Project.objects.for_org(risk.organisation).filter(pk__in=ids)
    if risk.assessment.plan_id:
        found = found.filter(plan_id=risk.assessment.plan_id)
    found = list(found)
    if len(found) != len(ids):
        raise ApplicationError(code=RiskErrorCode.PROJECT_FOREIGN, field="projects",
                               message=_("Choose projects of this organisation's plan."))
    return found


def set_links(measure: ControlMeasure, projects: list[Project], scores: dict | None = None) -> None:
    scores = scores or {}
    keep = {p.pk for p in projects}
    MeasureProject.objects.filter(measure=measure).exclude(project_id__in=keep).delete()
    have = set(MeasureProject.objects.filter(measure=measure).values_list("project_id", flat=True))
    MeasureProject.objects.bulk_create(
        MeasureProject(organisation=measure.organisation, measure=measure, project=p, match_score=scores.get(p.pk))
        for p in projects if p.pk not in have)


def _measure_fields(description, owner, due_date) -> dict:
    description = " ".join((description or "").split())
    if not description:
        raise ApplicationError(code=RiskErrorCode.MEASURE_REQUIRED, field="description",
                               message=_("Describe the control measure."))
    return {"description": description, "owner": (owner or "").strip(), "due_date": due_date}


@audited
@transaction.atomic
def measure_create(*, risk: Risk, description: str, acting_user, owner: str = "", due_date=None, projects=(),
                   match_scores: dict | None = None, check_editable: bool = True) -> ControlMeasure:
    ensure_working_group(risk.assessment, acting_user)
    if check_editable:
        ensure_editable(risk.assessment)
    fields = _measure_fields(description, owner, due_date)
    linked = _projects(risk, projects)
    number = (risk.measures.aggregate(m=Max("number"))["m"] or 0) + 1
    measure = ControlMeasure.objects.create(organisation=risk.organisation, risk=risk, number=number, **fields)
    set_links(measure, linked, match_scores)
    return measure


@audited
@transaction.atomic
def measure_update(*, measure: ControlMeasure, acting_user, description: str, owner: str = "", due_date=None,
                   projects=()) -> ControlMeasure:
    ensure_working_group(measure.risk.assessment, acting_user)
    ensure_editable(measure.risk.assessment)
    fields = _measure_fields(description, owner, due_date)
    linked = _projects(measure.risk, projects)
    for name, value in fields.items():
        setattr(measure, name, value)
    measure.save()
    set_links(measure, linked)
    return measure
