from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _sees_risks(user) -> bool:
    return user.is_authenticated  # no query here: the header is on every page (the list shows what is visible)


class RisksConfig(AppConfig):
    name = "sujarit.risks"
    label = "risks"
    verbose_name = _("Corruption-risk register")
    nav_items = [(_("Risk register"), "risks:home", _sees_risks)]

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from . import models

        for model in (models.RiskMatrix, models.RiskAssessment, models.WorkingGroupMember, models.Risk,
                      models.ControlMeasure, models.MeasureProject, models.FollowUpRound, models.MeasureProgress,
                      models.RiskReview):
            auditlog.register(model, exclude_fields=["public_snapshot"] if model is models.RiskAssessment else None)
