"""Fixtures of the channel's tests: a cheap Argon2 cost (the real algorithm, never mocked), keyed clients."""
from __future__ import annotations

import pytest
from django.test import Client

CHEAP_ARGON2 = {"time_cost": 1, "memory_cost": 256, "parallelism": 1}
DEMO_PASSWORD = "demo-sujarit-2566"


@pytest.fixture(autouse=True)
def cheap_argon2(settings):
    settings.WHISTLEBLOWING_ARGON2 = CHEAP_ARGON2


@pytest.fixture
def signed_in():
    """A client signed in through the real login page, so that the key is unlocked by the login signal."""

    def make(username: str, password: str = DEMO_PASSWORD) -> Client:
        client = Client()
        response = client.post("/accounts/login/", {"username": username, "password": password})
        assert response.status_code == 302, response.content[:500]
        return client

    return make


@pytest.fixture
def submit(demo):
    """File a report in the demo organisation through the service."""
    from sujarit.whistleblowing import services

    def make(**fields):
        data = {"category": "procurement", "anonymity": "anonymous",
                "what": "ตรวจรับงานก่อสร้างทั้งที่งานยังไม่เสร็จตามสัญญา", **fields}
        return services.report_submit(organisation=fields.pop("organisation", demo.org),
                                      data=services.ReportInput(**{k: v for k, v in data.items()
                                                                   if k != "organisation"}))

    return make


def officer_key(report, user):
    """K_r for `user`, opened with the demo password (what the login signal does)."""
    from sujarit.whistleblowing import crypto
    from sujarit.whistleblowing.models import ReportKeyWrap, UserKey
    from sujarit.whistleblowing.services.keys import user_key_open

    key = UserKey.objects.get(user=user, status=UserKey.Status.ACTIVE)
    private = user_key_open(key, DEMO_PASSWORD)
    return crypto.unseal(private, bytes(ReportKeyWrap.objects.get(report=report, user_key=key).sealed_key))
