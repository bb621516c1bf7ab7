"""The plans API: the same scoping as the pages; another organisation's data never leaks."""
import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_api_lists_and_reads_plans_projects_and_years(demo, persona):
    client = _client(persona("council"))
    plans = client.get(f"/api/orgs/{demo.org.code}/plans").json()
    assert [(p["first_year_be"], p["last_year_be"], p["status"]) for p in plans] == [(2566, 2570, "published")]
    year = client.get(f"/api/orgs/{demo.org.code}/plans/{demo.plan.pk}/years/2566").json()
    assert (len(year["rows"]), year["total_budget"], year["quarter_ticks"]) == (15, "30000.00", [6, 6, 0, 4])
    projects = client.get(f"/api/orgs/{demo.org.code}/plans/{demo.plan.pk}/projects").json()
    assert len(projects) == 50
    sheet1 = next(p for p in projects if p["sheet_number"] == 1 and p["dimension"] == 1)
    assert sheet1["area_code"] == "1.1.1" and len(sheet1["methods"]) == 7
    one = client.get(f"/api/orgs/{demo.org.code}/plans/{demo.plan.pk}/projects/{sheet1['id']}").json()
    assert one["name"] == sheet1["name"]


def test_api_refuses_anonymous_users(demo):
    assert Client().get(f"/api/orgs/{demo.org.code}/plans").status_code == 401


def test_two_organisations_never_see_each_others_plans(demo, persona, other_org):
    # given a plan officer of each organisation
    ours, theirs = _client(persona("plan")), _client(other_org.officer)
    # the other organisation's officer cannot read our plan, by our code or by theirs
    assert theirs.get(f"/api/orgs/{demo.org.code}/plans").status_code == 404
    assert theirs.get(f"/api/orgs/{other_org.org.code}/plans/{demo.plan.pk}").status_code == 404
    assert theirs.get(f"/o/{other_org.org.code}/plans/{demo.plan.pk}/").status_code == 404
    assert theirs.get(f"/o/{demo.org.code}/plans/{demo.plan.pk}/").status_code == 403
    # nor their project through our plan's URL, and vice versa
    assert ours.get(f"/o/{demo.org.code}/plans/{demo.plan.pk}/projects/{other_org.project.pk}/").status_code == 404
    assert ours.get(f"/api/orgs/{other_org.org.code}/plans").status_code == 404
    # each list shows only its own plans
    assert "โครงการลับเฉพาะองค์กรอื่น" not in ours.get("/plans/").content.decode()
    assert [p["id"] for p in theirs.get(f"/api/orgs/{other_org.org.code}/plans").json()] == [other_org.plan.pk]
    mine = ours.get(f"/api/orgs/{demo.org.code}/plans/{demo.plan.pk}/projects").json()
    assert all(p["name"] != "โครงการลับเฉพาะองค์กรอื่น" for p in mine)
    # an overseer of another province sees neither page nor API
    overseer = _client(other_org.overseer)
    assert overseer.get(f"/o/{demo.org.code}/plans/{demo.plan.pk}/").status_code == 403
    assert overseer.get(f"/api/orgs/{demo.org.code}/plans").status_code == 404
    # the national overseer sees both
    nacc = _client(persona("nacc"))
    assert nacc.get(f"/api/orgs/{other_org.org.code}/plans").status_code == 200
    assert nacc.get(f"/api/orgs/{demo.org.code}/plans").status_code == 200


def test_openapi_schema_and_docs_are_served_locally(persona):
    client = _client(persona("plan"))
    schema = client.get("/api/openapi.json").json()
    assert "/api/orgs/{org_code}/plans/{plan_id}/years/{fiscal_year_be}" in schema["paths"]
    docs = client.get("/api/docs").content.decode()
    assert "cdn" not in docs.lower()
