"""Reminders with a frozen clock: the cron command enqueues (ImmediateBackend runs) → e-mail + notice."""
import datetime
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.core.management import call_command

from sujarit.progress import services
from sujarit.progress.models import Notice, ReportRound

pytestmark = pytest.mark.django_db


def _run(day: datetime.date):
    mail.outbox.clear()
    frozen = datetime.datetime.combine(day, datetime.time(8, 0), tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
    with mock.patch("django.utils.timezone.now", return_value=frozen):
        call_command("progress_remind", stdout=open("/dev/null", "w"))


def test_reminders_before_the_deadline_only(demo, persona):
    officer = persona("plan")
    officer.email = "plan@example.org"
    officer.save()
    services.round_set(plan=demo.plan, fiscal_year_be=2567, kind="6m", deadline=datetime.date(2024, 4, 30),
                       remind_days_before=7, acting_user=officer)
    notices = Notice.objects.filter(user=officer).count()
    _run(datetime.date(2024, 4, 22))  # 8 days before: too early
    assert mail.outbox == [] and Notice.objects.filter(user=officer).count() == notices
    _run(datetime.date(2024, 4, 23))  # 7 days before: remind
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["plan@example.org"]
    assert f"{django_settings.SITE_URL}/o/{demo.org.code}/" in mail.outbox[0].body
    assert Notice.objects.filter(user=officer).count() == notices + 1
    assert "2567" in Notice.objects.filter(user=officer).first().text
    _run(datetime.date(2024, 4, 23))  # the same day again: nothing more
    assert mail.outbox == []
    _run(datetime.date(2024, 4, 30))  # the deadline day: remind again
    assert len(mail.outbox) == 1
    _run(datetime.date(2024, 5, 1))  # after the deadline: nothing
    assert mail.outbox == []
    assert ReportRound.objects.get(plan=demo.plan, fiscal_year_be=2567, kind="6m").last_reminded_on == \
        datetime.date(2024, 4, 30)


def test_no_reminder_when_everyone_has_reported(demo, persona):
    officer = persona("plan")
    officer.email = "plan@example.org"
    officer.save()
    services.round_set(plan=demo.plan, fiscal_year_be=2566, kind="12m", deadline=datetime.date(2023, 10, 31),
                       remind_days_before=7, acting_user=officer)
    _run(datetime.date(2023, 10, 28))  # every 2566 item has an approved Q4 report in the demo
    assert mail.outbox == []
