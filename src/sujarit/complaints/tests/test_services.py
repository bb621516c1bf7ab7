"""Services: every transition, the clock with a frozen date, letters, messages, ratings, bad input."""
from datetime import date, timedelta
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile

from sujarit.complaints import clock, services, tracking
from sujarit.complaints.models import (Attachment, CentreSettings, Complaint, ComplaintEvent, Holiday, Letter,
                                       NumberCounter, Status)
from sujarit.core.errors import ApplicationError

from .factories import PDF, PNG, submit

pytestmark = pytest.mark.django_db
DAY = date(2025, 3, 3)  # a Monday, fiscal year 2568


def frozen(day):
    return mock.patch.object(clock, "today", return_value=day)


def test_submit_gives_a_code_a_number_a_due_date_and_an_acknowledgement(centre):
    with frozen(DAY):
        complaint, code = submit(centre, received_on=DAY - timedelta(days=2))
    assert tracking.normalise(code) and len(code) == 19 and complaint.tracking_hash != code
    assert complaint.tracking_hint == tracking.normalise(code)[-4:]
    assert (complaint.fiscal_year_be, complaint.received_on, complaint.due_on) == (2568, date(2025, 3, 1),
                                                                                    date(2025, 3, 16))
    assert complaint.status == Status.RECEIVED
    letter = Letter.objects.get(complaint=complaint)
    assert (letter.kind, letter.expected_on) == ("ack", complaint.due_on)
    second, code2 = submit(centre)
    assert second.number == complaint.number + 1 or second.fiscal_year_be != complaint.fiscal_year_be
    assert code2 != code


def test_tracking_codes_are_random_80_bits_and_forgiving_to_type():
    codes = {tracking.new_code() for _ in range(2000)}
    assert len(codes) == 2000
    code = tracking.new_code()
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert tracking.code_hash(typed) == tracking.code_hash(code)
    assert tracking.normalise("ABCD") is None
    assert len(tracking.ALPHABET) ** tracking.LENGTH >= 2 ** 64


def test_clock_calendar_and_working_days_with_holidays(centre):
    assert clock.due_date(centre.org, DAY) == date(2025, 3, 18)
    CentreSettings.objects.create(organisation=centre.org, due_days=15, working_days=True)
    Holiday.objects.create(organisation=centre.org, day=date(2025, 3, 5), name="วันหยุดทดสอบ")
    # 15 working days from Monday 3 March, skipping weekends and 5 March
    assert clock.due_date(centre.org, DAY) == date(2025, 3, 25)


def test_overdue_and_explanation_rules_with_a_frozen_clock(centre):
    with frozen(DAY):
        complaint, _ = submit(centre, received_on=DAY)
        services.complaint_transition(complaint=complaint, action="accept", acting_user=centre.officer)
    complaint.refresh_from_db()
    assert not clock.is_overdue(complaint, DAY + timedelta(days=15))
    assert clock.is_overdue(complaint, DAY + timedelta(days=16))
    assert clock.needs_explanation(complaint, on=DAY + timedelta(days=13))
    assert not clock.needs_explanation(complaint, on=DAY + timedelta(days=5))
    with frozen(DAY + timedelta(days=14)):
        with pytest.raises(ApplicationError) as err:
            services.complaint_explain(complaint=complaint, reason="รองบประมาณ", expected_on=DAY,
                                       acting_user=centre.officer)
        assert err.value.code == "date_invalid"
        letter = services.complaint_explain(complaint=complaint, reason="รอจัดซื้อวัสดุ",
                                            expected_on=DAY + timedelta(days=30), acting_user=centre.officer)
    complaint.refresh_from_db()
    assert (letter.kind, complaint.extended_on, complaint.due_on) == ("explanation", DAY + timedelta(days=30),
                                                                      DAY + timedelta(days=15))
    assert not clock.is_overdue(complaint, DAY + timedelta(days=20))
    assert ComplaintEvent.objects.filter(complaint=complaint, action="explain").exists()
    with pytest.raises(ApplicationError) as err:
        services.complaint_explain(complaint=complaint, reason="x", expected_on=DAY, acting_user=centre.mayor)
    assert err.value.code == "transition_forbidden"


