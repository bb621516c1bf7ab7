"""Upload a plan document → progress while it is read → preview with findings → confirm (atomic)."""
from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from sujarit.core.access import access_rule
from sujarit.core.errors import ApplicationError

from .. import selectors, services
from ..models import ImportStatus, Plan, PlanImport
from .common import can_edit_plan


class UploadForm(forms.Form):
    document = forms.FileField(label=gettext_lazy("Plan document (.pdf, .docx or .txt)"),
                               error_messages={"required": gettext_lazy("Choose the plan document to upload.")})


def _upload(request, import_id: int) -> PlanImport:
    try:
        return PlanImport.objects.for_org(request.organisation).get(pk=import_id)
    except PlanImport.DoesNotExist:
        raise Http404 from None


@access_rule(can_edit_plan)
def import_start(request, org_code: str):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        file = form.cleaned_data["document"]
        try:
            upload = services.plan_import_upload(organisation=request.organisation, filename=file.name,
                                                 data=file.read(), acting_user=request.user)
        except ApplicationError as error:
            form.add_error("document", error.message)
        else:
            return redirect("plans:import_detail", org_code=org_code, import_id=upload.pk)
    return render(request, "plans/import_start.html", {
        "form": form, "organisation": request.organisation,
        "imports": selectors.plan_imports(organisation=request.organisation)})


@access_rule(can_edit_plan)
def import_progress(request, org_code: str, import_id: int):
    upload = _upload(request, import_id)
    if upload.status not in (ImportStatus.QUEUED, ImportStatus.READING):
        response = HttpResponse(status=204)
        response["HX-Refresh"] = "true"
        return response
    return render(request, "plans/_import_progress.html", {"upload": upload, "organisation": request.organisation})


@access_rule(can_edit_plan)
def import_detail(request, org_code: str, import_id: int):
    upload = _upload(request, import_id)
    plans = Plan.objects.for_org(request.organisation).order_by("-first_year_be", "-version")
    report = upload.report or {}
    return render(request, "plans/import_detail.html", {
        "upload": upload, "organisation": request.organisation, "report": report, "plans": plans,
        "source_lines": upload.source_text.splitlines() if upload.status == ImportStatus.READY else [],
        "years": [(int(y), v, sum(r["budget"] or 0 for r in v["rows"])) for y, v in report.get("years", {}).items()],
    })


@require_POST
@access_rule(can_edit_plan)
def import_confirm(request, org_code: str, import_id: int):
    upload = _upload(request, import_id)
    supersedes = None
    if request.POST.get("supersedes"):
        supersedes = Plan.objects.for_org(request.organisation).filter(pk=request.POST["supersedes"]).first()
        if supersedes is None:
            messages.error(request, _("Choose a plan of this organisation."))
            return redirect("plans:import_detail", org_code=org_code, import_id=upload.pk)
    try:
        plan = services.plan_import_confirm(upload=upload, acting_user=request.user, supersedes=supersedes)
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect("plans:import_detail", org_code=org_code, import_id=upload.pk)
    messages.success(request, _("The plan was imported as a draft."))
    return redirect("plans:detail", org_code=org_code, plan_id=plan.pk)
