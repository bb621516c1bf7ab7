"""The same documents through the API: files at once, the plan book as an export job; same access rules."""
import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _api(demo) -> str:
    return f"/api/orgs/{demo.org.code}/plans/{demo.plan.pk}/"


def test_year_eplan_and_sheet_files(demo, persona):
    client = _client(persona("nacc"))
    response = client.get(_api(demo) + "documents/years/2566/xlsx")
    assert response.status_code == 200 and response["Content-Type"] == XLSX
    assert client.get(_api(demo) + "documents/eplan/2570/pdf").content.startswith(b"%PDF")
    project = demo.plan.projects.exclude(sheet_number=None).first()
    assert client.get(_api(demo) + f"documents/projects/{project.pk}/docx").content[:2] == b"PK"


def test_bad_format_year_and_outsiders(demo, persona, other_org):
    client = _client(persona("plan"))
    assert client.get(_api(demo) + "documents/years/2566/exe").status_code == 422
    assert client.get(_api(demo) + "documents/years/2500/pdf").status_code == 404
    assert client.get(_api(demo) + "documents/projects/999999/pdf").status_code == 404
    assert _client(other_org.officer).get(_api(demo) + "documents/years/2566/pdf").status_code == 404
    assert _client().get(_api(demo) + "documents/years/2566/pdf").status_code == 401


def test_the_plan_book_export_through_the_api(demo, persona):
    client = _client(persona("plan"))
    response = client.post(_api(demo) + "exports", {"kind": "book", "doc_format": "docx"},
                           content_type="application/json")
    assert response.status_code == 202
    job = response.json()
    assert job["status"] == "done" and job["progress"] == 100
    assert job["status_url"] == f"/api/orgs/{demo.org.code}/exports/{job['id']}"
    assert client.get(job["status_url"]).json()["filename"] == "luang-nuea-plan-2566-2570.docx"
    file = client.get(job["download_url"])
    assert file.status_code == 200 and b"".join(file.streaming_content)[:2] == b"PK"
    other = _client(persona("council"))
    assert other.get(job["status_url"]).status_code == 200


def test_export_errors_carry_a_code(demo, persona, other_org):
    client = _client(persona("plan"))
    response = client.post(_api(demo) + "exports", {"kind": "year", "doc_format": "pdf", "fiscal_year_be": 2600},
                           content_type="application/json")
    assert response.status_code == 400 and response.json()["code"] == "document_year_outside_plan"
    outsider = _client(other_org.officer)
    assert outsider.post(_api(demo) + "exports", {"kind": "book"},
                         content_type="application/json").status_code == 404


def test_the_document_endpoints_are_in_the_openapi_schema(persona):
    schema = _client(persona("plan")).get("/api/openapi.json").json()
    paths = schema["paths"]
    for path in ("/api/orgs/{org_code}/plans/{plan_id}/documents/years/{fiscal_year_be}/{doc_format}",
                 "/api/orgs/{org_code}/plans/{plan_id}/exports", "/api/orgs/{org_code}/exports/{job_id}/file"):
        assert path in paths
    assert "application/pdf" in paths["/api/orgs/{org_code}/exports/{job_id}/file"]["get"]["responses"]["200"][
        "content"]


def test_the_eplan_summary_as_data(demo, persona):
    data = _client(persona("province")).get(_api(demo) + "documents/eplan/2566").json()
    assert data["total"] == 15 and data["counted"] + data["additional"] == 15
    assert [d["dimension"] for d in data["per_dimension"]] == [1, 2, 3, 4]
    assert data["items"][0]["budget"] == "20000.00" and data["items"][0]["no_budget"] is False
    assert data["items"][1]["no_budget"] is True
    assert _client(persona("province")).get(_api(demo) + "documents/eplan/2571").status_code == 404
