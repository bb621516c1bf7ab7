from __future__ import annotations

from django.http import Http404
from django.shortcuts import render

from sujarit.core.access import access_rule, authenticated
from sujarit.orgs.access import can_view_org
from sujarit.orgs.selectors import organisations_where, user_oversees, user_roles

from .. import selectors
from ..models import PlanYear, Project
from ..workflow import EDITABLE_STATUSES, EDITOR_ROLES, transitions_available
from .common import get_plan


@access_rule(authenticated)
def plan_list(request):
    return render(request, "plans/plan_list.html", {
        "plans": selectors.plans_visible(user=request.user),
        "creatable": organisations_where(user=request.user, roles=EDITOR_ROLES),
    })


def _plan_context(request, plan) -> dict:
    roles = user_roles(user=request.user, organisation=plan.organisation)
    return {
        "plan": plan,
        "organisation": plan.organisation,
        "can_edit": plan.status in EDITABLE_STATUSES and bool(roles & EDITOR_ROLES),
        "roles": roles,
    }


@access_rule(can_view_org)
def plan_detail(request, org_code: str, plan_id: int):
    plan = get_plan(request, plan_id)
    ctx = _plan_context(request, plan)
    ctx.update(
        matrix=selectors.plan_matrix(plan=plan),
        events=selectors.plan_events(plan=plan)[:20],
        transitions=transitions_available(status=plan.status, roles=ctx["roles"]),
        can_review=user_oversees(user=request.user, organisation=plan.organisation),
        risk_rows=plan.risk_rows.all(),
        targets=plan.targets.all(),
        open_lint_errors=sum(1 for f, accepted in selectors.plan_lint(plan=plan)
                             if f.severity == "error" and accepted is None),
    )
    return render(request, "plans/plan_detail.html", ctx)


@access_rule(can_view_org)
def plan_year(request, org_code: str, plan_id: int, fiscal_year_be: int):
    plan = get_plan(request, plan_id)
    if fiscal_year_be not in plan.years:
        raise Http404
    table = selectors.plan_year_table(plan=plan, fiscal_year_be=fiscal_year_be)
    stated = PlanYear.objects.for_org(plan.organisation).filter(plan=plan, fiscal_year_be=fiscal_year_be).first()
    ctx = _plan_context(request, plan)
    ctx.update(table=table, summary=selectors.plan_eplan_summary(table=table), stated=stated,
               year=fiscal_year_be, quarters=[1, 2, 3, 4])
    return render(request, "plans/plan_year.html", ctx)


@access_rule(can_view_org)
def project_detail(request, org_code: str, plan_id: int, project_id: int):
    plan = get_plan(request, plan_id)
    try:
        project = selectors.project_get(plan=plan, project_id=project_id)
    except Project.DoesNotExist:
        raise Http404 from None
    ctx = _plan_context(request, plan)
    ctx.update(project=project, entries=project.entries.order_by("fiscal_year_be"),
               kpis=list(project.kpis.all()))
    return render(request, "plans/project_detail.html", ctx)
