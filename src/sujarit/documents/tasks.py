"""Background jobs of the documents app (ADR 0004, ADR 0014): `python -m sujarit db_worker` runs them."""
from __future__ import annotations

from django_tasks import task


@task()
def export_job_task(job_id: str) -> str:
    from .services import export_job_run

    return export_job_run(job_id=job_id).status
