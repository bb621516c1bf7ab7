"""XLSX round trip and the JSON API (staff and public)."""
import pytest
from django.test import Client

from sujarit.core.errors import ApplicationError
from sujarit.risks import selectors, services
from sujarit.risks.documents.xlsx import register_xlsx

pytestmark = pytest.mark.django_db


def test_export_then_import_gives_the_same_register(assessment, draft, persona):
    data = register_xlsx(selectors.assessment_register(assessment=assessment))
    count = services.assessment_import_xlsx(assessment=draft, data=data, acting_user=persona("plan"))
    assert count == 2
    old = selectors.assessment_register(assessment=assessment).risks
    new = selectors.assessment_register(assessment=draft).risks
    assert [(r.process_step, r.events, r.score, r.level) for r in new] == [
        (r.process_step, r.events, r.score, r.level) for r in old]
    assert [[m.description for m in r.measures] for r in new] == [[m.description for m in r.measures] for r in old]
    assert sum(1 for r in new for m in r.measures if m.projects) >= 10  # re-linked by name


def test_a_bad_sheet_is_refused_naming_the_row_and_saves_nothing(draft, persona):
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["ลำดับ", "ขั้นตอน/กระบวนงาน", "ประเด็นความเสี่ยง", "โอกาส", "ผลกระทบ"])
    ws.append([1, "การจัดซื้อ", "ฮั้ว", 3, 3])
    ws.append([2, "การอนุญาต", "เรียกรับเงิน", 9, 3])
    out = io.BytesIO()
    wb.save(out)
    with pytest.raises(ApplicationError) as err:
        services.assessment_import_xlsx(assessment=draft, data=out.getvalue(), acting_user=persona("plan"))
    assert err.value.code == "risk_scale_invalid" and "3" in str(err.value.message)
    assert not draft.risks.exists()
    with pytest.raises(ApplicationError) as err:
        services.assessment_import_xlsx(assessment=draft, data=b"not a workbook", acting_user=persona("plan"))
    assert err.value.code == "risk_xlsx_invalid"


def test_import_page_refuses_a_non_workbook(draft, persona):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = Client()
    client.force_login(persona("auditor"))
    url = f"/o/{draft.organisation.code}/risks/{draft.pk}/import/"
    response = client.post(url, {"file": SimpleUploadedFile("x.xlsx", b"hello")})
    assert response.status_code == 200 and response.context["form"].errors["file"]


def test_public_json_needs_no_login_and_shows_published_only(assessment, draft, persona):
    client = Client()
    org = assessment.organisation.code
    assert client.get(f"/api/public/orgs/{org}/risks").json() == [2566]
    doc = client.get(f"/api/public/orgs/{org}/risks/2566").json()
    assert [r["level_label"] for r in doc["risks"]] == ["ปานกลาง", "สูง"]
    assert doc["risks"][1]["measures"][0]["status_label"]
    assert client.get(f"/api/public/orgs/{org}/risks/2567").status_code == 404


def test_staff_api_reads_and_writes_with_the_same_rules(assessment, draft, persona):
    org = assessment.organisation.code
    council = Client()
    council.force_login(persona("council"))
    data = council.get(f"/api/orgs/{org}/risks/{assessment.pk}").json()
    assert [r["level"] for r in data["risks"]] == ["medium", "high"]
    assert any(p["name"] == "มาตรการ NO Gift Policy" for m in data["risks"][1]["measures"] for p in m["projects"])
    body = {"process_step": "การจัดซื้อจัดจ้าง", "events": ["แบ่งซื้อแบ่งจ้าง"], "area": "budget",
            "likelihood": 2, "impact": 5}
    url = f"/api/orgs/{org}/risks/{draft.pk}/risks"
    assert council.post(url, body, content_type="application/json").status_code == 404
    officer = Client()
    officer.force_login(persona("plan"))
    response = officer.post(url, body, content_type="application/json")
    assert response.status_code == 201 and response.json()["level"] == "high"
    bad = officer.post(url, {**body, "impact": 8}, content_type="application/json")
    assert bad.status_code == 400 and bad.json()["code"] == "risk_scale_invalid"
    project = assessment.plan.projects.get(name__contains="บัตรคิว")
    m = officer.post(f"{url}/{response.json()['id']}/measures", {"description": "ประกาศราคากลาง",
                                                                 "project_ids": [project.pk]},
                     content_type="application/json")
    assert m.status_code == 201 and m.json()["projects"][0]["id"] == project.pk
