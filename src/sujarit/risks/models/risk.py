"""A risk of an assessment and the control measures that treat it, linked to plan projects."""
from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sujarit.core.querysets import OrgScopedQuerySet


class RiskArea(models.TextChoices):
    """The four usual areas of corruption risk in Thai local government, plus one the working group names."""

    PERMITS = "permits", _("Permits and approvals")
    DISCRETION = "discretion", _("Use of discretionary power")
    BUDGET = "budget", _("Budget and public resources")
    HUMAN_RESOURCES = "hr", _("Human resources")
    OTHER = "other", _("Other (named by the working group)")


class Risk(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    assessment = models.ForeignKey("risks.RiskAssessment", on_delete=models.CASCADE, related_name="risks")
    number = models.PositiveIntegerField(_("number"))
    process_step = models.TextField(_("process step"))
    area = models.CharField(_("risk area"), max_length=16, choices=RiskArea.choices, default=RiskArea.OTHER)
    area_other = models.CharField(_("other area"), max_length=200, blank=True)
    events = models.JSONField(_("risk events"), default=list)
    likelihood = models.PositiveSmallIntegerField(_("likelihood"), null=True, blank=True)
    impact = models.PositiveSmallIntegerField(_("impact"), null=True, blank=True)
    score = models.PositiveSmallIntegerField(_("score"), null=True, blank=True, editable=False)
    level = models.CharField(_("level"), max_length=16, blank=True, editable=False)
    stated_level = models.CharField(_("level as stated in the source"), max_length=32, blank=True)
    owner_unit = models.CharField(_("owner unit"), max_length=200, blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("risk")
        verbose_name_plural = _("risks")
        ordering = ["assessment", "number", "id"]

    def __str__(self) -> str:
        return f"{self.number}. {self.process_step}"

    @property
    def area_label(self) -> str:
        return self.area_other if self.area == RiskArea.OTHER and self.area_other else self.get_area_display()


class ControlMeasure(models.Model):
    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    risk = models.ForeignKey(Risk, on_delete=models.CASCADE, related_name="measures")
    number = models.PositiveIntegerField(_("number"))
    description = models.TextField(_("measure"))
    owner = models.CharField(_("owner"), max_length=200, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    projects = models.ManyToManyField("plans.Project", through="risks.MeasureProject", related_name="+",
                                      verbose_name=_("plan projects"), blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("control measure")
        verbose_name_plural = _("control measures")
        ordering = ["risk", "number", "id"]

    def __str__(self) -> str:
        return self.description


class MeasureProject(models.Model):
    """A control measure carried out by a plan project (so the plan shows the risks each project treats)."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    measure = models.ForeignKey(ControlMeasure, on_delete=models.CASCADE, related_name="project_links")
    project = models.ForeignKey("plans.Project", on_delete=models.CASCADE, related_name="risk_measure_links")
    match_score = models.DecimalField(_("name match score"), max_digits=5, decimal_places=1, null=True,
                                      blank=True, help_text=_("Set when the link was made by name matching."))

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("measure ↔ project link")
        verbose_name_plural = _("measure ↔ project links")
        constraints = [models.UniqueConstraint(fields=["measure", "project"], name="measureproject_unique")]
