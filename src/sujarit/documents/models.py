"""Export jobs: a long document (the plan book) rendered by a background task, with progress and a file."""
from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sujarit.core.querysets import OrgScopedQuerySet


class DocumentKind(models.TextChoices):
    BOOK = "book", _("Plan book")
    YEAR = "year", _("Part 2 table of a year")
    EPLAN = "eplan", _("e-PlanNACC summary")
    SHEET = "sheet", _("Project sheet")


class DocumentFormat(models.TextChoices):
    PDF = "pdf", "PDF"
    DOCX = "docx", "DOCX (Word)"
    XLSX = "xlsx", "XLSX (Excel)"


class DocumentDigits(models.TextChoices):
    """How numbers are written in PDF and DOCX text (and XLSX labels); XLSX amounts stay numbers either way."""

    THAI = "thai", _("Thai digits (๑๒๓)")
    ARABIC = "arabic", _("Arabic digits (123)")


class ExportStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


def export_path(job: "ExportJob", filename: str) -> str:
    return f"exports/{job.organisation_id}/{job.pk}/{filename}"


class ExportJob(models.Model):
    """One request for a long document. The id is random: it is also the job's address."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="export_jobs")
    kind = models.CharField(_("document"), max_length=16, choices=DocumentKind.choices)
    doc_format = models.CharField(_("format"), max_length=8, choices=DocumentFormat.choices)
    fiscal_year_be = models.PositiveIntegerField(_("fiscal year (BE)"), null=True, blank=True)
    digits = models.CharField(_("digits"), max_length=8, choices=DocumentDigits.choices,
                              default=DocumentDigits.THAI)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                     related_name="+", verbose_name=_("requested by"))
    status = models.CharField(_("status"), max_length=16, choices=ExportStatus.choices,
                              default=ExportStatus.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    stage = models.CharField(_("stage"), max_length=32, blank=True)
    error_code = models.CharField(_("error code"), max_length=64, blank=True)
    file = models.FileField(_("file"), upload_to=export_path, blank=True, max_length=300)
    filename = models.CharField(_("file name"), max_length=200, blank=True)
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("export job")
        verbose_name_plural = _("export jobs")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["plan", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.doc_format} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (ExportStatus.DONE, ExportStatus.FAILED)


def letterhead_logo_path(letterhead: "Letterhead", filename: str) -> str:
    return f"letterheads/{letterhead.organisation_id}/{filename}"


class Letterhead(models.Model):
    """The organisation's letterhead on its official documents (ADR 0032): one per organisation."""

    organisation = models.OneToOneField("orgs.Organisation", on_delete=models.CASCADE, related_name="letterhead",
                                        verbose_name=_("organisation"))
    name = models.CharField(_("name as printed"), max_length=200)
    address = models.TextField(_("address"), blank=True)
    logo = models.FileField(_("logo"), upload_to=letterhead_logo_path, blank=True, max_length=300)
    logo_type = models.CharField(_("logo type"), max_length=32, blank=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("updated by"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("letterhead")
        verbose_name_plural = _("letterheads")

    def __str__(self) -> str:
        return self.name
