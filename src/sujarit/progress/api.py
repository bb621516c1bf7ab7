"""Progress API: a plan year's figures, targets vs actuals (same rules as the pages), and reporting a quarter."""
from __future__ import annotations

from decimal import Decimal

from django.http import Http404
from ninja import Router, Schema

from sujarit.orgs.access import can_view_org
from sujarit.plans.api import viewable_plan
from sujarit.plans.models import YearlyEntry

from . import selectors, services
from .feed import _tally, public_feed
from .models import ProgressReport, RoundKind

router = Router(tags=["progress"])


class ReportIn(Schema):
    status: str
    reason: str = ""
    committed: Decimal = Decimal(0)
    paid: Decimal = Decimal(0)
    narrative: str = ""
    problems: str = ""
    suggestions: str = ""


class ReportOut(Schema):
    id: int
    entry_id: int
    quarter: int
    status: str
    state: str
    committed: Decimal
    paid: Decimal


class TransitionIn(Schema):
    comment: str = ""


def _report_out(r: ProgressReport) -> dict:
    return {"id": r.pk, "entry_id": r.entry_id, "quarter": r.quarter, "status": r.status, "state": r.state,
            "committed": r.committed, "paid": r.paid}


@router.get("/orgs/{org_code}/plans/{plan_id}/progress/{fiscal_year_be}")
def year_progress(request, org_code: str, plan_id: int, fiscal_year_be: int, round: str = RoundKind.TWELVE_MONTHS):
    plan = viewable_plan(request, org_code, plan_id)
    if fiscal_year_be not in plan.years or round not in RoundKind.values:
        raise Http404
    p = selectors.year_progress(plan=plan, fiscal_year_be=fiscal_year_be, kind=round)
    return {"fiscal_year_be": fiscal_year_be, "round": round, "total": _tally(p.total),
            "dimensions": {t.label: _tally(t) for t in p.per_dimension},
            "items": [{"entry_id": r.entry_id, "order": r.order, "name": r.name, "dimension": r.dimension,
                       "counted": r.counted, "status": r.status, "budget": str(r.budget), "paid": str(r.paid),
                       "behind_schedule": r.behind} for r in p.rows]}


@router.get("/orgs/{org_code}/plans/{plan_id}/targets")
def targets(request, org_code: str, plan_id: int):
    plan = viewable_plan(request, org_code, plan_id)
    return public_feed(organisation=plan.organisation, plan=plan, year=plan.first_year_be,
                       six=selectors.year_progress(plan=plan, fiscal_year_be=plan.first_year_be, kind="6m"),
                       twelve=selectors.year_progress(plan=plan, fiscal_year_be=plan.first_year_be),
                       targets=selectors.targets_table(plan=plan))["targets"]


@router.put("/orgs/{org_code}/entries/{entry_id}/reports/{quarter}", response=ReportOut)
def report_put(request, org_code: str, entry_id: int, quarter: int, payload: ReportIn):
    if not can_view_org(request, org_code=org_code):
        raise Http404
    entry = YearlyEntry.objects.for_org(request.organisation).select_related("organisation").filter(pk=entry_id).first()
    if entry is None:
        raise Http404
    return _report_out(services.report_save(entry=entry, quarter=quarter, acting_user=request.user,
                                            **payload.dict()))


@router.post("/orgs/{org_code}/reports/{report_id}/{transition}", response=ReportOut)
def report_transition(request, org_code: str, report_id: int, transition: str, payload: TransitionIn):
    if not can_view_org(request, org_code=org_code):
        raise Http404
    report = ProgressReport.objects.for_org(request.organisation).filter(pk=report_id).first()
    if report is None:
        raise Http404
    return _report_out(services.report_transition(report=report, transition=transition, acting_user=request.user,
                                                  comment=payload.comment))
