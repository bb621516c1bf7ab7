"""Demo complaints of เทศบาลตำบลหลวงเหนือ in every state, dated relative to today (one overdue). Idempotent."""
from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from unittest import mock

from django.utils import timezone

from sujarit.accounts.models import User

from . import clock
from sujarit.core.thai import fiscal_year_be, fiscal_year_bounds

from .models import Category, Channel, Complaint, ComplaintEvent, Message, UnitHead
from .services import complaint_explain, complaint_rate, complaint_submit, complaint_transition, message_post
from .services.setup import categories_ensure

CASES = [
    # (days ago, channel, category, subject, place, description, contact, steps)
    (40, Channel.WEB, "road-lighting", "ไฟทางสาธารณะดับหลายดวง", "ถนนสายหลวงเหนือ–ปงเตา หน้าวัดหลวงเหนือ",
     "ไฟทางดับต่อเนื่อง ๕ ดวง ช่วงกลางคืนมืดมาก เด็กนักเรียนเดินกลับบ้านลำบาก",
     {"contact_name": "นางสมศรี ใจดี", "contact_phone": "081 234 5678"}, ["accept", "assign", "start", "resolve", "rate5"]),
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
    _load(organisation, officer)


RESULTS = {
    "road-lighting": ("เปลี่ยนหลอดไฟและซ่อมสายไฟแล้ว", "หลอดไฟในคลังไม่เพียงพอ", "ตรวจไฟทางทุกเดือนและสำรองหลอดไฟ"),
    "waste": ("จัดรถเก็บขยะเพิ่มรอบแล้ว", "รถเก็บขยะชำรุด ๑ คัน", "จัดตารางซ่อมบำรุงรถและรอบเก็บสำรอง"),
    "water": ("ลอกท่อระบายน้ำแล้ว", "ท่อเดิมขนาดเล็ก", "เสนอโครงการขยายท่อในแผนพัฒนาท้องถิ่น"),
    "nuisance": ("ตักเตือนผู้ประกอบการแล้ว", "", "ตรวจติดตามเดือนละครั้ง"),
    "health": ("พ่นหมอกควันกำจัดยุงแล้ว", "", "รณรงค์กำจัดแหล่งเพาะพันธุ์ยุงในหมู่บ้าน"),
    "building": ("แจ้งเจ้าของอาคารให้แก้ไขแล้ว", "", ""),
    "conduct": ("ปรับขั้นตอนให้บริการและเพิ่มช่องบริการ", "บุคลากรไม่เพียงพอช่วงต้นปีงบประมาณ", "จัดบัตรคิว"),
    "other": ("ดำเนินการแล้ว", "", ""),
}
HISTORY_PLACES = ["หมู่ ๑ บ้านหลวง", "หมู่ ๒ บ้านดอนไชย", "หมู่ ๓ บ้านหลวง ซอย ๒", "หมู่ ๔ บ้านใหม่",
                  "หมู่ ๕ บ้านแม่ฮาง", "ตลาดสดเทศบาล"]


def _step(c, step, day, officer, today):
    with mock.patch.object(clock, "today", return_value=day):
        if step == "explain":
            complaint_explain(complaint=c, reason="ต้องตรวจวัดระดับเสียงร่วมกับสำนักงานสิ่งแวดล้อมจังหวัด",
                              expected_on=c.received_on + timedelta(days=30), acting_user=officer)
        elif step.startswith("rate"):
            complaint_rate(complaint=c, rating=int(step[4:] or 5), comment="แก้ไขรวดเร็ว ขอบคุณครับ")
        else:
            result, obstacle, prevention = RESULTS[c.category.code]
            kwargs = {"reject": {"comment": "ไม่อยู่ในอำนาจหน้าที่ของเทศบาล (ถังขยะจัดสรรตามแผนปีงบประมาณถัดไป)"},
                      "forward": {"forwarded_to": "สำนักงานที่ดินจังหวัดลำปาง สาขางาว"},
                      "assign": {"unit": "กองช่าง", "assignee": officer},
                      "resolve": {"result": result, "obstacle": obstacle, "prevention": prevention}}.get(step, {})
            complaint_transition(complaint=c, action=step, acting_user=officer, **kwargs)
    if step == "start":
        message_post(complaint=c, body="เจ้าหน้าที่ลงพื้นที่ตรวจสอบแล้ว จะดำเนินการภายในสัปดาห์นี้",
                     acting_user=officer)
    # the demo's history happened on the simulated day, not at load time
    when = timezone.make_aware(datetime.combine(day, time(9, 30)))
    for model in (ComplaintEvent, Message):
        model.objects.filter(complaint=c, created_at__gt=when + timedelta(days=1)).update(created_at=when)


def _file(organisation, officer, cats, *, received, channel, cat, subject, place, description, contact):
    contact = dict(contact)
    email = contact.pop("contact_email", "")  # set afterwards: a demo load sends no mail
    with mock.patch.object(clock, "today", return_value=received):
        c, _code = complaint_submit(organisation=organisation, channel=Channel.PHONE if channel == Channel.WEB
                                    else channel, category=cats[cat], subject=subject, place=place,
                                    description=description, received_on=received, acting_user=officer,
                                    **contact)
    when = timezone.make_aware(datetime.combine(received, time(9, 0)))
    ComplaintEvent.objects.filter(complaint=c).update(created_at=when)
    Complaint.objects.filter(pk=c.pk).update(channel=channel, created_by=None if channel == Channel.WEB else officer)
    c.refresh_from_db()
    c.demo_email = email
    return c


def _load(organisation, officer) -> None:
    today = clock.today()
    cats = {c.code: c for c in Category.objects.for_org(organisation)}
    _history(organisation, officer, cats, today)
    emails = {}
    for ago, channel, cat, subject, place, description, contact, steps in CASES:
        received = today - timedelta(days=ago)
        c = _file(organisation, officer, cats, received=received, channel=channel, cat=cat, subject=subject,
                  place=place, description=description, contact=contact)
        emails[c.pk] = c.demo_email
        if ago == 40:
            _photo(c)
        for i, step in enumerate(steps):
            _step(c, step, min(today, received + timedelta(days=[1, 2, 4, 9, 10, 11][i])), officer, today)
    for pk, email in emails.items():
        if email:
            Complaint.objects.filter(pk=pk).update(contact_email=email)


def _history(organisation, officer, cats, today) -> None:
    """Thirty finished cases of the previous fiscal year, so that its statistics have something to show."""
    rng = random.Random(2566)
    start, _end = fiscal_year_bounds(fiscal_year_be(today) - 1)
    codes = list(RESULTS)
    for n in range(30):
        received = start + timedelta(days=rng.randrange(0, 355))
        cat = rng.choice(codes[:5] + ["road-lighting", "waste", "water"])
        c = _file(organisation, officer, cats, received=received, cat=cat,
                  channel=rng.choice([Channel.WEB, Channel.WEB, Channel.PHONE, Channel.WALK_IN, Channel.LINE,
                                      Channel.FACEBOOK, Channel.LETTER]),
                  subject=f"{cats[cat].name} ({HISTORY_PLACES[n % 6]})", place=HISTORY_PLACES[n % 6],
                  description="เรื่องร้องเรียนในปีงบประมาณก่อน", contact={"contact_name": "ผู้ร้อง"})
        days = rng.choice([2, 4, 6, 8, 10, 12, 14, 14, 20])
        steps = ["accept", "assign", "start", "resolve"] + (["rate" + str(rng.choice([5, 5, 4, 4, 4, 3]))]
                                                          if n % 3 else ["close"])
        for i, step in enumerate(steps):
            day = received + timedelta(days=min(days, [1, 1, 2, days, days + 3][i]))
            _step(c, step, min(day, today), officer, today)


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
