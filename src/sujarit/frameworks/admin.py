from django.contrib import admin

from .models import Area, Framework


class AreaInline(admin.TabularInline):
    model = Area
    fields = ["code", "title", "level", "parent"]
    readonly_fields = ["level"]
    extra = 0


@admin.register(Framework)
class FrameworkAdmin(admin.ModelAdmin):
    list_display = ["code", "version", "title", "first_year_be", "last_year_be"]
    inlines = [AreaInline]


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "framework", "level"]
    list_filter = ["framework", "level"]
    search_fields = ["code", "title"]
