from django.contrib import admin

from .models import ExportJob, Letterhead


@admin.register(ExportJob)
class ExportJobAdmin(admin.ModelAdmin):
    list_display = ["created_at", "organisation", "plan", "kind", "doc_format", "status", "progress", "requested_by"]
    list_filter = ["status", "kind", "doc_format"]
    readonly_fields = [f.name for f in ExportJob._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Letterhead)
class LetterheadAdmin(admin.ModelAdmin):
    """Read here; edited on the organisation's letterhead page, where the logo is checked (ADR 0032)."""

    list_display = ["organisation", "name", "logo_type", "updated_at", "updated_by"]
    search_fields = ["name", "organisation__name", "organisation__code"]
    readonly_fields = ["organisation", "logo", "logo_type", "updated_by", "updated_at"]

    def has_add_permission(self, request):
        return False
