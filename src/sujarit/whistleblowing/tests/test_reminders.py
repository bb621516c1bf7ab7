"""Deadline reminders: acknowledgement and reporter feedback, once a day, never to a named officer, never with content."""
from datetime import date, datetime, time, timedelta
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

from sujarit.core.thai import BANGKOK, format_date_be
from sujarit.whistleblowing import services
from sujarit.whistleblowing.models import ChannelSettings, EventKind, Reminder, ReportEvent
from sujarit.whistleblowing.tasks import remind_due_reports

from .conftest import officer_key

pytestmark = pytest.mark.django_db
DAY = date(2025, 3, 3)


def frozen(day: date):
    """Freeze the clock the channel reads (`timezone.now`, hence `timezone.localdate`) at 9:00 in Bangkok."""
    return mock.patch("django.utils.timezone.now", return_value=datetime.combine(day, time(9), tzinfo=BANGKOK))


def run(org, day: date) -> int:
    with frozen(day):
        return remind_due_reports.call(org.pk)


@pytest.fixture
def officer(persona):
    user = persona("integrity")
    user.email = "integrity@example.org"
    user.save()
    return user


def _acknowledge(report, officer):
    return services.report_transition(report=report, transition="acknowledge", report_key=officer_key(report, officer),
                                      acting_user=officer)


def test_acknowledgement_reminders_on_days_6_7_and_8(submit, officer, demo, mailoutbox):
    with frozen(DAY):
        report, _r = submit()
    assert report.acknowledge_due_on == DAY + timedelta(days=7)
    assert run(demo.org, DAY + timedelta(days=3)) == 0  # 3 days before the deadline is the first reminder
    assert run(demo.org, DAY + timedelta(days=6)) == 1
    assert run(demo.org, DAY + timedelta(days=7)) == 1
    assert run(demo.org, DAY + timedelta(days=8)) == 1
    rows = list(Reminder.objects.filter(report=report).order_by("day").values_list("kind", "stage", "day"))
    assert rows == [("acknowledge", "due_soon", DAY + timedelta(days=6)),
                    ("acknowledge", "due_soon", DAY + timedelta(days=7)),
                    ("acknowledge", "overdue", DAY + timedelta(days=8))]
    assert len(mailoutbox) == 3 and mailoutbox[0].to == ["integrity@example.org"]
    assert ReportEvent.objects.filter(report=report, kind=EventKind.REMINDED_ACKNOWLEDGE).count() == 3
    with frozen(DAY + timedelta(days=8)):
        _acknowledge(report, officer)
    assert run(demo.org, DAY + timedelta(days=9)) == 0


def test_feedback_reminders_on_days_29_30_and_31_then_a_message_resets_them(submit, officer, demo, mailoutbox):
    ChannelSettings.objects.filter(organisation=demo.org).update(remind_days=1)
    with frozen(DAY):
        report, _r = submit()
        report = _acknowledge(report, officer)
    assert report.feedback_due_on == DAY + timedelta(days=30)
    assert run(demo.org, DAY + timedelta(days=28)) == 0
    assert run(demo.org, DAY + timedelta(days=29)) == 1
    assert run(demo.org, DAY + timedelta(days=30)) == 1
    assert run(demo.org, DAY + timedelta(days=31)) == 1
    assert list(Reminder.objects.filter(report=report).order_by("day").values_list("kind", "stage")) == [
        ("feedback", "due_soon"), ("feedback", "due_soon"), ("feedback", "overdue")]
    with frozen(DAY + timedelta(days=31)):
        services.officer_message(report=report, report_key=officer_key(report, officer), text="กำลังตรวจสอบ",
                                 acting_user=officer)
    report.refresh_from_db()
    assert report.feedback_due_on == DAY + timedelta(days=61)
    assert run(demo.org, DAY + timedelta(days=32)) == 0
    assert len(mailoutbox) == 3


def test_a_change_of_state_counts_as_feedback_and_the_interval_is_configurable(submit, officer, demo):
    ChannelSettings.objects.filter(organisation=demo.org).update(feedback_days=14, remind_days=0)
    with frozen(DAY):
        report, _r = submit()
    assert report.feedback_due_on == DAY + timedelta(days=14)
    with frozen(DAY + timedelta(days=10)):
        report = _acknowledge(report, officer)
    assert report.feedback_due_on == DAY + timedelta(days=24)
    assert run(demo.org, DAY + timedelta(days=14)) == 0
    with frozen(DAY + timedelta(days=24)):
        report = services.report_transition(report=report, transition="review", acting_user=officer,
                                            report_key=officer_key(report, officer))
    assert report.feedback_due_on == DAY + timedelta(days=38)


