"""Part 3 (ส่วนที่ ๓): dimension and area headings, and the project sheets under them."""
from __future__ import annotations

import re

from .common import D, Doc
from .normalise import fix_ocr_labels, to_arabic_digits
from .parsed import AreaHeading, ProjectSheet
from .sheet import parse_sheet

_DIMENSION = re.compile(rf"^มิติที่\s*({D})\s*(.*)$")
_AREA = re.compile(rf"^({D}+(?:\.{D}+){{1,2}})\s+(\S.*)$")
_GLUED = re.compile(rf"^(.*?)\s*ลำดับที่\s*({D}+)\s*$")
_SHEET = re.compile(rf"^ลำดับที่\s*({D}+)\s*$")
_SKIP = re.compile(r"^(#+|-{3,}|รายละเอียดโครงการ.*)$")


class _State:
    def __init__(self) -> None:
        self.dimension = 0
        self.area = ""
        self.codes: set[str] = set()
        self.sheet: tuple[int, int, int] | None = None  # (printed number, start line, first body line)


def _area(text: str, state: _State) -> tuple[str, str, int | None] | None:
    """(code, title, glued sheet number) when `text` is an area heading that fits the headings above."""
    match = _AREA.match(text)
    if not match:
        return None
    code = to_arabic_digits(match.group(1))
    parts = code.split(".")
    parent = ".".join(parts[:-1])
    if code in state.codes or (state.dimension and parts[0] != str(state.dimension)):
        return None
    if len(parts) == 3 and parent not in state.codes:
        return None
    title, glued = match.group(2).strip(), None
    tail = _GLUED.match(title)
    if tail and tail.group(1):
        title, glued = tail.group(1).strip(), int(to_arabic_digits(tail.group(2)))
    return code, title, glued


def parse_part3(doc: Doc, start: int, end: int) -> tuple[list[AreaHeading], list[ProjectSheet]]:
    """Read headings and sheets in lines [start, end)."""
    areas: list[AreaHeading] = []
    sheets: list[ProjectSheet] = []
    state = _State()

    def close(i: int) -> None:
        if state.sheet is None:
            return
        number, first, body = state.sheet
        ordinal = len(sheets) + 1
        if number != ordinal:
            doc.warn(first, f"printed 'ลำดับที่ {number}' where {ordinal} is expected; kept as printed")
        if not state.dimension or not state.area:
            doc.warn(first, f"sheet ลำดับที่ {number} has no dimension/area heading above it")
        sheets.append(parse_sheet(doc, number, state.dimension, state.area, first, body, i))
        state.sheet = None

    for i in range(start, end):
        text = fix_ocr_labels(doc.texts[i])
        if not text:
            continue
        sheet = _SHEET.match(text)
        dimension = _DIMENSION.match(text)
        area = None if sheet or dimension else _area(text, state)
        if sheet:
            close(i)
            state.sheet = (int(to_arabic_digits(sheet.group(1))), i, i + 1)
        elif dimension:
            close(i)
            state.dimension, state.area = int(to_arabic_digits(dimension.group(1))), ""
            code = str(state.dimension)
            state.codes.add(code)
            areas.append(AreaHeading(code, dimension.group(2).strip(), source=doc.ref(i, i)))
        elif area:
            close(i)
            code, title, glued = area
            state.dimension = state.dimension or int(code.split(".")[0])
            state.area = code
            state.codes.add(code)
            areas.append(AreaHeading(code, title, source=doc.ref(i, i)))
            if glued is not None:
                state.sheet = (glued, i, i + 1)
        elif state.sheet is None and not _SKIP.match(text):
            doc.warn(i, f"Part 3 text outside any project sheet ignored: {text[:60]}")
    close(end)
    return areas, sheets
