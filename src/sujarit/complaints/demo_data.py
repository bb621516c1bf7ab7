"""Demo complaints of เทศบาลตำบลหลวงเหนือ in every state, dated relative to today (one overdue). Idempotent."""
from __future__ import annotations

from datetime import timedelta
from unittest import mock

from sujarit.accounts.models import User

from . import clock
from .models import Category, Channel, Complaint, UnitHead
from .services import complaint_explain, complaint_rate, complaint_submit, complaint_transition, message_post
from .services.setup import categories_ensure

CASES = [
    # (days ago, channel, category, subject, place, description, contact, steps)
    (40, Channel.WEB, "road-lighting", "ไฟทางสาธารณะดับหลายดวง", "ถนนสายหลวงเหนือ–ปงเตา หน้าวัดหลวงเหนือ",
     "ไฟทางดับต่อเนื่อง ๕ ดวง ช่วงกลางคืนมืดมาก เด็กนักเรียนเดินกลับบ้านลำบาก",
     {"contact_name": "นางสมศรี ใจดี", "contact_phone": "081 234 5678"}, ["accept", "assign", "start", "resolve", "rate"]),
    (33, Channel.PHONE, "waste", "ขยะไม่ได้รับการจัดเก็บ", "หมู่ ๓ บ้านหลวง ซอย ๒",
     "รถเก็บขยะไม่มาเก็บ ๒ สัปดาห์ มีกลิ่นเหม็นและสุนัขคุ้ยเขี่ย", {"contact_name": "นายประเสริฐ ทองดี"},
     ["accept", "assign", "start", "resolve", "close"]),
    (28, Channel.WALK_IN, "water", "ท่อระบายน้ำอุดตัน น้ำท่วมขังหน้าบ้าน", "หมู่ ๕ บ้านแม่ฮาง",
     "ฝนตกทุกครั้งน้ำท่วมขังหน้าบ้านสูงประมาณ ๒๐ เซนติเมตร", {"contact_name": "นางบัวคำ แสนสุข",
                                                             "contact_address": "๑๒ หมู่ ๕ ต.หลวงเหนือ อ.งาว จ.ลำปาง"},
     ["accept", "assign", "start", "resolve"]),
    (20, Channel.LINE, "road-lighting", "ไฟทางดับ", "ถนนสายหลวงเหนือ-ปงเตา หน้าวัดหลวงเหนือ",
     "ไฟทางหน้าวัดดับอีกแล้ว", {"contact_line": "somchai.ln"}, ["accept", "assign", "start"]),
    (12, Channel.LETTER, "nuisance", "เสียงดังจากโรงงานเฟอร์นิเจอร์ยามวิกาล", "หมู่ ๒ บ้านดอนไชย",
     "โรงงานเปิดเครื่องจักรถึงเที่ยงคืนทุกวัน รบกวนการพักผ่อน", {"contact_name": "นายอินทร์ คำมา",
                                                               "contact_address": "๔๕ หมู่ ๒ ต.หลวงเหนือ"},
     ["accept", "assign", "explain"]),
    (13, Channel.FACEBOOK, "health", "ยุงชุกชุม ขอพ่นหมอกควัน", "หมู่ ๔ บ้านใหม่",
     "มีผู้ป่วยไข้เลือดออกในหมู่บ้าน ๒ ราย ขอให้พ่นหมอกควัน", {"contact_phone": "089 765 4321"},
     ["accept", "assign"]),
    (5, Channel.HOTLINE_1111, "building", "ก่อสร้างอาคารรุกล้ำทางสาธารณะ", "หมู่ ๑ บ้านหลวง",
     "มีการก่อสร้างรั้วรุกล้ำทางสาธารณประโยชน์", {}, ["forward"]),
    (2, Channel.WEB, "conduct", "เจ้าหน้าที่ให้บริการล่าช้า", "สำนักงานเทศบาล",
     "รอรับบริการชำระภาษีนานกว่า ๒ ชั่วโมง", {"contact_email": "citizen@example.org"}, []),
    (1, Channel.EMAIL, "waste", "ขอถังขยะเพิ่ม", "หมู่ ๓ บ้านหลวง ซอย ๒", "ถังขยะไม่พอ",
     {"contact_email": "villager@example.org"}, ["reject"]),
]


def demo_load(*, organisation, plan) -> None:
    categories_ensure(organisation=organisation)
    officer = User.objects.get(username="complaints")
    mayor = User.objects.filter(username="mayor").first()
    if mayor:
        UnitHead.objects.get_or_create(organisation=organisation, unit="กองช่าง", user=mayor)
    if Complaint.objects.for_org(organisation).exists():
        return
    with mock.patch("sujarit.complaints.services.notify._send"):  # no mail from a demo load
        _load(organisation, officer)


def _load(organisation, officer) -> None:
    today = clock.today()
    cats = {c.code: c for c in Category.objects.for_org(organisation)}
    for ago, channel, cat, subject, place, description, contact, steps in CASES:
        received = today - timedelta(days=ago)
        with mock.patch.object(clock, "today", return_value=received):
            c, _code = complaint_submit(organisation=organisation, channel=Channel.PHONE if channel == Channel.WEB
                                        else channel, category=cats[cat], subject=subject, place=place,
                                        description=description, received_on=received, acting_user=officer,
                                        **contact)
        if ago == 40:
            _photo(c)
        if channel == Channel.WEB:
            Complaint.objects.filter(pk=c.pk).update(channel=Channel.WEB, created_by=None)
        for i, step in enumerate(steps):
            day = min(today, received + timedelta(days=[1, 2, 4, 9, 10, 11][i]))
            with mock.patch.object(clock, "today", return_value=day):
                if step == "explain":
                    complaint_explain(complaint=c, reason="ต้องตรวจวัดระดับเสียงร่วมกับสำนักงานสิ่งแวดล้อมจังหวัด",
                                      expected_on=received + timedelta(days=30), acting_user=officer)
                elif step == "rate":
                    complaint_rate(complaint=c, rating=5, comment="แก้ไขรวดเร็ว ขอบคุณครับ")
                else:
                    complaint_transition(
                        complaint=c, action=step, acting_user=officer, unit="กองช่าง", assignee=officer,
                        comment="ไม่อยู่ในอำนาจหน้าที่ของเทศบาล (ถังขยะจัดสรรตามแผนปีงบประมาณถัดไป)",
                        forwarded_to="สำนักงานที่ดินจังหวัดลำปาง สาขางาว",
                        result="ซ่อมแซมเรียบร้อยแล้ว", obstacle="วัสดุอุปกรณ์ในคลังไม่เพียงพอ",
                        prevention="ตรวจสภาพทุกเดือนและสำรองวัสดุไว้ล่วงหน้า")
            if step == "start":
                message_post(complaint=c, body="เจ้าหน้าที่ลงพื้นที่ตรวจสอบแล้ว จะดำเนินการภายในสัปดาห์นี้",
                             acting_user=officer)


def _photo(complaint) -> None:
    """A small generated picture standing in for the complainant's photo of the dark street."""
    import io

    from PIL import Image, ImageDraw

    from .services.files import files_store

    image = Image.new("RGB", (320, 200), (18, 24, 38))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 150, 320, 200), fill=(60, 60, 60))
    for x in (40, 140, 240):
        draw.line((x, 150, x, 40), fill=(120, 120, 120), width=4)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    files_store(complaint=complaint, checked=[("street-at-night.png", buffer.getvalue(), "image/png")])
