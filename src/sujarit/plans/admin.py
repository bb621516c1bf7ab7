from django.contrib import admin

from . import models


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request, obj=None):
        return False


class PlanEventInline(ReadOnlyInline):
    model = models.PlanEvent
    fields = ["created_at", "actor", "kind", "transition", "from_status", "to_status", "verdict", "comment"]
    readonly_fields = fields


@admin.register(models.Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["organisation", "first_year_be", "last_year_be", "status", "title"]
    list_filter = ["status", "framework"]
    search_fields = ["title", "organisation__name"]
    readonly_fields = ["status", "submitted_by", "submitted_at", "approved_by", "approved_at", "published_by",
                       "published_at"]
    inlines = [PlanEventInline]


@admin.register(models.PlanEvent)
class PlanEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "plan", "actor", "kind", "transition", "from_status", "to_status", "verdict"]
    list_filter = ["kind", "verdict"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


@admin.register(models.PlanYear)
class PlanYearAdmin(admin.ModelAdmin):
    list_display = ["plan", "fiscal_year_be", "stated_total_budget", "stated_quarter_ticks"]


@admin.register(models.RiskRow)
class RiskRowAdmin(admin.ModelAdmin):
    list_display = ["plan", "number", "step", "level"]


@admin.register(models.PlanTarget)
class PlanTargetAdmin(admin.ModelAdmin):
    list_display = ["plan", "fiscal_year_be", "ita_score", "case_reduction_pct"]


class KpiInline(admin.TabularInline):
    model = models.Kpi
    extra = 0
    fields = ["kind", "indicator", "comparator", "value", "unit"]


@admin.register(models.Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["name", "plan", "dimension", "area", "kind", "sheet_number"]
    list_filter = ["kind", "dimension"]
    search_fields = ["name"]
    inlines = [KpiInline]


@admin.register(models.Kpi)
class KpiAdmin(admin.ModelAdmin):
    list_display = ["project", "kind", "indicator", "comparator", "value", "unit"]


@admin.register(models.YearlyEntry)
class YearlyEntryAdmin(admin.ModelAdmin):
    list_display = ["plan", "fiscal_year_be", "order", "project", "budget", "q1", "q2", "q3", "q4", "counted",
                    "match_score"]
    list_filter = ["fiscal_year_be", "counted"]
    search_fields = ["project__name", "name_as_printed"]


@admin.register(models.PlanImport)
class PlanImportAdmin(admin.ModelAdmin):
    list_display = ["created_at", "organisation", "filename", "status", "progress", "error_code", "plan"]
    list_filter = ["status"]
    exclude = ["data"]
    readonly_fields = ["organisation", "uploaded_by", "filename", "status", "progress", "error_code",
                       "error_message", "source_text", "report", "plan"]


@admin.register(models.LintAcceptance)
class LintAcceptanceAdmin(admin.ModelAdmin):
    list_display = ["plan", "code", "key", "accepted_by", "accepted_at"]
    list_filter = ["code"]
