"""The header navigation, contributed by each app: `nav_items` on its AppConfig.

An item is (label, url_name, predicate); the predicate takes the user and says whether to show the link. The header
is on every page: a predicate that needs roles uses `member_roles`, so all links share one query.
"""
from __future__ import annotations

from django.apps import apps
from django.urls import NoReverseMatch, reverse


def member_roles(user) -> set[str]:
    """Every active role of the user in any organisation, for predicates: read once per request (kept on the
    request's user object), however many links ask."""
    cached = getattr(user, "_nav_member_roles", None)
    if cached is None:
        from sujarit.orgs.models import Membership

        cached = set(Membership.objects.filter(user=user, is_active=True).values_list("role", flat=True))
        user._nav_member_roles = cached
    return cached


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
