"""HTML → PDF with WeasyPrint and the vendored Sarabun font (no download at run time).

Templates extend `documents/base_document.html` (A4, Sarabun calibrated to the official 16 pt TH SarabunPSK,
page numbers in Thai digits; ADR 0011). Before layout, SARA AM is written as NIKHAHIT + SARA AA so that the PDF's
text layer reads back (ADR 0012): the page looks the same.
"""
from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from django.template.loader import render_to_string

from .digits import html as digits_in_html
from .thaitext import decompose_sara_am

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
FONT_DIR = STATIC_DIR / "fonts" / "sarabun"

Progress = Callable[[int, str], None]
_PAGE = re.compile(r"Step 5 - Creating layout - Page (\d+)$")


def html_for_pdf(*, template_name: str, context: dict, digits: str = "thai") -> str:
    """The HTML WeasyPrint lays out: sara am decomposed (ADR 0012), digits Thai or Arabic (ADR 0032)."""
    html = render_to_string(template_name, {**context, "static_root": STATIC_DIR.as_uri()})
    return decompose_sara_am(digits_in_html(html, digits))


class _ProgressHandler(logging.Handler):
    """WeasyPrint logs its steps and each page it lays out: turn them into percentages (this thread's only)."""

    def __init__(self, progress: Progress, expected_pages: int):
        super().__init__(logging.INFO)
        self.progress, self.expected_pages, self.thread = progress, max(expected_pages, 1), threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread:
            return
        message = record.getMessage()
        page = _PAGE.match(message)
        if page:
            self.progress(25 + 55 * min(int(page.group(1)), self.expected_pages) // self.expected_pages, "layout")
        elif message.startswith("Step 3"):
            self.progress(15, "style")
        elif message.startswith("Step 6"):
            self.progress(85, "write")


@contextmanager
def _reporting(progress: Progress | None, expected_pages: int):
    if progress is None:
        yield
        return
    logger = logging.getLogger("weasyprint.progress")
    handler = _ProgressHandler(progress, expected_pages)
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # these INFO lines are for the progress bar, not for the server's log
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def render_pdf(*, template_name: str, context: dict, progress: Progress | None = None,
               expected_pages: int = 1, digits: str = "thai") -> bytes:
    """The PDF of `template_name` rendered with `context`.

    `progress(percent, stage)`, if given, hears of each stage and of each page laid out out of `expected_pages`.
    `digits="arabic"` writes every Thai digit (page numbers too) as an Arabic one."""
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    html = html_for_pdf(template_name=template_name, context=context, digits=digits)
    with _reporting(progress, expected_pages):
        if progress:
            progress(10, "html")
        document = HTML(string=html, base_url=STATIC_DIR.as_uri() + "/").render(font_config=FontConfiguration())
        pdf = document.write_pdf()
    if progress:
        progress(100, "done")
    return pdf
