from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from sujarit.core.nav import member_roles


def _reads_complaints(user) -> bool:
    from .workflow import READERS

    return bool(member_roles(user) & READERS)


def _configures_only(user) -> bool:
    """An organisation administrator without a complaint role: a header link straight to the centre settings."""
    from .access import CONFIGURERS
    from .workflow import READERS

    roles = member_roles(user)
    return bool(roles & CONFIGURERS) and not roles & READERS


class ComplaintsConfig(AppConfig):
    name = "sujarit.complaints"
    label = "complaints"
    verbose_name = _("Complaint centre")
    nav_items = [(_("Complaints"), "complaints:mine", _reads_complaints),
                 (_("Complaint-centre settings"), "complaints:settings_mine", _configures_only)]

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from . import models

        # Events, messages and letters are append-only records themselves (like plans' PlanEvent): not logged twice.
        for model in (models.CentreSettings, models.Holiday, models.Category, models.UnitHead, models.Complaint,
                      models.Attachment):
            auditlog.register(model)
