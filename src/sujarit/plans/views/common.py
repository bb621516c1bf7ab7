from __future__ import annotations

from django.http import Http404

from sujarit.core.errors import ApplicationError
from sujarit.orgs.access import has_org_role
from sujarit.orgs.models import Role

from .. import selectors
from ..models import Plan

can_edit_plan = has_org_role(Role.PLAN_OFFICER)
can_act_on_plan = has_org_role(Role.PLAN_OFFICER, Role.EXECUTIVE)


def get_plan(request, plan_id: int) -> Plan:
    """The plan inside the organisation the access rule already resolved from the URL."""
    try:
        return selectors.plan_get(organisation=request.organisation, plan_id=plan_id)
    except Plan.DoesNotExist:
        raise Http404 from None


def add_service_error(form, error: ApplicationError) -> None:
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)
