from django.contrib import admin

from . import models


@admin.register(models.RiskMatrix)
class RiskMatrixAdmin(admin.ModelAdmin):
    list_display = ("title", "code", "version", "size", "is_default")


class MemberInline(admin.TabularInline):
    model = models.WorkingGroupMember
    extra = 0


@admin.register(models.RiskAssessment)
class RiskAssessmentAdmin(admin.ModelAdmin):
    list_display = ("organisation", "fiscal_year_be", "title", "status", "published_at")
    list_filter = ("status", "fiscal_year_be")
    inlines = [MemberInline]
    readonly_fields = ("public_snapshot",)


@admin.register(models.AssessmentEvent)
class AssessmentEventAdmin(admin.ModelAdmin):
    list_display = ("assessment", "round", "transition", "from_status", "to_status", "actor", "created_at")

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class MeasureInline(admin.TabularInline):
    model = models.ControlMeasure
    extra = 0
    fields = ("number", "description", "owner", "due_date")


@admin.register(models.Risk)
class RiskAdmin(admin.ModelAdmin):
    list_display = ("assessment", "number", "process_step", "area", "likelihood", "impact", "score", "level")
    list_filter = ("level", "area")
    inlines = [MeasureInline]


@admin.register(models.ControlMeasure)
class ControlMeasureAdmin(admin.ModelAdmin):
    list_display = ("risk", "number", "description", "owner", "due_date")


@admin.register(models.MeasureProject)
class MeasureProjectAdmin(admin.ModelAdmin):
    list_display = ("measure", "project", "match_score")


@admin.register(models.WorkingGroupMember)
class WorkingGroupMemberAdmin(admin.ModelAdmin):
    list_display = ("assessment", "name", "position", "group_role")


@admin.register(models.FollowUpRound)
class FollowUpRoundAdmin(admin.ModelAdmin):
    list_display = ("assessment", "months", "as_of", "status")


@admin.register(models.MeasureProgress)
class MeasureProgressAdmin(admin.ModelAdmin):
    list_display = ("round", "measure", "status")


@admin.register(models.RiskReview)
class RiskReviewAdmin(admin.ModelAdmin):
    list_display = ("round", "risk", "residual_likelihood", "residual_impact", "residual_level", "incidents")
