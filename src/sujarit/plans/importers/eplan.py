"""The e-PlanNACC screen capture printed after a Part 2 year table: counts and the project list."""
from __future__ import annotations

import re

from .common import YEAR_HEADING, Doc, as_int
from .normalise import fix_ocr_labels
from .parsed import EPlanBlock, YearRow

_COUNTED = re.compile(r"จำนวนโครงการข\S*นค่า")
_HEADING_COUNT = re.compile(r"จำนวน\s*(\d+)\s*โครงการ")
# Page furniture of the screen captures, repeated after page breaks.
_FURNITURE = re.compile(
    r"^(โครงการตามแผน\S*|สำนักพัฒนาและส่งเสริมธรรมาภิบาล.*|สำนักเทคโนโลยีสารสนเทศ.*"
    r"|เลือกปี.*|โครงการ\s*ในปี.*)$"
)


def _next_text(doc: Doc, i: int, hi: int) -> int | None:
    while i < hi and not doc.texts[i]:
        i += 1
    return i if i < hi else None


def _counts(doc: Doc, block: EPlanBlock, header: list[str], j: int, year: int) -> None:
    values = doc.cells(j)
    dims: list[int | None] = []
    for c, head in enumerate(header):
        value = as_int(values[c]) if c < len(values) else None
        if head.startswith("โครงการตามแผน"):
            block.projects_listed = value
        elif _COUNTED.search(head):
            block.projects_counted = value
        elif head.startswith(("มิติ", "ไตรมาส")):
            dims.append(value)
            block.per_dimension_is_quarters |= head.startswith("ไตรมาส")
    block.per_dimension = [d for d in dims if d is not None]
    if len(block.per_dimension) != 4:
        doc.warn(j, f"e-PlanNACC {year}: expected 4 per-dimension counts, read {block.per_dimension}")


def _item(doc: Doc, i: int, number: int, year: int) -> YearRow:
    cells, raw = doc.cells(i), doc.raw_cells(i)
    dim = as_int(cells[2])
    if dim not in (1, 2, 3, 4):
        doc.warn(i, f"e-PlanNACC {year} item {number}: unreadable dimension '{cells[2]}'")
        dim = None
    printed_year = as_int(cells[3]) if len(cells) > 3 else None
    if printed_year != year:
        doc.warn(i, f"e-PlanNACC {year} item {number}: fiscal year printed as {printed_year}")
    return YearRow(
        number=number,
        name=cells[1],
        name_verbatim=raw[1],
        dimension=dim,
        budget=None,
        quarters=[],
        source=doc.ref(i, i),
    )


def parse_eplan(doc: Doc, lo: int, hi: int, year: int) -> EPlanBlock | None:
    """Read the e-PlanNACC block in lines [lo, hi); None when the year has none."""
    region = range(lo, hi)
    if not any("PlanNACC" in doc.texts[i] or _COUNTED.search(doc.texts[i]) for i in region):
        for i in region:
            if doc.texts[i]:
                doc.warn(i, f"text after the {year} table ignored")
        return None
    block = EPlanBlock(None, None, [], False, [], [])
    heading_count = None
    items: dict[int, YearRow] = {}
    start = last = None
    i = lo
    while i < hi:
        text = doc.texts[i]
        if not text:
            i += 1
            continue
        arabic = doc.arabic(i)
        cells = [fix_ocr_labels(c) for c in doc.cells(i)]
        used = i
        heading = YEAR_HEADING.match(arabic)
        number = as_int(cells[0])
        if "PlanNACC" in text or heading:
            if heading and int(heading.group(1)) != year:
                doc.warn(i, f"e-PlanNACC heading for {heading.group(1)} after the {year} table")
            count = _HEADING_COUNT.search(arabic) if "PlanNACC" in text else None
            heading_count = int(count.group(1)) if count else heading_count
        elif any(_COUNTED.search(c) for c in cells):
            j = _next_text(doc, i + 1, hi)
            if j is None:
                doc.warn(i, f"e-PlanNACC {year}: counts header without values")
            else:
                _counts(doc, block, cells, j, year)
                used = j
        elif cells[0].startswith("โครงการเพิ่มเติม"):
            j = _next_text(doc, i + 1, hi)
            if j is not None:
                block.additional = [n for n in (as_int(c) for c in doc.cells(j)) if n is not None]
                used = j
        elif cells[0] == "ลำดับ":
            pass  # the list's header row
        elif number is not None and len(cells) >= 3:
            if number not in items:  # rows repeated after a page break: keep the first
                items[number] = _item(doc, i, number, year)
            else:
                block.repeated_lines.append(i + 1)
        elif _FURNITURE.match(text):
            pass
        else:
            doc.warn(i, f"e-PlanNACC {year}: stray line ignored: {text[:60]}")
            i += 1
            continue
        start = i if start is None else start
        last = used
        i = used + 1
    block.items = list(items.values())
    listed, where = block.projects_listed, f"e-PlanNACC {year}"
    if listed is None:
        block.projects_listed = heading_count
    elif heading_count is not None and heading_count != listed:
        doc.warn(lo, f"{where}: heading says {heading_count} projects, table {listed}")
    if block.projects_listed is not None and len(block.items) != block.projects_listed:
        doc.warn(lo, f"{where}: {len(block.items)} items listed for {block.projects_listed} projects")
    if start is not None and last is not None:
        block.source = doc.ref(start, last)
    return block
