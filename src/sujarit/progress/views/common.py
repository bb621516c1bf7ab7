from __future__ import annotations

from django.http import Http404

from sujarit.core.errors import ApplicationError
from sujarit.orgs.access import has_org_role
from sujarit.orgs.models import Role
from sujarit.plans import selectors as plan_selectors
from sujarit.plans.models import Plan

from ..workflow import APPROVER_ROLES, REPORTER_ROLES

can_report = has_org_role(*REPORTER_ROLES)
can_act_on_report = has_org_role(*(REPORTER_ROLES | APPROVER_ROLES))
can_edit_targets = has_org_role(Role.PLAN_OFFICER)


def get_plan(request, plan_id: int) -> Plan:
    try:
        return plan_selectors.plan_get(organisation=request.organisation, plan_id=plan_id)
    except Plan.DoesNotExist:
        raise Http404 from None


def get_plan_year(request, plan_id: int, fiscal_year_be: int) -> Plan:
    plan = get_plan(request, plan_id)
    if fiscal_year_be not in plan.years:
        raise Http404
    return plan


def add_service_error(form, error: ApplicationError) -> None:
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)
