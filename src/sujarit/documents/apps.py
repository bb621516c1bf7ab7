from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "sujarit.documents"
    label = "documents"
    verbose_name = _("Official documents")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from .models import ExportJob

        # Who asked for which document and when; progress updates are not worth a row each.
        auditlog.register(ExportJob, include_fields=["kind", "doc_format", "fiscal_year_be", "requested_by"])
