"""The API: anonymous submission and tracking by receipt, officers' reads (logged) and steps, the OpenAPI schema."""
import json

import pytest
from django.test import Client

from sujarit.whistleblowing.models import EventKind, ReportEvent

pytestmark = pytest.mark.django_db


def test_submit_track_read_and_step_through_the_api(demo, signed_in):
    base = f"/api/whistleblowing/{demo.org.code}"
    anonymous = Client()
    response = anonymous.post(f"{base}/submissions", json.dumps(
        {"category": "abuse_of_power", "what": "สั่งให้ลูกจ้างไปทำงานส่วนตัวในเวลาราชการเป็นประจำ"}),
        content_type="application/json")
    assert response.status_code == 201, response.content
    receipt = response.json()["receipt"]
    assert len(receipt.replace("-", "")) == 25
    bad = anonymous.post(f"{base}/submissions", json.dumps({"category": "nope", "what": "x"}),
                         content_type="application/json")
    assert bad.status_code == 400 and bad.json()["code"] == "wb_field_required"

    officer = signed_in("integrity")
    listing = officer.get(f"{base}/reports").json()
    report_id = next(r["id"] for r in listing if r["category"] == "abuse_of_power")
    detail = officer.get(f"{base}/reports/{report_id}").json()
    assert detail["unlocked"] and "ลูกจ้าง" in detail["content"]["what"]
    assert ReportEvent.objects.filter(report_id=report_id, kind=EventKind.VIEWED).exists()
    stepped = officer.post(f"{base}/reports/{report_id}/transitions/acknowledge", "{}",
                           content_type="application/json")
    assert stepped.status_code == 200 and stepped.json()["state"] == "acknowledged"

    tracked = anonymous.post(f"{base}/tracking", json.dumps({"receipt": receipt}), content_type="application/json")
    assert tracked.status_code == 200 and tracked.json()["state"] == "acknowledged"
    wrong = anonymous.post(f"{base}/tracking", json.dumps({"receipt": "0" * 25}), content_type="application/json")
    assert wrong.status_code == 400 and wrong.json()["code"] == "wb_receipt_wrong"
    stats = anonymous.get(f"{base}/statistics").json()
    assert stats["years"][0]["received"] >= 1


def test_the_schema_lists_the_channel_and_others_are_refused(demo, persona):
    client = Client()
    schema = client.get("/api/openapi.json").json()
    assert "requestBody" in schema["paths"]["/api/whistleblowing/{org_code}/submissions"]["post"]
    client.force_login(persona("mayor"))
    assert client.get(f"/api/whistleblowing/{demo.org.code}/reports").status_code == 403
