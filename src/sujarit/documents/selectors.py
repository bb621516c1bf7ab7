"""Reads that build the typed document models (documents/content.py) from the plans app's selectors.

Every query names the plan's organisation. A whole plan book takes a fixed number of queries, whatever its size.
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from sujarit.frameworks.selectors import framework_dimensions
from sujarit.plans import selectors as plan_selectors
from sujarit.plans.models import Kpi as KpiRow
from sujarit.plans.models import Plan, PlanTarget, Project, YearlyEntry
from sujarit.plans.models import RiskRow as RiskRowModel
from sujarit.plans.tables import YearTable

from . import content
from .models import ExportJob, Letterhead


def document_head(*, plan: Plan) -> content.DocumentHead:
    org = plan.organisation
    return content.DocumentHead(
        organisation_code=org.code, organisation_name=org.name, province=org.province, district=org.district,
        address=org.address, plan_title=plan.title, first_year_be=plan.first_year_be,
        last_year_be=plan.last_year_be, generated_on=timezone.localdate(),
        letterhead=document_letterhead(organisation=org))


def letterhead_get(*, organisation) -> Letterhead | None:
    return Letterhead.objects.for_org(organisation).first()


def document_letterhead(*, organisation) -> content.Letterhead | None:
    """The letterhead as documents print it, logo bytes included; None when the organisation has none."""
    letterhead = letterhead_get(organisation=organisation)
    if letterhead is None:
        return None
    logo = None
    if letterhead.logo:
        try:
            with letterhead.logo.open("rb") as f:
                logo = f.read()
        except OSError:  # a logo file lost from storage: print the letterhead without it
            logo = None
    return content.Letterhead(name=letterhead.name, address=letterhead.address, logo=logo,
                              logo_type=letterhead.logo_type if logo else "")


def plan_dimensions(*, plan: Plan) -> list[content.Dimension]:
    return [content.Dimension(number=a.dimension_number, title=a.title)
            for a in framework_dimensions(framework=plan.framework).order_by("sort_key")]


def _year_document(plan: Plan, head: content.DocumentHead, table: YearTable) -> content.YearDocument:
    return content.YearDocument(head=head, table=table, summary=plan_selectors.plan_eplan_summary(table=table))


def year_document(*, plan: Plan, fiscal_year_be: int) -> content.YearDocument:
    table = plan_selectors.plan_year_table(plan=plan, fiscal_year_be=fiscal_year_be)
    return _year_document(plan, document_head(plan=plan), table)


def _eplan_document(plan, head, table: YearTable, dimensions) -> content.EPlanDocument:
    items = [content.EPlanItem(order=r.order, name=r.name, kind=content.KIND_WORDS.get(r.kind, "โครงการ"),
                               dimension=r.dimension, quarters=list(r.quarters), budget=r.budget,
                               counted=r.counted, remark=r.remark) for r in table.rows]
    return content.EPlanDocument(head=head, fiscal_year_be=table.fiscal_year_be,
                                 summary=plan_selectors.plan_eplan_summary(table=table), items=items,
                                 dimensions=dimensions)


def eplan_document(*, plan: Plan, fiscal_year_be: int) -> content.EPlanDocument:
    table = plan_selectors.plan_year_table(plan=plan, fiscal_year_be=fiscal_year_be)
    return _eplan_document(plan, document_head(plan=plan), table, plan_dimensions(plan=plan))


def _sheet(p: Project) -> content.ProjectSheet:
    return content.ProjectSheet(
        project_id=p.pk, number=p.sheet_number, kind=content.KIND_WORDS.get(p.kind, "โครงการ"),
        dimension=content.Dimension(number=p.dimension.dimension_number, title=p.dimension.title),
        area_code=p.area.code if p.area else "", area_title=p.area.title if p.area else "",
        name=p.name, rationale=p.rationale, objectives=list(p.objectives), target_group=p.target_group,
        methods=list(p.methods), duration=p.duration, budget=p.budget, budget_text=p.budget_text,
        responsible=p.responsible, outputs=list(p.outputs), outcomes=list(p.outcomes),
        kpis=[content.Kpi(kind=k.kind, indicator=k.indicator, comparator=k.comparator, value=k.value,
                          unit=k.unit) for k in p.kpis.all()],
        years=[content.ScheduledYear(fiscal_year_be=e.fiscal_year_be, order=e.order, budget=e.budget,
                                     quarters=e.quarters) for e in p.entries.all()],
    )


def _projects(plan: Plan) -> QuerySet[Project]:
    org = plan.organisation
    return (Project.objects.for_org(org).filter(plan=plan).select_related("dimension", "area")
            .prefetch_related(Prefetch("kpis", queryset=KpiRow.objects.for_org(org).order_by("kind", "id")),
                              Prefetch("entries", queryset=YearlyEntry.objects.for_org(org)
                                       .order_by("fiscal_year_be", "order"))))


def sheet_document(*, plan: Plan, project_id: int) -> content.SheetDocument:
    """Raises Project.DoesNotExist for a project outside the plan."""
    return content.SheetDocument(head=document_head(plan=plan), sheet=_sheet(_projects(plan).get(pk=project_id)))


def _part1(plan: Plan) -> content.Part1:
    org = plan.organisation
    risks = RiskRowModel.objects.for_org(org).filter(plan=plan).order_by("number", "id")
    targets = PlanTarget.objects.for_org(org).filter(plan=plan).order_by("fiscal_year_be")
    return content.Part1(
        risk_rows=[content.RiskRow(number=r.number, step=r.step, issues=list(r.issues), level=r.level,
                                   measures=list(r.measures)) for r in risks],
        rationale=plan.rationale, objectives=list(plan.objectives), goals=list(plan.goals),
        targets=[content.Target(fiscal_year_be=t.fiscal_year_be, ita_score=t.ita_score,
                                case_reduction_pct=t.case_reduction_pct) for t in targets],
        base_year_be=plan.base_year_be, benefits=list(plan.benefits))


def _dimension_totals(dimensions, tables: list[YearTable]) -> list[content.DimensionTotal]:
    count: dict[int, int] = defaultdict(int)
    budgets: dict[int, list[Decimal]] = {d.number: [Decimal(0)] * len(tables) for d in dimensions}
    by_number = {d.number: d for d in dimensions}
    for i, table in enumerate(tables):
        for row in table.rows:
            count[row.dimension] += 1
            budgets.setdefault(row.dimension, [Decimal(0)] * len(tables))[i] += row.budget
    return [content.DimensionTotal(dimension=by_number.get(n) or content.Dimension(number=n, title=""),
                                   projects=count[n], budgets=budgets[n]) for n in sorted(budgets)]


def plan_book(*, plan: Plan) -> content.PlanBook:
    head = document_head(plan=plan)
    dimensions = plan_dimensions(plan=plan)
    tables = plan_selectors.plan_year_tables(plan=plan)
    sheets = [_sheet(p) for p in _projects(plan) if p.sheet_number is not None]
    sheets.sort(key=lambda s: (s.dimension.number, s.number or 0))
    return content.PlanBook(
        head=head, preface=plan.preface, dimensions=dimensions, part1=_part1(plan),
        matrix=plan_selectors.plan_matrix(plan=plan), dimension_totals=_dimension_totals(dimensions, tables),
        years=[_year_document(plan, head, t) for t in tables],
        eplans=[_eplan_document(plan, head, t, dimensions) for t in tables],
        sheets=sheets)


def export_jobs_recent(*, plan: Plan, limit: int = 10) -> QuerySet[ExportJob]:
    return (ExportJob.objects.for_org(plan.organisation).filter(plan=plan)
            .select_related("requested_by").order_by("-created_at")[:limit])


def export_job_get(*, organisation, job_id) -> ExportJob:
    return ExportJob.objects.for_org(organisation).select_related("plan", "organisation").get(pk=job_id)
