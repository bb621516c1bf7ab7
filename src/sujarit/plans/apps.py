from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "sujarit.plans"
    label = "plans"
    verbose_name = _("Action plans")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from . import models

        for model in (models.Plan, models.PlanYear, models.RiskRow, models.PlanTarget, models.Project,
                      models.Kpi, models.YearlyEntry, models.LintAcceptance):
            auditlog.register(model)
