"""Uploaded plan documents on their way in, and lint findings an officer has accepted."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sujarit.core.querysets import OrgScopedQuerySet


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to be read")
    READING = "reading", _("Being read")
    READY = "ready", _("Ready for review")
    FAILED = "failed", _("Could not be read")
    IMPORTED = "imported", _("Imported")


class PlanImport(models.Model):
    """One uploaded document: read in the background, previewed with its findings, then imported (or not)."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.CASCADE, related_name="+")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    filename = models.CharField(_("file name"), max_length=255)
    data = models.BinaryField(_("document"))
    status = models.CharField(_("status"), max_length=16, choices=ImportStatus.choices, default=ImportStatus.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    error_code = models.CharField(max_length=50, blank=True)
    error_message = models.TextField(blank=True)
    source_text = models.TextField(blank=True)
    report = models.JSONField(default=dict, blank=True)
    plan = models.ForeignKey("plans.Plan", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("plan import")
        verbose_name_plural = _("plan imports")
        ordering = ["-created_at"]


class LintAcceptance(models.Model):
    """An officer's decision that a lint finding is known and acceptable, with the reason."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.CASCADE, related_name="+")
    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="lint_acceptances")
    key = models.CharField(_("finding"), max_length=300)
    code = models.CharField(_("code"), max_length=50)
    reason = models.TextField(_("reason"))
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    accepted_at = models.DateTimeField(auto_now_add=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("accepted finding")
        verbose_name_plural = _("accepted findings")
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="lint_acceptance_unique")]
