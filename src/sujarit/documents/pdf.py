"""HTML → PDF with WeasyPrint and the vendored Sarabun font (no download at run time).

Templates extend `documents/base_document.html` (A4, Sarabun 16 pt, page numbers in Thai digits).
"""
from __future__ import annotations

from pathlib import Path

from django.template.loader import render_to_string

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"


def render_pdf(*, template_name: str, context: dict) -> bytes:
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    html = render_to_string(template_name, {**context, "static_root": STATIC_DIR.as_uri()})
    fonts = FontConfiguration()
    return HTML(string=html, base_url=STATIC_DIR.as_uri() + "/").write_pdf(font_config=fonts)
