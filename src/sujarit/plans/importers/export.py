"""The importer's JSON report (`import-plan --format json`): the parsed plan, its projects and the findings."""
from __future__ import annotations

from decimal import Decimal

from .linking import LinkedProject
from .parsed import EPlanBlock, ParsedPlan, ProjectSheet


def _baht(value: Decimal | None) -> int | None:
    return None if value is None else int(value)


def _eplan(block: EPlanBlock | None) -> dict | None:
    if block is None:
        return None
    return {
        "listed": block.projects_listed,
        "counted": block.projects_counted,
        "per_dimension": block.per_dimension,
        "additional": sum(block.additional) if block.additional else 0,
        "rows": [{"no": r.number, "name": r.name, "dimension": r.dimension} for r in block.items],
    }


def _sheet(sheet: ProjectSheet | None) -> dict | None:
    if sheet is None:
        return None
    return {
        "rationale": sheet.rationale, "objectives": sheet.objectives, "target_group": sheet.target_group,
        "methods": sheet.methods, "duration": sheet.duration, "budget_text": sheet.budget_text,
        "budget_baht": _baht(sheet.budget), "responsible": sheet.responsible, "outputs": sheet.outputs,
        "outcomes": sheet.outcomes,
        "kpis": [{"text": k.text, "indicator": k.indicator, "comparator": k.comparator,
                  "value": None if k.value is None else float(k.value), "unit": k.unit} for k in sheet.kpis],
    }


def plan_report(parsed: ParsedPlan, projects: list[LinkedProject], findings: list) -> dict:
    project_of = {id(link.row): p.id for p in projects for link in p.rows}
    p1 = parsed.part1
    return {
        "title": parsed.title,
        "organisation": parsed.organisation_name,
        "first_year": parsed.first_year_be,
        "last_year": parsed.last_year_be,
        "part1": {
            "risks": [{"no": r.number, "step": r.step, "issues": r.issues, "level": r.level,
                       "controls": r.measures} for r in p1.risk_rows],
            "targets": [{"year": t.fiscal_year_be,
                         "ita_score": None if t.ita_score is None else float(t.ita_score),
                         "case_reduction_percent": None if t.case_reduction_pct is None
                         else float(t.case_reduction_pct)} for t in p1.targets],
            "base_year": p1.base_year_be,
        },
        "years": {
            str(y.fiscal_year_be): {
                "rows": [{"no": r.number, "name": r.name, "dimension": r.dimension, "budget": _baht(r.budget),
                          "quarters": r.quarters, "remark": r.remark, "project": project_of.get(id(r))}
                         for r in y.rows],
                "stated_totals": {
                    "budget": _baht(y.totals.budget) if y.totals else None,
                    "quarter_ticks": (y.totals.quarter_ticks or None) if y.totals else None,
                },
                "eplan": _eplan(y.eplan),
            }
            for y in parsed.years
        },
        "projects": [
            {"id": p.id, "number_in_document": p.sheet.number if p.sheet else None,
             "area": p.sheet.area_code if p.sheet else None, "kind": p.kind, "name": p.name,
             "dimension": p.dimension, "names_seen": p.names_seen, "years": p.years,
             "match_scores": {str(link.fiscal_year_be): link.score for link in p.rows},
             "sheet": _sheet(p.sheet)}
            for p in projects
        ],
        "findings": [f.as_json() for f in findings],
        "warnings": parsed.warnings,
    }
