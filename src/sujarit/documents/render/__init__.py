"""One entry point for every official document in every format.

`render_document` builds the typed document model with a selector, then lays it out in PDF (WeasyPrint),
DOCX (python-docx) or XLSX (openpyxl). Documents are always in Thai, whatever the reader's interface language.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils import translation

from sujarit.core.errors import ApplicationError
from sujarit.plans.models import Plan

from .. import selectors
from ..errors import DocumentErrorCode
from ..models import DocumentDigits, DocumentFormat, DocumentKind

CONTENT_TYPES = {
    DocumentFormat.PDF: "application/pdf",
    DocumentFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    DocumentFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# Documents small enough to render inside the request; the others run as export jobs (ADR 0014).
IMMEDIATE_KINDS = {DocumentKind.YEAR, DocumentKind.EPLAN, DocumentKind.SHEET}
RENDERING_LANGUAGE = "th"

Progress = Callable[[int, str], None]


@dataclass
class RenderedDocument:
    filename: str
    content_type: str
    data: bytes


def _noop(percent: int, stage: str) -> None:
    return None


def check_format(doc_format: str) -> DocumentFormat:
    try:
        return DocumentFormat(doc_format)
    except ValueError:
        from django.utils.translation import gettext as _

        raise ApplicationError(code=DocumentErrorCode.FORMAT_UNKNOWN, field="doc_format",
                               message=_("Choose PDF, DOCX or XLSX.")) from None


def check_digits(digits: str | None) -> DocumentDigits:
    try:
        return DocumentDigits(digits or DocumentDigits.THAI)
    except ValueError:
        from django.utils.translation import gettext as _

        raise ApplicationError(code=DocumentErrorCode.DIGITS_UNKNOWN, field="digits",
                               message=_("Choose Thai or Arabic digits.")) from None


def check_year(plan: Plan, fiscal_year_be: int | None) -> int:
    if fiscal_year_be not in plan.years:
        from django.utils.translation import gettext as _

        raise ApplicationError(code=DocumentErrorCode.YEAR_OUTSIDE_PLAN, field="fiscal_year_be",
                               message=_("The fiscal year is not one of the plan's years."))
    return fiscal_year_be


def build_document(*, kind: str, plan: Plan, fiscal_year_be: int | None = None, project_id: int | None = None):
    """The typed document model (documents/content.py) of `kind`."""
    if kind == DocumentKind.BOOK:
        return selectors.plan_book(plan=plan)
    if kind == DocumentKind.YEAR:
        return selectors.year_document(plan=plan, fiscal_year_be=check_year(plan, fiscal_year_be))
    if kind == DocumentKind.EPLAN:
        return selectors.eplan_document(plan=plan, fiscal_year_be=check_year(plan, fiscal_year_be))
    if kind == DocumentKind.SHEET:
        return selectors.sheet_document(plan=plan, project_id=project_id)
    from django.utils.translation import gettext as _

    raise ApplicationError(code=DocumentErrorCode.KIND_UNKNOWN, field="kind", message=_("Unknown document."))


def filename_for(*, kind: str, doc_format: str, plan: Plan, fiscal_year_be=None, sheet=None) -> str:
    stem = {
        DocumentKind.BOOK: f"plan-{plan.first_year_be}-{plan.last_year_be}",
        DocumentKind.YEAR: f"part2-{fiscal_year_be}",
        DocumentKind.EPLAN: f"eplannacc-{fiscal_year_be}",
        DocumentKind.SHEET: f"sheet-{sheet.dimension.number}-{sheet.number}" if sheet and sheet.number
        else f"project-{sheet.project_id if sheet else 0}",
    }[DocumentKind(kind)]
    return f"{plan.organisation.code}-{stem}.{doc_format}"


def render_document(*, kind: str, doc_format: str, plan: Plan, fiscal_year_be: int | None = None,
                    project_id: int | None = None, progress: Progress | None = None,
                    digits: str = DocumentDigits.THAI) -> RenderedDocument:
    """`digits` ("thai", the default, or "arabic") is how PDF and DOCX text and XLSX labels write numbers."""
    from . import docx, pdf, xlsx

    progress = progress or _noop
    fmt = check_format(doc_format)
    digits = check_digits(digits)
    with translation.override(RENDERING_LANGUAGE):
        document = build_document(kind=kind, plan=plan, fiscal_year_be=fiscal_year_be, project_id=project_id)
        document.head.digits = digits.value
        progress(5, "data")
        renderer = {DocumentFormat.PDF: pdf, DocumentFormat.DOCX: docx, DocumentFormat.XLSX: xlsx}[fmt]
        data = renderer.RENDERERS[DocumentKind(kind)](document, progress)
    sheet = getattr(document, "sheet", None)
    return RenderedDocument(
        filename=filename_for(kind=kind, doc_format=fmt, plan=plan, fiscal_year_be=fiscal_year_be, sheet=sheet),
        content_type=CONTENT_TYPES[fmt], data=data)
