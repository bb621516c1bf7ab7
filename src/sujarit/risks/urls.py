from django.urls import path

from . import views

app_name = "risks"
org = "o/<slug:org_code>/risks/"
a = org + "<int:assessment_id>/"
pub = "p/<slug:org_code>/risks/"
urlpatterns = [
    path("risks/", views.home, name="home"),
    path(org, views.assessment_list, name="list"),
    path(org + "new/", views.assessment_create, name="create"),
    path(org + "from-plan/", views.assessment_from_plan, name="from_plan"),
    path(org + "projects/<int:project_id>/", views.project_risks, name="project"),
    path(a, views.assessment_detail, name="detail"),
    path(a + "edit/", views.assessment_edit, name="edit"),
    path(a + "members/new/", views.member_add, name="member_add"),
    path(a + "members/<int:member_id>/remove/", views.member_remove, name="member_remove"),
    path(a + "risks/new/", views.risk_create, name="risk_create"),
    path(a + "risks/<int:risk_id>/edit/", views.risk_edit, name="risk_edit"),
    path(a + "risks/<int:risk_id>/measures/new/", views.measure_create, name="measure_create"),
    path(a + "measures/<int:measure_id>/edit/", views.measure_edit, name="measure_edit"),
    path(a + "step/<slug:risk_step>/", views.assessment_transition, name="transition"),
    path(a + "rounds/new/", views.round_create, name="round_create"),
    path(a + "rounds/<int:round_id>/", views.round_detail, name="round"),
    path(a + "rounds/<int:round_id>/edit/", views.round_edit, name="round_edit"),
    path(a + "rounds/<int:round_id>/step/<slug:risk_step>/", views.round_transition, name="round_transition"),
    path(a + "export.xlsx", views.export_xlsx, name="export_xlsx"),
    path(a + "import/", views.import_xlsx, name="import_xlsx"),
    path(a + "report.pdf", views.report_pdf, name="report_pdf"),
    path(a + "report.docx", views.report_docx, name="report_docx"),
    path(a + "rounds/<int:round_id>/report.pdf", views.round_pdf, name="round_pdf"),
    path(a + "rounds/<int:round_id>/report.docx", views.round_docx, name="round_docx"),
    path(pub, views.public_list, name="public_list"),
    path(pub + "<int:fiscal_year_be>/", views.public_detail, name="public_detail"),
]
