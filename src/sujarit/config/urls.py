from django.contrib import admin
from django.urls import include, path

from sujarit.api.api import api
from sujarit.core import views as core_views

admin.site.site_header = "Sujarit · สุจริต"
admin.site.site_title = "Sujarit"

urlpatterns = [
    path("", core_views.home, name="home"),
    path("accounts/", include("sujarit.accounts.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("", include("sujarit.plans.urls")),
    path("", include("sujarit.documents.urls")),
    path("", include("sujarit.progress.urls")),
    path("", include("sujarit.risks.urls")),
    path("", include("sujarit.complaints.urls")),
    path("", include("sujarit.whistleblowing.urls")),
]

handler403 = "sujarit.core.views.forbidden"
handler404 = "sujarit.core.views.not_found"
