"""Pages and downloads of official documents. Small documents are rendered in the request; the plan book is an
export job with a progress bar (htmx polling) and a download link (ADR 0014)."""
from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from sujarit.core.access import access_rule
from sujarit.core.errors import ApplicationError
from sujarit.orgs.access import can_view_org, has_org_role
from sujarit.orgs.models import Role
from sujarit.plans import selectors as plan_selectors
from sujarit.plans.models import Plan, Project

from . import selectors, services
from .forms import ExportForm, LetterheadForm
from .models import DocumentDigits, DocumentFormat, DocumentKind, ExportJob, ExportStatus
from .render import RenderedDocument, render_document


# Who edits the organisation's letterhead (ADR 0032).
can_edit_letterhead = has_org_role(Role.ORG_ADMIN, Role.PLAN_OFFICER)


def _plan(request, plan_id: int) -> Plan:
    try:
        return plan_selectors.plan_get(organisation=request.organisation, plan_id=plan_id)
    except Plan.DoesNotExist:
        raise Http404 from None


def attachment(rendered: RenderedDocument) -> HttpResponse:
    response = HttpResponse(rendered.data, content_type=rendered.content_type)
    response["Content-Disposition"] = f'attachment; filename="{rendered.filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _download(request, plan_id: int, kind: str, doc_format: str, **params) -> HttpResponse:
    plan = _plan(request, plan_id)
    digits = request.GET.get("digits") or DocumentDigits.THAI
    if doc_format not in DocumentFormat.values or digits not in DocumentDigits.values:
        raise Http404
    try:
        return attachment(render_document(kind=kind, doc_format=doc_format, plan=plan, digits=digits, **params))
    except (ApplicationError, Project.DoesNotExist):
        raise Http404 from None


@access_rule(can_view_org)
def plan_documents(request, org_code: str, plan_id: int):
    plan = _plan(request, plan_id)
    return render(request, "documents/plan_documents.html", {
        "plan": plan, "organisation": plan.organisation, "formats": DocumentFormat.choices,
        "digit_choices": DocumentDigits.choices,
        "jobs": selectors.export_jobs_recent(plan=plan), "form": ExportForm(),
        "letterhead": selectors.letterhead_get(organisation=plan.organisation),
        "can_edit_letterhead": can_edit_letterhead(request, org_code=org_code),
    })


@require_http_methods(["GET", "POST"])
@access_rule(can_edit_letterhead)
def letterhead_edit(request, org_code: str):
    """The organisation's letterhead: name as printed, address, logo (PNG/JPEG, at most 2 MB)."""
    organisation = request.organisation
    letterhead = selectors.letterhead_get(organisation=organisation)
    if request.method == "POST":
        form = LetterheadForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                services.letterhead_save(organisation=organisation, acting_user=request.user, **form.cleaned_data)
            except ApplicationError as error:
                form.add_error(error.field if error.field in form.fields else None, error.message)
            else:
                messages.success(request, _("The letterhead is saved. Documents made from now on carry it."))
                return redirect("documents:letterhead", org_code=org_code)
        status = 400
    else:
        form = LetterheadForm(initial={"name": letterhead.name if letterhead else organisation.name,
                                       "address": letterhead.address if letterhead else organisation.address})
        status = 200
    logo = selectors.document_letterhead(organisation=organisation) if letterhead and letterhead.logo else None
    return render(request, "documents/letterhead.html", {
        "organisation": organisation, "form": form, "letterhead": letterhead,
        "logo_uri": logo.logo_data_uri if logo else None,
    }, status=status)


@access_rule(can_view_org)
def year_download(request, org_code: str, plan_id: int, fiscal_year_be: int, doc_format: str):
    return _download(request, plan_id, DocumentKind.YEAR, doc_format, fiscal_year_be=fiscal_year_be)


@access_rule(can_view_org)
def eplan_download(request, org_code: str, plan_id: int, fiscal_year_be: int, doc_format: str):
    return _download(request, plan_id, DocumentKind.EPLAN, doc_format, fiscal_year_be=fiscal_year_be)


@access_rule(can_view_org)
def sheet_download(request, org_code: str, plan_id: int, project_id: int, doc_format: str):
    return _download(request, plan_id, DocumentKind.SHEET, doc_format, project_id=project_id)


@require_POST
@access_rule(can_view_org)
def export_create(request, org_code: str, plan_id: int):
    plan = _plan(request, plan_id)
    form = ExportForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return redirect("documents:plan", org_code=org_code, plan_id=plan.pk)
    try:
        job = services.export_job_create(plan=plan, acting_user=request.user, **form.cleaned_data)
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect("documents:plan", org_code=org_code, plan_id=plan.pk)
    return redirect("documents:export", org_code=org_code, job_id=job.pk)


def _job(request, job_id) -> ExportJob:
    try:
        return selectors.export_job_get(organisation=request.organisation, job_id=job_id)
    except ExportJob.DoesNotExist:
        raise Http404 from None


@access_rule(can_view_org)
def export_detail(request, org_code: str, job_id):
    job = _job(request, job_id)
    context = {"job": job, "plan": job.plan, "organisation": job.organisation}
    if request.htmx:
        return render(request, "documents/_job.html", context)
    return render(request, "documents/export_detail.html", context)


@access_rule(can_view_org)
def export_file(request, org_code: str, job_id):
    job = _job(request, job_id)
    if job.status != ExportStatus.DONE or not job.file:
        raise Http404
    response = FileResponse(job.file.open("rb"), as_attachment=True, filename=job.filename)
    response["Cache-Control"] = "private, no-store"
    return response
