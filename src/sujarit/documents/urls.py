from django.urls import path

from . import views

app_name = "documents"
plan = "o/<slug:org_code>/plans/<int:plan_id>/documents/"
export = "o/<slug:org_code>/exports/<uuid:job_id>/"
urlpatterns = [
    path(plan, views.plan_documents, name="plan"),
    path(plan + "years/<int:fiscal_year_be>/<slug:doc_format>/", views.year_download, name="year"),
    path(plan + "eplan/<int:fiscal_year_be>/<slug:doc_format>/", views.eplan_download, name="eplan"),
    path(plan + "projects/<int:project_id>/<slug:doc_format>/", views.sheet_download, name="sheet"),
    path(plan + "exports/", views.export_create, name="export_create"),
    path(export, views.export_detail, name="export"),
    path(export + "file/", views.export_file, name="export_file"),
    path("o/<slug:org_code>/documents/letterhead/", views.letterhead_edit, name="letterhead"),
]
