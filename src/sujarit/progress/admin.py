from django.contrib import admin

from . import models


@admin.register(models.ProgressReport)
class ProgressReportAdmin(admin.ModelAdmin):
    list_display = ("entry", "quarter", "status", "state", "organisation", "updated_at")
    list_filter = ("state", "status", "quarter", "organisation")
    raw_id_fields = ("entry", "reported_by", "approved_by")


@admin.register(models.ReportEvent)
class ReportEventAdmin(admin.ModelAdmin):
    list_display = ("report", "transition", "from_state", "to_state", "actor", "created_at")

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(models.Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "content_type", "size", "is_public", "report")
    raw_id_fields = ("report", "uploaded_by")


for model in (models.KpiResult, models.ReportRound, models.ItaResult, models.CaseCount, models.TargetProfile,
              models.Notice):
    admin.site.register(model)
