"""One organisation's corruption-risk assessment for one fiscal year, its working group and its history."""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sujarit.core.models import AppendOnlyModel
from sujarit.core.querysets import OrgScopedQuerySet


class AssessmentStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    APPROVED = "approved", _("Approved")
    PUBLISHED = "published", _("Published")


class RiskAssessment(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    fiscal_year_be = models.PositiveIntegerField(_("fiscal year (BE)"))
    matrix = models.ForeignKey("risks.RiskMatrix", on_delete=models.PROTECT, related_name="assessments",
                               verbose_name=_("risk matrix"))
    plan = models.ForeignKey("plans.Plan", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                             verbose_name=_("action plan"))
    title = models.CharField(_("title"), max_length=300)
    scope = models.TextField(_("scope and method"), blank=True)
    source = models.CharField(_("source"), max_length=20, default="form")
    status = models.CharField(_("status"), max_length=16, choices=AssessmentStatus.choices,
                              default=AssessmentStatus.DRAFT)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("approved by"))
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    # What the public sees: written when the assessment (or a follow-up round) is published, never in between.
    public_snapshot = models.JSONField(_("published content"), default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("risk assessment")
        verbose_name_plural = _("risk assessments")
        ordering = ["organisation", "-fiscal_year_be"]
        constraints = [models.UniqueConstraint(fields=["organisation", "fiscal_year_be"],
                                               name="riskassessment_one_per_year")]

    def __str__(self) -> str:
        return f"{self.organisation} {self.fiscal_year_be}"


class WorkingGroupRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    MEMBER = "member", _("Member")
    SECRETARY = "secretary", _("Secretary")


class WorkingGroupMember(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    assessment = models.ForeignKey(RiskAssessment, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=200, blank=True)
    group_role = models.CharField(_("role in the working group"), max_length=16, choices=WorkingGroupRole.choices,
                                  default=WorkingGroupRole.MEMBER)
    order = models.PositiveIntegerField(_("order"), default=0)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("working-group member")
        verbose_name_plural = _("working-group members")
        ordering = ["assessment", "order", "id"]


class AssessmentEvent(AppendOnlyModel):
    """Append-only: a workflow step of an assessment or of one of its follow-up rounds."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    assessment = models.ForeignKey(RiskAssessment, on_delete=models.CASCADE, related_name="events")
    round = models.ForeignKey("risks.FollowUpRound", on_delete=models.CASCADE, null=True, blank=True,
                              related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    transition = models.CharField(_("transition"), max_length=32)
    from_status = models.CharField(_("from"), max_length=16, choices=AssessmentStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=16, choices=AssessmentStatus.choices, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("risk-assessment event")
        verbose_name_plural = _("risk-assessment events")
        ordering = ["-created_at", "-id"]

