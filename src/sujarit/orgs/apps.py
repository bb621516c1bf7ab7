from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgsConfig(AppConfig):
    name = "sujarit.orgs"
    label = "orgs"
    verbose_name = _("Organisations")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from .models import Membership, Organisation, OverseerScope

        for model in (Organisation, Membership, OverseerScope):
            auditlog.register(model)
