from django.contrib import admin

from . import models


@admin.register(models.Complaint)
class ComplaintAdmin(admin.ModelAdmin):
    list_display = ("number", "fiscal_year_be", "organisation", "subject", "category", "channel", "status",
                    "received_on", "due_on")
    list_filter = ("organisation", "status", "channel", "fiscal_year_be")
    search_fields = ("subject", "place", "tracking_hint")
    readonly_fields = ("tracking_hash",)
    raw_id_fields = ("assignee", "created_by")


@admin.register(models.Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ("name", "code", "organisation", "order", "is_active")
    list_filter = ("organisation", "is_active")


class AppendOnlyAdmin(admin.ModelAdmin):
    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(models.ComplaintEvent)
class ComplaintEventAdmin(AppendOnlyAdmin):
    list_display = ("complaint", "action", "from_status", "to_status", "actor", "created_at")


@admin.register(models.Message)
class MessageAdmin(AppendOnlyAdmin):
    list_display = ("complaint", "from_complainant", "author", "created_at")


@admin.register(models.Letter)
class LetterAdmin(AppendOnlyAdmin):
    list_display = ("complaint", "kind", "issued_on", "expected_on")


for model in (models.CentreSettings, models.Holiday, models.UnitHead, models.Attachment, models.Reminder,
              models.RateCounter, models.SpentChallenge, models.NumberCounter):
    admin.site.register(model)
