"""Read the text layer of a published anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต).

`parse_plan_text` finds the front matter and the three parts, and hands each part to its reader.
Nothing here imports Django; problems the reader can step over become `ParsedPlan.warnings`.
"""
from __future__ import annotations

import re

from .common import YEAR_HEADING, Doc, paragraphs
from .parsed import ParsedPlan, Part1
from .part1 import parse_part1
from .part2 import parse_part2
from .part3 import parse_part3

_YEARS = re.compile(r"พ\.ศ\.\s*(\d{4})\s*[-–—]\s*(\d{4})")
_ORG = re.compile(
    r"(?:เทศบาล(?:นคร|เมือง|ตำบล)|องค์การบริหารส่วน(?:ตำบล|จังหวัด)|กรุงเทพมหานคร|เมืองพัทยา)[^\s(]*"
)


def _find(doc: Doc, pattern: str, start: int, end: int) -> int | None:
    regex = re.compile(pattern)
    return next((i for i in range(start, end) if regex.match(doc.arabic(i))), None)


def _preface(doc: Doc, end: int) -> str:
    """The คำนำ paragraphs, up to the office signature or the สารบัญ."""
    head = _find(doc, r"^คำนำ$", 0, end)
    if head is None:
        doc.warn(0, "no คำนำ (preface) heading found")
        return ""
    stop = _find(doc, r"^(สารบัญ$|สำนักงาน|สำนัก\S*\s*$)", head + 1, end) or end
    return "\n\n".join(paragraphs(doc.texts[head + 1: stop]))


def _organisation(doc: Doc, part2: int, part3: int, preface: str) -> str:
    """The organisation named under the first Part 2 year heading, checked against the preface."""
    from_table = ""
    for i in range(part2, part3):
        if YEAR_HEADING.match(doc.arabic(i)):
            j = next((k for k in range(i + 1, part3) if doc.texts[k]), None)
            if j is not None and _ORG.fullmatch(doc.texts[j]):
                from_table = doc.texts[j]
                break
    in_preface = _ORG.search(preface)
    from_preface = in_preface.group(0) if in_preface else ""
    if from_table and from_preface and from_table != from_preface:
        doc.warn(part2, f"organisation named '{from_table}' in Part 2 but '{from_preface}' in the preface")
    if not (from_table or from_preface):
        doc.warn(0, "organisation name not found")
    return from_table or from_preface


def _year_range(doc: Doc, title_line: int | None, years: list[int]) -> tuple[int, int]:
    candidates = ([title_line] if title_line is not None else []) + list(range(len(doc)))
    for i in candidates:
        match = _YEARS.search(doc.arabic(i))
        if match:
            return int(match.group(1)), int(match.group(2))
    doc.warn(0, "plan years '(พ.ศ. xxxx - xxxx)' not found; taken from the Part 2 tables")
    return (min(years), max(years)) if years else (0, 0)


def _line_number(warning: str) -> int:
    match = re.match(r"line (\d+):", warning)
    return int(match.group(1)) if match else 0


def parse_plan_text(text: str) -> ParsedPlan:
    """Parse the whole plan; recoverable problems are reported in `warnings`, never raised."""
    doc = Doc.from_text(text)
    n = len(doc)
    title_line = next((i for i in range(n) if doc.texts[i]), None)
    title = doc.texts[title_line] if title_line is not None else ""
    p1 = _find(doc, r"^ส่วนที่\s*1(\s+บทนำ)?$", 0, n)
    p2 = _find(doc, r"^ส่วนที่\s*2$", p1 or 0, n)
    if p2 is None:
        p2 = _find(doc, YEAR_HEADING.pattern, p1 or 0, n)
        p2 = p2 - 1 if p2 is not None else None
    p3 = _find(doc, r"^ส่วนที่\s*3$", p2 or 0, n)
    if p3 is None:
        p3 = _find(doc, r"^(มิติ|มติ|มิต)ที่\s*1\s", p2 or 0, n)
        p3 = p3 - 1 if p3 is not None else None
    for label, found in (("ส่วนที่ ๑", p1), ("ส่วนที่ ๒", p2), ("ส่วนที่ ๓", p3)):
        if found is None:
            doc.warn(0, f"'{label}' heading not found")
    p2 = p2 if p2 is not None else n
    p3 = p3 if p3 is not None else n
    preface = _preface(doc, p1 if p1 is not None else p2)
    part1 = parse_part1(doc, p1 + 1, p2) if p1 is not None else Part1()
    years = parse_part2(doc, p2 + 1, p3) if p2 < n else []
    areas, sheets = parse_part3(doc, p3 + 1, n) if p3 < n else ([], [])
    first, last = _year_range(doc, title_line, [y.fiscal_year_be for y in years])
    return ParsedPlan(
        title=title,
        organisation_name=_organisation(doc, p2, p3, preface),
        first_year_be=first,
        last_year_be=last,
        preface=preface,
        part1=part1,
        years=years,
        areas=areas,
        sheets=sheets,
        warnings=sorted(doc.warnings, key=_line_number),
    )