def test_every_transition_writes_an_event_and_the_result_letter(centre):
    officer = centre.officer
    with frozen(DAY):
        c, _ = submit(centre, received_on=DAY)
        for action, kwargs in [("accept", {}), ("assign", {"unit": "กองช่าง"}), ("start", {}),
                               ("resolve", {"result": "ซ่อมไฟแล้ว", "obstacle": "หลอดไฟขาดตลาด",
                                            "prevention": "สำรองหลอดไฟ",
                                            "evidence": [SimpleUploadedFile("after.png", PNG)]}),
                               ("close", {}), ("reopen", {"comment": "ไฟดับอีก"}), ("resolve", {"result": "เปลี่ยนสายไฟ"})]:
            c = services.complaint_transition(complaint=c, action=action, acting_user=officer, **kwargs)
    assert c.status == Status.RESOLVED and c.finished_on == DAY and c.assigned_unit == "กองช่าง"
    actions = list(ComplaintEvent.objects.filter(complaint=c).values_list("action", "from_status", "to_status"))
    assert [a for a, *_ in actions if not a.startswith("letter")] == [
        "receive", "accept", "assign", "start", "resolve", "close", "reopen", "resolve"]
    assert ("resolve", "in_progress", "resolved") in actions
    assert Letter.objects.filter(complaint=c, kind="result").count() == 2
    assert Attachment.objects.get(complaint=c).is_evidence


@pytest.mark.parametrize("action,kwargs,code", [
    ("reject", {}, "reason_required"),
    ("forward", {}, "reason_required"),
    ("resolve", {"result": "x"}, "transition_invalid"),
    ("close", {}, "transition_invalid"),
])
def test_transitions_refuse_missing_reasons_and_wrong_states(centre, action, kwargs, code):
    c, _ = submit(centre)
    with pytest.raises(ApplicationError) as err:
        services.complaint_transition(complaint=c, action=action, acting_user=centre.officer, **kwargs)
    assert err.value.code == code
    c.refresh_from_db()
    assert c.status == Status.RECEIVED and ComplaintEvent.objects.filter(complaint=c).count() == 2


def test_reject_and_forward_record_reason_and_agency(centre):
    a, _ = submit(centre)
    a = services.complaint_transition(complaint=a, action="reject", comment="ไม่ใช่อำนาจหน้าที่",
                                      acting_user=centre.officer)
    b, _ = submit(centre)
    b = services.complaint_transition(complaint=b, action="forward", forwarded_to="การไฟฟ้าส่วนภูมิภาคอำเภองาว",
                                      acting_user=centre.officer)
    assert (a.status, a.status_reason) == ("rejected", "ไม่ใช่อำนาจหน้าที่")
    assert (b.status, b.forwarded_to) == ("forwarded", "การไฟฟ้าส่วนภูมิภาคอำเภองาว")
    assert b.finished_on is not None


def test_only_handlers_or_the_assignee_act(centre, persona):
    c, _ = submit(centre)
    with pytest.raises(ApplicationError) as err:
        services.complaint_transition(complaint=c, action="accept", acting_user=centre.mayor)
    assert err.value.code == "transition_forbidden"
    c = services.complaint_transition(complaint=c, action="accept", acting_user=centre.officer)
    plan = persona("plan")
    c = services.complaint_transition(complaint=c, action="assign", assignee=plan, acting_user=centre.officer)
    c = services.complaint_transition(complaint=c, action="start", acting_user=plan)
    with pytest.raises(ApplicationError):
        services.complaint_transition(complaint=c, action="assign", unit="x", acting_user=plan)
    assert services.complaint_transition(complaint=c, action="resolve", result="เสร็จ", acting_user=plan).status == "resolved"


def test_assignee_must_belong_to_the_organisation(centre, other_org):
    c, _ = submit(centre)
    c = services.complaint_transition(complaint=c, action="accept", acting_user=centre.officer)
    with pytest.raises(ApplicationError) as err:
        services.complaint_transition(complaint=c, action="assign", assignee=other_org.officer,
                                      acting_user=centre.officer)
    assert err.value.code == "assignee_invalid"


