from django.urls import path

from . import views

app_name = "complaints"
pub = "p/<slug:org_code>/complaints/"
org = "o/<slug:org_code>/complaints/"
case = org + "<int:complaint_id>/"
conf = org + "settings/"
urlpatterns = [
    path(pub, views.public_form, name="public_form"),
    path(pub + "challenge/", views.challenge, name="challenge"),
    path(pub + "track/", views.track, name="track"),
    path(pub + "track/case/", views.track_case, name="track_case"),
    path(pub + "track/letters/<int:letter_id>/", views.track_letter, name="track_letter"),
    path(pub + "statistics/", views.stats_page, name="stats"),
    path(pub + "statistics.json", views.stats_json, name="stats_json"),
    path("complaints/", views.mine, name="mine"),
    path(org, views.dashboard, name="dashboard"),
    path(org + "cases/", views.complaint_list, name="list"),
    path(org + "new/", views.intake, name="intake"),
    path(org + "analysis/", views.analysis, name="analysis"),
    path(org + "summary/<int:fiscal_year_be>/", views.summary_pdf_view, name="summary_pdf"),
    path(org + "summary/<int:fiscal_year_be>/docx/", views.summary_docx_view, name="summary_docx"),
    path(case, views.case_detail, name="detail"),
    path(case + "act/<slug:action>/", views.case_act, name="act"),
    path(case + "explain/", views.case_explain, name="explain"),
    path(case + "message/", views.case_message, name="message"),
    path(case + "letters/<int:letter_id>/", views.letter_pdf_view, name="letter"),
    path(case + "files/<int:attachment_id>/", views.attachment_download, name="attachment"),
    path("complaints/settings/", views.settings_mine, name="settings_mine"),
    path(conf, views.centre_settings, name="settings"),
    path(conf + "clock/", views.settings_clock, name="settings_clock"),
    path(conf + "categories/", views.category_add, name="category_add"),
    path(conf + "categories/<int:category_id>/name/", views.category_rename, name="category_rename"),
    path(conf + "categories/<int:category_id>/move/", views.category_move, name="category_move"),
    path(conf + "categories/<int:category_id>/active/", views.category_active, name="category_active"),
    path(conf + "holidays/", views.holiday_add, name="holiday_add"),
    path(conf + "holidays/<int:holiday_id>/remove/", views.holiday_remove, name="holiday_remove"),
    path(conf + "holidays/import/", views.holidays_import, name="holidays_import"),
]
