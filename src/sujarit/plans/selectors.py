"""Reads for plans. Tables are built as typed models (plans/tables.py) that pages, the API and the
document renderers all lay out; totals are always computed from the rows, never copied from a document."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.db.models import Prefetch, QuerySet

from sujarit.orgs.selectors import organisations_visible_to

from .models import Plan, PlanEvent, Project, YearlyEntry
from .tables import DimensionCount, EPlanSummary, MatrixRow, PlanMatrix, YearRowView, YearTable


def plans_visible(*, user) -> QuerySet[Plan]:
    if user.is_superuser:
        qs = Plan.objects.all()
    else:
        orgs = organisations_visible_to(user=user)
        qs = Plan.objects.filter(organisation__in=orgs)
    return qs.select_related("organisation").order_by("organisation__name", "-first_year_be")


def plan_get(*, organisation, plan_id: int) -> Plan:
    return Plan.objects.for_org(organisation).select_related("organisation", "framework").get(pk=plan_id)


def project_get(*, plan: Plan, project_id: int) -> Project:
    return (Project.objects.for_org(plan.organisation).filter(plan=plan)
            .select_related("dimension", "area").prefetch_related("kpis").get(pk=project_id))


def entry_get(*, plan: Plan, entry_id: int) -> YearlyEntry:
    return (YearlyEntry.objects.for_org(plan.organisation).filter(plan=plan)
            .select_related("project", "project__dimension").get(pk=entry_id))


def plan_events(*, plan: Plan) -> QuerySet[PlanEvent]:
    return PlanEvent.objects.for_org(plan.organisation).filter(plan=plan).select_related("actor")


def _entries(plan: Plan) -> QuerySet[YearlyEntry]:
    return (YearlyEntry.objects.for_org(plan.organisation).filter(plan=plan)
            .select_related("project", "project__dimension"))


def _row_view(e: YearlyEntry) -> YearRowView:
    return YearRowView(entry_id=e.pk, project_id=e.project_id, order=e.order, name=e.project.name,
                       dimension=e.project.dimension.dimension_number, budget=e.budget, quarters=e.quarters,
                       remark=e.remark, counted=e.counted, kind=e.project.kind)


def plan_year_table(*, plan: Plan, fiscal_year_be: int) -> YearTable:
    rows = [_row_view(e) for e in _entries(plan).filter(fiscal_year_be=fiscal_year_be)]
    return YearTable.from_rows(organisation_name=plan.organisation.name, fiscal_year_be=fiscal_year_be,
                               rows=rows)


def plan_year_tables(*, plan: Plan) -> list[YearTable]:
    by_year: dict[int, list[YearRowView]] = defaultdict(list)
    for e in _entries(plan):
        by_year[e.fiscal_year_be].append(_row_view(e))
    return [YearTable.from_rows(organisation_name=plan.organisation.name, fiscal_year_be=y, rows=by_year[y])
            for y in plan.years]


def plan_eplan_summary(*, table: YearTable, dimensions: list[int] = (1, 2, 3, 4)) -> EPlanSummary:
    counts = {d: DimensionCount(dimension=d) for d in dimensions}
    for row in table.rows:
        c = counts.setdefault(row.dimension, DimensionCount(dimension=row.dimension))
        if row.counted:
            c.counted += 1
        else:
            c.additional += 1
    return EPlanSummary(fiscal_year_be=table.fiscal_year_be, per_dimension=list(counts.values()))


def plan_matrix(*, plan: Plan) -> PlanMatrix:
    projects = (Project.objects.for_org(plan.organisation).filter(plan=plan).select_related("dimension")
                .prefetch_related(Prefetch("entries", queryset=YearlyEntry.objects.only(
                    "id", "project_id", "fiscal_year_be", "budget"))))
    years = plan.years
    rows = []
    for p in projects:
        budgets: dict[int, Decimal | None] = {y: None for y in years}
        for e in p.entries.all():
            budgets[e.fiscal_year_be] = (budgets.get(e.fiscal_year_be) or Decimal(0)) + e.budget
        rows.append(MatrixRow(project_id=p.pk, name=p.name, dimension=p.dimension.dimension_number,
                              sheet_number=p.sheet_number, budgets=[budgets[y] for y in years]))
    return PlanMatrix(years=years, rows=rows)


def plan_projects(*, plan: Plan) -> QuerySet[Project]:
    return Project.objects.for_org(plan.organisation).filter(plan=plan).select_related("dimension", "area")


def plan_lint(*, plan: Plan) -> list[tuple]:
    """The plan's lint findings, each with the officer's acceptance if one was recorded."""
    from .lint import lint, view_from_plan
    from .models import LintAcceptance

    accepted = {a.key: a for a in LintAcceptance.objects.for_org(plan.organisation).filter(plan=plan)
                .select_related("accepted_by")}
    return [(f, accepted.get(f.key)) for f in lint(view_from_plan(plan))]


def plan_imports(*, organisation) -> QuerySet:
    from .models import PlanImport

    return PlanImport.objects.for_org(organisation).defer("data", "source_text", "report")[:20]
