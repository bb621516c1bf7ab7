"""DOCX layouts of the document models (python-docx), editable in Word and LibreOffice Writer.

Thai is a complex script in OOXML: every run names its font in `w:cs` as well as the Latin slots, with `w:szCs`,
`w:bCs` and `w:lang w:bidi="th-TH"`, or Word draws Thai in its default complex-script font (ADR 0013).
"""
from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from sujarit.core import thai

from .. import content
from ..digits import arabic, to_arabic
from ..models import DocumentKind
from ..templatetags.documents import label
from .fonts import OFFICE_FONT, OFFICE_SIZE_BODY, OFFICE_SIZE_TABLE

TICK = "/"
TEXT_WIDTH_CM = 16  # A4 (21 cm) less the 3 cm and 2 cm margins
TEXT_WIDTH_LANDSCAPE_CM = 24.7


def _set_font(rpr, *, size: float, bold: bool = False) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), OFFICE_FONT)
    for tag in ("w:b", "w:bCs"):
        el = rpr.find(qn(tag))
        if bold and el is None:
            rpr.append(OxmlElement(tag))
        elif not bold and el is not None:
            rpr.remove(el)
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), str(int(size * 2)))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "th-TH")
    lang.set(qn("w:bidi"), "th-TH")


def _run(paragraph, text: str, *, size: float = OFFICE_SIZE_BODY, bold: bool = False):
    run = paragraph.add_run(text)
    _set_font(run._element.get_or_add_rPr(), size=size, bold=bold)
    return run


class Writer:
    def __init__(self, *, landscape: bool = False):
        self.doc = Document()
        self.text_width_cm = TEXT_WIDTH_LANDSCAPE_CM if landscape else TEXT_WIDTH_CM
        normal = self.doc.styles["Normal"]
        _set_font(normal.element.get_or_add_rPr(), size=OFFICE_SIZE_BODY)
        normal.paragraph_format.space_after = Pt(0)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width
        section.left_margin, section.right_margin = Cm(3), Cm(2)
        section.top_margin, section.bottom_margin = Cm(2), Cm(2)

    def heading(self, text: str, *, size: float = OFFICE_SIZE_BODY + 2, center: bool = True):
        text = text.replace("พ.ศ. ", "พ.ศ.\u00a0")  # a title never breaks between พ.ศ. and its year
        p = self.doc.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(6)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, text, size=size, bold=True)
        return p

    def para(self, text: str, *, indent: bool = False, bold: bool = False, size: float = OFFICE_SIZE_BODY):
        p = self.doc.add_paragraph()
        if indent:
            p.paragraph_format.first_line_indent = Cm(1.25)
        _run(p, text, size=size, bold=bold)
        return p

    def paragraphs(self, text: str, *, indent: bool = True):
        for block in [b.strip() for b in (text or "").split("\n") if b.strip()]:
            self.para(block, indent=indent)

    def items(self, items: list[str]):
        for n, item in enumerate(items, start=1):
            p = self.para(f"{thai.to_thai_digits(n)}. {item}")
            p.paragraph_format.left_indent = Cm(1.25)
            p.paragraph_format.first_line_indent = Cm(-0.75)

    def logo(self, head: content.DocumentHead, *, height_cm: float) -> None:
        if head.letterhead and head.letterhead.logo:
            p = self.doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run().add_picture(io.BytesIO(head.letterhead.logo), height=Cm(height_cm))

    def letterhead(self, head: content.DocumentHead) -> None:
        """The organisation's letterhead above a single document (ADR 0032), when it has one."""
        if head.letterhead is None:
            return
        self.logo(head, height_cm=1.6)
        self.heading(head.letterhead.name, size=OFFICE_SIZE_BODY + 2)
        for line in [x.strip() for x in head.letterhead.address.splitlines() if x.strip()]:
            p = self.para(line, size=OFFICE_SIZE_TABLE)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.doc.add_paragraph()

    def page_break(self):
        self.doc.add_page_break()

    def table(self, header: list[str], rows: list[list[str]], *, align: list[str] | None = None,
              widths: list[float] | None = None, bold_last: bool = False, header2: list | None = None):
        """A grid table. `header2` is a second header row: None under a column merges it down, and equal
        neighbours in `header` above non-None cells are merged across ("ไตรมาส" over ๑ ๒ ๓ ๔)."""
        heads = [header] + ([header2] if header2 else [])
        table = self.doc.add_table(rows=len(heads), cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        top = list(header)
        if header2:
            for i in range(len(top) - 1, 0, -1):
                if header2[i] is not None and header2[i - 1] is not None and top[i] == top[i - 1]:
                    top[i] = ""
        self._fill(table.rows[0], top, bold=True, align=["c"] * len(header))
        if header2:
            self._fill(table.rows[1], [v or "" for v in header2], bold=True, align=["c"] * len(header))
        for row in table.rows[:len(heads)]:
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            row._tr.get_or_add_trPr().append(repeat)
        if header2:
            n = len(header)
            for i, below in enumerate(header2):
                if below is None:
                    table.cell(0, i).merge(table.cell(1, i))
            i = 0
            while i < n:
                j = i
                while header2[i] is not None and j + 1 < n and header2[j + 1] is not None \
                        and header[j + 1] == header[i]:
                    j += 1
                if j > i:
                    table.cell(0, i).merge(table.cell(0, j))
                i = j + 1
        for i, values in enumerate(rows):
            self._fill(table.add_row(), values, bold=bold_last and i == len(rows) - 1, align=align)
        # Word reads the cells' widths, LibreOffice the table grid: set both, and no autofit.
        widths = widths or [1] * len(header)
        scale = self.text_width_cm / sum(widths)
        table.autofit = False
        for column, w in zip(table.columns, widths):
            column.width = Cm(w * scale)
        for row in table.rows:
            col = 0
            for tc in row._tr.tc_lst:  # a merged cell spans several grid columns
                tc.width = Cm(sum(widths[col:col + tc.grid_span]) * scale)
                col += tc.grid_span
        self.doc.add_paragraph()
        return table

    @staticmethod
    def _fill(row, values, *, bold=False, align=None):
        for n, (cell, value) in enumerate(zip(row.cells, values)):
            p = cell.paragraphs[0]
            a = (align or [])[n] if align and n < len(align) else "l"
            p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}.get(a,
                                                                                           WD_ALIGN_PARAGRAPH.LEFT)
            if value:
                _run(p, str(value), size=OFFICE_SIZE_TABLE, bold=bold)

    def bytes(self, digits: str = "thai") -> bytes:
        if arabic(digits):
            for text in self.doc.element.body.iter(qn("w:t")):
                if text.text:
                    text.text = to_arabic(text.text)
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def _digits(value) -> str:
    return "" if value is None else thai.to_thai_digits(value)


