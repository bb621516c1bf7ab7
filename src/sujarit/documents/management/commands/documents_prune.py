"""Delete finished export jobs and their files after some days (run daily from cron, like the reminders)."""
from django.core.management.base import BaseCommand

from sujarit.documents.services import export_jobs_prune


class Command(BaseCommand):
    help = "Delete finished export jobs older than --days (default 7) with their files."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7)

    def handle(self, *args, days: int, **options):
        count = export_jobs_prune(older_than_days=days)
        self.stdout.write(f"{count} export job(s) deleted.")
