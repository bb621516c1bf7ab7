from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sujarit.core.access import access_rule
from sujarit.core.errors import ApplicationError
from sujarit.orgs.access import can_view_org
from sujarit.orgs.selectors import user_roles

from .. import selectors, services
from ..workflow import EDITOR_ROLES
from .common import can_edit_plan, get_plan


@access_rule(can_view_org)
def plan_lint(request, org_code: str, plan_id: int):
    plan = get_plan(request, plan_id)
    findings = selectors.plan_lint(plan=plan)
    can_accept = bool(user_roles(user=request.user, organisation=plan.organisation) & EDITOR_ROLES)
    open_errors = sum(1 for f, a in findings if f.severity == "error" and a is None)
    return render(request, "plans/plan_lint.html", {
        "plan": plan, "organisation": plan.organisation, "findings": findings, "can_accept": can_accept,
        "open_errors": open_errors})


@require_POST
@access_rule(can_edit_plan)
def plan_lint_accept(request, org_code: str, plan_id: int):
    plan = get_plan(request, plan_id)
    try:
        services.lint_finding_accept(plan=plan, key=request.POST.get("key", ""), code=request.POST.get("code", ""),
                                     reason=request.POST.get("reason", ""), acting_user=request.user)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The finding was marked as accepted."))
    return redirect("plans:lint", org_code=org_code, plan_id=plan.pk)