def test_bad_input_is_refused_and_nothing_is_stored(centre, other_org):
    from sujarit.complaints.models import Category

    before = (Complaint.objects.count(), Attachment.objects.count())
    cases = [
        ({"subject": "  "}, "required"),
        ({"description": ""}, "required"),
        ({"received_on": date.today() + timedelta(days=2)}, "received_in_future"),
        ({"channel": "pigeon"}, "channel_invalid"),
        ({"files": [SimpleUploadedFile("x.jpg", b"MZ\x90\x00" + b"\x00" * 200)]}, "file_type_refused"),
        ({"files": [SimpleUploadedFile("x.pdf", b"<script>alert(1)</script>")]}, "file_type_refused"),
        ({"files": [SimpleUploadedFile("big.pdf", PDF + b"0" * (5 * 1024 * 1024))]}, "file_too_large"),
        ({"files": [SimpleUploadedFile(f"{i}.pdf", PDF) for i in range(6)]}, "too_many_files"),
    ]
    for fields, code in cases:
        with pytest.raises(ApplicationError) as err:
            submit(centre, **fields)
        assert err.value.code == code, fields
    foreign = Category.objects.create(organisation=other_org.org, code="x", name="x")
    with pytest.raises(ApplicationError) as err:
        submit(centre, category=foreign)
    assert err.value.code == "category_invalid"
    with pytest.raises(ApplicationError) as err:
        services.complaint_submit(organisation=centre.org, channel="web", category=centre.cats["water"],
                                  subject="a", description="b", consent=False)
    assert err.value.code == "consent_required"
    assert (Complaint.objects.count(), Attachment.objects.count()) == before


def test_attachments_are_checked_by_content_and_stored_outside_static(centre, settings):
    c, _ = submit(centre, files=[SimpleUploadedFile("photo.jpg", PNG), SimpleUploadedFile("doc.pdf", PDF)])
    kinds = sorted(c.attachments.values_list("content_type", flat=True))
    assert kinds == ["application/pdf", "image/png"]
    from sujarit.complaints.services.files import attachment_path

    for a in c.attachments.all():
        path = attachment_path(a)
        assert path.exists() and str(settings.COMPLAINTS_FILE_ROOT) in str(path)
        assert "static" not in str(path)


def test_scripts_are_stored_as_typed(centre):
    c, _ = submit(centre, subject="<script>alert(1)</script>")
    assert Complaint.objects.get(pk=c.pk).subject == "<script>alert(1)</script>"


def test_complainant_rates_once_after_the_result_and_may_reopen_within_the_period(centre):
    with frozen(DAY):
        c, _ = submit(centre, received_on=DAY)
        with pytest.raises(ApplicationError) as err:
            services.complaint_rate(complaint=c, rating=5)
        assert err.value.code == "rating_not_open"
        for action, kw in [("accept", {}), ("start", {}), ("resolve", {"result": "เสร็จ"})]:
            c = services.complaint_transition(complaint=c, action=action, acting_user=centre.officer, **kw)
        with pytest.raises(ApplicationError) as err:
            services.complaint_rate(complaint=c, rating=7)
        assert err.value.code == "rating_invalid"
        c = services.complaint_rate(complaint=c, rating=4, comment="ดี")
        assert (c.status, c.rating) == ("closed", 4)
        with pytest.raises(ApplicationError):
            services.complaint_rate(complaint=c, rating=5)
    with frozen(DAY + timedelta(days=16)):
        with pytest.raises(ApplicationError) as err:
            services.complaint_reopen_by_complainant(complaint=c, reason="ยังไม่เรียบร้อย")
        assert err.value.code == "reopen_period_over"
    with frozen(DAY + timedelta(days=3)):
        c = services.complaint_reopen_by_complainant(complaint=c, reason="ไฟดับอีก")
    assert (c.status, c.rating) == ("in_progress", None)


def test_messages_both_ways(centre):
    c, _ = submit(centre)
    services.complainant_message(complaint=c, body="ขอทราบความคืบหน้า")
    services.message_post(complaint=c, body="กำลังดำเนินการ", acting_user=centre.officer)
    with pytest.raises(ApplicationError):
        services.complainant_message(complaint=c, body="   ")
    assert list(c.messages.values_list("from_complainant", flat=True)) == [True, False]


def test_events_and_letters_are_append_only(centre):
    c, _ = submit(centre)
    event, letter = ComplaintEvent.objects.filter(complaint=c).first(), Letter.objects.filter(complaint=c).first()
    for row in (event, letter):
        with pytest.raises(ValueError):
            row.save()
        with pytest.raises(ValueError):
            row.delete()


