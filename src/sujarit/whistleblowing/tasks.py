"""Background jobs (ADR 0004, ADR 0033): deadline reminders to the designated officers.

`python -m sujarit whistleblowing_remind` (from cron, every morning) enqueues one job per organisation.
"""
from __future__ import annotations

from django_tasks import task

from sujarit.orgs.models import Organisation

from .services.reminders import reminders_send


@task()
def remind_due_reports(organisation_id: int) -> int:
    """Create today's reminders for reports due soon or overdue; returns how many were new."""
    return reminders_send(organisation=Organisation.objects.get(pk=organisation_id))
