"""Part 2 (ส่วนที่ ๒): one table of projects per fiscal year, each followed by its e-PlanNACC block."""
from __future__ import annotations

from dataclasses import dataclass, field

from .common import YEAR_HEADING, Doc, as_int
from .eplan import parse_eplan
from .normalise import fix_ocr_labels, parse_baht, to_arabic_digits
from .parsed import StatedTotals, YearRow, YearTable

TICKS = {"/", "✓", "✔", "√", "X", "x", "*"}


@dataclass
class _Columns:
    name: int = 1
    dimension: int = 2
    budget: int = 3
    quarters: list[int] = field(default_factory=lambda: [4, 5, 6, 7])
    remark: int | None = 8


def is_table_header(doc: Doc, i: int) -> bool:
    cells = doc.cells(i)
    return len(cells) > 2 and cells[0] == "ลำดับ" and (cells[1].startswith("รายการ") or "หมายเหตุ" in cells)


def _columns(doc: Doc, h: int) -> tuple[_Columns, int]:
    """Column positions from the header (and its ๑ ๒ ๓ ๔ sub-header); the first line after them."""
    cols = _Columns(remark=None)
    cells = [fix_ocr_labels(c) for c in doc.cells(h)]
    for c, head in enumerate(cells):
        if head.startswith("รายการ"):
            cols.name = c
        elif head.startswith("มิติ"):
            cols.dimension = c
        elif head.startswith("งบประมาณ"):
            cols.budget = c
        elif "ไตรมาส" in head:
            cols.quarters = [c, c + 1, c + 2, c + 3]
        elif head.startswith("หมายเหตุ"):
            cols.remark = c
    nxt = h + 1
    if nxt < len(doc) and "\t" in doc.lines[nxt] and not doc.cells(nxt)[0]:
        sub = [to_arabic_digits(c) for c in doc.cells(nxt)]
        found = [sub.index(q) for q in "1234" if q in sub]
        if len(found) == 4:
            cols.quarters = found
        else:
            doc.warn(nxt, "quarter sub-header unreadable; quarters taken from the header")
        nxt += 1
    return cols, nxt


def _row(doc: Doc, i: int, number: int, cols: _Columns, year: int) -> YearRow:
    cells, raw = doc.cells(i), doc.raw_cells(i)

    def cell(c: int | None, source: list[str] = cells) -> str:
        return source[c] if c is not None and c < len(source) else ""

    where = f"{year} row {number}"
    dim = as_int(cell(cols.dimension))
    if dim not in (1, 2, 3, 4):
        doc.warn(i, f"{where}: unreadable dimension '{cell(cols.dimension)}'")
        dim = None
    budget_text = cell(cols.budget)
    budget = parse_baht(budget_text) if budget_text else None
    if budget_text and budget is None:
        doc.warn(i, f"{where}: unreadable budget '{budget_text}'")
    quarters = []
    for q, c in enumerate(cols.quarters, 1):
        mark = cell(c)
        if mark in TICKS:
            quarters.append(q)
        elif mark:
            doc.warn(i, f"{where}: unexpected mark '{mark}' in quarter {q}")
    known = {0, cols.name, cols.dimension, cols.budget, cols.remark, *cols.quarters}
    extra = [c for c in range(len(cells)) if c not in known and cells[c]]
    if extra:
        doc.warn(i, f"{where}: text outside the known columns: {', '.join(cells[c] for c in extra)}")
    return YearRow(
        number=number,
        name=cell(cols.name),
        name_verbatim=cell(cols.name, raw),
        dimension=dim,
        budget=budget,
        quarters=quarters,
        remark=cell(cols.remark),
        source=doc.ref(i, i),
    )


def _totals(doc: Doc, i: int, cols: _Columns, year: int) -> StatedTotals:
    """The totals row; values are placed by column, so a row without a budget is recognised."""
    cells = doc.cells(i)
    values = [(c, cells[c]) for c in range(1, len(cells)) if cells[c]]
    positions = [c for c, _ in values]
    budget = None
    ticks_text = [v for _, v in values]
    if len(values) >= 5 or (values and (positions[0] <= cols.budget or "," in values[0][1])):
        budget_text, ticks_text = values[0][1], ticks_text[1:]
        budget = parse_baht(budget_text)
        if budget is None:
            doc.warn(i, f"{year} totals: unreadable budget '{budget_text}'")
    else:
        doc.warn(i, f"{year} totals row has no budget figure, only the quarter counts")
    ticks = [n for n in (as_int(t) for t in ticks_text) if n is not None]
    if len(ticks) != 4 or len(ticks_text) != 4:
        doc.warn(i, f"{year} totals row damaged: read budget {budget} and quarter counts {ticks}")
    return StatedTotals(budget=budget, quarter_ticks=ticks[:4], source=doc.ref(i, i))


def _read_table(doc: Doc, h: int, limit: int, year: int):
    cols, i = _columns(doc, h)
    rows: list[YearRow] = []
    totals = None
    while i < limit:
        if not doc.texts[i]:
            i += 1
            continue
        cells = doc.cells(i)
        if cells[0].startswith("รวม"):
            totals = _totals(doc, i, cols, year)
            i += 1
            break
        number = as_int(cells[0])
        if number is not None and len(cells) > 2:
            rows.append(_row(doc, i, number, cols, year))
        elif "\t" in doc.lines[i]:
            doc.warn(i, f"{year} table: unreadable row ignored")
        else:
            doc.warn(i, f"{year} table ends without a totals row")
            break
        i += 1
    return rows, totals, i


def _year_of(doc: Doc, h: int, lower: int) -> tuple[int | None, int]:
    """The year heading nearest above the table header at h (and its line)."""
    for i in range(h - 1, lower - 1, -1):
        match = YEAR_HEADING.match(doc.arabic(i))
        if match:
            return int(match.group(1)), i
    return None, h


def parse_part2(doc: Doc, start: int, end: int) -> list[YearTable]:
    """Read every year's table (and its e-PlanNACC block) in lines [start, end)."""
    headers = [i for i in range(start, end) if is_table_header(doc, i)]
    found: list[tuple[int | None, int, int]] = []
    lower = start
    for h in headers:
        year, heading = _year_of(doc, h, lower)
        found.append((year, heading, h))
        lower = h + 1
    tables: list[YearTable] = []
    for k, (year, heading, h) in enumerate(found):
        if year is None:
            year = tables[-1].fiscal_year_be + 1 if tables else 0
            doc.warn(h, f"table without a 'แผนปฏิบัติการป้องกันการทุจริต พ.ศ.' heading; taken as {year}")
        limit = found[k + 1][1] if k + 1 < len(found) else end
        rows, totals, after = _read_table(doc, h, limit, year)
        numbers = [r.number for r in rows]
        if numbers != list(range(1, len(rows) + 1)):
            doc.warn(h, f"{year} table: row numbers are not 1..{len(rows)}: {numbers}")
        eplan = parse_eplan(doc, after, limit, year)
        last = eplan.source.line_end - 1 if eplan and eplan.source else doc.last_text_line(heading, after)
        tables.append(YearTable(year, rows, totals, eplan, source=doc.ref(heading, last)))
    if not tables:
        doc.warn(start, "no Part 2 year tables found")
    return tables