def _baht(value) -> str:
    if value is None:
        return ""
    number = thai.to_decimal(value)
    return thai.format_number(number, decimals=None if number == number.to_integral_value() else 2)


def year_table(w: Writer, doc: content.YearDocument) -> None:
    t = doc.table
    w.heading(label("year_heading", year=t.fiscal_year_be))
    w.heading(doc.head.organisation_name, size=OFFICE_SIZE_BODY)
    header = [label("no"), label("project"), label("dimension"), label("budget_used"),
              *[label("carried_out_in")] * 4, label("remark")]
    header2 = [None, None, None, None, *[_digits(q) for q in (1, 2, 3, 4)], None]
    rows = [[_digits(r.order), r.name, _digits(r.dimension), _baht(r.budget),
             *[TICK if tick else "" for tick in r.ticks], r.remark] for r in t.rows]
    rows.append([label("total_amount"), "", "", _baht(t.total_budget), *[_digits(n) for n in t.quarter_ticks], ""])
    w.table(header, rows, align=["c", "l", "c", "r", "c", "c", "c", "c", "l"], bold_last=True,
            widths=[1.2, 7, 1.2, 2.2, 0.9, 0.9, 0.9, 0.9, 2], header2=header2)
    w.para(f"{label('total_in_words')} {thai.baht_text(t.total_budget)}")
    eplan_counts(w, doc.summary, doc.head)


