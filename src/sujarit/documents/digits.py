"""Thai or Arabic digits in a rendered document (ADR 0032).

Layouts always write Thai digits, as the published plan does; when the reader asks for Arabic digits the finished
text (the PDF's HTML, the DOCX runs, the XLSX labels) is translated digit by digit. Numbers stored as numbers in
XLSX cells are untouched.
"""
from __future__ import annotations

import re

from .models import DocumentDigits

THAI_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# CSS counters and list markers in Thai digits: counter(page, thai), target-counter(attr(href), page, thai),
# list-style-type: thai.
_THAI_COUNTER = re.compile(r",\s*thai\s*\)")
_THAI_LIST = re.compile(r"list-style-type:\s*thai\b")


def arabic(digits: str) -> bool:
    return digits == DocumentDigits.ARABIC


def to_arabic(text: str) -> str:
    return text.translate(THAI_TO_ARABIC)


def html(text: str, digits: str) -> str:
    """The HTML of a PDF with its digits (and its page-number counters) in `digits`."""
    if not arabic(digits):
        return text
    return _THAI_LIST.sub("list-style-type: decimal", _THAI_COUNTER.sub(")", to_arabic(text)))
