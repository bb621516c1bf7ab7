"""Admin shows the channel's metadata only (never a ciphertext, key or tag) and changes nothing but settings.

Site administrators are not designated officers: they see that reports exist and their state, not their contents.
"""
from django.contrib import admin

from . import models


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_readonly_fields(self, request, obj=None):
        return self.fields or ()


@admin.register(models.ChannelSettings)
class ChannelSettingsAdmin(admin.ModelAdmin):
    list_display = ("organisation", "responsible_unit", "acknowledge_days", "feedback_days")
    exclude = ("receipt_salt",)


@admin.register(models.Report)
class ReportAdmin(ReadOnlyAdmin):
    list_display = ("reference", "organisation", "received_on", "state", "category")
    list_filter = ("state", "category", "fiscal_year_be")
    fields = ("organisation", "number", "fiscal_year_be", "received_on", "state", "category", "anonymity",
              "assigned_to", "acknowledge_due_on", "acknowledged_on", "outcome", "action_taken", "closed_on")


@admin.register(models.UserKey)
class UserKeyAdmin(ReadOnlyAdmin):
    list_display = ("user", "status", "created_on")
    fields = ("user", "status", "created_on")


@admin.register(models.ReportEvent)
class ReportEventAdmin(ReadOnlyAdmin):
    list_display = ("report", "kind", "actor", "occurred_on", "occurred_at")
    fields = ("organisation", "report", "kind", "actor", "occurred_on", "occurred_at", "from_state", "to_state")


@admin.register(models.IdentityRequest)
class IdentityRequestAdmin(ReadOnlyAdmin):
    list_display = ("report", "requested_by", "requested_on", "decision", "decided_by", "decided_on")
    fields = list_display


for model in (models.CustodianKey, models.CustodianShare, models.ReportKeyWrap, models.ExclusionTag,
              models.IdentityRecord, models.Message, models.Attachment, models.ThrottleBucket):
    admin.site.register(model, type(f"{model.__name__}Admin", (ReadOnlyAdmin,), {"fields": ("id",)}))


@admin.register(models.Reminder)
class ReminderAdmin(ReadOnlyAdmin):
    list_display = ("report", "user", "kind", "stage", "due_on", "day")
    fields = list_display
