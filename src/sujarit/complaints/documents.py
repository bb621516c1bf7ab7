"""Official letters to the complainant and the executives' summary, as typed documents rendered to PDF."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from sujarit.core.thai import format_date_be, to_thai_digits
from sujarit.documents.pdf import render_pdf

from .models import Letter, LetterKind
from .stats import summary

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
