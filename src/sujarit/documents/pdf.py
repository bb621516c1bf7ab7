"""HTML → PDF with WeasyPrint and the vendored Sarabun font (no download at run time).

Templates extend `documents/base_document.html` (A4, Sarabun calibrated to the official 16 pt TH SarabunPSK,
page numbers in Thai digits; ADR 0011). Before layout, SARA AM is written as NIKHAHIT + SARA AA so that the PDF's
text layer reads back (ADR 0012): the page looks the same.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from django.template.loader import render_to_string

from .thaitext import decompose_sara_am

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
FONT_DIR = STATIC_DIR / "fonts" / "sarabun"

Progress = Callable[[int, str], None]


def _noop(percent: int, stage: str) -> None:
    return None


def html_for_pdf(*, template_name: str, context: dict) -> str:
    html = render_to_string(template_name, {**context, "static_root": STATIC_DIR.as_uri()})
    return decompose_sara_am(html)


def render_pdf(*, template_name: str, context: dict, progress: Progress | None = None) -> bytes:
    """The PDF of `template_name` rendered with `context`. `progress(percent, stage)` is told of each stage."""
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    progress = progress or _noop
    html = html_for_pdf(template_name=template_name, context=context)
    progress(10, "layout")
    fonts = FontConfiguration()
    document = HTML(string=html, base_url=STATIC_DIR.as_uri() + "/").render(font_config=fonts)
    progress(80, "write")
    pdf = document.write_pdf()
    progress(100, "done")
    return pdf
