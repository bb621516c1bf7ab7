from django.urls import path

from . import views

app_name = "progress"
org = "o/<slug:org_code>/progress/"
year = org + "<int:plan_id>/<int:fiscal_year_be>/"
pub = "p/<slug:org_code>/progress/"
urlpatterns = [
    path("progress/", views.index, name="index"),
    path("progress/notices/read/", views.notices_read, name="notices_read"),
    path(year, views.dashboard, name="dashboard"),
    path(year + "entries/", views.entries, name="entries"),
    path(year + "rounds/", views.rounds, name="rounds"),
    path(year + "rounds/<slug:round_kind>/", views.round_set, name="round_set"),
    path(year + "report-<slug:round_kind>.pdf", views.round_pdf, name="round_pdf"),
    path(org + "entries/<int:entry_id>/q<int:quarter>/", views.report_edit, name="report_edit"),
    path(org + "reports/<int:report_id>/", views.report_detail, name="report"),
    path(org + "reports/<int:report_id>/evidence/", views.evidence_add, name="evidence_add"),
    path(org + "reports/<int:report_id>/<slug:transition>/", views.report_transition, name="report_transition"),
    path(org + "evidence/<int:evidence_id>/", views.evidence_file, name="evidence_file"),
    path(org + "evidence/<int:evidence_id>/delete/", views.evidence_delete, name="evidence_delete"),
    path(org + "<int:plan_id>/targets/", views.targets, name="targets"),
    path(org + "<int:plan_id>/targets/edit/", views.targets_edit, name="targets_edit"),
    path(pub, views.public, name="public"),
    path(pub + "feed.json", views.public_json, name="public_json"),
    path(pub + "evidence/<int:evidence_id>/", views.public_evidence, name="public_evidence"),
]
