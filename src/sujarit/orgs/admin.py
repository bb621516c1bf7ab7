from django.contrib import admin

from .models import Membership, Organisation, OverseerScope


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "kind", "district", "province", "region"]
    list_filter = ["kind", "region", "province"]
    search_fields = ["code", "name", "province", "district"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role", "unit", "is_active"]
    list_filter = ["role", "is_active"]
    search_fields = ["user__username", "organisation__name"]
    autocomplete_fields = ["user", "organisation"]


@admin.register(OverseerScope)
class OverseerScopeAdmin(admin.ModelAdmin):
    list_display = ["user", "level", "region", "province", "district"]
    list_filter = ["level"]
