"""Risk register API: staff reads and writes (same rules as the pages) and the public JSON of what is published."""
from __future__ import annotations

import datetime

from django.http import Http404
from ninja import Router, Schema
from ninja.responses import Status

from sujarit.orgs.access import can_view_org
from sujarit.orgs.selectors import organisation_by_code

from . import selectors, services
from .models import Risk, RiskAssessment
from .selectors.public import public_assessment, public_assessments
from .views.common import is_working_group

router = Router(tags=["risks"])


class ProjectRefOut(Schema):
    id: int
    name: str
    match_score: float | None


class MeasureOut(Schema):
    id: int
    number: int
    description: str
    owner: str
    due_date: datetime.date | None
    projects: list[ProjectRefOut]
    status: str


class RiskOut(Schema):
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
    stated_level: str
    owner_unit: str
    residual_likelihood: int | None
    residual_impact: int | None
    residual_level: str
    measures: list[MeasureOut]


class AssessmentOut(Schema):
    id: int
    fiscal_year_be: int
    title: str
    status: str
    published: bool


class RegisterOut(AssessmentOut):
    risks: list[RiskOut]


class RiskIn(Schema):
    process_step: str
    events: list[str]
    area: str = "other"
    area_other: str = ""
    likelihood: int | None = None
    impact: int | None = None
    owner_unit: str = ""


class MeasureIn(Schema):
    description: str
    owner: str = ""
    due_date: datetime.date | None = None
    project_ids: list[int] = []


class ErrorOut(Schema):
    detail: str


def _assessment(request, org_code: str, assessment_id: int) -> RiskAssessment:
    if not can_view_org(request, org_code=org_code):
        raise Http404
    try:
        return selectors.assessment_get(organisation=request.organisation, assessment_id=assessment_id)
    except RiskAssessment.DoesNotExist:
        raise Http404 from None


def _summary(a: RiskAssessment) -> dict:
    return {"id": a.pk, "fiscal_year_be": a.fiscal_year_be, "title": a.title, "status": a.status,
            "published": a.published_at is not None}


def _register_out(a: RiskAssessment) -> dict:
    register = selectors.assessment_register(assessment=a, round=selectors.latest_round(assessment=a))
    return {**_summary(a), "risks": [r.__dict__ | {"measures": [m.__dict__ | {"projects": [p.__dict__ for p in m.projects]}
                                                                for m in r.measures]}
                                     for r in register.risks]}


@router.get("/orgs/{org_code}/risks", response=list[AssessmentOut])
def list_assessments(request, org_code: str):
    if not can_view_org(request, org_code=org_code):
        raise Http404
    return [_summary(a) for a in selectors.assessments_for_org(organisation=request.organisation)]


@router.get("/orgs/{org_code}/risks/{assessment_id}", response={200: RegisterOut, 404: ErrorOut})
def get_register(request, org_code: str, assessment_id: int):
    return _register_out(_assessment(request, org_code, assessment_id))


@router.post("/orgs/{org_code}/risks/{assessment_id}/risks", response={201: RiskOut, 404: ErrorOut})
def create_risk(request, org_code: str, assessment_id: int, payload: RiskIn):
    a = _assessment(request, org_code, assessment_id)
    if not is_working_group(request, org_code=org_code):
        raise Http404
    risk = services.risk_create(assessment=a, acting_user=request.user, **payload.dict())
    out = next(r for r in _register_out(a)["risks"] if r["id"] == risk.pk)
    return Status(201, out)


@router.post("/orgs/{org_code}/risks/{assessment_id}/risks/{risk_id}/measures",
             response={201: MeasureOut, 404: ErrorOut})
def create_measure(request, org_code: str, assessment_id: int, risk_id: int, payload: MeasureIn):
    a = _assessment(request, org_code, assessment_id)
    if not is_working_group(request, org_code=org_code):
        raise Http404
    risk = Risk.objects.for_org(a.organisation).filter(assessment=a, pk=risk_id).first()
    if risk is None:
        raise Http404
    data = payload.dict()
    measure = services.measure_create(risk=risk, acting_user=request.user, projects=data.pop("project_ids"), **data)
    out = next(m for r in _register_out(a)["risks"] for m in r["measures"] if m["id"] == measure.pk)
    return Status(201, out)


@router.get("/public/orgs/{org_code}/risks", auth=None, response=list[int])
def public_years(request, org_code: str):
    """Fiscal years with a published assessment."""
    org = organisation_by_code(org_code)
    if org is None:
        raise Http404
    return list(public_assessments(organisation=org).values_list("fiscal_year_be", flat=True))


@router.get("/public/orgs/{org_code}/risks/{fiscal_year_be}", auth=None, response={200: dict, 404: ErrorOut})
def public_register(request, org_code: str, fiscal_year_be: int):
    """The published assessment: risk events, levels, measures and their status (no login)."""
    org = organisation_by_code(org_code)
    doc = public_assessment(organisation=org, fiscal_year_be=fiscal_year_be) if org else None
    if doc is None:
        raise Http404
    return doc
