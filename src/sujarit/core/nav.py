"""The header navigation, contributed by each app: `nav_items` on its AppConfig.

An item is (label, url_name, predicate); the predicate takes the user and says whether to show the link.
"""
from __future__ import annotations

from django.apps import apps
from django.urls import NoReverseMatch, reverse


def nav_items(request) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    items = []
    for config in apps.get_app_configs():
        for label, url_name, predicate in getattr(config, "nav_items", ()):
            if predicate(user):
                try:
                    items.append({"label": label, "url": reverse(url_name)})
                except NoReverseMatch:
                    continue
    return {"nav_items": items}
