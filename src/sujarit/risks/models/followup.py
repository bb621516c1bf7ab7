"""Follow-up at 6 and 12 months: each measure's status and evidence, each risk's residual score."""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sujarit.core.querysets import OrgScopedQuerySet

from .assessment import AssessmentStatus


class FollowUpRound(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    assessment = models.ForeignKey("risks.RiskAssessment", on_delete=models.CASCADE, related_name="rounds")
    months = models.PositiveSmallIntegerField(_("months"), choices=[(6, _("6 months")), (12, _("12 months"))])
    as_of = models.DateField(_("as of"))
    summary = models.TextField(_("summary, problems and suggestions"), blank=True)
    status = models.CharField(_("status"), max_length=16, choices=AssessmentStatus.choices,
                              default=AssessmentStatus.DRAFT)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("approved by"))
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow-up round")
        verbose_name_plural = _("follow-up rounds")
        ordering = ["assessment", "months"]
        constraints = [models.UniqueConstraint(fields=["assessment", "months"], name="followup_one_per_month")]

    def __str__(self) -> str:
        return f"{self.assessment} · {self.months}"


class MeasureStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


class MeasureProgress(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    round = models.ForeignKey(FollowUpRound, on_delete=models.CASCADE, related_name="progress")
    measure = models.ForeignKey("risks.ControlMeasure", on_delete=models.CASCADE, related_name="progress")
    status = models.CharField(_("status"), max_length=16, choices=MeasureStatus.choices,
                              default=MeasureStatus.NOT_STARTED)
    evidence = models.TextField(_("evidence"), blank=True)
    evidence_url = models.URLField(_("evidence link"), blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("measure progress")
        verbose_name_plural = _("measure progress")
        constraints = [models.UniqueConstraint(fields=["round", "measure"], name="measureprogress_unique")]


class RiskReview(models.Model):
    """A risk at a follow-up round: residual likelihood and impact, incidents and complaints seen."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    round = models.ForeignKey(FollowUpRound, on_delete=models.CASCADE, related_name="reviews")
    risk = models.ForeignKey("risks.Risk", on_delete=models.CASCADE, related_name="reviews")
    residual_likelihood = models.PositiveSmallIntegerField(_("residual likelihood"), null=True, blank=True)
    residual_impact = models.PositiveSmallIntegerField(_("residual impact"), null=True, blank=True)
    residual_score = models.PositiveSmallIntegerField(_("residual score"), null=True, blank=True, editable=False)
    residual_level = models.CharField(_("residual level"), max_length=16, blank=True, editable=False)
    incidents = models.PositiveIntegerField(_("incidents recorded by the working group"), default=0)
    comment = models.TextField(_("comment"), blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("risk review")
        verbose_name_plural = _("risk reviews")
        constraints = [models.UniqueConstraint(fields=["round", "risk"], name="riskreview_unique")]
