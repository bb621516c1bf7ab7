"""XLSX layouts of the document models (openpyxl): the data as data.

Amounts and counts are numbers (Arabic digits: spreadsheets do not honour Thai-digit number formats), so a cell
equals the stored value; headings and labels are Thai. Rows get explicit heights: LibreOffice does not fit wrapped
Thai rows on load (ADR 0013).
"""
from __future__ import annotations

import io
import math

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from sujarit.core import thai

from .. import content
from ..digits import arabic, to_arabic
from ..models import DocumentKind
from ..templatetags.documents import label
from .fonts import OFFICE_FONT

SIZE = 14
MONEY = "#,##0.00"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TICK = "/"
# TH SarabunPSK at 14 pt: about 1.3 Thai characters per unit of column width, 20 points a line.
CHARS_PER_WIDTH = 1.3
LINE_HEIGHT = 20


def _font(bold: bool = False, size: int = SIZE) -> Font:
    return Font(name=OFFICE_FONT, size=size, bold=bold)


class Sheet:
    def __init__(self, wb: Workbook, title: str, widths: list[float]):
        self.ws = wb.create_sheet(title=title[:31])
        # Printed: A4 landscape, every column on the page width.
        self.ws.page_setup.orientation = "landscape"
        self.ws.page_setup.paperSize = self.ws.PAPERSIZE_A4
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.page_setup.fitToWidth = 1
        self.ws.page_setup.fitToHeight = 0
        self.widths = widths
        for i, w in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        self.row = 0

    def title(self, text: str, *, size: int = SIZE + 2) -> None:
        self.row += 1
        cell = self.ws.cell(row=self.row, column=1, value=text)
        cell.font = _font(True, size)
        self.ws.row_dimensions[self.row].height = LINE_HEIGHT + 4

    def blank(self) -> None:
        self.row += 1

    def header(self, values: list[str]) -> None:
        self._write(values, bold=True, center=True)

    def line(self, values: list, *, bold: bool = False, formats: dict[int, str] | None = None,
             centred: tuple[int, ...] = ()) -> int:
        return self._write(values, bold=bold, formats=formats, centred=centred)

    def _write(self, values, *, bold=False, center=False, formats=None, centred=()) -> int:
        self.row += 1
        lines = 1
        for col, value in enumerate(values, start=1):
            cell = self.ws.cell(row=self.row, column=col, value=value)
            cell.font = _font(bold)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if center or col in centred else None)
            if formats and col in formats:
                cell.number_format = formats[col]
            if isinstance(value, str) and value:
                width = self.widths[col - 1] if col <= len(self.widths) else 10
                per_line = max(int(width * CHARS_PER_WIDTH), 1)
                lines = max(lines, sum(math.ceil(max(len(part), 1) / per_line) for part in value.split("\n")))
        self.ws.row_dimensions[self.row].height = LINE_HEIGHT * lines + 4
        return self.row


def _workbook() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def _bytes(wb: Workbook, digits: str = "thai") -> bytes:
    if arabic(digits):  # labels and sheet names only: numbers are numbers either way
        for ws in wb.worksheets:
            ws.title = to_arabic(ws.title)
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str):
                        cell.value = to_arabic(cell.value)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def year_sheet(wb: Workbook, doc: content.YearDocument) -> Sheet:
    t = doc.table
    s = Sheet(wb, f"{label('year')} {thai.to_thai_digits(t.fiscal_year_be)}",
              [8, 60, 8, 16, 8, 8, 8, 8, 20, 12])
    s.title(label("year_heading", year=t.fiscal_year_be))
    s.title(doc.head.organisation_name, size=SIZE)
    s.blank()
    s.header([label("no"), label("project"), label("dimension"), label("budget_used"),
              *[label("quarter_n", n=q) for q in (1, 2, 3, 4)], label("remark"), label("scored")])
    for r in t.rows:
        s.line([r.order, r.name, r.dimension, r.budget, *[TICK if x else None for x in r.ticks], r.remark or None,
                label("scored") if r.counted else label("not_scored")], formats={4: MONEY},
               centred=(1, 3, 5, 6, 7, 8))
    total = s.line([label("total_amount"), None, None, t.total_budget, *t.quarter_ticks, None, None], bold=True,
                   formats={4: MONEY}, centred=(1, 5, 6, 7, 8))
    s.ws.merge_cells(start_row=total, start_column=1, end_row=total, end_column=3)
    s.ws.row_dimensions[total].height = LINE_HEIGHT + 4
    s.line([label("total_in_words"), thai.baht_text(t.total_budget)])
    return s