def eplan_counts(w: Writer, summary, head: content.DocumentHead) -> None:
    w.heading(label("eplan_heading", year=summary.fiscal_year_be, organisation=head.organisation_name,
                    count=summary.total), size=OFFICE_SIZE_BODY, center=False)
    dims = summary.per_dimension
    header = ["", *[label("dimension_n", n=c.dimension) for c in dims], label("total")]
    rows = [[label("counted"), *[_digits(c.counted) for c in dims], _digits(summary.counted)],
            [label("additional"), *[_digits(c.additional) for c in dims], _digits(summary.additional)],
            [label("total"), *[_digits(c.total) for c in dims], _digits(summary.total)]]
    w.table(header, rows, align=["l"] + ["r"] * (len(dims) + 1), bold_last=True,
            widths=[5] + [2] * (len(dims) + 1))


def eplan(w: Writer, doc: content.EPlanDocument) -> None:
    w.heading(label("year_heading", year=doc.fiscal_year_be))
    w.heading(doc.head.organisation_name, size=OFFICE_SIZE_BODY)
    eplan_counts(w, doc.summary, doc.head)
    w.table(["", *[label("quarter_n", n=q) for q in (1, 2, 3, 4)]],
            [[label("counted"), *[_digits(n) for n in doc.counted_per_quarter]],
             [label("additional"), *[_digits(n) for n in doc.additional_per_quarter]]],
            align=["l", "r", "r", "r", "r"], widths=[6, 2.5, 2.5, 2.5, 2.5])
    w.heading(label("eplan_items"), size=OFFICE_SIZE_BODY, center=False)
    w.table([label("no"), label("project"), label("kind"), label("dimension"), label("quarter"),
             label("budget_baht"), label("scored")],
            [[_digits(i.order), i.name, i.kind, _digits(i.dimension), _digits(", ".join(map(str, i.quarters))),
              i.budget_label or _baht(i.budget), label("scored") if i.counted else label("not_scored")]
             for i in doc.items],
            align=["c", "l", "c", "c", "c", "r", "c"], widths=[1.2, 7, 1.8, 1.2, 1.6, 2.2, 1.4])


