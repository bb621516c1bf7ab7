"""The reports as DOCX (editable by officers). Thai is a complex script in OOXML: the font and size are set on
the complex-script slots too (`w:cs`, `w:szCs`, `w:bCs`, `w:lang w:bidi`), or Word falls back to another font."""
from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from sujarit.core.thai import format_date_be, to_thai_digits

from .model import RiskReport

FONT = "TH Sarabun New"
SIZE = Pt(16)


def _thai_font(rpr_parent, *, bold: bool | None = None, size=SIZE) -> None:
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag)) or OxmlElement(tag)
        el.set(qn("w:val"), str(int(size.pt * 2)))
        rpr.append(el)
    if bold:
        for tag in ("w:b", "w:bCs"):
            rpr.append(OxmlElement(tag))
    lang = OxmlElement("w:lang")
    lang.set(qn("w:bidi"), "th-TH")
    rpr.append(lang)


def _para(doc_or_cell, text: str, *, bold=False, align=None, size=SIZE):
    p = doc_or_cell.add_paragraph()
    run = p.add_run(to_thai_digits(str(text)))
    _thai_font(run._r, bold=bold, size=size)
    if align:
        p.alignment = align
    return p


def _cell(cell, text, *, bold=False, size=Pt(14)):
    cell.paragraphs[0].text = ""
    lines = str(text).split("\n") if text not in (None, "") else [""]
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(to_thai_digits(line))
        _thai_font(run._r, bold=bold, size=size)


def report_docx(report: RiskReport) -> bytes:
    doc = Document()
    _thai_font(doc.styles["Normal"].element, size=SIZE)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2)
    _para(doc, report.title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=Pt(18))
    _para(doc, report.organisation_name, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    if report.as_of:
        _para(doc, f"ข้อมูล ณ วันที่ {format_date_be(report.as_of, style='long')}", align=WD_ALIGN_PARAGRAPH.CENTER)
    if report.scope:
        _para(doc, report.scope)
    if report.members:
        _para(doc, "คณะทำงานประเมินความเสี่ยงการทุจริต", bold=True)
        for i, m in enumerate(report.members, start=1):
            _para(doc, f"{i}. {m.name} {m.position} {m.role}")
    _para(doc, "ตารางประเมินความเสี่ยงการทุจริต", bold=True)
    follow_up = report.kind == "follow_up"
    heads = ["ลำดับ", "ขั้นตอน/กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "คะแนน", "ระดับ",
             "มาตรการควบคุม"]
    if follow_up:
        heads += ["สถานะ", "ระดับคงเหลือ"]
    table = doc.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, heads):
        _cell(cell, head, bold=True)
    for r in report.register.risks:
        measures = "\n".join(f"{m.number}. {m.description}" for m in r.measures)
        values = [r.number, r.process_step, "\n".join(f"- {e}" for e in r.events), r.likelihood or "-",
                  r.impact or "-", r.score or "-", r.level_label or r.stated_level, measures]
        if follow_up:
            values += ["\n".join(f"{m.number}. {m.status_label or '-'}" for m in r.measures),
                       r.residual_level_label or "-"]
        for cell, value in zip(table.add_row().cells, values):
            _cell(cell, value)
    if follow_up:
        _para(doc, f"มาตรการดำเนินการแล้วเสร็จ {report.done} อยู่ระหว่างดำเนินการ {report.in_progress} "
                   f"ยังไม่ดำเนินการ {report.not_started}")
        if report.summary:
            _para(doc, "สรุปผล ปัญหา อุปสรรค และข้อเสนอแนะ", bold=True)
            _para(doc, report.summary)
    if report.approved_by:
        when = format_date_be(report.approved_at.date(), style="long") if report.approved_at else ""
        _para(doc, f"อนุมัติโดย {report.approved_by} {when}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
