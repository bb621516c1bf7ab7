"""PDF layouts of the document models, through the shared WeasyPrint base (documents/pdf.py)."""
from __future__ import annotations

from ..models import DocumentKind
from ..pdf import render_pdf


def _scaled(progress, start: int, end: int):
    return lambda percent, stage: progress(start + (end - start) * percent // 100, stage)


def book(doc, progress) -> bytes:
    # About 100 pages for the demo's 44 sheets and 5 years: used only to pace the progress bar.
    expected = 8 + 2 * len(doc.years) + 2 * len(doc.sheets)
    return render_pdf(template_name="documents/pdf/plan_book.html", context={"book": doc},
                      progress=_scaled(progress, 5, 98), expected_pages=expected, digits=doc.head.digits)


def year(doc, progress) -> bytes:
    return render_pdf(template_name="documents/pdf/year_table.html", context={"doc": doc}, digits=doc.head.digits)


def eplan(doc, progress) -> bytes:
    return render_pdf(template_name="documents/pdf/eplan.html", context={"doc": doc}, digits=doc.head.digits)


def sheet(doc, progress) -> bytes:
    return render_pdf(template_name="documents/pdf/sheet.html", context={"doc": doc}, digits=doc.head.digits)


RENDERERS = {DocumentKind.BOOK: book, DocumentKind.YEAR: year, DocumentKind.EPLAN: eplan,
             DocumentKind.SHEET: sheet}
