"""A quarterly progress report of one yearly entry (plans.YearlyEntry), its KPI results, evidence and events."""
from __future__ import annotations

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from sujarit.core.models import AppendOnlyModel
from sujarit.core.querysets import OrgScopedQuerySet


class ReportStatus(models.TextChoices):
    NOT_STARTED = "not_started", pgettext_lazy("progress status", "Not started")
    IN_PROGRESS = "in_progress", pgettext_lazy("progress status", "In progress")
    DONE = "done", pgettext_lazy("progress status", "Done")
    POSTPONED = "postponed", pgettext_lazy("progress status", "Postponed")
    CANCELLED = "cancelled", pgettext_lazy("progress status", "Cancelled")


REASON_REQUIRED = frozenset({ReportStatus.POSTPONED, ReportStatus.CANCELLED})


class ReportState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for approval")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned for changes")


class ProgressReport(models.Model):
    """Status, money and results of one scheduled item in one quarter. Money is cumulative to the quarter."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    entry = models.ForeignKey("plans.YearlyEntry", on_delete=models.CASCADE, related_name="progress_reports")
    quarter = models.PositiveSmallIntegerField(_("quarter"))
    status = models.CharField(_("status"), max_length=16, choices=ReportStatus.choices,
                              default=ReportStatus.NOT_STARTED)
    reason = models.TextField(_("reason (postponed or cancelled)"), blank=True)
    committed = models.DecimalField(_("money committed (baht)"), max_digits=14, decimal_places=2, default=0)
    paid = models.DecimalField(_("money paid (baht)"), max_digits=14, decimal_places=2, default=0)
    narrative = models.TextField(_("what was done"), blank=True)
    problems = models.TextField(_("problems and obstacles"), blank=True)
    suggestions = models.TextField(_("suggestions"), blank=True)
    state = models.CharField(_("approval"), max_length=16, choices=ReportState.choices, default=ReportState.DRAFT)
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("reported by"))
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("approved by"))
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        ordering = ["entry__fiscal_year_be", "entry__order", "quarter"]
        constraints = [models.UniqueConstraint(fields=["entry", "quarter"], name="progress_report_unique")]

    def __str__(self) -> str:
        return f"{self.entry_id} Q{self.quarter} {self.status}"


class ReportEvent(AppendOnlyModel):
    """Append-only: a report's state change with who, when and why."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    transition = models.CharField(_("transition"), max_length=32)
    from_state = models.CharField(_("from"), max_length=16, choices=ReportState.choices, blank=True)
    to_state = models.CharField(_("to"), max_length=16, choices=ReportState.choices)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("report event")
        verbose_name_plural = _("report events")
        ordering = ["-created_at", "-id"]



class KpiResult(models.Model):
    """What was achieved against one indicator (plans.Kpi) of the project, in this report."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="kpi_results")
    kpi = models.ForeignKey("plans.Kpi", on_delete=models.CASCADE, related_name="+")
    achieved = models.DecimalField(_("achieved"), max_digits=14, decimal_places=2, null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("indicator result")
        verbose_name_plural = _("indicator results")
        constraints = [models.UniqueConstraint(fields=["report", "kpi"], name="progress_kpi_result_unique")]


class EvidenceKind(models.TextChoices):
    FILE = "file", _("File or photo")
    LINK = "link", _("Link")


def evidence_path(instance: "Evidence", filename: str) -> str:
    """A random name under MEDIA_ROOT/progress/<org>/: the original name is kept in `title` only."""
    suffix = PurePosixPath(filename).suffix.lower()[:8]
    return f"progress/{instance.organisation_id}/{uuid.uuid4().hex}{suffix}"


class Evidence(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(_("kind"), max_length=8, choices=EvidenceKind.choices)
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=evidence_path, blank=True, max_length=200)
    url = models.URLField(_("link"), blank=True, max_length=500)
    content_type = models.CharField(_("content type"), max_length=100, blank=True)
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)
    is_public = models.BooleanField(_("show on the public page"), default=False)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                    related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["report", "id"]
