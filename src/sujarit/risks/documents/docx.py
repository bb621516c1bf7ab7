"""The reports as DOCX (editable by officers), written with the documents app's DOCX writer (Thai font and size on
the complex-script slots too, ADR 0013)."""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH

from sujarit.core.thai import format_date_be, to_thai_digits
from sujarit.documents.render.docx import Writer
from sujarit.documents.render.fonts import OFFICE_SIZE_BODY

from .model import RiskReport

HEADS = ["ลำดับ", "ขั้นตอน/กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "คะแนน", "ระดับ", "มาตรการควบคุม"]
WIDTHS = [1.8, 3.8, 4.8, 2.3, 2.6, 2.3, 2, 5.2]  # cm before scaling to the page: the short Thai heads fit
FOLLOW_UP_HEADS, FOLLOW_UP_WIDTHS = ["สถานะ", "ระดับคงเหลือ"], [2.5, 2]


def _line(w: Writer, text: str, *, bold: bool = False, align=None) -> None:
    p = w.para(to_thai_digits(text), bold=bold)
    if align is not None:
        p.alignment = align


def _rows(report: RiskReport, follow_up: bool) -> list[list[str]]:
    rows = []
    for r in report.register.risks:
        values = [r.number, r.process_step, "\n".join(f"- {e}" for e in r.events), r.likelihood or "-",
                  r.impact or "-", r.score or "-", r.level_label or r.stated_level,
                  "\n".join(f"{m.number}. {m.description}" for m in r.measures)]
        if follow_up:
            values += ["\n".join(f"{m.number}. {m.status_label or '-'}" for m in r.measures),
                       r.residual_level_label or "-"]
        rows.append([to_thai_digits(str(v)) for v in values])
    return rows


def report_docx(report: RiskReport) -> bytes:
    w = Writer(landscape=True)
    w.heading(to_thai_digits(report.title), size=OFFICE_SIZE_BODY + 2)
    w.heading(report.organisation_name, size=OFFICE_SIZE_BODY)
    if report.as_of:
        _line(w, f"ข้อมูล ณ วันที่ {format_date_be(report.as_of, style='long')}", align=WD_ALIGN_PARAGRAPH.CENTER)
    if report.scope:
        _line(w, report.scope)
    if report.members:
        _line(w, "คณะทำงานประเมินความเสี่ยงการทุจริต", bold=True)
        for i, m in enumerate(report.members, start=1):
            _line(w, f"{i}. {m.name} {m.position} {m.role}")
    _line(w, "ตารางประเมินความเสี่ยงการทุจริต", bold=True)
    follow_up = report.kind == "follow_up"
    w.table(HEADS + (FOLLOW_UP_HEADS if follow_up else []), _rows(report, follow_up),
            widths=WIDTHS + (FOLLOW_UP_WIDTHS if follow_up else []),
            align=["c", "l", "l", "c", "c", "c", "c", "l", "l", "c"])
    if follow_up:
        _line(w, f"มาตรการดำเนินการแล้วเสร็จ {report.done} อยู่ระหว่างดำเนินการ {report.in_progress} "
                 f"ยังไม่ดำเนินการ {report.not_started}")
        if report.summary:
            _line(w, "สรุปผล ปัญหา อุปสรรค และข้อเสนอแนะ", bold=True)
            _line(w, report.summary)
    if report.approved_by:
        when = format_date_be(report.approved_at.date(), style="long") if report.approved_at else ""
        _line(w, f"อนุมัติโดย {report.approved_by} {when}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    return w.bytes()