def sheet(w: Writer, s: content.ProjectSheet) -> None:
    w.para(f"{label('dimension')} {_digits(s.dimension.number)} {s.dimension.title}", bold=True)
    if s.area_code:
        w.para(f"{_digits(s.area_code)} {s.area_title}", bold=True)
    if s.number:
        w.para(label("sheet_number", n=s.number)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    w.heading(label("f1"), size=OFFICE_SIZE_BODY, center=False)
    w.para(s.name)
    w.heading(label("f2"), size=OFFICE_SIZE_BODY, center=False)
    w.paragraphs(s.rationale)
    w.heading(label("f3"), size=OFFICE_SIZE_BODY, center=False)
    w.items(s.objectives)
    w.heading(label("f4"), size=OFFICE_SIZE_BODY, center=False)
    w.paragraphs(s.target_group, indent=False)
    w.heading(label("f5"), size=OFFICE_SIZE_BODY, center=False)
    w.items(s.methods)
    w.heading(label("f6"), size=OFFICE_SIZE_BODY, center=False)
    w.para(s.duration)
    w.heading(label("f7"), size=OFFICE_SIZE_BODY, center=False)
    w.para(f"{_baht(s.budget)} {label('baht')} ({thai.baht_text(s.budget)})" if s.budget
           else (s.budget_text or label("no_budget")))
    w.heading(label("f8"), size=OFFICE_SIZE_BODY, center=False)
    w.para(s.responsible)
    w.heading(label("f9"), size=OFFICE_SIZE_BODY, center=False)
    if s.outputs:
        w.para(label("outputs"), bold=True)
        w.items(s.outputs)
    if s.outcomes:
        w.para(label("outcomes"), bold=True)
        w.items(s.outcomes)
    if s.kpis:
        w.table([label("indicator"), label("comparator"), label("target_value"), label("unit")],
                [[k.indicator, k.comparator, _baht(k.value), k.unit] for k in s.kpis], align=["l", "c", "r", "l"],
                widths=[9, 2.5, 2.3, 2.2])


def part1(w: Writer, p: content.Part1) -> None:
    w.heading(label("part1"), size=OFFICE_SIZE_BODY + 4)
    if p.risk_rows:
        w.heading(label("risk_heading"), center=False)
        w.table([label("no"), label("process_step"), label("risk_issues"), label("level"),
                 label("control_measures")],
                [[_digits(r.number), r.step, "\n".join(r.issues), r.level, "\n".join(r.measures)]
                 for r in p.risk_rows], align=["c", "l", "l", "c", "l"], widths=[1.2, 3, 4.5, 1.8, 5.5])
    if p.rationale:
        w.heading(label("rationale_heading"), center=False)
        w.paragraphs(p.rationale)
    if p.objectives:
        w.heading(label("objectives_heading"), center=False)
        w.items(p.objectives)
    if p.goals or p.targets:
        w.heading(label("goals_heading"), center=False)
        w.items(p.goals)
        if p.targets:
            cases = label("fewer_cases", year=p.base_year_be) if p.base_year_be else label("fewer_cases_plain")
            w.table([label("target_row"), *[f"{label('year')} {_digits(t.fiscal_year_be)}" for t in p.targets]],
                    [[cases, *[f"{label('percent')} {_baht(t.case_reduction_pct)}"
                               if t.case_reduction_pct is not None else "" for t in p.targets]],
                     [label("ita_score"), *[f"{_baht(t.ita_score)} {label('points')}"
                                            if t.ita_score is not None else "" for t in p.targets]]],
                    align=["l"] + ["c"] * len(p.targets), widths=[5] + [2.2] * len(p.targets))
    if p.benefits:
        w.heading(label("benefits_heading"), center=False)
        w.items(p.benefits)


def render_book(doc: content.PlanBook, progress) -> bytes:
    w = Writer()
    w.para("")
    if doc.head.letterhead and doc.head.letterhead.logo:  # the emblem slot
        w.para("")
        w.logo(doc.head, height_cm=3.5)
        w.para("")
    else:
        for _ in range(6):
            w.para("")
    w.heading(doc.head.plan_title, size=OFFICE_SIZE_BODY + 8)
    w.heading(doc.head.printed_name, size=OFFICE_SIZE_BODY + 4)
    for line in [x.strip() for x in doc.head.printed_address.splitlines() if x.strip()]:
        w.heading(line, size=OFFICE_SIZE_BODY)
    if doc.preface:
        w.page_break()
        w.heading(label("preface"), size=OFFICE_SIZE_BODY + 4)
        w.paragraphs(doc.preface)
    w.page_break()
    part1(w, doc.part1)
    progress(20, "part1")
    w.page_break()
    w.heading(label("part2"), size=OFFICE_SIZE_BODY + 4)
    w.heading(label("overview_heading", first=doc.head.first_year_be, last=doc.head.last_year_be))
    w.table([label("dimension"), label("projects_count"), *[_digits(y) for y in doc.years_be], label("total")],
            [[f"{_digits(d.dimension.number)}. {d.dimension.title}", _digits(d.projects),
              *[_baht(b) for b in d.budgets], _baht(d.total)] for d in doc.dimension_totals]
            + [[label("total"), _digits(doc.project_count), *[_baht(t) for t in doc.year_totals],
                _baht(doc.grand_total)]],
            align=["l"] + ["r"] * (len(doc.years_be) + 2), bold_last=True,
            widths=[4.5, 1.5] + [1.6] * (len(doc.years_be) + 1))
    for y in doc.years:
        w.page_break()
        year_table(w, y)
    progress(40, "part2")
    w.page_break()
    w.heading(label("part3"), size=OFFICE_SIZE_BODY + 4)
    for n, s in enumerate(doc.sheets):
        if n:
            w.page_break()
        sheet(w, s)
        progress(40 + 50 * (n + 1) // max(len(doc.sheets), 1), "part3")
    data = w.bytes(doc.head.digits)
    progress(100, "done")
    return data


def render_year(doc, progress) -> bytes:
    w = Writer()
    w.letterhead(doc.head)
    year_table(w, doc)
    return w.bytes(doc.head.digits)


def render_eplan(doc, progress) -> bytes:
    w = Writer()
    w.letterhead(doc.head)
    eplan(w, doc)
    return w.bytes(doc.head.digits)


def render_sheet(doc, progress) -> bytes:
    w = Writer()
    w.letterhead(doc.head)
    w.para(f"{label('part3')} · {doc.head.organisation_name}")
    sheet(w, doc.sheet)
    return w.bytes(doc.head.digits)


RENDERERS = {DocumentKind.BOOK: render_book, DocumentKind.YEAR: render_year, DocumentKind.EPLAN: render_eplan,
             DocumentKind.SHEET: render_sheet}
