"""Demo of the channel: `integrity` is the designated officer, `custodian` the identity custodian, two reports.

The demo receipts are fixed so that anyone trying the demo can follow a report (README); real receipts are random.
"""
from __future__ import annotations

from . import crypto
from .models import Category, Report
from .selectors import channel_settings

DEMO_PASSWORD = "demo-sujarit-2566"
DEMO_RECEIPTS = ("31415-92653-58979-32384-62643", "27182-81828-45904-52353-60287")


def _demo_png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 40), (120, 110, 100)).save(out, format="PNG")
    return out.getvalue()


def _keys(organisation):
    from sujarit.accounts.models import User

    from .services.keys import user_key_unlock

    opened = {}
    for username in ("custodian", "integrity"):  # the custodian first: it creates the organisation's escrow key
        user = User.objects.filter(username=username).first()
        if user is None:
            continue
        if user.check_password(DEMO_PASSWORD):  # a demo whose password was changed is left alone
            opened[username] = (user, *user_key_unlock(user=user, password=DEMO_PASSWORD))
    return opened


def demo_load(*, organisation, plan=None) -> None:
    from .services import ReportInput, identity_request, officer_message, report_submit, report_transition

    row = channel_settings(organisation)
    if not row.responsible_unit:
        row.responsible_unit = "สำนักปลัดเทศบาล (เจ้าหน้าที่รับแจ้งการทุจริตที่ได้รับแต่งตั้ง)"
        row.contact = f"{organisation.address}\nตู้รับเรื่องร้องเรียนการทุจริต หน้าห้องสำนักปลัดเทศบาล"
        row.save()
    opened = _keys(organisation)
    if Report.objects.for_org(organisation).exists() or "integrity" not in opened:
        return
    officer, officer_key, officer_private = opened["integrity"]
    first, _r = report_submit(organisation=organisation, receipt=DEMO_RECEIPTS[0], data=ReportInput(
        category=Category.PROCUREMENT, anonymity="anonymous",
        accused_name="ไม่ทราบชื่อ", accused_position="คณะกรรมการตรวจรับพัสดุ", accused_unit="กองช่าง",
        what="การจ้างซ่อมถนนสายบ้านหลวงเหนือ–บ้านใหม่ ตรวจรับงานทั้งที่ผิวถนนยังไม่ได้ลาดยางตามสัญญา",
        when="เดือนมีนาคม 2567", where="ถนนสายบ้านหลวงเหนือ–บ้านใหม่", how_known="เห็นด้วยตนเอง",
        amount="450,000", files=[("ภาพถนนวันตรวจรับ.png", _demo_png())]))
    from .models import ReportKeyWrap

    key = crypto.unseal(officer_private, bytes(ReportKeyWrap.objects.get(report=first, user_key=officer_key)
                                               .sealed_key))
    report_transition(report=first, transition="acknowledge", report_key=key, acting_user=officer)
    officer_message(report=first, report_key=key, acting_user=officer,
                    text="ขอบคุณที่แจ้ง ขอทราบว่ามีภาพถ่ายสภาพถนนในวันที่ตรวจรับหรือไม่")
    second, _r = report_submit(organisation=organisation, receipt=DEMO_RECEIPTS[1], data=ReportInput(
        category=Category.BRIBERY, anonymity="confidential",
        accused_position="เจ้าหน้าที่งานทะเบียน", accused_unit="สำนักปลัด",
        what="มีการเรียกรับเงินเพื่อให้ได้คิวรับบริการก่อนผู้อื่น ครั้งละ 200 บาท",
        when="ทุกวันจันทร์", where="จุดบริการงานทะเบียน", how_known="ถูกเรียกเก็บเงินเอง", amount="200",
        identity={"name": "ผู้แจ้งตัวอย่าง ใจกล้า", "phone": "081-234-5678", "position": "ประชาชน"}))
    key2 = crypto.unseal(officer_private, bytes(ReportKeyWrap.objects.get(report=second, user_key=officer_key)
                                                .sealed_key))
    identity_request(report=second, report_key=key2, acting_user=officer,
                     reason="ต้องสอบปากคำผู้แจ้งในฐานะพยานเพื่อยืนยันวันเวลาที่ถูกเรียกรับเงิน")
