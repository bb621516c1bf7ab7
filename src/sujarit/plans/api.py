"""Read API for plans, projects and yearly entries, scoped by organisation (same rules as the pages)."""
from __future__ import annotations

from decimal import Decimal

from django.http import Http404
from ninja import Router, Schema

from sujarit.orgs.access import can_view_org

from . import selectors
from .models import Plan, Project

router = Router(tags=["plans"])


class PlanOut(Schema):
    id: int
    organisation_code: str
    organisation_name: str
    title: str
    first_year_be: int
    last_year_be: int
    status: str


class KpiOut(Schema):
    kind: str
    text: str
    indicator: str
    comparator: str
    value: Decimal | None
    unit: str


class ProjectOut(Schema):
    id: int
    sheet_number: int | None
    kind: str
    name: str
    dimension: int
    area_code: str | None
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
    kpis: list[KpiOut]


class EntryOut(Schema):
    id: int
    project_id: int
    fiscal_year_be: int
    order: int
    name: str
    dimension: int
    budget: Decimal
    quarters: list[int]
    remark: str
    counted: bool


class YearTableOut(Schema):
    fiscal_year_be: int
    rows: list[EntryOut]
    total_budget: Decimal
    quarter_ticks: list[int]


class ErrorOut(Schema):
    detail: str


def viewable_plan(request, org_code: str, plan_id: int) -> Plan:
    """The plan, if the caller may see its organisation; otherwise 404 (the API of every plan-scoped app uses it)."""
    if not can_view_org(request, org_code=org_code):
        raise Http404
    try:
        return selectors.plan_get(organisation=request.organisation, plan_id=plan_id)
    except Plan.DoesNotExist:
        raise Http404 from None


def _plan_out(plan: Plan) -> dict:
    return {"id": plan.pk, "organisation_code": plan.organisation.code,
            "organisation_name": plan.organisation.name, "title": plan.title,
            "first_year_be": plan.first_year_be, "last_year_be": plan.last_year_be, "status": plan.status}


def _project_out(p: Project) -> dict:
    return {**{f: getattr(p, f) for f in ("id", "sheet_number", "kind", "name", "rationale", "objectives",
                                          "target_group", "methods", "duration", "budget", "budget_text",
                                          "responsible", "outputs", "outcomes")},
            "dimension": p.dimension.dimension_number, "area_code": p.area.code if p.area else None,
            "kpis": [{f: getattr(k, f) for f in ("kind", "text", "indicator", "comparator", "value", "unit")}
                     for k in p.kpis.all()]}


@router.get("/orgs/{org_code}/plans", response=list[PlanOut])
def list_plans(request, org_code: str):
    if not can_view_org(request, org_code=org_code):
        raise Http404
    return [_plan_out(p) for p in Plan.objects.for_org(request.organisation).select_related("organisation")]


@router.get("/orgs/{org_code}/plans/{plan_id}", response={200: PlanOut, 404: ErrorOut})
def get_plan(request, org_code: str, plan_id: int):
    return _plan_out(viewable_plan(request, org_code, plan_id))


@router.get("/orgs/{org_code}/plans/{plan_id}/projects", response={200: list[ProjectOut], 404: ErrorOut})
def list_projects(request, org_code: str, plan_id: int):
    plan = viewable_plan(request, org_code, plan_id)
    projects = selectors.plan_projects(plan=plan).prefetch_related("kpis")
    return [_project_out(p) for p in projects]


@router.get("/orgs/{org_code}/plans/{plan_id}/projects/{project_id}", response={200: ProjectOut, 404: ErrorOut})
def get_project(request, org_code: str, plan_id: int, project_id: int):
    plan = viewable_plan(request, org_code, plan_id)
    try:
        return _project_out(selectors.project_get(plan=plan, project_id=project_id))
    except Project.DoesNotExist:
        raise Http404 from None


@router.get("/orgs/{org_code}/plans/{plan_id}/years/{fiscal_year_be}", response={200: YearTableOut, 404: ErrorOut})
def get_year(request, org_code: str, plan_id: int, fiscal_year_be: int):
    plan = viewable_plan(request, org_code, plan_id)
    if fiscal_year_be not in plan.years:
        raise Http404
    table = selectors.plan_year_table(plan=plan, fiscal_year_be=fiscal_year_be)
    return {"fiscal_year_be": table.fiscal_year_be, "total_budget": table.total_budget,
            "quarter_ticks": table.quarter_ticks,
            "rows": [{"id": r.entry_id, "project_id": r.project_id, "fiscal_year_be": fiscal_year_be,
                      "order": r.order, "name": r.name, "dimension": r.dimension, "budget": r.budget,
                      "quarters": r.quarters, "remark": r.remark, "counted": r.counted} for r in table.rows]}
