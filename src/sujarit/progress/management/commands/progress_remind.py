"""Enqueue the reminders due today. Meant for cron or a systemd timer, e.g. daily at 08:00:

    0 8 * * *  cd /srv/sujarit && .venv/bin/python -m sujarit progress_remind
"""
from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from sujarit.core.thai import fiscal_year_be
from sujarit.plans.models import Plan, PlanStatus

from ...services import rounds_due_for_reminder
from ...services.rounds import rounds_ensure
from ...tasks import send_round_reminders


class Command(BaseCommand):
    help = "Enqueue progress-report reminders for rounds whose deadline is near (e-mail + in-app notice)."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="Pretend today is this date (YYYY-MM-DD, AD), for testing.")

    def handle(self, *args, today=None, **options):
        try:
            day = datetime.date.fromisoformat(today) if today else timezone.localdate()
        except ValueError:
            raise CommandError("--today must be YYYY-MM-DD (AD)") from None
        year = fiscal_year_be(day)
        for plan in Plan.objects.filter(status=PlanStatus.PUBLISHED, first_year_be__lte=year,
                                        last_year_be__gte=year).select_related("organisation"):
            rounds_ensure(plan=plan, fiscal_year_be=year)
        due = rounds_due_for_reminder(today=day)
        for rnd in due:
            send_round_reminders.enqueue(rnd.pk, day.isoformat())
        self.stdout.write(f"{len(due)} reminder job(s) enqueued for {day.isoformat()}.")
