"""Upload → read in the background → preview with findings → confirm; the plan check page."""
from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from sujarit.plans.models import ImportStatus, LintAcceptance, Plan, PlanImport

pytestmark = pytest.mark.django_db


def _client(persona, who="plan") -> Client:
    client = Client()
    client.force_login(persona(who))
    return client


def _upload(client, demo, name, data):
    return client.post(f"/o/{demo.org.code}/plans/import/", {"document": SimpleUploadedFile(name, data)})


def test_upload_preview_confirm(demo, persona, seed_text, django_capture_on_commit_callbacks):
    client = _client(persona)
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(client, demo, "plan.txt", seed_text.encode())
    upload = PlanImport.objects.for_org(demo.org).get()
    assert response.status_code == 302 and response["Location"].endswith(f"/import/{upload.pk}/")
    assert (upload.status, upload.progress) == (ImportStatus.READY, 100)
    page = client.get(response["Location"]).content.decode()
    assert "stated-total-mismatch" in page and 'id="L89"' in page and 'href="#L89"' in page
    plans_before = Plan.objects.for_org(demo.org).count()
    response = client.post(f"/o/{demo.org.code}/plans/import/{upload.pk}/confirm/", {"supersedes": demo.plan.pk})
    plan = Plan.objects.for_org(demo.org).exclude(pk=demo.plan.pk).get()
    assert response["Location"] == f"/o/{demo.org.code}/plans/{plan.pk}/"
    assert Plan.objects.for_org(demo.org).count() == plans_before + 1
    assert (plan.version, plan.supersedes_id, plan.entries.count()) == (2, demo.plan.pk, 86)
    upload.refresh_from_db()
    assert upload.status == ImportStatus.IMPORTED and upload.plan == plan
    # confirming twice is refused and writes nothing more
    client.post(f"/o/{demo.org.code}/plans/import/{upload.pk}/confirm/", {})
    assert Plan.objects.for_org(demo.org).count() == plans_before + 1


def test_a_bad_upload_fails_with_a_thai_message_and_writes_no_plan(demo, persona,
                                                                  django_capture_on_commit_callbacks):
    client = _client(persona)
    before = Plan.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(client, demo, "scan.pdf", b"%PDF-1.4 nothing here")
    upload = PlanImport.objects.for_org(demo.org).get()
    assert upload.status == ImportStatus.FAILED and upload.error_code == "pdf-broken"
    assert "PDF" in client.get(response["Location"]).content.decode()
    response = client.post(f"/o/{demo.org.code}/plans/import/{upload.pk}/confirm/", {})
    assert Plan.objects.count() == before


def test_progress_partial_polls_until_ready(demo, persona):
    client = _client(persona)
    upload = PlanImport.objects.create(organisation=demo.org, filename="x.txt", data=b"x", status="reading",
                                       progress=40)
    url = f"/o/{demo.org.code}/plans/import/{upload.pk}/progress/"
    page = client.get(url).content.decode()
    assert 'value="40"' in page and "hx-trigger" in page
    upload.status = ImportStatus.READY
    upload.save()
    response = client.get(url)
    assert response.status_code == 204 and response["HX-Refresh"] == "true"


def test_another_organisation_cannot_see_an_upload(demo, persona, other_org):
    upload = PlanImport.objects.create(organisation=demo.org, filename="x.txt", data=b"x")
    theirs = Client()
    theirs.force_login(other_org.officer)
    assert theirs.get(f"/o/{other_org.org.code}/plans/import/{upload.pk}/").status_code == 404


def test_plan_check_page_and_accepting_a_finding(demo, persona, django_assert_max_num_queries):
    client = _client(persona)
    url = f"/o/{demo.org.code}/plans/{demo.plan.pk}/lint/"
    with django_assert_max_num_queries(15):
        page = client.get(url)
    findings = page.context["findings"]
    target = next(f for f, accepted in findings if f.code == "stated-total-mismatch")
    refused = client.post(url + "accept/", {"key": target.key, "code": target.code, "reason": " "}, follow=True)
    assert not LintAcceptance.objects.exists()
    assert [m.level_tag for m in refused.context["messages"]] == ["error"]  # a Thai reason is asked for
    client.post(url + "accept/", {"key": target.key, "code": target.code,
                                  "reason": "แถวรวมในเอกสารต้นฉบับพิมพ์ผิด ข้อมูลรายการถูกต้อง"})
    page = client.get(url)
    accepted = dict((f.key, a) for f, a in page.context["findings"])[target.key]
    assert accepted is not None and accepted.accepted_by == persona("plan")
    assert "แถวรวมในเอกสารต้นฉบับพิมพ์ผิด" in page.content.decode()
    # a council member reads the findings but cannot accept
    council = _client(persona, "council")
    assert council.get(url).status_code == 200
    assert council.post(url + "accept/", {"key": "x", "code": "x", "reason": "y"}).status_code == 403


def test_lint_of_a_plan_in_the_database(demo, other_org):
    from sujarit.plans.lint import lint, view_from_plan

    codes = {f.code for f in lint(view_from_plan(demo.plan))}
    assert {"stated-total-mismatch", "stated-total-missing", "intro-count-mismatch", "orphan-sheet",
            "missing-sheet", "placeholder", "summary-mismatch", "page-repeat"} <= codes
    small = lint(view_from_plan(other_org.plan))
    assert [f for f in small if f.severity == "error"] == []
