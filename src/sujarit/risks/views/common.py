from __future__ import annotations

from django.http import Http404

from sujarit.core.errors import ApplicationError
from sujarit.orgs.access import has_org_role
from sujarit.orgs.selectors import user_roles

from .. import selectors
from ..models import RiskAssessment
from ..workflow import APPROVER_ROLES, EDITABLE_STATUSES, WORKING_GROUP_ROLES

is_working_group = has_org_role(*WORKING_GROUP_ROLES)
can_act = has_org_role(*(WORKING_GROUP_ROLES | APPROVER_ROLES))


def get_assessment(request, assessment_id: int) -> RiskAssessment:
    try:
        return selectors.assessment_get(organisation=request.organisation, assessment_id=assessment_id)
    except RiskAssessment.DoesNotExist:
        raise Http404 from None


def get_or_404(queryset, **lookup):
    obj = queryset.filter(**lookup).first()
    if obj is None:
        raise Http404
    return obj


def role_context(request, assessment: RiskAssessment | None = None) -> dict:
    roles = user_roles(user=request.user, organisation=request.organisation)
    in_group = bool(roles & WORKING_GROUP_ROLES)
    return {"organisation": request.organisation, "roles": roles, "in_group": in_group,
            "can_edit": in_group and assessment is not None and assessment.status in EDITABLE_STATUSES,
            "assessment": assessment}


def add_service_error(form, error: ApplicationError) -> None:
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)
