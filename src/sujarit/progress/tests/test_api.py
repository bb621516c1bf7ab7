"""API: same numbers and rules as the pages; refusals carry the service's code; other organisations get 404."""
import json

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_year_progress_and_report_through_the_api(demo, persona, other_org, year_2567):
    base = f"/api/orgs/{demo.org.code}"
    data = _client(persona("province")).get(f"{base}/plans/{demo.plan.pk}/progress/2566?round=6m").json()
    assert data["total"]["implementation_pct"] == "60.00" and data["total"]["traffic_light"] == "green"
    officer = _client(persona("plan"))
    url = f"{base}/entries/{year_2567.pk}/reports/3"
    bad = officer.put(url, json.dumps({"status": "cancelled"}), content_type="application/json")
    assert bad.status_code == 400 and bad.json()["code"] == "progress_reason_required"
    ok = officer.put(url, json.dumps({"status": "done", "committed": "10", "paid": "5"}),
                     content_type="application/json").json()
    assert ok["state"] == "draft"
    officer.post(f"{base}/reports/{ok['id']}/submit", "{}", content_type="application/json")
    refused = officer.post(f"{base}/reports/{ok['id']}/approve", "{}", content_type="application/json")
    assert refused.json()["code"] == "progress_transition_forbidden"
    approved = _client(persona("mayor")).post(f"{base}/reports/{ok['id']}/approve", "{}",
                                              content_type="application/json").json()
    assert approved["state"] == "approved"
    outsider = _client(other_org.officer)
    assert outsider.get(f"{base}/plans/{demo.plan.pk}/progress/2566").status_code == 404
    assert outsider.put(url, json.dumps({"status": "done"}), content_type="application/json").status_code == 404
    targets = _client(persona("council")).get(f"{base}/plans/{demo.plan.pk}/targets").json()
    assert targets["years"][0]["ita_grade"] == "C"
