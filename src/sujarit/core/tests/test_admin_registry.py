from django.apps import apps
from django.contrib import admin

OUR_APPS = ["accounts", "orgs", "frameworks", "plans", "documents", "progress", "risks", "complaints",
            "whistleblowing"]


def test_every_model_of_our_apps_has_an_admin():
    missing = [m.__name__ for label in OUR_APPS for m in apps.get_app_config(label).get_models()
               if not admin.site.is_registered(m)]
    assert missing == []
