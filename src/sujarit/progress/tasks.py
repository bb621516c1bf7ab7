"""Background jobs (django-tasks, ADR 0004): reminders are enqueued by `progress_remind` (cron)."""
from __future__ import annotations

import datetime

from django_tasks import task


@task()
def send_round_reminders(round_id: int, today_iso: str) -> int:
    from .services import round_remind

    return round_remind(round_id=round_id, today=datetime.date.fromisoformat(today_iso))