def eplan_sheet(wb: Workbook, doc: content.EPlanDocument, *, title: str | None = None) -> Sheet:
    s = Sheet(wb, title or f"e-PlanNACC {thai.to_thai_digits(doc.fiscal_year_be)}",
              [34, 60, 14, 10, 12, 16, 14, 20])
    summary = doc.summary
    s.title(label("eplan_heading", year=doc.fiscal_year_be, organisation=doc.head.organisation_name,
                  count=summary.total), size=SIZE)
    s.blank()
    s.header([label("projects"), *[label("dimension_n", n=c.dimension) for c in summary.per_dimension],
              label("total")])
    s.line([label("counted"), *[c.counted for c in summary.per_dimension], summary.counted])
    s.line([label("additional"), *[c.additional for c in summary.per_dimension], summary.additional])
    s.line([label("total"), *[c.total for c in summary.per_dimension], summary.total], bold=True)
    s.blank()
    s.header([label("projects"), *[label("quarter_n", n=q) for q in (1, 2, 3, 4)]])
    s.line([label("counted"), *doc.counted_per_quarter])
    s.line([label("additional"), *doc.additional_per_quarter])
    s.blank()
    s.header([label("no"), label("project"), label("kind"), label("dimension"), label("quarter"),
              label("budget_baht"), label("scored"), label("remark")])
    for i in doc.items:
        s.line([i.order, i.name, i.kind, i.dimension, ", ".join(map(str, i.quarters)) or None,
                i.budget_label or i.budget, label("scored") if i.counted else label("not_scored"),
                i.remark or None], formats={6: MONEY}, centred=(1, 3, 4, 5))
    return s


SHEET_COLUMNS = ["dimension", "number", "kind", "f1", "area", "f2", "f3", "f4", "f5", "f6", "f7", "budget_text",
                 "f8", "outputs", "outcomes"]


def sheets_sheet(wb: Workbook, sheets: list[content.ProjectSheet], title: str) -> Sheet:
    s = Sheet(wb, title, [8, 8, 12, 50, 30, 60, 50, 30, 60, 24, 14, 24, 30, 50, 50])
    s.header([label("dimension"), label("number"), label("kind"), label("f1"), label("area_label"), label("f2"),
              label("f3"), label("f4"), label("f5"), label("f6"), label("f7"), label("budget_as_written"),
              label("f8"), label("outputs"), label("outcomes")])
    for x in sheets:
        s.line([x.dimension.number, x.number, x.kind, x.name, f"{x.area_code} {x.area_title}".strip() or None,
                x.rationale, "\n".join(x.objectives), x.target_group, "\n".join(x.methods), x.duration,
                x.budget, x.budget_text or None, x.responsible, "\n".join(x.outputs), "\n".join(x.outcomes)],
               formats={11: MONEY})
    return s


def kpis_sheet(wb: Workbook, sheets: list[content.ProjectSheet]) -> Sheet:
    s = Sheet(wb, str(label("indicators")), [8, 8, 50, 12, 60, 12, 12, 16])
    s.header([label("dimension"), label("number"), label("f1"), label("kind"), label("indicator"),
              label("comparator"), label("target_value"), label("unit")])
    for x in sheets:
        for k in x.kpis:
            s.line([x.dimension.number, x.number, x.name, label(k.kind), k.indicator, k.comparator or None,
                    k.value, k.unit or None])
    return s


def render_year(doc, progress) -> bytes:
    wb = _workbook()
    year_sheet(wb, doc)
    return _bytes(wb, doc.head.digits)


def render_eplan(doc, progress) -> bytes:
    wb = _workbook()
    eplan_sheet(wb, doc)
    return _bytes(wb, doc.head.digits)


def render_sheet(doc, progress) -> bytes:
    wb = _workbook()
    sheets_sheet(wb, [doc.sheet], str(label("part3_list")))
    kpis_sheet(wb, [doc.sheet])
    return _bytes(wb, doc.head.digits)


def render_book(doc: content.PlanBook, progress) -> bytes:
    wb = _workbook()
    p = doc.part1
    s = Sheet(wb, str(label("part1_short")), [8, 40, 50, 14, 60])
    s.title(doc.head.plan_title)
    s.title(doc.head.organisation_name, size=SIZE)
    s.blank()
    s.title(label("risk_heading"), size=SIZE)
    s.header([label("no"), label("process_step"), label("risk_issues"), label("level"), label("control_measures")])
    for r in p.risk_rows:
        s.line([r.number, r.step, "\n".join(r.issues), r.level, "\n".join(r.measures)])
    s.blank()
    s.title(label("goals_heading"), size=SIZE)
    s.header([label("year"), label("fewer_cases_plain"), label("ita_score")])
    for t in p.targets:
        s.line([t.fiscal_year_be, t.case_reduction_pct, t.ita_score])
    progress(15, "part1")
    o = Sheet(wb, str(label("overview_short")), [50, 14, *[16] * len(doc.years_be), 18])
    o.title(label("overview_heading", first=doc.head.first_year_be, last=doc.head.last_year_be), size=SIZE)
    o.blank()
    o.header([label("dimension"), label("projects_count"), *[str(y) for y in doc.years_be], label("total")])
    money = {c: MONEY for c in range(3, len(doc.years_be) + 4)}
    for d in doc.dimension_totals:
        o.line([f"{d.dimension.number}. {d.dimension.title}", d.projects, *d.budgets, d.total], formats=money)
    o.line([label("total"), doc.project_count, *doc.year_totals, doc.grand_total], bold=True, formats=money)
    for n, y in enumerate(doc.years):
        year_sheet(wb, y)
        eplan_sheet(wb, doc.eplans[n])
        progress(15 + 50 * (n + 1) // len(doc.years), "part2")
    sheets_sheet(wb, doc.sheets, str(label("part3_short")))
    kpis_sheet(wb, doc.sheets)
    data = _bytes(wb, doc.head.digits)
    progress(100, "done")
    return data


RENDERERS = {DocumentKind.BOOK: render_book, DocumentKind.YEAR: render_year, DocumentKind.EPLAN: render_eplan,
             DocumentKind.SHEET: render_sheet}
