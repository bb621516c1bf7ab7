"""Pages where the working group edits the register. On error the form comes back with Thai messages and
nothing is saved (services are atomic)."""
from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sujarit.core.access import access_rule
from sujarit.core.errors import ApplicationError
from sujarit.core.thai import to_thai_digits
from sujarit.plans.models import Plan, Project

from .. import services
from ..forms import AssessmentForm, FromPlanForm, MeasureForm, MemberForm, RiskForm
from ..models import ControlMeasure, Risk, WorkingGroupMember
from .common import add_service_error, get_assessment, get_or_404, is_working_group, role_context


def _form_page(request, form, title, assessment=None, **extra):
    ctx = role_context(request, assessment)
    ctx.update(form=form, title=title, **extra)
    return render(request, "risks/form.html", ctx)


def _to_detail(assessment):
    return redirect("risks:detail", org_code=assessment.organisation.code, assessment_id=assessment.pk)


@access_rule(is_working_group)
def assessment_create(request, org_code: str):
    form = AssessmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            assessment = services.assessment_create(organisation=request.organisation, acting_user=request.user,
                                                    **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The assessment was created. Add its risks."))
            return _to_detail(assessment)
    return _form_page(request, form, _("New risk assessment"))


@access_rule(is_working_group)
def assessment_from_plan(request, org_code: str):
    plans = Plan.objects.for_org(request.organisation)
    form = FromPlanForm(request.POST or None, plans=plans, initial={"plan": plans.first()})
    if request.method == "POST" and form.is_valid():
        try:
            assessment = services.assessment_from_plan(acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The plan's risk table became the assessment; check the links."))
            return _to_detail(assessment)
    return _form_page(request, form, _("Assessment from the plan's Part 1 risk table"))


@access_rule(is_working_group)
def assessment_edit(request, org_code: str, assessment_id: int):
    assessment = get_assessment(request, assessment_id)
    form = AssessmentForm(request.POST or None, fixed_year=True,
                          initial={"title": assessment.title, "scope": assessment.scope})
    if request.method == "POST" and form.is_valid():
        try:
            services.assessment_update(assessment=assessment, acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Saved."))
            return _to_detail(assessment)
    return _form_page(request, form, _("Edit the assessment"), assessment)


@access_rule(is_working_group)
def member_add(request, org_code: str, assessment_id: int):
    assessment = get_assessment(request, assessment_id)
    form = MemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.member_add(assessment=assessment, acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The member was added."))
            return _to_detail(assessment)
    return _form_page(request, form, _("Add a working-group member"), assessment)


@require_POST
@access_rule(is_working_group)
def member_remove(request, org_code: str, assessment_id: int, member_id: int):
    assessment = get_assessment(request, assessment_id)
    member = get_or_404(WorkingGroupMember.objects.for_org(request.organisation), assessment=assessment,
                        pk=member_id)
    try:
        services.member_remove(member=member, acting_user=request.user)
    except ApplicationError as error:
        messages.error(request, error.message)
    return _to_detail(assessment)


def _risk_page(request, assessment, risk=None):
    initial = {}
    if risk is not None:
        initial = {f: getattr(risk, f) for f in ("process_step", "area", "area_other", "events", "likelihood",
                                                  "impact", "owner_unit")}
    form = RiskForm(request.POST or None, matrix=assessment.matrix, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if risk is None:
                risk = services.risk_create(assessment=assessment, acting_user=request.user, **form.cleaned_data)
            else:
                services.risk_update(risk=risk, acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The risk was saved: score %(score)s.") % {"score": risk.score})
            return redirect(f"{_to_detail(assessment).url}#risk-{risk.number}")
    title = _("Edit risk %(n)s") % {"n": to_thai_digits(risk.number)} if risk else _("Add a risk")
    return _form_page(request, form, title, assessment, risk=risk)


@access_rule(is_working_group)
def risk_create(request, org_code: str, assessment_id: int):
    return _risk_page(request, get_assessment(request, assessment_id))


@access_rule(is_working_group)
def risk_edit(request, org_code: str, assessment_id: int, risk_id: int):
    assessment = get_assessment(request, assessment_id)
    risk = get_or_404(Risk.objects.for_org(request.organisation), assessment=assessment, pk=risk_id)
    return _risk_page(request, assessment, risk)


def _plan_projects(assessment):
    qs = Project.objects.for_org(assessment.organisation).select_related("dimension")
    if assessment.plan_id:
        qs = qs.filter(plan_id=assessment.plan_id)
    return qs.order_by("dimension__sort_key", "sheet_number", "id")


def _measure_page(request, assessment, risk, measure=None):
    initial = {}
    if measure is not None:
        initial = {"description": measure.description, "owner": measure.owner, "due_date": measure.due_date,
                   "projects": list(measure.projects.values_list("pk", flat=True))}
    form = MeasureForm(request.POST or None, projects=_plan_projects(assessment), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if measure is None:
                services.measure_create(risk=risk, acting_user=request.user, **form.cleaned_data)
            else:
                services.measure_update(measure=measure, acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The control measure was saved."))
            return redirect(f"{_to_detail(assessment).url}#risk-{risk.number}")
    title = _("Edit the control measure") if measure else _("Add a control measure to risk %(n)s") % {"n": to_thai_digits(risk.number)}
    return _form_page(request, form, title, assessment, risk=risk)


@access_rule(is_working_group)
def measure_create(request, org_code: str, assessment_id: int, risk_id: int):
    assessment = get_assessment(request, assessment_id)
    risk = get_or_404(Risk.objects.for_org(request.organisation), assessment=assessment, pk=risk_id)
    return _measure_page(request, assessment, risk)


@access_rule(is_working_group)
def measure_edit(request, org_code: str, assessment_id: int, measure_id: int):
    assessment = get_assessment(request, assessment_id)
    measure = get_or_404(ControlMeasure.objects.for_org(request.organisation).select_related("risk"),
                         risk__assessment=assessment, pk=measure_id)
    return _measure_page(request, assessment, measure.risk, measure)
