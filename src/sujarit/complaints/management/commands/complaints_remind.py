"""Enqueue today's deadline reminders for every organisation with open complaints (run daily from cron)."""
from django.core.management.base import BaseCommand

from sujarit.complaints.models import Complaint, FINISHED
from sujarit.complaints.protection import rate_purge
from sujarit.complaints.tasks import remind_due_complaints


class Command(BaseCommand):
    help = "Enqueue complaint deadline reminders (one job per organisation) and purge old rate-limit counters."

    def handle(self, *args, **options):
        org_ids = sorted(set(Complaint.objects.exclude(status__in=FINISHED).values_list("organisation_id", flat=True)))
        for org_id in org_ids:
            remind_due_complaints.enqueue(org_id)
        purged = rate_purge()
        self.stdout.write(f"Enqueued reminders for {len(org_ids)} organisation(s); purged {purged} old counters.")
