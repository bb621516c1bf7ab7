"""Pages: the public form with proof-of-work and rate limits, tracking, staff pages, bounded queries, leaks."""
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from sujarit.complaints import clock, protection, services
from sujarit.complaints.models import Complaint, RateCounter, Status

from .factories import PNG, submit

pytestmark = pytest.mark.django_db


def _pow(client, org) -> str:
    challenge = client.get(f"/p/{org.code}/complaints/challenge/").json()
    return protection.solve_for_tests(challenge)


def _form(centre, client, **extra):
    return {"category": centre.cats["water"].pk, "subject": "น้ำประปาไม่ไหล", "description": "ไม่ไหลสามวัน",
            "place": "หมู่ ๒", "consent": "on", "altcha": _pow(client, centre.org), **extra}


def _staff(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_public_form_shows_the_separate_corruption_channel(centre):
    html = Client().get(f"/p/{centre.org.code}/complaints/").content.decode()
    assert "corruption-link" in html and "ศูนย์รับเรื่องร้องทุกข์" in html or "ร้องเรียน" in html
    assert "altcha-widget" in html and "cdn" not in html.lower()


def test_citizen_files_with_proof_of_work_gets_the_code_once_and_tracks(centre):
    client = Client()
    url = f"/p/{centre.org.code}/complaints/"
    response = client.post(url, _form(centre, client, attachments=[SimpleUploadedFile("p.png", PNG)]))
    assert response.status_code == 200 and response.templates[0].name == "complaints/public_done.html"
    done = response.content.decode()
    complaint = Complaint.objects.for_org(centre.org).latest("id")
    code = done.split('data-testid="tracking-code">')[1].split("<")[0]
    assert complaint.channel == "web" and complaint.attachments.count() == 1
    assert response["Cache-Control"].startswith("max-age=0")
    assert "sessionid" not in response.cookies  # nothing about the case is kept in a session
    other = Client()
    assert other.post(url.replace("complaints/", "complaints/track/"), {"code": code}).status_code == 302
    page = other.get(f"/p/{centre.org.code}/complaints/track/case/").content.decode()
    assert "น้ำประปาไม่ไหล" in page
    letter = complaint.letters.get()
    pdf = other.get(f"/p/{centre.org.code}/complaints/track/letters/{letter.pk}/")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_form_without_proof_of_work_or_with_a_replayed_one_is_refused(centre):
    client = Client()
    url = f"/p/{centre.org.code}/complaints/"
    before = Complaint.objects.count()
    data = _form(centre, client)
    bad = client.post(url, {**data, "altcha": "bm90IGEgcGF5bG9hZA=="})
    assert bad.status_code == 400 and "altcha" in bad.context["form"].errors
    assert "tracking-code" in client.post(url, data).content.decode()
    replay = client.post(url, data)
    assert replay.status_code == 400 and Complaint.objects.count() == before + 1


def test_bad_public_input_gets_thai_errors_and_stores_nothing(centre):
    client = Client()
    url = f"/p/{centre.org.code}/complaints/"
    before = Complaint.objects.count()
    r = client.post(url, _form(centre, client, subject="", consent=""))
    assert r.status_code == 400 and {"subject", "consent"} <= set(r.context["form"].errors)
    assert "ช่องนี้" in r.content.decode() or "จำเป็น" in r.content.decode()
    disguised = SimpleUploadedFile("photo.jpg", b"<?php system($_GET['c']); ?>" * 10, content_type="image/jpeg")
    r = client.post(url, _form(centre, client, attachments=[disguised]))
    assert r.status_code == 400 and "attachments" in r.context["form"].errors
    assert Complaint.objects.count() == before


def test_submissions_are_rate_limited_per_client(centre, settings):
    settings.COMPLAINTS_RATE_LIMITS = {"submit": (2, 3600)}
    client = Client()
    url = f"/p/{centre.org.code}/complaints/"
    before = Complaint.objects.count()
    codes = [client.post(url, _form(centre, client)).status_code for _ in range(3)]
    assert codes == [200, 200, 429] and Complaint.objects.count() == before + 2
    elsewhere = Client(REMOTE_ADDR="10.0.0.9")
    assert elsewhere.post(url, _form(centre, elsewhere)).status_code == 200
    assert not RateCounter.objects.filter(key__contains="127.0.0.1").exists()


def test_wrong_tracking_codes_are_rate_limited(centre, settings):
    settings.COMPLAINTS_RATE_LIMITS = {"track_fail": (3, 900)}
    _c, code = submit(centre)
    client = Client()
    url = f"/p/{centre.org.code}/complaints/track/"
    statuses = [client.post(url, {"code": "AAAA-BBBB-CCCC-DDDD"}).status_code for _ in range(4)]
    assert statuses == [404, 404, 404, 429]
    assert client.post(url, {"code": code}).status_code == 429  # even the right code, until the window passes


def test_a_citizen_sees_only_their_own_case(centre):
    mine, _code = submit(centre, subject="เรื่องของฉัน")
    _other, other_code = submit(centre, subject="เรื่องของเพื่อนบ้าน")
    client = Client()
    client.post(f"/p/{centre.org.code}/complaints/track/", {"code": _code})
    page = client.get(f"/p/{centre.org.code}/complaints/track/case/").content.decode()
    assert "เรื่องของฉัน" in page and "เรื่องของเพื่อนบ้าน" not in page
    foreign_letter = _other.letters.get()
    assert client.get(f"/p/{centre.org.code}/complaints/track/letters/{foreign_letter.pk}/").status_code == 404


def test_complainant_messages_rates_and_reopens_from_the_tracking_page(centre):
    c, code = submit(centre)
    for action, kw in [("accept", {}), ("start", {}), ("resolve", {"result": "ซ่อมแล้ว"})]:
        services.complaint_transition(complaint=c, action=action, acting_user=centre.officer, **kw)
    client = Client()
    client.post(f"/p/{centre.org.code}/complaints/track/", {"code": code})
    url = f"/p/{centre.org.code}/complaints/track/case/"
    client.post(url, {"form": "message", "body": "<script>alert(1)</script>"})
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(url).content.decode()
    assert client.post(url, {"form": "rating", "rating": "9"}).status_code == 200
    assert client.post(url, {"form": "rating", "rating": "4", "comment": "ดี"}).status_code == 302
    c.refresh_from_db()
    assert (c.status, c.rating) == (Status.CLOSED, 4)
    staff = _staff(centre.officer).get(f"/o/{centre.org.code}/complaints/{c.pk}/").content.decode()
    assert "&lt;script&gt;" in staff and "<script>alert" not in staff


def test_officer_intake_refuses_a_future_date_then_registers(centre):
    client = _staff(centre.officer)
    url = f"/o/{centre.org.code}/complaints/new/"
    before = Complaint.objects.count()
    future = clock.today() + timedelta(days=3)
    data = {"channel": "phone", "category": centre.cats["waste"].pk, "subject": "ขยะ", "description": "ล้น",
            "received_on": f"{future.day}/{future.month}/{future.year + 543}"}
    r = client.post(url, data)
    assert "received_on" in r.context["form"].errors and Complaint.objects.count() == before
    assert "อนาคต" in r.content.decode()
    r = client.post(url, {**data, "received_on": f"{future.day}/{future.month}/{future.year}"})
    assert "received_on" in r.context["form"].errors  # an AD year is refused
    past = clock.today() - timedelta(days=3)
    r = client.post(url, {**data, "received_on": f"{past.day}/{past.month}/{past.year + 543}"})
    assert r.status_code == 302
    c = Complaint.objects.latest("id")
    assert (c.channel, c.received_on, c.due_on) == ("phone", past, past + timedelta(days=15))


def test_officer_handles_a_case_through_the_pages(centre):
    c, _ = submit(centre)
    client = _staff(centre.officer)
    base = f"/o/{centre.org.code}/complaints/{c.pk}/"
    client.post(base + "act/accept/", {})
    client.post(base + "act/assign/", {"unit": "กองช่าง"})
    client.post(base + "act/resolve/", {"result": "ล้างท่อแล้ว"})
    client.post(base + "message/", {"body": "แจ้งผลแล้ว"})
    c.refresh_from_db()
    assert c.status == Status.RESOLVED and c.messages.count() == 1
    pdf = client.get(base + f"letters/{c.letters.get(kind='result').pk}/")
    assert pdf.content.startswith(b"%PDF")
    mayor = _staff(centre.mayor)
    assert mayor.get(base).status_code == 200
    assert mayor.post(base + "act/close/", {}).status_code == 403


def test_attachments_are_served_only_through_the_checked_view(centre, persona):
    c, _ = submit(centre, files=[SimpleUploadedFile("p.png", PNG)])
    a = c.attachments.get()
    url = f"/o/{centre.org.code}/complaints/{c.pk}/files/{a.pk}/"
    r = _staff(centre.officer).get(url)
    assert r.status_code == 200 and b"".join(r.streaming_content) == PNG
    assert r["Content-Disposition"].startswith("attachment")
    assert _staff(persona("plan")).get(url).status_code == 404
    assert Client().get(url).status_code == 302


def test_two_organisations_never_see_each_others_complaints(centre, other_org):
    from sujarit.orgs.models import Membership, Role

    c, _ = submit(centre, subject="เรื่องลับของหลวงเหนือ")
    Membership.objects.create(user=other_org.officer, organisation=other_org.org, role=Role.COMPLAINT_OFFICER)
    theirs = _staff(other_org.officer)
    assert theirs.get(f"/o/{other_org.org.code}/complaints/{c.pk}/").status_code == 404
    assert theirs.get(f"/o/{centre.org.code}/complaints/{c.pk}/").status_code == 403
    assert "เรื่องลับของหลวงเหนือ" not in theirs.get(f"/o/{other_org.org.code}/complaints/cases/").content.decode()
    assert theirs.get(f"/api/orgs/{centre.org.code}/complaints").status_code == 404
    stats = Client().get(f"/p/{other_org.org.code}/complaints/statistics.json").json()
    assert stats["totals"]["received"] == 0


def _many(centre, n: int) -> None:
    today = clock.today()
    Complaint.objects.bulk_create(
        Complaint(organisation=centre.org, number=10000 + i, fiscal_year_be=2500, tracking_hash=f"bulk{i:060d}",
                  tracking_hint="ABCD", channel="phone", category=centre.cats["other"], subject=f"เรื่อง {i}",
                  description="x", received_on=today - timedelta(days=i % 30), due_on=today + timedelta(days=15 - i % 30),
                  status=["received", "assigned", "in_progress", "resolved"][i % 4], assignee=centre.officer)
        for i in range(n))


@pytest.mark.parametrize("n", [100, 10_000])
def test_staff_pages_use_a_bounded_number_of_queries(centre, n, django_assert_max_num_queries):
    _many(centre, n)
    client = _staff(centre.officer)
    c = Complaint.objects.for_org(centre.org).first()
    for url in ["", "cases/", "cases/?status=open&due=overdue", f"{c.pk}/", "analysis/"]:
        with django_assert_max_num_queries(16):
            assert client.get(f"/o/{centre.org.code}/complaints/{url}").status_code == 200, url


def test_statistics_match_the_cases_and_suppress_small_cells(centre):
    from sujarit.core.thai import fiscal_year_be

    Complaint.objects.for_org(centre.org).delete()
    today = clock.today()
    cases = [submit(centre, category=centre.cats["water"])[0] for _ in range(6)]
    cases.append(submit(centre, category=centre.cats["waste"])[0])
    for i, c in enumerate(cases[:5]):
        for action, kw in [("accept", {}), ("start", {}), ("resolve", {"result": "เสร็จ"})]:
            c = services.complaint_transition(complaint=c, action=action, acting_user=centre.officer, **kw)
        services.complaint_rate(complaint=c, rating=[5, 5, 4, 4, 2][i])
    data = Client().get(f"/p/{centre.org.code}/complaints/statistics.json").json()
    assert data["fiscal_year_be"] == fiscal_year_be(today)
    t = data["totals"]
    assert (t["received"], t["resolved"], t["in_progress"], t["rated"]) == (7, 5, None, 5)
    assert (t["resolved_within_due_pct"], t["median_days"], t["satisfied_pct"]) == (100.0, 0.0, 80.0)
    assert t["meets_satisfaction_target"] is True
    cats = {r["key"]: r["count"] for r in data["by_category"]}
    assert cats == {"water": 6, "waste": None}
    html = Client().get(f"/p/{centre.org.code}/complaints/statistics/").content.decode()
    assert 'data-kpi="received">๗<' in html and 'data-category="waste"><span' in html


def test_summary_pdf_and_analysis_for_executives(centre):
    mayor = _staff(centre.mayor)
    from sujarit.core.thai import fiscal_year_be

    r = mayor.get(f"/o/{centre.org.code}/complaints/summary/{fiscal_year_be(clock.today())}/")
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    html = mayor.get(f"/o/{centre.org.code}/complaints/analysis/").content.decode()
    assert "data-repeat" in html  # the demo's street light, complained about twice
