"""Enqueue today's deadline reminders for every organisation with reports not yet closed (run daily from cron)."""
from django.core.management.base import BaseCommand

from sujarit.whistleblowing.models import Report, ReportState
from sujarit.whistleblowing.tasks import remind_due_reports


class Command(BaseCommand):
    help = "Enqueue corruption-report deadline reminders (one job per organisation)."

    def handle(self, *args, **options):
        org_ids = sorted(set(Report.objects.exclude(state=ReportState.CLOSED)
                             .values_list("organisation_id", flat=True)))
        for org_id in org_ids:
            remind_due_reports.enqueue(org_id)
        self.stdout.write(f"Enqueued reminders for {len(org_ids)} organisation(s).")
