"""The two monitoring rounds of a fiscal year (e-PlanNACC): 6 months (quarters 1–2) and 12 months (1–4)."""
from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sujarit.core.querysets import OrgScopedQuerySet


class RoundKind(models.TextChoices):
    SIX_MONTHS = "6m", _("6-month round")
    TWELVE_MONTHS = "12m", _("12-month round")


# The quarters a round's figures cover, and the quarters in which a report counts as "reported" for it.
ROUND_LAST_QUARTER = {RoundKind.SIX_MONTHS: 2, RoundKind.TWELVE_MONTHS: 4}
ROUND_REPORT_QUARTERS = {RoundKind.SIX_MONTHS: (1, 2), RoundKind.TWELVE_MONTHS: (3, 4)}


class ReportRound(models.Model):
    """A round's deadline and its reminder schedule; the period itself follows from the fiscal year."""

    organisation = models.ForeignKey("orgs.Organisation", on_delete=models.PROTECT, related_name="+")
    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="+")
    fiscal_year_be = models.PositiveIntegerField(_("fiscal year (BE)"))
    kind = models.CharField(_("round"), max_length=4, choices=RoundKind.choices)
    deadline = models.DateField(_("reporting deadline"))
    remind_days_before = models.PositiveIntegerField(_("remind this many days before"), default=7)
    last_reminded_on = models.DateField(_("last reminder sent on"), null=True, blank=True)

    objects = OrgScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("report round")
        verbose_name_plural = _("report rounds")
        ordering = ["plan", "fiscal_year_be", "kind"]
        constraints = [models.UniqueConstraint(fields=["plan", "fiscal_year_be", "kind"],
                                               name="progress_round_unique")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.fiscal_year_be}"

    @property
    def last_quarter(self) -> int:
        return ROUND_LAST_QUARTER[self.kind]

    @property
    def report_quarters(self) -> tuple[int, ...]:
        return ROUND_REPORT_QUARTERS[self.kind]