def test_the_email_holds_no_content_no_name_no_reference_and_no_receipt(submit, officer, demo, mailoutbox):
    secrets = {"what": "ผู้อำนวยการกองคลังเรียกเงินใต้โต๊ะจากผู้รับเหมา", "accused_name": "นายทดสอบ ลับเฉพาะ",
               "accused_position": "ผู้อำนวยการกองคลัง", "where": "ห้องประชุมชั้นสาม", "amount": "250000"}
    identity = {"name": "นางสาวผู้แจ้ง ปกปิด", "phone": "0812345678", "email": "reporter@example.org"}
    with frozen(DAY):
        report, receipt = submit(anonymity="confidential", identity=identity, **secrets)
    assert run(demo.org, DAY + timedelta(days=8)) == 1
    (mail,) = mailoutbox
    text = mail.subject + "\n" + mail.body
    for value in [*secrets.values(), *identity.values(), receipt, report.reference,
                  report.get_category_display(), "procurement", officer.first_name]:
        assert value not in text
    assert format_date_be(DAY + timedelta(days=7)) in mail.body
    assert f"{django_settings.SITE_URL}/o/{demo.org.code}/integrity-reports/" in mail.body


def test_a_named_officer_gets_no_reminder(submit, officer, demo, mailoutbox):
    from sujarit.accounts.models import User
    from sujarit.orgs.models import Membership, Role

    named = User.objects.create_user("integrity-named", email="named@example.org", password="x-named-officer-1")
    Membership.objects.create(user=named, organisation=demo.org, role=Role.CORRUPTION_OFFICER)
    with frozen(DAY):
        report, _r = submit(named_user_ids=[named.pk])
        other, _r = submit()
    assert run(demo.org, DAY + timedelta(days=8)) == 3  # the first report: one officer; the other: both
    assert not Reminder.objects.filter(user=named, report=report).exists()
    assert Reminder.objects.filter(user=named, report=other).count() == 1
    assert sorted(m.to[0] for m in mailoutbox) == ["integrity@example.org", "named@example.org"]
    named_mail = next(m for m in mailoutbox if m.to == ["named@example.org"])
    assert len(named_mail.body.strip().splitlines()) == 3  # one deadline line, a blank line, the link


def test_running_twice_the_same_day_sends_nothing_new(submit, officer, demo, mailoutbox):
    with frozen(DAY):
        submit()
        submit()
    assert run(demo.org, DAY + timedelta(days=8)) == 2
    assert len(mailoutbox) == 1  # one e-mail per officer and run, one line per deadline
    events = ReportEvent.objects.count()
    assert run(demo.org, DAY + timedelta(days=8)) == 0
    assert len(mailoutbox) == 1 and ReportEvent.objects.count() == events
    with frozen(DAY + timedelta(days=8)):
        call_command("whistleblowing_remind", stdout=open("/dev/null", "w"))
    assert len(mailoutbox) == 1 and Reminder.objects.count() == 2


def test_the_command_enqueues_a_job_per_organisation(submit, officer, demo):
    with frozen(DAY):
        submit()
    with frozen(DAY + timedelta(days=8)):
        call_command("whistleblowing_remind", stdout=open("/dev/null", "w"))
    assert Reminder.objects.filter(kind="acknowledge", stage="overdue").count() == 1


def test_the_dashboard_shows_reminders_and_the_updates_owed_to_reporters(submit, officer, demo, signed_in):
    with frozen(DAY):
        owed, _r = submit()
        owed = _acknowledge(owed, officer)
        fresh, _r = submit()
    with frozen(DAY + timedelta(days=31)):
        fresh = _acknowledge(fresh, officer)  # an update today: nothing owed
        remind_due_reports.call(demo.org.pk)
        page = signed_in("integrity").get(f"/o/{demo.org.code}/integrity-reports/").content.decode()
    assert f'data-feedback-owed="{owed.pk}"' in page
    assert f'data-feedback-owed="{fresh.pk}"' not in page
    assert "wb-reminders" in page
