"""Writes of the documents app: export jobs (ADR 0014).

`export_job_create` records the request and enqueues `tasks.export_job_task`; the task calls `export_job_run`,
which renders the document, reports its progress on the row and keeps the file. Small documents never come here:
views and the API render them inside the request (`render.render_document`).
"""
from __future__ import annotations

import io
import logging
from datetime import timedelta

import filetype

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError
from sujarit.plans.models import Plan

from .errors import DocumentErrorCode
from .models import DocumentKind, ExportJob, ExportStatus, Letterhead
from .render import check_digits, check_format, render_document

log = logging.getLogger(__name__)

# Unfinished exports one organisation may have at once: a plan book costs seconds of CPU each.
MAX_UNFINISHED_PER_ORGANISATION = 3
UNFINISHED = (ExportStatus.QUEUED, ExportStatus.RUNNING)
# Project sheets are too small for a job: they are rendered in the request.
EXPORTABLE = (DocumentKind.BOOK, DocumentKind.YEAR, DocumentKind.EPLAN)
STALLED_AFTER = timedelta(minutes=30)
NOT_TAKEN_AFTER = timedelta(hours=1)


@audited
def export_job_create(*, plan: Plan, kind: str, doc_format: str, acting_user,
                      fiscal_year_be: int | None = None, digits: str = "thai") -> ExportJob:
    """Queue an export; an identical unfinished one is returned instead of a second copy."""
    fmt = check_format(doc_format)
    digits = check_digits(digits)
    if kind not in EXPORTABLE:
        raise ApplicationError(code=DocumentErrorCode.KIND_UNKNOWN, field="kind", message=_("Unknown document."))
    if kind in (DocumentKind.YEAR, DocumentKind.EPLAN) and fiscal_year_be not in plan.years:
        raise ApplicationError(code=DocumentErrorCode.YEAR_OUTSIDE_PLAN, field="fiscal_year_be",
                               message=_("The fiscal year is not one of the plan's years."))
    _give_up_stalled(plan.organisation)
    unfinished = ExportJob.objects.for_org(plan.organisation).filter(status__in=UNFINISHED)
    same = unfinished.filter(plan=plan, kind=kind, doc_format=fmt, fiscal_year_be=fiscal_year_be,
                             digits=digits).first()
    if same is not None:
        return same
    if unfinished.count() >= MAX_UNFINISHED_PER_ORGANISATION:
        raise ApplicationError(code=DocumentErrorCode.TOO_MANY_RUNNING,
                               message=_("Several exports are already running for this organisation. "
                                         "Try again when one of them has finished."))
    job = ExportJob.objects.create(organisation=plan.organisation, plan=plan, kind=kind, doc_format=fmt,
                                   fiscal_year_be=fiscal_year_be, digits=digits, requested_by=acting_user)
    from .tasks import export_job_task

    export_job_task.enqueue(str(job.pk))
    job.refresh_from_db()  # the immediate backend (tests) has already run it
    return job


def _give_up_stalled(organisation) -> None:
    """A job a crashed worker left running, or one no worker took, stops counting against the organisation."""
    now = timezone.now()
    jobs = ExportJob.objects.for_org(organisation)
    jobs.filter(status=ExportStatus.RUNNING, started_at__lt=now - STALLED_AFTER).update(
        status=ExportStatus.FAILED, error_code=DocumentErrorCode.STALLED, finished_at=now, stage="failed")
    jobs.filter(status=ExportStatus.QUEUED, created_at__lt=now - NOT_TAKEN_AFTER).update(
        status=ExportStatus.FAILED, error_code=DocumentErrorCode.NOT_TAKEN, finished_at=now, stage="failed")


def _report(job_id, percent: int, stage: str) -> None:
    # An UPDATE of its own: the page polling the job sees it at once (the worker runs in autocommit).
    ExportJob.objects.filter(pk=job_id, progress__lt=percent).update(progress=percent, stage=stage)


