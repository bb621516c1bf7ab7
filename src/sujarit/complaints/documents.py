"""Official letters to the complainant and the executives' summary, as typed documents rendered to PDF (the
summary also to DOCX, with the documents app's DOCX writer)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.utils import translation
from django.utils.translation import gettext as _

from sujarit.core.thai import format_date_be, to_thai_digits
from sujarit.documents.pdf import render_pdf
from sujarit.documents.render import RENDERING_LANGUAGE
from sujarit.documents.render.docx import Writer
from sujarit.documents.render.fonts import OFFICE_SIZE_BODY

from .models import Letter, LetterKind
from .stats import Figures, Period, Summary, summary

SUBJECTS = {
    LetterKind.ACKNOWLEDGEMENT: "แจ้งการรับเรื่องร้องทุกข์/ร้องเรียน",
    LetterKind.EXPLANATION: "ชี้แจงการดำเนินการเรื่องร้องทุกข์/ร้องเรียน",
    LetterKind.RESULT: "แจ้งผลการดำเนินการเรื่องร้องทุกข์/ร้องเรียน",
}


@dataclass(frozen=True)
class LetterDoc:
    organisation: str
    address: str
    reference: str
    issued_on: str
    subject: str
    to: str
    about: str
    received_on: str
    channel: str
    paragraphs: list[str]
    signer_position: str


def _th(d: date | None) -> str:
    return format_date_be(d, thai_digits=True) if d else ""


def letter_document(*, letter: Letter) -> LetterDoc:
    c = letter.complaint
    org = c.organisation
    opening = (f"ตามที่ท่านได้ร้องทุกข์/ร้องเรียนต่อ{org.name} เรื่อง “{c.subject}” ผ่านช่องทาง"
               f"{c.get_channel_display()} เมื่อวันที่ {_th(c.received_on)} นั้น")
    if letter.kind == LetterKind.ACKNOWLEDGEMENT:
        body = [opening, (f"{org.name}ได้รับเรื่องของท่านไว้แล้ว เป็นเรื่องเลขที่ {to_thai_digits(c.reference)} "
                          f"และจะดำเนินการให้แล้วเสร็จภายในวันที่ {_th(letter.expected_on)} "
                          "หากไม่สามารถดำเนินการได้ทันภายในกำหนด จะชี้แจงให้ท่านทราบเป็นลายลักษณ์อักษร"),
                "ท่านสามารถติดตามความคืบหน้าได้ด้วยตนเองที่หน้าติดตามเรื่องร้องเรียนของเว็บไซต์ "
                "โดยใช้รหัสติดตามที่ได้รับเมื่อยื่นเรื่อง"]
    elif letter.kind == LetterKind.EXPLANATION:
        body = [opening, f"{org.name}ขอชี้แจงว่า ยังไม่สามารถดำเนินการให้แล้วเสร็จภายในกำหนดเดิม "
                         f"(วันที่ {_th(c.due_on)}) เนื่องจาก {letter.body}",
                f"ทั้งนี้ คาดว่าจะดำเนินการแล้วเสร็จภายในวันที่ {_th(letter.expected_on)} "
                "และจะแจ้งผลการดำเนินการให้ท่านทราบต่อไป"]
    else:
        body = [opening, f"{org.name}ได้ดำเนินการเรื่องของท่านแล้ว ผลการดำเนินการดังนี้ {letter.body}",
                "หากท่านยังไม่พึงพอใจต่อผลการดำเนินการ ท่านสามารถแจ้งขอให้พิจารณาอีกครั้งได้ที่หน้าติดตามเรื่อง "
                "และขอความกรุณาประเมินความพึงพอใจต่อการให้บริการ"]
    body.append("จึงเรียนมาเพื่อโปรดทราบ")
    return LetterDoc(
        organisation=org.name, address=org.address or org.name,
        reference=to_thai_digits(f"ศูนย์รับเรื่องร้องทุกข์ {c.number}/{c.fiscal_year_be}"),
        issued_on=_th(letter.issued_on), subject=SUBJECTS[letter.kind],
        to=c.contact_name or "ผู้ร้องทุกข์/ร้องเรียน", about=c.subject, received_on=_th(c.received_on),
        channel=c.get_channel_display(), paragraphs=[to_thai_digits(p) for p in body],
        signer_position=f"นายก{org.name}")


def letter_pdf(*, letter: Letter) -> bytes:
    return render_pdf(template_name="complaints/documents/letter.html",
                      context={"doc": letter_document(letter=letter)})


def summary_pdf(*, organisation, fiscal_year_be: int) -> bytes:
    return render_pdf(template_name="complaints/documents/summary.html",
                      context={"doc": summary(organisation=organisation, fiscal_year_be=fiscal_year_be),
                               "title": _("Complaint handling summary")})


def _figure(value) -> str:
    return "–" if value is None else to_thai_digits(value)


def _summary_lists(w: Writer, period: Period) -> None:
    sections = [(_("Most frequent problems"), [_("%(category)s: %(count)s complaints") % {
                    "category": r.label, "count": to_thai_digits(r.count)} for r in period.top_categories]),
                (_("Problems and obstacles"), [to_thai_digits(t) for t in period.obstacles]),
                (_("Solutions and prevention"), [to_thai_digits(t) for t in period.solutions])]
    for heading, items in sections:
        w.para(heading, bold=True)
        if items:
            w.items(items)
        else:
            w.para(_("None."))


def _figure_rows(target: int) -> list[tuple[str, Callable[[Figures], object]]]:
    return [(_("Complaints received"), lambda f: f.received),
            (_("In progress"), lambda f: f.in_progress),
            (_("Resolved"), lambda f: f.resolved),
            (_("Resolved within the due date (per cent)"), lambda f: f.resolved_within_due_pct),
            (_("Average time (days)"), lambda f: f.average_days),
            (_("Median time (days)"), lambda f: f.median_days),
            (_("Satisfied, rating 4–5 (per cent, target at least %(target)s)")
             % {"target": to_thai_digits(target)}, lambda f: f.satisfied_pct)]


def _summary_layout(w: Writer, doc: Summary) -> None:
    # Two lines broken at a word boundary: Thai has no spaces, so the title never wraps inside a word.
    w.heading(f"{_('Summary report on the handling')}\n{_('of grievances and complaints')}",
              size=OFFICE_SIZE_BODY + 4)
    w.heading(_("%(organisation)s, fiscal year B.E. %(year)s") % {
        "organisation": doc.organisation, "year": to_thai_digits(doc.fiscal_year_be)}, size=OFFICE_SIZE_BODY)
    periods = [*doc.periods, doc.year]
    w.heading(_("Totals per quarter and for the year"), size=OFFICE_SIZE_BODY, center=False)
    w.table([_("Item"), *[_("Quarter")] * 4, _("Whole year")],
            [[label, *[_figure(get(p.figures)) for p in periods]]
             for label, get in _figure_rows(doc.year.figures.satisfaction_target_pct)],
            header2=[None, *[to_thai_digits(p.label) for p in doc.periods], None],
            align=["l", "r", "r", "r", "r", "r"], widths=[6, 2, 2, 2, 2, 2])
    for period in doc.periods:
        heading = _("Quarter %(n)s") % {"n": to_thai_digits(period.label)}
        w.heading(heading, size=OFFICE_SIZE_BODY, center=False)
        _summary_lists(w, period)
    w.heading(_("Whole fiscal year"), size=OFFICE_SIZE_BODY, center=False)
    _summary_lists(w, doc.year)


def summary_docx(*, organisation, fiscal_year_be: int) -> bytes:
    """The executives' summary as an editable DOCX, laid out from the same `stats.summary` as the PDF."""
    doc = summary(organisation=organisation, fiscal_year_be=fiscal_year_be)
    with translation.override(RENDERING_LANGUAGE):
        w = Writer()
        _summary_layout(w, doc)
    return w.bytes()
