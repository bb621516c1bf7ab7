"""Reporter's pages through the HTTP client: headers, submission with evidence, receipt, tracking, statistics."""
import io
import json

import pytest
from django.test import Client

from sujarit.whistleblowing.models import Attachment, Report
from sujarit.whistleblowing.views.common import CSP

pytestmark = pytest.mark.django_db


def _jpeg_with_gps() -> bytes:
    from PIL import Image

    img = Image.new("RGB", (32, 24), (200, 10, 10))
    exif = Image.Exif()
    exif[0x010F] = "SecretCameraMaker"  # Make
    exif[0x8825] = {2: (13.0, 45.0, 0.0)}  # GPS latitude
    out = io.BytesIO()
    img.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def _pdf_with_author() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Author": "SecretAuthorName", "/Producer": "SecretProducer"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _post_report(client, org_code, **extra):
    files = extra.pop("files", [])
    data = {"category": "procurement", "anonymity": "anonymous", "what": "ตรวจรับงานทั้งที่ยังไม่เสร็จตามสัญญาจ้าง",
            "accused_position": "กรรมการตรวจรับ", **extra}
    if files:
        data["evidence"] = files
    return client.post(f"/p/{org_code}/report/new/", data)


def _receipt(response) -> str:
    html = response.content.decode()
    start = html.index("data-receipt>") + len("data-receipt>")
    return html[start:html.index("<", start)].strip()


def test_every_public_page_sends_no_store_and_a_strict_csp(demo, client):
    for path in ("", "new/", "track/", "track/status/", "statistics/", "statistics.json"):
        response = client.get(f"/p/{demo.org.code}/report/{path}")
        assert response["Cache-Control"].startswith("no-store"), path
        assert response["Content-Security-Policy"] == CSP
        assert response["Referrer-Policy"] == "same-origin"
    assert "default-src 'none'" in CSP and "http" not in CSP


def test_pages_use_no_third_party_resources(demo, client):
    html = client.get(f"/p/{demo.org.code}/report/new/").content.decode()
    for marker in ('src="http', "href=\"http", "//cdn", "googleapis"):
        assert marker not in html


def test_submit_with_evidence_gives_a_receipt_once_and_strips_metadata(demo, client, signed_in):
    from django.core.files.uploadedfile import SimpleUploadedFile

    files = [SimpleUploadedFile("ถนน.jpg", _jpeg_with_gps(), content_type="image/jpeg"),
             SimpleUploadedFile("สัญญา.pdf", _pdf_with_author(), content_type="application/pdf")]
    response = _post_report(client, demo.org.code, files=files)
    assert response.status_code == 200 and response["Cache-Control"].startswith("no-store")
    receipt = _receipt(response)
    assert len(receipt.replace("-", "")) == 25
    report = Report.objects.for_org(demo.org).order_by("-id").first()
    assert report.attachments.count() == 2
    officer = signed_in("integrity")
    for attachment in report.attachments.all():
        body = b"".join(officer.get(f"/o/{demo.org.code}/integrity-reports/{report.pk}/files/{attachment.pk}/")
                        .streaming_content if False else [officer.get(
                            f"/o/{demo.org.code}/integrity-reports/{report.pk}/files/{attachment.pk}/").content])
        assert b"SecretCameraMaker" not in body and b"SecretAuthorName" not in body
        assert b"SecretProducer" not in body and len(body) > 50
    # the receipt is in no URL: tracking takes it in the POST body only
    response = client.post(f"/p/{demo.org.code}/report/track/", {"receipt": receipt})
    assert response.status_code == 302 and receipt not in response["Location"]
    page = client.get(response["Location"]).content.decode()
    assert "ตรวจรับงานทั้งที่ยังไม่เสร็จ" in page and "ถนน.jpg" in page


