"""Staff pages that read the register: the list, one assessment (heat maps, list by level), per-project risks."""
from __future__ import annotations

from django.http import Http404
from django.shortcuts import render

from sujarit.core.access import access_rule, authenticated
from sujarit.orgs.access import can_view_org
from sujarit.orgs.selectors import organisations_visible_to
from sujarit.plans.models import Plan, Project

from .. import selectors
from ..models import AssessmentEvent
from ..workflow import transitions_available
from .common import get_assessment, role_context


@access_rule(authenticated)
def home(request):
    orgs = organisations_visible_to(user=request.user).order_by("name")
    return render(request, "risks/home.html", {"organisations": orgs})


@access_rule(can_view_org)
def assessment_list(request, org_code: str):
    ctx = role_context(request)
    ctx.update(assessments=selectors.assessments_for_org(organisation=request.organisation),
               plans=Plan.objects.for_org(request.organisation).exists())
    return render(request, "risks/assessment_list.html", ctx)


@access_rule(can_view_org)
def assessment_detail(request, org_code: str, assessment_id: int):
    assessment = get_assessment(request, assessment_id)
    ctx = role_context(request, assessment)
    rounds = list(assessment.rounds.all())  # ordered by months: the last is the latest
    rnd = rounds[-1] if rounds else None
    register = selectors.assessment_register(assessment=assessment, round=rnd)
    matrix = assessment.matrix
    ctx.update(
        register=register, matrix=matrix, round=rnd,
        inherent=selectors.heat_map(register=register, matrix=matrix),
        residual=selectors.heat_map(register=register, matrix=matrix, residual=True) if rnd else None,
        by_level=selectors.risks_by_level(register=register, matrix=matrix),
        rounds=rounds,
        members=list(assessment.members.all()),
        events=AssessmentEvent.objects.for_org(assessment.organisation).filter(assessment=assessment)
        .select_related("actor", "round")[:20],
        transitions=transitions_available(status=assessment.status, roles=ctx["roles"]),
    )
    return render(request, "risks/assessment_detail.html", ctx)


@access_rule(can_view_org)
def project_risks(request, org_code: str, project_id: int):
    project = Project.objects.for_org(request.organisation).select_related("plan").filter(pk=project_id).first()
    if project is None:
        raise Http404
    ctx = role_context(request)
    ctx.update(project=project, rows=selectors.project_risks(organisation=request.organisation, project=project))
    return render(request, "risks/project_risks.html", ctx)
