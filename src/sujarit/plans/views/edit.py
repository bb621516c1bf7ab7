"""Create and edit pages. On any error the form is shown again with Thai messages and nothing is saved."""
from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from sujarit.core.errors import ApplicationError
from sujarit.core.access import access_rule
from sujarit.frameworks.selectors import framework_current

from .. import selectors, services
from ..forms import PlanForm, ProjectForm, YearlyEntryForm
from ..models import Project, YearlyEntry
from .common import add_service_error, can_edit_plan, get_plan

PROJECT_INITIAL_FIELDS = ("kind", "sheet_number", "name", "rationale", "objectives", "target_group", "methods",
                          "duration", "budget", "budget_text", "responsible", "outputs", "outcomes")


@access_rule(can_edit_plan)
def plan_create(request, org_code: str):
    form = PlanForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            plan = services.plan_create(organisation=request.organisation, framework=framework_current(),
                                        acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The plan was created."))
            return redirect("plans:detail", org_code=org_code, plan_id=plan.pk)
    return render(request, "plans/form.html", {"form": form, "title": _("New action plan"),
                                               "organisation": request.organisation})


@access_rule(can_edit_plan)
def plan_edit(request, org_code: str, plan_id: int):
    plan = get_plan(request, plan_id)
    initial = {name: getattr(plan, name) for name in PlanForm.base_fields}
    form = PlanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.plan_update(plan=plan, acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The plan was saved."))
            return redirect("plans:detail", org_code=org_code, plan_id=plan.pk)
    return render(request, "plans/form.html", {"form": form, "plan": plan, "title": _("Edit the plan"),
                                               "organisation": plan.organisation})


@access_rule(can_edit_plan)
def project_create(request, org_code: str, plan_id: int):
    plan = get_plan(request, plan_id)
    form = ProjectForm(request.POST or None, plan=plan)
    if request.method == "POST" and form.is_valid():
        try:
            project = services.project_create(plan=plan, acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The project was added."))
            return redirect("plans:project", org_code=org_code, plan_id=plan.pk, project_id=project.pk)
    return render(request, "plans/form.html", {"form": form, "plan": plan, "title": _("New project"),
                                               "organisation": plan.organisation})


@access_rule(can_edit_plan)
def project_edit(request, org_code: str, plan_id: int, project_id: int):
    plan = get_plan(request, plan_id)
    try:
        project = selectors.project_get(plan=plan, project_id=project_id)
    except Project.DoesNotExist:
        raise Http404 from None
    initial = {name: getattr(project, name) for name in PROJECT_INITIAL_FIELDS}
    initial.update(dimension=project.dimension, area=project.area)
    form = ProjectForm(request.POST or None, plan=plan, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.project_update(project=project, acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The project was saved."))
            return redirect("plans:project", org_code=org_code, plan_id=plan.pk, project_id=project.pk)
    return render(request, "plans/form.html", {"form": form, "plan": plan, "project": project,
                                               "title": _("Edit the project"), "organisation": plan.organisation})


@access_rule(can_edit_plan)
def entry_create(request, org_code: str, plan_id: int):
    plan = get_plan(request, plan_id)
    initial = {"fiscal_year_be": request.GET.get("year"), "project": request.GET.get("project"), "budget": 0}
    form = YearlyEntryForm(request.POST or None, initial=initial, projects=selectors.plan_projects(plan=plan))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            entry = services.yearly_entry_create(project=data.pop("project"), acting_user=request.user, **data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The entry was added."))
            return redirect("plans:year", org_code=org_code, plan_id=plan.pk, fiscal_year_be=entry.fiscal_year_be)
    return render(request, "plans/form.html", {"form": form, "plan": plan, "organisation": plan.organisation,
                                               "title": _("Schedule a project in a fiscal year")})


@access_rule(can_edit_plan)
def entry_edit(request, org_code: str, plan_id: int, entry_id: int):
    plan = get_plan(request, plan_id)
    try:
        entry = selectors.entry_get(plan=plan, entry_id=entry_id)
    except YearlyEntry.DoesNotExist:
        raise Http404 from None
    initial = {"budget": entry.budget, "quarters": entry.quarters, "remark": entry.remark, "counted": entry.counted}
    form = YearlyEntryForm(request.POST or None, initial=initial, projects=selectors.plan_projects(plan=plan),
                           fixed_project=entry.project)
    if request.method == "POST" and form.is_valid():
        try:
            services.yearly_entry_update(entry=entry, acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The entry was saved."))
            return redirect("plans:year", org_code=org_code, plan_id=plan.pk, fiscal_year_be=entry.fiscal_year_be)
    return render(request, "plans/form.html", {"form": form, "plan": plan, "entry": entry,
                                               "organisation": plan.organisation,
                                               "title": _("Edit the entry for fiscal year %(year)s")
                                               % {"year": entry.fiscal_year_be}})