def test_a_disguised_executable_is_refused_and_nothing_is_saved(demo, client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    before = (Report.objects.count(), Attachment.objects.count())
    fake = SimpleUploadedFile("photo.jpg", b"MZ\x90\x00" + b"\x00" * 200, content_type="image/jpeg")
    response = _post_report(client, demo.org.code, files=[fake])
    assert response.status_code == 200 and "data-receipt" not in response.content.decode()
    assert "photo.jpg" in response.content.decode()
    assert (Report.objects.count(), Attachment.objects.count()) == before


def test_bad_input_gets_a_thai_error_and_writes_nothing(demo, client):
    before = Report.objects.count()
    response = _post_report(client, demo.org.code, what="สั้น")
    assert "กรุณาอธิบาย" in response.content.decode() or response.context["form"].errors
    response = _post_report(client, demo.org.code, anonymity="confidential")
    assert "identity_name" in response.context["form"].errors
    assert Report.objects.count() == before


def test_reporter_answers_an_officer_question_with_the_receipt(demo, client, signed_in):
    receipt = _receipt(_post_report(client, demo.org.code))
    report = Report.objects.for_org(demo.org).order_by("-id").first()
    officer = signed_in("integrity")
    base = f"/o/{demo.org.code}/integrity-reports/{report.pk}/"
    officer.post(base + "transition/acknowledge/", {})
    officer.post(base + "message/", {"text": "มีภาพถ่ายวันตรวจรับหรือไม่"})
    reporter = Client()
    reporter.post(f"/p/{demo.org.code}/report/track/", {"receipt": receipt})
    status = reporter.get(f"/p/{demo.org.code}/report/track/status/").content.decode()
    assert "มีภาพถ่ายวันตรวจรับหรือไม่" in status and 'data-state="acknowledged"' in status
    reporter.post(f"/p/{demo.org.code}/report/track/status/", {"text": "มีครับ จะส่งเพิ่มเติม"})
    assert "มีครับ จะส่งเพิ่มเติม" in officer.get(base).content.decode()
    reporter.post(f"/p/{demo.org.code}/report/track/finish/")
    assert reporter.get(f"/p/{demo.org.code}/report/track/status/").status_code == 302


def test_wrong_receipt_shows_a_thai_error(demo, client):
    response = client.post(f"/p/{demo.org.code}/report/track/", {"receipt": "12345"})
    assert response.status_code == 200
    assert "ไม่ถูกต้อง" in response.content.decode()


def test_statistics_suppress_small_cells_and_publish_a_json_feed(demo, client, submit, persona):
    from sujarit.whistleblowing import services

    from .conftest import officer_key

    officer = persona("integrity")
    for category in ("bribery",) * 4 + ("procurement",):
        report, _r = submit(category=category)
    key = officer_key(report, officer)
    for step in ("acknowledge", "review"):
        services.report_transition(report=report, transition=step, report_key=key, acting_user=officer)
    services.report_transition(report=report, transition="conclude", report_key=key, acting_user=officer,
                               comment="ไม่พบมูล", outcome="not_substantiated", action_taken="none")
    feed = json.loads(client.get(f"/p/{demo.org.code}/report/statistics.json").content)
    year = feed["years"][0]
    assert year["received"] >= 5 and year["concluded"] >= 1
    for breakdown in ("by_category", "by_outcome"):
        counts = [c["count"] for c in year[breakdown]]
        assert not [n for n in counts if n is not None and 0 < n < feed["min_cell"]], breakdown
        assert counts.count(None) != 1, breakdown  # never a single hidden cell the total would reveal
    outcomes = {c["code"]: c for c in year["by_outcome"]}
    assert outcomes["not_substantiated"]["suppressed"] and outcomes["not_substantiated"]["count"] is None
    page = client.get(f"/p/{demo.org.code}/report/statistics/").content.decode()
    assert 'data-stat="concluded"' in page
    text = json.dumps(feed, ensure_ascii=False)
    assert "ตรวจรับงาน" not in text and "ไม่พบมูล" not in text


def test_suppression_hides_a_second_cell_when_only_one_would_be_hidden():
    from sujarit.whistleblowing.stats import _suppress

    cells = _suppress({"a": 10, "b": 2, "c": 5}, {"a": "A", "b": "B", "c": "C", "d": "D"}, 3)
    assert [c.count for c in cells] == [10, None, None, 0]


def test_yearly_summary_pdf_has_no_report_text(demo, client, submit):
    submit()
    from sujarit.core.thai import fiscal_year_be
    from django.utils import timezone

    response = client.get(f"/p/{demo.org.code}/report/statistics/{fiscal_year_be(timezone.localdate())}/summary.pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert "ตรวจรับงาน".encode() not in response.content
