"""Demo progress of เทศบาลตำบลหลวงเหนือ: fiscal year 2566, both rounds, approved; ITA results of 2566 and
2567 and case counts. Every figure here is a DEMO value, marked as such in the data ("ข้อมูลสาธิต")."""
from __future__ import annotations

import struct
import zlib
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from sujarit.accounts.models import User

from . import services
from .models import ProgressReport
from .services.rounds import rounds_ensure

DEMO = "[ข้อมูลสาธิต] "
# order in the 2566 table -> (status at 6 months, paid at 6 months, status at 12 months, paid at 12 months)
ROUNDS_2566 = {
    1: ("done", 18500, "done", 18500), 2: ("done", 0, "done", 0), 3: ("done", 0, "done", 0),
    4: ("not_started", 0, "done", 0), 5: ("in_progress", 0, "done", 0), 6: ("done", 0, "done", 0),
    7: ("in_progress", 4000, "done", 9800), 8: ("not_started", 0, "in_progress", 0),
    9: ("in_progress", 0, "done", 0), 10: ("done", 0, "done", 0), 11: ("done", 0, "done", 0),
    12: ("not_started", 0, "cancelled", 0), 13: ("done", 0, "done", 0), 14: ("in_progress", 0, "done", 0),
    15: ("postponed", 0, "in_progress", 0),
}
REASONS = {"postponed": "รอหนังสือสั่งการจากสำนักงาน ป.ป.ช. ประจำจังหวัด",
           "cancelled": "รวมเข้ากับโครงการจัดทำคู่มือสำหรับประชาชน (ลำดับ ๑๑) ตามมติที่ประชุมผู้บริหาร"}
ITA = {2566: (Decimal("72.39"), Decimal("80.12"), Decimal("70.50"), Decimal("68.00")),
       2567: (Decimal("86.18"), Decimal("88.40"), Decimal("84.20"), Decimal("86.00"))}
CASES = {2566: 8, 2567: 9}
BASE_CASES = 10


def demo_png(width: int = 160, height: int = 100, rgb=(27, 94, 32)) -> bytes:
    """A small solid-colour PNG, built here so the demo needs no file on disk."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    row = b"\x00" + bytes(rgb) * width
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * height)) + chunk(b"IEND", b""))


def _report(entry, quarter, status, paid, officer, mayor, *, evidence=None):
    report = services.report_save(
        entry=entry, quarter=quarter, acting_user=officer, status=status, reason=REASONS.get(status, ""),
        committed=max(Decimal(paid), entry.budget if status == "done" else Decimal(paid)), paid=paid,
        narrative=DEMO + ("ดำเนินการแล้วเสร็จตามแผน" if status == "done" else "อยู่ระหว่างดำเนินการตามแผน"
                          if status == "in_progress" else "ยังไม่ได้เริ่มดำเนินการ"),
        problems=DEMO + "ผู้เข้าร่วมบางส่วนติดภารกิจ" if status == "in_progress" else "",
        suggestions=DEMO + "ควรแจ้งกำหนดการล่วงหน้าอย่างน้อย ๒ สัปดาห์" if status == "in_progress" else "")
    for kind, payload in evidence or []:
        if kind == "file":
            services.evidence_add_file(report=report, upload=SimpleUploadedFile("ภาพกิจกรรม.png", payload),
                                       title="ภาพกิจกรรม (ข้อมูลสาธิต)", is_public=True, acting_user=officer)
        else:
            services.evidence_add_link(report=report, url=payload, title="ประกาศบนเว็บไซต์ (ข้อมูลสาธิต)",
                                       is_public=True, acting_user=officer)
    services.report_transition(report=report, transition="submit", acting_user=officer)
    services.report_transition(report=report, transition="approve", acting_user=mayor)


def demo_load(*, organisation, plan) -> None:
    officer, mayor = User.objects.get(username="plan"), User.objects.get(username="mayor")
    for year in (2566, 2567):
        rounds_ensure(plan=plan, fiscal_year_be=year)
    if not ProgressReport.objects.for_org(organisation).exists():
        entries = {e.order: e for e in plan.entries.filter(fiscal_year_be=2566).select_related("organisation")}
        for order, (s6, p6, s12, p12) in ROUNDS_2566.items():
            entry = entries.get(order)
            if entry is None:
                continue
            _report(entry, 2, s6, p6, officer, mayor)
            evidence = [("file", demo_png())] if order == 1 else [
                ("link", "https://www.example.org/luang-nuea/oit-2566")] if order == 10 else None
            _report(entry, 4, s12, p12, officer, mayor, evidence=evidence)
        first_2567 = plan.entries.filter(fiscal_year_be=2567).order_by("order").first()
        if first_2567 is not None:  # one report waiting for the executive's approval
            report = services.report_save(entry=first_2567, quarter=1, acting_user=officer, status="in_progress",
                                          narrative=DEMO + "เตรียมเอกสารประกอบการอบรม")
            services.report_transition(report=report, transition="submit", acting_user=officer)
    if plan.base_case_count is None:
        services.base_case_count_set(plan=plan, count=BASE_CASES, acting_user=officer)
    for year, (score, iit, eit, oit) in ITA.items():
        services.ita_result_set(plan=plan, fiscal_year_be=year, score=score, iit=iit, eit=eit, oit=oit,
                                note="ค่าสาธิต ไม่ใช่ผลการประเมินจริง", acting_user=officer)
    for year, count in CASES.items():
        services.case_count_set(plan=plan, fiscal_year_be=year, count=count, note="ค่าสาธิต", acting_user=officer)
