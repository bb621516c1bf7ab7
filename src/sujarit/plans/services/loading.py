"""Turn a ParsedPlan into rows, atomically (the demo loader now, the document importer later)."""
from __future__ import annotations

from django.db import transaction

from sujarit.core.audit import audited
from django.utils import timezone

from sujarit.frameworks.models import Area

from ..importers.linking import LinkedProject, link_projects
from ..importers.parsed import ParsedPlan
from ..models import Plan, PlanEvent, PlanEventKind, PlanStatus, PlanTarget, PlanYear, RiskRow
from .entry import yearly_entry_create
from .plan import plan_create
from .project import project_create

KIND_BY_WORD = {"โครงการ": "project", "กิจกรรม": "activity", "มาตรการ": "measure", "แนวปฏิบัติ": "guideline"}


def _kind(word: str) -> str:
    return KIND_BY_WORD.get(word, "project")



@audited
@transaction.atomic
def plan_load_parsed(*, organisation, framework, parsed: ParsedPlan, acting_user,
                     status: str = PlanStatus.DRAFT, projects: list[LinkedProject] | None = None) -> Plan:
    p1 = parsed.part1
    plan = plan_create(
        organisation=organisation, framework=framework, title=parsed.title,
        first_year_be=parsed.first_year_be, last_year_be=parsed.last_year_be, acting_user=acting_user,
        preface=parsed.preface, rationale=p1.rationale, objectives=p1.objectives, goals=p1.goals,
        benefits=p1.benefits, base_year_be=p1.base_year_be,
    )
    org = organisation
    RiskRow.objects.bulk_create(
        RiskRow(organisation=org, plan=plan, number=r.number, step=r.step, issues=r.issues, level=r.level,
                measures=r.measures) for r in p1.risk_rows)
    PlanTarget.objects.bulk_create(
        PlanTarget(organisation=org, plan=plan, fiscal_year_be=t.fiscal_year_be, ita_score=t.ita_score,
                   case_reduction_pct=t.case_reduction_pct) for t in p1.targets)

    areas = {a.code: a for a in Area.objects.filter(framework=framework)}
    for year in parsed.years:
        PlanYear.objects.create(
            organisation=org, plan=plan, fiscal_year_be=year.fiscal_year_be,
            stated_total_budget=year.totals.budget if year.totals else None,
            stated_quarter_ticks=year.totals.quarter_ticks if year.totals else [],
            eplan=_eplan_json(year.eplan),
        )
    for linked in projects if projects is not None else link_projects(parsed):
        sheet = linked.sheet
        fields = {}
        if sheet is not None:
            fields = dict(
                sheet_number=sheet.number, rationale=sheet.rationale, objectives=sheet.objectives,
                target_group=sheet.target_group, methods=sheet.methods, duration=sheet.duration,
                budget_text=sheet.budget_text, budget=sheet.budget, responsible=sheet.responsible,
                outputs=sheet.outputs, outcomes=sheet.outcomes,
                kpis=[{"kind": "output" if k.text in sheet.outputs else "outcome", "text": k.text,
                       "indicator": k.indicator, "comparator": k.comparator, "value": k.value, "unit": k.unit}
                      for k in sheet.kpis],
            )
        project = project_create(
            plan=plan, dimension=areas[str(linked.dimension)],
            area=areas.get(sheet.area_code) if sheet else None, name=linked.name,
            kind=_kind(linked.kind), acting_user=acting_user, check_editable=False, **fields,
        )
        for link in linked.rows:
            row = link.row
            yearly_entry_create(
                project=project, fiscal_year_be=link.fiscal_year_be, budget=row.budget or 0,
                quarters=row.quarters, remark=row.remark, order=row.number, acting_user=acting_user,
                name_as_printed=row.name_verbatim, match_score=link.score, check_editable=False,
            )
    if status != PlanStatus.DRAFT:
        # The document was already approved and published by its organisation: record that as one event.
        now = timezone.now()
        plan.status = status
        plan.approved_at = now
        plan.published_at = now if status == PlanStatus.PUBLISHED else None
        plan.save(update_fields=["status", "approved_at", "published_at"])
        PlanEvent.objects.create(organisation=org, plan=plan, actor=acting_user, kind=PlanEventKind.TRANSITION,
                                 transition="import", from_status=PlanStatus.DRAFT, to_status=status,
                                 comment="Loaded from the organisation's published plan document.")
    return plan


def _eplan_json(block) -> dict:
    if block is None:
        return {}
    return {
        "projects_listed": block.projects_listed,
        "projects_counted": block.projects_counted,
        "per_dimension": block.per_dimension,
        "per_dimension_is_quarters": block.per_dimension_is_quarters,
        "additional": block.additional,
        "items": [{"number": i.number, "name": i.name, "dimension": i.dimension} for i in block.items],
        "repeated_lines": block.repeated_lines,
    }
