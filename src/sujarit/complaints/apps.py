from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _reads_complaints(user) -> bool:
    from sujarit.orgs.models import Membership

    from .workflow import READERS

    return Membership.objects.filter(user=user, is_active=True, role__in=list(READERS)).exists()


class ComplaintsConfig(AppConfig):
    name = "sujarit.complaints"
    label = "complaints"
    verbose_name = _("Complaint centre")
    nav_items = [(_("Complaints"), "complaints:mine", _reads_complaints)]

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from . import models

        # Events, messages and letters are append-only records themselves (like plans' PlanEvent): not logged twice.
        for model in (models.CentreSettings, models.Holiday, models.Category, models.UnitHead, models.Complaint,
                      models.Attachment):
            auditlog.register(model)
