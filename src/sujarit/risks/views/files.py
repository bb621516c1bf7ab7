"""Downloads (PDF, DOCX, XLSX) and the XLSX import."""
from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from sujarit.core.access import access_rule
from sujarit.core.errors import ApplicationError
from sujarit.orgs.access import can_view_org

from .. import selectors, services
from ..documents.docx import report_docx as build_docx
from ..documents.model import build_report
from ..documents.pdf import report_pdf as build_pdf
from ..documents.xlsx import register_xlsx
from ..forms import ImportForm
from ..models import FollowUpRound
from .common import add_service_error, get_assessment, get_or_404, is_working_group, role_context

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_UPLOAD = 5 * 1024 * 1024


def _file(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _round(request, assessment, round_id):
    return get_or_404(FollowUpRound.objects.for_org(request.organisation).select_related("approved_by"),
                      assessment=assessment, pk=round_id)


@access_rule(can_view_org)
def export_xlsx(request, org_code: str, assessment_id: int):
    assessment = get_assessment(request, assessment_id)
    register = selectors.assessment_register(assessment=assessment)
    return _file(register_xlsx(register), XLSX, f"risk-register-{assessment.fiscal_year_be}.xlsx")


@access_rule(is_working_group)
def import_xlsx(request, org_code: str, assessment_id: int):
    assessment = get_assessment(request, assessment_id)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > MAX_UPLOAD:
                raise ApplicationError(code="risk_xlsx_invalid", field="file", message=_("The file is too large."))
            count = services.assessment_import_xlsx(assessment=assessment, data=upload.read(),
                                                    acting_user=request.user)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("%(count)s risks were added from the sheet.") % {"count": count})
            return redirect("risks:detail", org_code=org_code, assessment_id=assessment.pk)
    ctx = role_context(request, assessment)
    ctx.update(form=form, title=_("Import risks from an XLSX sheet"), multipart=True)
    return render(request, "risks/form.html", ctx)


@access_rule(can_view_org)
def report_pdf(request, org_code: str, assessment_id: int):
    report = build_report(assessment=get_assessment(request, assessment_id))
    return _file(build_pdf(report), "application/pdf", report.filename + ".pdf")


@access_rule(can_view_org)
def report_docx(request, org_code: str, assessment_id: int):
    report = build_report(assessment=get_assessment(request, assessment_id))
    return _file(build_docx(report), DOCX, report.filename + ".docx")


@access_rule(can_view_org)
def round_pdf(request, org_code: str, assessment_id: int, round_id: int):
    assessment = get_assessment(request, assessment_id)
    report = build_report(assessment=assessment, round=_round(request, assessment, round_id))
    return _file(build_pdf(report), "application/pdf", report.filename + ".pdf")


@access_rule(can_view_org)
def round_docx(request, org_code: str, assessment_id: int, round_id: int):
    assessment = get_assessment(request, assessment_id)
    report = build_report(assessment=assessment, round=_round(request, assessment, round_id))
    return _file(build_docx(report), DOCX, report.filename + ".docx")