def export_job_run(*, job_id) -> ExportJob:
    """Render the document of a queued job. Failures are recorded on the job, never raised to the worker."""
    updated = ExportJob.objects.filter(pk=job_id, status=ExportStatus.QUEUED).update(
        status=ExportStatus.RUNNING, started_at=timezone.now(), progress=1, stage="start")
    job = ExportJob.objects.select_related("plan", "plan__organisation", "plan__framework").get(pk=job_id)
    if not updated:
        return job  # already taken by another worker, or finished
    try:
        rendered = render_document(kind=job.kind, doc_format=job.doc_format, plan=job.plan,
                                   fiscal_year_be=job.fiscal_year_be, digits=job.digits,
                                   progress=lambda percent, stage: _report(job.pk, min(percent, 99), stage))
    except Exception:
        log.exception("export job %s failed", job.pk)
        ExportJob.objects.filter(pk=job.pk).update(status=ExportStatus.FAILED, finished_at=timezone.now(),
                                                   error_code=DocumentErrorCode.EXPORT_FAILED, stage="failed")
        job.refresh_from_db()
        return job
    job.file.save(rendered.filename, ContentFile(rendered.data), save=False)
    ExportJob.objects.filter(pk=job.pk).update(
        status=ExportStatus.DONE, progress=100, stage="done", file=job.file.name, filename=rendered.filename,
        size=len(rendered.data), finished_at=timezone.now())
    job.refresh_from_db()
    return job


def export_jobs_prune(*, older_than_days: int = 7) -> int:
    """Delete finished jobs (and their files) older than `older_than_days`; returns how many."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    count = 0
    for job in ExportJob.objects.filter(created_at__lt=cutoff).exclude(status__in=UNFINISHED).iterator():
        if job.file:
            job.file.delete(save=False)
        job.delete()
        count += 1
    return count


# Letterhead logos (ADR 0032): checked by their bytes, never by their name.
LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_TYPES = {"image/png": "png", "image/jpeg": "jpg"}


def logo_check(content: bytes) -> str:
    """The logo's MIME type, or an ApplicationError (in the reader's language) saying why it is refused."""
    if not content:
        raise ApplicationError(code=DocumentErrorCode.LOGO_EMPTY, field="logo", message=_("The logo file is empty."))
    if len(content) > LOGO_MAX_BYTES:
        raise ApplicationError(code=DocumentErrorCode.LOGO_TOO_LARGE, field="logo",
                               message=_("The logo is larger than 2 MB. Choose a smaller image."))
    kind = filetype.guess(content)
    if kind is None or kind.mime not in LOGO_TYPES:
        raise ApplicationError(code=DocumentErrorCode.LOGO_TYPE, field="logo",
                               message=_("The logo must be a PNG or JPEG image."))
    from PIL import Image, UnidentifiedImageError

    try:  # a PNG or JPEG header on a broken image would fail later, in every document: refuse it now
        with Image.open(io.BytesIO(content)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ApplicationError(code=DocumentErrorCode.LOGO_TYPE, field="logo",
                               message=_("The logo must be a PNG or JPEG image.")) from None
    return kind.mime


@audited
@transaction.atomic
def letterhead_save(*, organisation, name: str, address: str = "", logo=None, remove_logo: bool = False,
                    acting_user) -> Letterhead:
    """Create or update the organisation's letterhead. Everything is checked before anything is written: a refused
    logo leaves the letterhead (and its old logo) as it was."""
    name = (name or "").strip()
    if not name:
        raise ApplicationError(code=DocumentErrorCode.NAME_REQUIRED, field="name",
                               message=_("Write the organisation's name as it is printed."))
    content = mime = None
    if logo is not None:
        if logo.size > LOGO_MAX_BYTES:  # before reading it into memory
            raise ApplicationError(code=DocumentErrorCode.LOGO_TOO_LARGE, field="logo",
                                   message=_("The logo is larger than 2 MB. Choose a smaller image."))
        content = logo.read()
        mime = logo_check(content)
    letterhead = Letterhead.objects.select_for_update().filter(organisation=organisation).first() \
        or Letterhead(organisation=organisation)
    letterhead.name, letterhead.address, letterhead.updated_by = name[:200], (address or "").strip(), acting_user
    old = letterhead.logo.name if letterhead.logo else ""
    if content is not None:
        letterhead.logo.save(f"logo.{LOGO_TYPES[mime]}", ContentFile(content), save=False)
        letterhead.logo_type = mime
    elif remove_logo:
        letterhead.logo, letterhead.logo_type = "", ""
    try:
        letterhead.save()
    except Exception:
        if content is not None:
            letterhead.logo.delete(save=False)
        raise
    if old and old != (letterhead.logo.name or ""):
        transaction.on_commit(lambda: letterhead.logo.storage.delete(old))
    return letterhead


__all__ = ["export_job_create", "export_job_run", "export_jobs_prune", "letterhead_save", "logo_check"]
