from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _is_signed_in(user) -> bool:
    return user.is_authenticated


class ProgressConfig(AppConfig):
    name = "sujarit.progress"
    label = "progress"
    verbose_name = _("Progress and targets")
    nav_items = [(_("Progress"), "progress:index", _is_signed_in)]

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from . import models

        for model in (models.ProgressReport, models.ReportEvent, models.KpiResult, models.Evidence,
                      models.ReportRound, models.ItaResult, models.CaseCount, models.TargetProfile,
                      models.Notice):
            auditlog.register(model)
