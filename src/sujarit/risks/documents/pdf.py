from __future__ import annotations

from django.utils import translation

from sujarit.documents.pdf import render_pdf

from .model import RiskReport


def report_pdf(report: RiskReport) -> bytes:
    with translation.override("th"):
        return render_pdf(template_name="risks/pdf/report.html", context={"report": report})
