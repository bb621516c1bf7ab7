"""Build a LintView from a parsed document (with its source lines) or from a plan in the database."""
from __future__ import annotations

from ..importers.linking import LinkedProject
from ..importers.parsed import ParsedPlan
from .view import LintView, LProject, LRow, LYear


def _line(ref) -> int | None:
    return ref.line_start if ref is not None else None


def view_from_parsed(parsed: ParsedPlan, projects: list[LinkedProject], source_text: str = "") -> LintView:
    project_of = {id(link.row): p.id for p in projects for link in p.rows}
    years = []
    for y in parsed.years:
        eplan = None
        if y.eplan is not None:
            e = y.eplan
            eplan = {"listed": e.projects_listed, "counted": e.projects_counted, "per_dimension": e.per_dimension,
                     "additional": e.additional, "repeats": list(getattr(e, "repeated_lines", []) or []),
                     "line": _line(e.source)}
        years.append(LYear(
            fiscal_year_be=y.fiscal_year_be,
            rows=[LRow(number=r.number, name=r.name, dimension=r.dimension, budget=r.budget, quarters=r.quarters,
                       project_id=project_of.get(id(r)), line=_line(r.source)) for r in y.rows],
            stated_budget=y.totals.budget if y.totals else None,
            stated_ticks=y.totals.quarter_ticks if y.totals else None,
            has_totals=y.totals is not None, eplan=eplan, line=_line(y.source),
        ))
    lprojects = [LProject(
        id=p.id, name=p.name, dimension=p.dimension, sheet_number=p.sheet.number if p.sheet else None,
        has_sheet=p.sheet is not None,
        sheet_budget=p.sheet.budget if p.sheet else None, budget_text=p.sheet.budget_text if p.sheet else "",
        names_seen=p.names_seen, years=p.years, kpi_count=len(p.sheet.kpis) if p.sheet else 0,
        has_results=bool(p.sheet and (p.sheet.outputs or p.sheet.outcomes)),
        line=_line(p.sheet.source) if p.sheet else None, other_dimension_match=p.other_dimension_match,
    ) for p in projects]
    texts = [(line, n) for n, line in enumerate(source_text.splitlines(), start=1) if line.strip()]
    return LintView(organisation_name=parsed.organisation_name, first_year_be=parsed.first_year_be,
                    last_year_be=parsed.last_year_be, preface=parsed.preface, years=years, projects=lprojects,
                    texts=texts)


def view_from_plan(plan) -> LintView:
    """The same view from the database: links are explicit, stated values come from PlanYear."""
    from ..models import PlanYear, Project, YearlyEntry

    org = plan.organisation
    stated = {y.fiscal_year_be: y for y in PlanYear.objects.for_org(org).filter(plan=plan)}
    entries = (YearlyEntry.objects.for_org(org).filter(plan=plan)
               .select_related("project__dimension").order_by("fiscal_year_be", "order", "id"))
    by_year: dict[int, list[LRow]] = {y: [] for y in plan.years}
    names: dict[int, list[str]] = {}
    for e in entries:
        by_year.setdefault(e.fiscal_year_be, []).append(LRow(
            number=e.order, name=e.name_as_printed or e.project.name, dimension=e.project.dimension.dimension_number,
            budget=e.budget, quarters=e.quarters, project_id=e.project_id))
        seen = names.setdefault(e.project_id, [e.project.name])
        if e.name_as_printed and e.name_as_printed not in seen:
            seen.append(e.name_as_printed)
    years = []
    for fy, rows in sorted(by_year.items()):
        s = stated.get(fy)
        years.append(LYear(
            fiscal_year_be=fy, rows=rows,
            stated_budget=s.stated_total_budget if s else None,
            stated_ticks=(s.stated_quarter_ticks or None) if s else None,
            has_totals=bool(s and (s.stated_total_budget is not None or s.stated_quarter_ticks)),
            eplan=_eplan_from_json(s.eplan) if s and s.eplan else None,
        ))
    projects = Project.objects.for_org(org).filter(plan=plan).select_related("dimension").prefetch_related("kpis")
    lprojects, texts = [], [(plan.preface, None), (plan.rationale, None)]
    for p in projects:
        lprojects.append(LProject(
            id=p.pk, name=p.name, dimension=p.dimension.dimension_number, sheet_number=p.sheet_number,
            has_sheet=p.sheet_number is not None or bool(p.rationale or p.objectives or p.methods),
            sheet_budget=p.budget, budget_text=p.budget_text, names_seen=names.get(p.pk, [p.name]),
            years=sorted({fy for fy, rows in by_year.items() for r in rows if r.project_id == p.pk}),
            kpi_count=len(p.kpis.all()), has_results=bool(p.outputs or p.outcomes)))
        texts.extend((t, None) for t in [p.name, p.rationale, p.target_group, p.duration, p.budget_text,
                                          p.responsible, *p.objectives, *p.methods, *p.outputs, *p.outcomes] if t)
    return LintView(organisation_name=org.name, first_year_be=plan.first_year_be, last_year_be=plan.last_year_be,
                    preface=plan.preface, years=years, projects=lprojects, texts=texts)


def _eplan_from_json(data: dict) -> dict:
    return {"listed": data.get("projects_listed"), "counted": data.get("projects_counted"),
            "per_dimension": data.get("per_dimension") or [], "additional": data.get("additional") or [],
            "repeats": data.get("repeated_lines") or [], "line": None}
