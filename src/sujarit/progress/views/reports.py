"""Report a quarter, look at a report, move it through approval, and its evidence."""
from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sujarit.core.access import access_rule
from sujarit.core.errors import ApplicationError
from sujarit.orgs.access import can_view_org
from sujarit.orgs.selectors import user_roles
from sujarit.plans.models import Kpi, YearlyEntry

from .. import selectors, services
from ..forms import EvidenceForm, ReportForm, TransitionForm
from ..models import Evidence, EvidenceKind, KpiResult, ProgressReport
from ..workflow import EDITABLE_STATES, REPORTER_ROLES, transitions_available
from .common import add_service_error, can_act_on_report, can_report


def _report(request, report_id: int) -> ProgressReport:
    try:
        return selectors.report_get(organisation=request.organisation, report_id=report_id)
    except ProgressReport.DoesNotExist:
        raise Http404 from None


@access_rule(can_report)
def report_edit(request, org_code: str, entry_id: int, quarter: int):
    try:
        entry = (YearlyEntry.objects.for_org(request.organisation)
                 .select_related("project", "plan", "organisation").get(pk=entry_id))
    except YearlyEntry.DoesNotExist:
        raise Http404 from None
    if quarter not in (1, 2, 3, 4):
        raise Http404
    report = ProgressReport.objects.for_org(request.organisation).filter(entry=entry, quarter=quarter).first()
    if report is not None and report.state not in EDITABLE_STATES:
        messages.info(request, _("This report is %(state)s and cannot be changed.")
                      % {"state": report.get_state_display()})
        return redirect("progress:report", org_code=org_code, report_id=report.pk)
    kpis = list(Kpi.objects.for_org(request.organisation).filter(project_id=entry.project_id))
    initial = {"status": "not_started"}
    if report is not None:
        initial = {f: getattr(report, f) for f in ("status", "reason", "committed", "paid", "narrative", "problems",
                                                   "suggestions")}
        for result in KpiResult.objects.for_org(request.organisation).filter(report=report):
            initial[f"kpi_{result.kpi_id}"] = result.achieved
    form = ReportForm(request.POST or None, initial=initial, kpis=kpis)
    if request.method == "POST" and form.is_valid():
        try:
            report = services.report_save(entry=entry, quarter=quarter, acting_user=request.user,
                                          kpi_results=form.kpi_results(), **form.service_data())
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The report was saved. Add evidence, then submit it to the head of unit."))
            return redirect("progress:report", org_code=org_code, report_id=report.pk)
    return render(request, "progress/report_form.html", {
        "form": form, "entry": entry, "quarter": quarter, "plan": entry.plan, "organisation": entry.organisation,
        "year": entry.fiscal_year_be, "report": report})


@access_rule(can_view_org)
def report_detail(request, org_code: str, report_id: int):
    report = _report(request, report_id)
    roles = user_roles(user=request.user, organisation=report.organisation)
    editable = report.state in EDITABLE_STATES and bool(roles & REPORTER_ROLES)
    return render(request, "progress/report_detail.html", {
        "report": report, "entry": report.entry, "plan": report.entry.plan, "organisation": report.organisation,
        "year": report.entry.fiscal_year_be, "editable": editable,
        "evidence": list(Evidence.objects.for_org(report.organisation).filter(report=report)),
        "kpi_results": list(KpiResult.objects.for_org(report.organisation).filter(report=report)
                            .select_related("kpi")),
        "events": list(report.events.select_related("actor")[:20]),
        "transitions": transitions_available(state=report.state, roles=roles),
        "evidence_form": EvidenceForm() if editable else None, "transition_form": TransitionForm()})


@require_POST
@access_rule(can_act_on_report)
def report_transition(request, org_code: str, report_id: int, transition: str):
    report = _report(request, report_id)
    form = TransitionForm(request.POST)
    form.is_valid()
    try:
        report = services.report_transition(report=report, transition=transition, acting_user=request.user,
                                            comment=form.cleaned_data.get("comment", ""))
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Done: the report is now %(state)s.") % {"state": report.get_state_display()})
    return redirect("progress:report", org_code=org_code, report_id=report.pk)


@require_POST
@access_rule(can_report)
def evidence_add(request, org_code: str, report_id: int):
    report = _report(request, report_id)
    form = EvidenceForm(request.POST, request.FILES)
    form.is_valid()
    data = form.cleaned_data
    try:
        if data.get("file"):
            services.evidence_add_file(report=report, upload=data["file"], title=data.get("title", ""),
                                       is_public=data.get("is_public", False), acting_user=request.user)
        else:
            services.evidence_add_link(report=report, url=data.get("url", ""), title=data.get("title", ""),
                                       is_public=data.get("is_public", False), acting_user=request.user)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The evidence was added."))
    return redirect("progress:report", org_code=org_code, report_id=report.pk)


@require_POST
@access_rule(can_report)
def evidence_delete(request, org_code: str, evidence_id: int):
    evidence = Evidence.objects.for_org(request.organisation).select_related("report").filter(pk=evidence_id).first()
    if evidence is None:
        raise Http404
    try:
        services.evidence_delete(evidence=evidence, acting_user=request.user)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The evidence was removed."))
    return redirect("progress:report", org_code=org_code, report_id=evidence.report_id)


def serve_evidence(evidence: Evidence) -> FileResponse:
    if evidence.kind != EvidenceKind.FILE or not evidence.file:
        raise Http404
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    inline = evidence.content_type.startswith("image/") or evidence.content_type == "application/pdf"
    response = FileResponse(handle, content_type=evidence.content_type, as_attachment=not inline,
                            filename=f"evidence-{evidence.pk}.{evidence.file.name.rsplit('.', 1)[-1]}")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    return response


@access_rule(can_view_org)
def evidence_file(request, org_code: str, evidence_id: int):
    evidence = Evidence.objects.for_org(request.organisation).filter(pk=evidence_id).first()
    if evidence is None:
        raise Http404
    return serve_evidence(evidence)
