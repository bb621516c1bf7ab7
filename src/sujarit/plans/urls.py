from django.urls import path

from . import views

app_name = "plans"
org = "o/<slug:org_code>/plans/"
plan = org + "<int:plan_id>/"
urlpatterns = [
    path("plans/", views.plan_list, name="list"),
    path(org + "new/", views.plan_create, name="create"),
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
]
