"""Pages: bounded queries at 18 and 1,800 yearly entries, the demo's numbers agree everywhere, leaks, bad input."""
import re
from decimal import Decimal as D

import pytest
from django.test import Client

from sujarit.plans.models import YearlyEntry
from sujarit.progress.documents import monitoring_document
from sujarit.progress.models import ProgressReport

pytestmark = pytest.mark.django_db
QUERY_BOUND = 25


def _client(persona=None, who=None) -> Client:
    client = Client()
    if who:
        client.force_login(persona(who))
    return client


def _grow_2566(demo, total: int) -> None:
    """Make fiscal year 2566 hold `total` entries, each further one with an approved Q2 and Q4 report."""
    plan = demo.plan
    template = plan.entries.filter(fiscal_year_be=2566).order_by("order").first()
    have = plan.entries.filter(fiscal_year_be=2566).count()
    new = YearlyEntry.objects.bulk_create(
        YearlyEntry(organisation=plan.organisation, plan=plan, project_id=template.project_id, fiscal_year_be=2566,
                    order=1000 + n, budget=D(100), q2=True) for n in range(total - have))
    ProgressReport.objects.bulk_create(
        ProgressReport(organisation=plan.organisation, entry=e, quarter=q, status="done", state="approved",
                       paid=D(50), committed=D(50)) for e in new for q in (2, 4))
    assert plan.entries.filter(fiscal_year_be=2566).count() == total


def _urls(demo):
    base = f"/o/{demo.org.code}/progress/{demo.plan.pk}/2566/"
    report = ProgressReport.objects.filter(entry__plan=demo.plan, quarter=4).first()
    return [base, base + "entries/", base + "rounds/", f"/o/{demo.org.code}/progress/{demo.plan.pk}/targets/",
            f"/o/{demo.org.code}/progress/reports/{report.pk}/", "/progress/",
            f"/p/{demo.org.code}/progress/?year=2566", f"/p/{demo.org.code}/progress/feed.json?year=2566"]


def test_pages_use_a_bounded_number_of_queries_at_18_and_1800_entries(demo, persona, django_assert_max_num_queries):
    client = _client(persona, "plan")
    for total in (18, 1800):
        _grow_2566(demo, total)
        for url in _urls(demo):
            with django_assert_max_num_queries(QUERY_BOUND):
                assert client.get(url).status_code == 200, url


def _pct(html: str, element_id: str) -> str:
    return re.search(rf'id="{element_id}".*?data-pct="([^"]*)"', html, re.S).group(1)


def test_demo_dashboard_public_page_feed_and_6_month_report_agree(demo, persona):
    dashboard = _client(persona, "mayor").get(f"/o/{demo.org.code}/progress/{demo.plan.pk}/2566/").content.decode()
    public = _client().get(f"/p/{demo.org.code}/progress/?year=2566").content.decode()
    feed = _client().get(f"/p/{demo.org.code}/progress/feed.json?year=2566").json()
    document = monitoring_document(plan=demo.plan, fiscal_year_be=2566, kind="6m")
    # hand-computed from demo_data: 6 months 7 done + 4 in progress of 15 = 60 %; 12 months (12 + 1) / 15
    assert _pct(dashboard, "kpi-6m") == _pct(public, "pub-6m") == feed["rounds"]["6m"]["total"][
        "implementation_pct"] == str(document.progress.total.pct) == "60.00"
    assert _pct(dashboard, "kpi-12m") == _pct(public, "pub-12m") == "86.67"
    assert feed["rounds"]["6m"]["total"]["traffic_light"] == document.progress.total.light == "green"
    assert feed["rounds"]["12m"]["total"]["budget_use_pct"] == "94.33"
    assert [y["ita_grade"] for y in feed["targets"]["years"]][:2] == ["C", "A"]
    assert "ค่าสาธิต" in public and "ข้อมูลสาธิต" in public  # demo values say so


def test_monitoring_pdf_renders(demo, persona):
    response = _client(persona, "council").get(f"/o/{demo.org.code}/progress/{demo.plan.pk}/2566/report-6m.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_public_page_shows_only_approved_reports_and_public_evidence(demo, persona, year_2567):
    from sujarit.progress import services

    services.report_save(entry=year_2567, quarter=1, status="done", narrative="ลับก่อนอนุมัติ",
                         acting_user=persona("plan"))
    feed = _client().get(f"/p/{demo.org.code}/progress/feed.json?year=2567").json()
    assert all(p["status"] == "not_started" for p in feed["projects"])
    html = _client().get(f"/p/{demo.org.code}/progress/?year=2566").content.decode()
    match = re.search(r'href="(/p/luang-nuea/progress/evidence/\d+/)"', html)
    response = _client().get(match.group(1))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_other_organisation_sees_nothing(demo, persona, other_org):
    report = ProgressReport.objects.filter(entry__plan=demo.plan).first()
    outsider = Client()
    outsider.force_login(other_org.officer)
    for url in [f"/o/{demo.org.code}/progress/reports/{report.pk}/",
                f"/o/{demo.org.code}/progress/{demo.plan.pk}/2566/"]:
        assert outsider.get(url).status_code == 403
    # ids of the demo organisation looked up under the other organisation's code are 404
    assert outsider.get(f"/o/{other_org.org.code}/progress/reports/{report.pk}/").status_code == 404
    assert outsider.get(f"/o/{other_org.org.code}/progress/entries/{report.entry_id}/q1/").status_code == 404
    assert outsider.get(f"/o/{other_org.org.code}/progress/{demo.plan.pk}/2566/").status_code == 404
    assert "luang" not in outsider.get("/progress/").content.decode()
    assert Client().get(f"/p/{other_org.org.code}/progress/").status_code == 404  # never published


def test_report_form_refuses_bad_input_in_thai_and_saves_nothing(demo, persona, year_2567):
    client = _client(persona, "plan")
    url = f"/o/{demo.org.code}/progress/entries/{year_2567.pk}/q1/"
    count = ProgressReport.objects.count()
    response = client.post(url, {"status": "postponed", "reason": ""})
    assert response.status_code == 200 and "เหตุผล" in response.content.decode()
    response = client.post(url, {"status": "done", "committed": "10", "paid": "20"})
    assert response.status_code == 200 and ProgressReport.objects.count() == count
    response = client.post(url, {"status": "in_progress", "committed": "๑,๐๐๐", "paid": "500"})
    assert response.status_code == 302 and ProgressReport.objects.count() == count + 1
    assert ProgressReport.objects.get(entry=year_2567, quarter=1).committed == D(1000)
