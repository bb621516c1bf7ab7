"""The same official documents through the API: small ones as files at once, the plan book as an export job.

Same access rule as the pages (a member of the organisation, an overseer covering it, or a site administrator).
"""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from uuid import UUID

from django.http import FileResponse, Http404
from django.urls import reverse
from ninja import Router, Schema, Status

from sujarit.orgs.access import can_view_org
from sujarit.plans.api import viewable_plan
from sujarit.plans.models import Plan, Project

from . import selectors, services
from .selectors import eplan_document
from .models import DocumentDigits, DocumentFormat, DocumentKind, ExportJob, ExportStatus
from .render import render_document
from .views import attachment

router = Router(tags=["documents"])

FILE_RESPONSE = {"200": {"description": "The document file", "content": {
    "application/pdf": {}, **{ct: {} for ct in (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}}}}


class ErrorOut(Schema):
    detail: str


class ApplicationErrorOut(Schema):
    code: str
    message: str
    extra: dict


class ExportIn(Schema):
    kind: DocumentKind = DocumentKind.BOOK
    doc_format: DocumentFormat = DocumentFormat.PDF
    fiscal_year_be: int | None = None
    digits: DocumentDigits = DocumentDigits.THAI


class ExportJobOut(Schema):
    id: UUID
    kind: str
    doc_format: str
    fiscal_year_be: int | None
    digits: str
    status: str
    progress: int
    stage: str
    error_code: str
    filename: str
    size: int
    created_at: datetime
    finished_at: datetime | None
    status_url: str
    download_url: str | None


class EPlanCountOut(Schema):
    dimension: int
    counted: int
    additional: int


class EPlanItemOut(Schema):
    order: int
    name: str
    kind: str
    dimension: int
    quarters: list[int]
    budget: Decimal
    no_budget: bool
    counted: bool
    remark: str


class EPlanOut(Schema):
    fiscal_year_be: int
    organisation_name: str
    total: int
    counted: int
    additional: int
    per_dimension: list[EPlanCountOut]
    counted_per_quarter: list[int]
    additional_per_quarter: list[int]
    items: list[EPlanItemOut]


def _file(plan: Plan, kind: str, doc_format: DocumentFormat, digits: DocumentDigits, **params):
    try:
        return attachment(render_document(kind=kind, doc_format=doc_format, plan=plan, digits=digits, **params))
    except Project.DoesNotExist:
        raise Http404 from None


def _job_out(job: ExportJob) -> dict:
    code = job.organisation.code
    return {**{f: getattr(job, f) for f in ("id", "kind", "doc_format", "fiscal_year_be", "digits", "status", "progress",
                                            "stage", "error_code", "filename", "size", "created_at",
                                            "finished_at")},
            "status_url": reverse("api:documents_export_get", kwargs={"org_code": code, "job_id": job.pk}),
            "download_url": reverse("api:documents_export_file", kwargs={"org_code": code, "job_id": job.pk})
            if job.status == ExportStatus.DONE else None}


@router.get("/orgs/{org_code}/plans/{plan_id}/documents/years/{fiscal_year_be}/{doc_format}",
            response={404: ErrorOut}, openapi_extra={"responses": FILE_RESPONSE},
            url_name="documents_year", summary="Part 2 table of a fiscal year (PDF, DOCX or XLSX)")
def year_file(request, org_code: str, plan_id: int, fiscal_year_be: int, doc_format: DocumentFormat,
              digits: DocumentDigits = DocumentDigits.THAI):
    plan = viewable_plan(request, org_code, plan_id)
    if fiscal_year_be not in plan.years:
        raise Http404
    return _file(plan, DocumentKind.YEAR, doc_format, digits, fiscal_year_be=fiscal_year_be)


@router.get("/orgs/{org_code}/plans/{plan_id}/documents/eplan/{fiscal_year_be}/{doc_format}",
            response={404: ErrorOut}, openapi_extra={"responses": FILE_RESPONSE},
            url_name="documents_eplan", summary="e-PlanNACC summary of a fiscal year (PDF, DOCX or XLSX)")
def eplan_file(request, org_code: str, plan_id: int, fiscal_year_be: int, doc_format: DocumentFormat,
              digits: DocumentDigits = DocumentDigits.THAI):
    plan = viewable_plan(request, org_code, plan_id)
    if fiscal_year_be not in plan.years:
        raise Http404
    return _file(plan, DocumentKind.EPLAN, doc_format, digits, fiscal_year_be=fiscal_year_be)


@router.get("/orgs/{org_code}/plans/{plan_id}/documents/eplan/{fiscal_year_be}",
            response={200: EPlanOut, 404: ErrorOut},
            url_name="documents_eplan_data", summary="e-PlanNACC summary of a fiscal year as data")
def eplan_data(request, org_code: str, plan_id: int, fiscal_year_be: int):
    plan = viewable_plan(request, org_code, plan_id)
    if fiscal_year_be not in plan.years:
        raise Http404
    doc = eplan_document(plan=plan, fiscal_year_be=fiscal_year_be)
    s = doc.summary
    return {"fiscal_year_be": doc.fiscal_year_be, "organisation_name": doc.head.organisation_name,
            "total": s.total, "counted": s.counted, "additional": s.additional,
            "per_dimension": [{"dimension": c.dimension, "counted": c.counted, "additional": c.additional}
                              for c in s.per_dimension],
            "counted_per_quarter": doc.counted_per_quarter, "additional_per_quarter": doc.additional_per_quarter,
            "items": [{"order": i.order, "name": i.name, "kind": i.kind, "dimension": i.dimension,
                       "quarters": i.quarters, "budget": i.budget, "no_budget": i.budget_label is not None,
                       "counted": i.counted, "remark": i.remark} for i in doc.items]}


@router.get("/orgs/{org_code}/plans/{plan_id}/documents/projects/{project_id}/{doc_format}",
            response={404: ErrorOut}, openapi_extra={"responses": FILE_RESPONSE},
            url_name="documents_sheet", summary="Part 3 sheet of a project (PDF, DOCX or XLSX)")
def sheet_file(request, org_code: str, plan_id: int, project_id: int, doc_format: DocumentFormat,
               digits: DocumentDigits = DocumentDigits.THAI):
    return _file(viewable_plan(request, org_code, plan_id), DocumentKind.SHEET, doc_format, digits, project_id=project_id)


@router.post("/orgs/{org_code}/plans/{plan_id}/exports", response={202: ExportJobOut, 400: ApplicationErrorOut, 404: ErrorOut},
             url_name="documents_export_create", summary="Queue an export (the plan book, or any document)")
def export_create(request, org_code: str, plan_id: int, payload: ExportIn):
    plan = viewable_plan(request, org_code, plan_id)
    job = services.export_job_create(plan=plan, kind=payload.kind, doc_format=payload.doc_format,
                                     fiscal_year_be=payload.fiscal_year_be, digits=payload.digits,
                                     acting_user=request.user)
    return Status(202, _job_out(job))


def _job(request, org_code: str, job_id: UUID) -> ExportJob:
    if not can_view_org(request, org_code=org_code):
        raise Http404
    try:
        return selectors.export_job_get(organisation=request.organisation, job_id=job_id)
    except ExportJob.DoesNotExist:
        raise Http404 from None


@router.get("/orgs/{org_code}/exports/{job_id}", response={200: ExportJobOut, 404: ErrorOut},
            url_name="documents_export_get", summary="Status and progress of an export")
def export_get(request, org_code: str, job_id: UUID):
    return _job_out(_job(request, org_code, job_id))


@router.get("/orgs/{org_code}/exports/{job_id}/file", response={404: ErrorOut},
            openapi_extra={"responses": FILE_RESPONSE}, url_name="documents_export_file",
            summary="The file of a finished export")
def export_file(request, org_code: str, job_id: UUID):
    job = _job(request, org_code, job_id)
    if job.status != ExportStatus.DONE or not job.file:
        raise Http404
    return FileResponse(job.file.open("rb"), as_attachment=True, filename=job.filename)
