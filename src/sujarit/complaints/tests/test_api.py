"""The complaint API: staff list for readers only, public statistics for everyone."""
import pytest
from django.test import Client

from sujarit.complaints import clock
from sujarit.core.thai import fiscal_year_be

pytestmark = pytest.mark.django_db


def test_readers_list_cases_others_do_not(centre, persona):
    officer = Client()
    officer.force_login(centre.officer)
    rows = officer.get(f"/api/orgs/{centre.org.code}/complaints?status=open").json()
    assert rows and all(r["status"] not in ("resolved", "closed", "rejected", "forwarded") for r in rows)
    assert any(r["overdue"] for r in rows)  # the demo's overdue street light
    council = Client()
    council.force_login(persona("council"))
    assert council.get(f"/api/orgs/{centre.org.code}/complaints").status_code == 404
    assert Client().get(f"/api/orgs/{centre.org.code}/complaints").status_code == 401


def test_public_statistics_need_no_login(centre):
    year = fiscal_year_be(clock.today())
    data = Client().get(f"/api/public/orgs/{centre.org.code}/complaints/statistics/{year}").json()
    assert data["fiscal_year_be"] == year and data["suppressed_below"] == 5
    assert Client().get(f"/api/public/orgs/nowhere/complaints/statistics/{year}").status_code == 404
