"""Background jobs of the plans app (django-tasks; ADR 0004)."""
from __future__ import annotations

from django_tasks import task

from .services.imports import plan_import_read


@task()
def plan_import_read_task(import_id: int) -> None:
    plan_import_read(import_id=import_id)
