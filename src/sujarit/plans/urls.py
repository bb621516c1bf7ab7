from django.urls import path

from . import views

app_name = "plans"
org = "o/<slug:org_code>/plans/"
plan = org + "<int:plan_id>/"
urlpatterns = [
    path("plans/", views.plan_list, name="list"),
    path(org + "new/", views.plan_create, name="create"),
    path(org + "import/", views.import_start, name="import"),
    path(org + "import/<int:import_id>/", views.import_detail, name="import_detail"),
    path(org + "import/<int:import_id>/progress/", views.import_progress, name="import_progress"),
    path(org + "import/<int:import_id>/confirm/", views.import_confirm, name="import_confirm"),
    path(plan, views.plan_detail, name="detail"),
    path(plan + "edit/", views.plan_edit, name="edit"),
    path(plan + "years/<int:fiscal_year_be>/", views.plan_year, name="year"),
    path(plan + "projects/new/", views.project_create, name="project_create"),
    path(plan + "projects/<int:project_id>/", views.project_detail, name="project"),
    path(plan + "projects/<int:project_id>/edit/", views.project_edit, name="project_edit"),
    path(plan + "entries/new/", views.entry_create, name="entry_create"),
    path(plan + "entries/<int:entry_id>/edit/", views.entry_edit, name="entry_edit"),
    path(plan + "transition/<slug:transition>/", views.plan_transition, name="transition"),
    path(plan + "review/", views.plan_review, name="review"),
    path(plan + "lint/", views.plan_lint, name="lint"),
    path(plan + "lint/accept/", views.plan_lint_accept, name="lint_accept"),
]
