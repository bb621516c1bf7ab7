"""Text clean-up for Thai plan documents extracted from PDFs or OCR (pure Python, no Django)."""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)

# Thai marks that can never start a syllable: mai han-akat, sara am, the above/below vowels,
# phinthu, and the signs from maitaikhu to yamakkan (tone marks, thanthakhat, nikhahit...).
_NON_STARTERS = "\u0e31\u0e33\u0e34-\u0e3a\u0e47-\u0e4e"
_SPACE_BEFORE_MARK = re.compile(f" +(?=[{_NON_STARTERS}])")
_TONES = "\u0e48-\u0e4b"
_NIKHAHIT_AA = re.compile(f"\u0e4d([{_TONES}]*)\u0e32")
# PDF text layers drop the nikhahit of sara am and leave spaces in its place: "ค  าน  า" is "คำนำ".
_LOST_NIKHAHIT = re.compile(f"([\u0e01-\u0e2e][{_TONES}]?) {{2,}}\u0e32")
# A tone mark is written after the vowel above or below its consonant; some PDFs give the reverse order.
_TONE_BEFORE_VOWEL = re.compile(f"([{_TONES}])([\u0e31\u0e34-\u0e3a\u0e47])")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_SPACES_TABS = re.compile(r"[ \t]+")
_SPACES = re.compile(r" +")

_OCR_LABELS = [
    (re.compile(r"มติที่(?=\s*[0-9๐-๙]|\s*$)"), "มิติที่"),
    (re.compile(r"มิตที่"), "มิติที่"),
    (re.compile(r"(?<![A-Za-z])midt(?![A-Za-z])", re.IGNORECASE), "มิติ"),
    (re.compile(r"(?<![\u0e00-\u0e7f])มิต(?=\s*[0-9๐-๙]|\s*$|\t)"), "มิติ"),
    (re.compile(r"ป\.\s?พ\.\s?ช\."), "ป.ป.ช."),
    (re.compile(r"ป\.\s?บ\.\s?จ\."), "ป.ป.ช."),
]

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NO_BUDGET = re.compile(r"ไม่ใช้งบ|ไม่มีงบ|ไม่ได้ใช้งบ")
_NAME_KEY_DROP = re.compile(r"[\s\"'`«»“”‘’]+")


def _clean_once(text: str, keep_tabs: bool) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_QUOTES)
    text = _LOST_NIKHAHIT.sub("\\1\u0e33", text)
    text = _TONE_BEFORE_VOWEL.sub("\\2\\1", text)
    text = (_SPACES if keep_tabs else _SPACES_TABS).sub(" ", text)
    text = _SPACE_BEFORE_MARK.sub("", text)
    text = _NIKHAHIT_AA.sub("\\1\u0e33", text)
    return unicodedata.normalize("NFC", text)


def _clean(text: str, keep_tabs: bool) -> str:
    # The rules can feed each other (NFC reorders marks that a removed space had separated),
    # so apply them until nothing changes; this keeps `normalise` idempotent.
    for _ in range(8):
        cleaned = _clean_once(text, keep_tabs)
        if cleaned == text:
            break
        text = cleaned
    return text


def normalise(text: str) -> str:
    """NFC, sara am repair, stray spaces before marks removed, LF newlines, straight quotes,
    runs of spaces and tabs collapsed to one space."""
    return _clean(text, keep_tabs=False)


def normalise_keep_tabs(text: str) -> str:
    """`normalise` for table rows: tabs (cell separators) are kept, only spaces collapse."""
    return _clean(text, keep_tabs=True)


def to_arabic_digits(s: str) -> str:
    """Thai digits ๐–๙ to 0–9 (mixed numbers such as "๓0,๐๐0" included)."""
    return s.translate(_TO_ARABIC)


def to_thai_digits(s: str) -> str:
    """0–9 to Thai digits (the inverse of `to_arabic_digits`)."""
    return s.translate(_TO_THAI)


def fix_ocr_labels(s: str) -> str:
    """Repair OCR damage in dimension labels and agency names.

    "มติที่ ๑" and "มิตที่" become "มิติที่"; "midt"/"มิต" used as a column label become "มิติ";
    "ป.พ.ช." and "ป.บ.จ." become "ป.ป.ช.". "มติที่" is only changed before a number, since
    "มติที่ประชุม" (a meeting's resolution) is ordinary Thai.
    """
    for pattern, repl in _OCR_LABELS:
        s = pattern.sub(repl, s)
    return s


def parse_baht(s: str) -> Decimal | None:
    """The first amount in a budget cell, in baht; None when no budget is used or none is printed."""
    text = to_arabic_digits(normalise(s))
    if _NO_BUDGET.search(text):
        return None
    match = _NUMBER.search(text)
    if not match:
        return None
    try:
        return Decimal(match.group(0).replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only matches valid numbers
        return None


def name_key(s: str) -> str:
    """A key for matching project names: normalised, Arabic digits, no quotes or spaces, lower case."""
    return _NAME_KEY_DROP.sub("", to_arabic_digits(normalise(s))).lower()
