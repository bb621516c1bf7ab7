from django.urls import path

from . import views

app_name = "whistleblowing"
pub = "p/<slug:org_code>/report/"
staff = "o/<slug:org_code>/integrity-reports/"
report = staff + "<int:report_id>/"
urlpatterns = [
    path(pub, views.public_entry, name="public_entry"),
    path(pub + "new/", views.public_submit, name="public_submit"),
    path(pub + "track/", views.public_track, name="public_track"),
    path(pub + "track/status/", views.public_status, name="public_status"),
    path(pub + "track/finish/", views.public_finish, name="public_finish"),
    path(pub + "statistics/", views.public_statistics, name="public_statistics"),
    path(pub + "statistics.json", views.public_statistics_json, name="public_statistics_json"),
    path(pub + "statistics/<int:fiscal_year_be>/summary.pdf", views.public_summary_pdf, name="public_summary_pdf"),
    path("integrity-reports/", views.home, name="home"),
    path(staff, views.dashboard, name="dashboard"),
    path(staff + "unlock/", views.unlock, name="unlock"),
    path(staff + "key/", views.key_page, name="key"),
    path(staff + "settings/", views.channel_settings, name="settings"),
    path(report, views.report_detail, name="report_detail"),
    path(report + "transition/<slug:step>/", views.report_transition, name="report_transition"),
    path(report + "message/", views.report_message, name="report_message"),
    path(report + "assign/", views.report_assign, name="report_assign"),
    path(report + "exclude/", views.report_exclude, name="report_exclude"),
    path(report + "identity/", views.identity_request, name="identity_request"),
    path(report + "files/<int:attachment_id>/", views.attachment_download, name="attachment"),
    path(staff + "custodian/", views.custodian_home, name="custodian"),
    path(staff + "custodian/requests/<int:identity_request_id>/", views.custodian_request, name="custodian_request"),
    path(staff + "custodian/recover/<int:lost_key_id>/", views.custodian_recover, name="custodian_recover"),
    path(staff + "custodian/share/<int:custodian_user_id>/", views.custodian_share, name="custodian_share"),
]
