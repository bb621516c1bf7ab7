"""The shared URL walk restricted to this app's URLs (runs even while other apps' URL tables are unfinished)."""
import pytest
from django.test import Client
from django.urls import reverse

from sujarit.core.access import declared_rule
from sujarit.core.testing import EVERYONE
from tests.test_url_access import _client_for, _kwargs, _refused, walk

from .url_expectations import EXPECTED


def test_every_risk_url_declares_a_rule_and_is_listed():
    seen = {name: p for name, p in walk() if name.startswith("risks:")}
    assert set(seen) == set(EXPECTED)
    assert [n for n, p in seen.items() if declared_rule(p.callback) is None] == []


@pytest.mark.django_db
@pytest.mark.parametrize("who", sorted(EVERYONE))
def test_risk_url_walk(who, demo, persona, other_org):
    kwargs = _kwargs(demo)
    failures = []
    for name, pattern in walk():
        if not name.startswith("risks:"):
            continue
        client: Client = _client_for(who, persona, other_org)
        method, allowed = EXPECTED[name]
        url = reverse(name, kwargs={k: kwargs[k] for k in pattern.pattern.converters})
        data = {"comment": "ทดสอบสิทธิ์"}
        response = client.post(url, data) if method == "post" else client.get(url)
        if (who in allowed) == _refused(response, who):
            failures.append(f"{name} {method.upper()} {url} as {who}: {response.status_code}")
    assert failures == []
