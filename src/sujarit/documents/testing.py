"""Checks shared by the tests of every app that writes DOCX with the documents app's writer."""
from __future__ import annotations

import re

from docx.oxml.ns import qn

from .render.fonts import OFFICE_FONT

THAI = re.compile("[\u0e00-\u0e7f]")


def check_thai_runs(document) -> int:
    """Assert that every run holding Thai names the office font in w:cs (the slot Word uses for Thai), sets the
    complex-script size and the Thai language; returns how many such runs there are."""
    thai_runs = 0
    for run in document.element.body.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if not THAI.search(text):
            continue
        thai_runs += 1
        rpr = run.find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:cs")) == OFFICE_FONT, text
        assert fonts.get(qn("w:ascii")) == OFFICE_FONT, text
        assert rpr.find(qn("w:szCs")) is not None, text
        assert rpr.find(qn("w:lang")).get(qn("w:bidi")) == "th-TH", text
    return thai_runs