def test_email_with_the_code_is_sent_when_an_address_is_given(centre, mailoutbox, settings,
                                                               django_capture_on_commit_callbacks):
    settings.SITE_URL = "https://sujarit.example.go.th"
    with django_capture_on_commit_callbacks(execute=True):
        c, code = submit(centre, contact_email="a@example.org")
    assert len(mailoutbox) == 1 and code in mailoutbox[0].body and mailoutbox[0].to == ["a@example.org"]
    assert f"https://sujarit.example.go.th/p/{centre.org.code}/complaints/track/" in mailoutbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        services.complaint_transition(complaint=c, action="reject", comment="ซ้ำกับเรื่องเดิม",
                                      acting_user=centre.officer)
    assert len(mailoutbox) == 2 and mailoutbox[1].attachments[0][2] == "application/pdf"


def test_reminders_go_to_the_assignee_and_the_head_of_unit_once_a_day(centre, persona, mailoutbox):
    from sujarit.complaints.models import Reminder, UnitHead
    from sujarit.complaints.tasks import remind_due_complaints

    Complaint.objects.for_org(centre.org).delete()
    plan = persona("plan")
    plan.email = "plan@example.org"
    plan.save()
    UnitHead.objects.filter(organisation=centre.org).delete()
    UnitHead.objects.create(organisation=centre.org, unit="กองช่าง", user=centre.mayor)
    with frozen(DAY):
        c, _ = submit(centre, received_on=DAY)
        c = services.complaint_transition(complaint=c, action="accept", acting_user=centre.officer)
        services.complaint_transition(complaint=c, action="assign", unit="กองช่าง", assignee=plan,
                                      acting_user=centre.officer)
    with frozen(DAY + timedelta(days=5)):
        assert remind_due_complaints.call(centre.org.pk) == 0
    with frozen(DAY + timedelta(days=13)):
        assert remind_due_complaints.call(centre.org.pk) == 2
        assert remind_due_complaints.call(centre.org.pk) == 0
    with frozen(DAY + timedelta(days=16)):
        assert remind_due_complaints.call(centre.org.pk) == 2
    assert set(Reminder.objects.values_list("user__username", "stage")) == {
        ("plan", "due_soon"), ("mayor", "due_soon"), ("plan", "overdue"), ("mayor", "overdue")}
    assert len(mailoutbox) == 2  # the mayor has no email address in the demo
    assert f"{django_settings.SITE_URL}/o/{centre.org.code}/complaints/{c.pk}/" in mailoutbox[0].body


def test_remind_command_enqueues_jobs(centre, persona):
    from django.core.management import call_command
    from sujarit.complaints.models import Reminder

    with frozen(DAY):
        submit(centre, received_on=DAY - timedelta(days=20))
    with frozen(DAY):
        call_command("complaints_remind", stdout=open("/dev/null", "w"))
    assert Reminder.objects.filter(stage="overdue").exists()


def test_running_numbers_follow_on_per_fiscal_year_even_after_cases_filed_before_the_counter(centre):
    with frozen(DAY):
        first, _ = submit(centre, received_on=DAY)
    Complaint.objects.filter(pk=first.pk).update(number=41)  # as if filed before the counter row existed
    NumberCounter.objects.all().delete()
    with frozen(DAY):
        numbers = [submit(centre, received_on=DAY)[0].number for _ in range(3)]
    highest_2569 = max(Complaint.objects.filter(organisation=centre.org, fiscal_year_be=2569)
                       .values_list("number", flat=True), default=0)
    with frozen(date(2025, 10, 1)):  # fiscal year 2569 starts on 1 October
        next_year, _ = submit(centre)
    assert numbers == [42, 43, 44]
    assert (next_year.fiscal_year_be, next_year.number) == (2569, highest_2569 + 1)


def test_a_refusal_inside_the_write_transaction_leaves_nothing_behind(centre):
    counts = lambda: [m.objects.count() for m in (Complaint, ComplaintEvent, Letter, NumberCounter)]  # noqa: E731
    before = counts()

    def refuse():
        raise ApplicationError(code="complaint-pow-invalid", message="ไม่ผ่าน")

    with frozen(DAY), pytest.raises(ApplicationError):
        submit(centre, received_on=DAY, before_write=refuse)
    assert counts() == before
