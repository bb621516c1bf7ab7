"""Actuals against the plan's Part 1 targets (plans.PlanTarget): ITA results and corruption-case counts."""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sujarit.core.querysets import OrgScopedQuerySet


class TargetProfile(models.Model):
    """Per plan: whether the organisation had already passed ITA (then every year's ITA target is ≥ 90)."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    plan = models.OneToOneField("plans.Plan", on_delete=models.CASCADE, related_name="+")
    already_passed_ita = models.BooleanField(_("already passed ITA (target ≥ 90)"), default=False)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("target profile")
        verbose_name_plural = _("target profiles")


class ItaResult(models.Model):
    """NACC's published ITA result of one fiscal year: the total and its IIT, EIT and OIT parts."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="+")
    fiscal_year_be = models.PositiveIntegerField(_("fiscal year (BE)"))
    score = models.DecimalField(_("ITA score"), max_digits=5, decimal_places=2)
    iit = models.DecimalField(_("IIT (staff survey)"), max_digits=5, decimal_places=2, null=True, blank=True)
    eit = models.DecimalField(_("EIT (citizen survey)"), max_digits=5, decimal_places=2, null=True, blank=True)
    oit = models.DecimalField(_("OIT (published evidence)"), max_digits=5, decimal_places=2, null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("ITA result")
        verbose_name_plural = _("ITA results")
        ordering = ["plan", "fiscal_year_be"]
        constraints = [models.UniqueConstraint(fields=["plan", "fiscal_year_be"], name="progress_ita_unique")]


class CaseCount(models.Model):
    """Corruption cases/complaints of one fiscal year, entered by hand (see progress.case_sources)."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="+")
    fiscal_year_be = models.PositiveIntegerField(_("fiscal year (BE)"))
    count = models.PositiveIntegerField(_("corruption cases/complaints"))
    note = models.CharField(_("note"), max_length=300, blank=True)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("corruption-case count")
        verbose_name_plural = _("corruption-case counts")
        ordering = ["plan", "fiscal_year_be"]
        constraints = [models.UniqueConstraint(fields=["plan", "fiscal_year_be"], name="progress_cases_unique")]
