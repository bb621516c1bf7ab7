"""Walk every URL pattern as anonymous, as each role, and as outsiders; prove each is refused where it should be.

EXPECTED lists, for every named URL, who may use it; each app adds its own in `<app>/tests/url_expectations.py`
(`EXPECTED` and `url_kwargs(demo) -> dict` for its URL parameters). A new URL without an entry fails the walk,
and every view must declare an access rule (the deny-by-default middleware refuses the others).
"""
from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from sujarit.core.access import EXEMPT_NAMESPACES, EXEMPT_VIEW_NAMES, declared_rule
from sujarit.core.testing import EVERYONE, OVERSEERS, SIGNED_IN, VIEWERS

# url name -> (method, who may use it)
EXPECTED = {
    "home": ("get", EVERYONE),
    "accounts:login": ("get", EVERYONE),
    "accounts:logout": ("post", SIGNED_IN),
    "set_language": ("post", EVERYONE),
    "plans:list": ("get", SIGNED_IN),
    "plans:create": ("get", {"plan"}),
    "plans:detail": ("get", VIEWERS),
    "plans:edit": ("get", {"plan"}),
    "plans:year": ("get", VIEWERS),
    "plans:project_create": ("get", {"plan"}),
    "plans:project": ("get", VIEWERS),
    "plans:project_edit": ("get", {"plan"}),
    "plans:entry_create": ("get", {"plan"}),
    "plans:entry_edit": ("get", {"plan"}),
    "plans:transition": ("post", {"plan", "mayor"}),
    "plans:review": ("post", OVERSEERS),
}


APP_KWARGS = []
for config in apps.get_app_configs():
    if config.name.startswith("sujarit."):
        try:
            module = importlib.import_module(f"{config.name}.tests.url_expectations")
        except ModuleNotFoundError:
            continue
        EXPECTED.update(module.EXPECTED)
        if hasattr(module, "url_kwargs"):
            APP_KWARGS.append(module.url_kwargs)


def walk(resolver=None, prefix="", namespace=""):
    resolver = resolver or get_resolver()
    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            ns = p.namespace or ""
            if ns in EXEMPT_NAMESPACES:
                continue
            yield from walk(p, prefix + str(p.pattern), f"{namespace}{ns}:" if ns else namespace)
        elif isinstance(p, URLPattern) and p.name:
            yield f"{namespace}{p.name}", p


def test_every_view_declares_a_rule_and_is_listed():
    seen = dict(walk())
    missing_rule = [name for name, p in seen.items()
                    if declared_rule(p.callback) is None and name not in EXEMPT_VIEW_NAMES]
    assert missing_rule == []
    assert set(seen) == set(EXPECTED), "add new URLs to EXPECTED with who may use them"


def _kwargs(demo):
    entry = demo.plan.entries.get(fiscal_year_be=2566, order=1)
    kwargs = {"org_code": demo.org.code, "plan_id": demo.plan.pk, "fiscal_year_be": 2566,
              "project_id": entry.project_id, "entry_id": entry.pk, "transition": "amend"}
    for provide in APP_KWARGS:
        kwargs.update(provide(demo))
    return kwargs


def _client_for(who, persona, other_org) -> Client:
    client = Client()
    if who == "anonymous":
        return client
    user = {"other_plan": other_org.officer, "other_province": other_org.overseer}.get(who) or persona(who)
    client.force_login(user)
    return client


def _refused(response, who) -> bool:
    if who == "anonymous" and response.status_code == 302:
        return response["Location"].startswith("/accounts/login/")
    return response.status_code in (403, 404, 405)


@pytest.mark.django_db
@pytest.mark.parametrize("who", sorted(EVERYONE))
def test_url_walk(who, demo, persona, other_org):
    from django.urls import reverse

    kwargs = _kwargs(demo)
    failures = []
    for name, pattern in walk():
        client = _client_for(who, persona, other_org)  # afresh: the logout URL ends the session
        method, allowed = EXPECTED[name]
        needed = {k: kwargs[k] for k in pattern.pattern.converters}
        url = reverse(name, kwargs=needed)
        data = {"comment": "ทดสอบสิทธิ์", "verdict": "pass", "reason": "", "language": "th"}
        response = client.post(url, data) if method == "post" else client.get(url)
        refused = _refused(response, who)
        if (who in allowed) == refused:
            failures.append(f"{name} {method.upper()} {url} as {who}: {response.status_code}")
    assert failures == []


@pytest.mark.django_db
def test_admin_is_for_staff_only(persona):
    for who in ("plan", "mayor", "nacc"):
        client = Client()
        client.force_login(persona(who))
        assert client.get("/admin/").status_code == 302
    client = Client()
    client.force_login(persona("admin"))
    assert client.get("/admin/").status_code == 200
