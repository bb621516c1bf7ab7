"""Part 1 (ส่วนที่ ๑ บทนำ): risk assessment, rationale, objectives, goals with targets, benefits."""
from __future__ import annotations

import re
from decimal import Decimal

from .common import Doc, as_int, first_decimal, inline_points, list_items, paragraphs
from .normalise import normalise, to_arabic_digits
from .parsed import Part1, RiskRow, YearTarget

_SECTION = re.compile(r"^(\d)\s*\.\s*(\S.*)$")
_LABELS = {
    "risk": "การประเมินความเสี่ยง",
    "rationale": "หลักการและเหตุผล",
    "objectives": "วัตถุประสงค์",
    "goals": "เป้าหมาย",
    "benefits": "ประโยชน์",
}
_LEVELS = {"ต่ำ", "ปานกลาง", "สูง", "สูงมาก"}
_BASE_YEAR = re.compile(r"คำนวณจาก(?:ปี)?\s*(?:พ\.ศ\.)?\s*(\d{4})")
_YEAR = re.compile(r"(\d{4})")


def _sections(doc: Doc, start: int, end: int) -> dict[str, tuple[int, int]]:
    """Each known section's content lines as [first, end)."""
    marks: list[tuple[int, str]] = []
    for i in range(start, end):
        match = _SECTION.match(doc.arabic(i))
        if not match or "\t" in doc.lines[i] or len(doc.texts[i]) > 80:
            continue
        for key, label in _LABELS.items():
            if match.group(2).startswith(label) and key not in {k for _, k in marks}:
                marks.append((i, key))
                break
    out = {}
    for n, (i, key) in enumerate(marks):
        out[key] = (i + 1, marks[n + 1][0] if n + 1 < len(marks) else end)
    for key, label in _LABELS.items():
        if key not in out:
            doc.warn(start, f"Part 1 section '{label}' not found")
    return out


def _risk_rows(doc: Doc, lo: int, hi: int) -> list[RiskRow]:
    cols = {"step": 1, "issues": 2, "level": 3, "measures": 4}
    rows = []
    for i in range(lo, hi):
        if not doc.texts[i]:
            continue
        cells = doc.cells(i)
        if len(cells) < 2:
            doc.warn(i, "text in the risk table that is not a table row; ignored")
            continue
        if cells[0].startswith("ลำดับ"):
            for c, head in enumerate(cells):
                if head.startswith("ขั้นตอน"):
                    cols["step"] = c
                elif head.startswith("ประเด็นความเสี่ยง"):
                    cols["issues"] = c
                elif "Risk" in head or head.startswith("ระดับ"):
                    cols["level"] = c
                elif head.startswith("มาตรการ"):
                    cols["measures"] = c
            continue
        number = as_int(cells[0])
        if number is None:
            doc.warn(i, "risk table row without a number; ignored")
            continue
        raw = doc.raw[i].split("\t")

        def cell(key: str) -> str:
            return raw[cols[key]] if cols[key] < len(raw) else ""

        level = normalise(cell("level")).strip()
        if level not in _LEVELS:
            doc.warn(i, f"risk row {number}: unknown risk level '{level}'")
        rows.append(
            RiskRow(
                number=number,
                step=normalise(cell("step")).strip(),
                issues=inline_points(cell("issues")),
                level=level,
                measures=inline_points(cell("measures")),
                source=doc.ref(i, i),
            )
        )
    if not rows:
        doc.warn(lo, "no risk assessment rows found")
    return rows


def _goals_and_targets(doc: Doc, lo: int, hi: int, part: Part1) -> None:
    goal_lines: list[str] = []
    years: dict[int, int] = {}
    reduction: dict[int, Decimal | None] = {}
    ita: dict[int, Decimal | None] = {}
    for i in range(lo, hi):
        if "\t" not in doc.lines[i]:
            goal_lines.append(doc.texts[i])
            continue
        cells = doc.cells(i)
        label = cells[0]
        target = reduction if "คดี" in label else ita if "ITA" in label.upper() else None
        if target is None:
            header = {c: _YEAR.search(to_arabic_digits(h)) for c, h in enumerate(cells[1:], 1)}
            if any(header.values()):
                years = {c: int(m.group(1)) for c, m in header.items() if m}
            else:
                doc.warn(i, "unknown row in the targets table; ignored")
            continue
        base = _BASE_YEAR.search(doc.arabic(i))
        if base:
            part.base_year_be = int(base.group(1))
        for c, year in years.items():
            if c < len(cells) and cells[c]:
                target[year] = first_decimal(cells[c])
    part.goals = list_items(goal_lines)
    part.targets = [YearTarget(y, reduction.get(y), ita.get(y)) for y in sorted(set(years.values()))]
    if not part.targets:
        doc.warn(lo, "no targets table found under เป้าหมาย")


def parse_part1(doc: Doc, start: int, end: int) -> Part1:
    """Read Part 1 from lines [start, end)."""
    part = Part1()
    sections = _sections(doc, start, end)
    if "risk" in sections:
        part.risk_rows = _risk_rows(doc, *sections["risk"])
    if "rationale" in sections:
        lo, hi = sections["rationale"]
        part.rationale = "\n\n".join(paragraphs(doc.texts[lo:hi]))
    if "objectives" in sections:
        lo, hi = sections["objectives"]
        part.objectives = list_items(doc.texts[lo:hi])
    if "goals" in sections:
        _goals_and_targets(doc, *sections["goals"], part)
    if "benefits" in sections:
        lo, hi = sections["benefits"]
        part.benefits = list_items(doc.texts[lo:hi])
    return part
