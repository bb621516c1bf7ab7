"""The organisation letterhead (ADR 0032): edited by the organisation admin or a plan officer, the logo checked by its
bytes and size with Thai messages and nothing stored on refusal, printed on the book's cover and the documents."""
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from docx import Document
from PIL import Image
from pypdf import PdfReader

from sujarit.documents.models import Letterhead
from sujarit.documents.render import render_document
from sujarit.documents.thaitext import normalise_extracted

from .pdfcheck import pdftotext

pytestmark = pytest.mark.django_db


def _png(size=(120, 120)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _url(demo) -> str:
    return f"/o/{demo.org.code}/documents/letterhead/"


def _stored_files(settings) -> list:
    root = settings.MEDIA_ROOT / "letterheads"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.mark.parametrize("upload, message", [
    (SimpleUploadedFile("logo.png", "ตราเทศบาล ไม่ใช่รูปภาพ\n".encode() * 20, content_type="image/png"),
     "โลโก้ต้องเป็นไฟล์ภาพ PNG หรือ JPEG"),
    (SimpleUploadedFile("logo.png", _png() + b"\0" * (2 * 1024 * 1024), content_type="image/png"),
     "โลโก้มีขนาดเกิน ๒ เมกะไบต์"),
])
def test_a_bad_logo_is_refused_in_thai_and_nothing_is_stored(demo, persona, settings, upload, message):
    response = _client(persona("plan")).post(_url(demo), {"name": "เทศบาลตำบลหลวงเหนือ", "address": "", "logo": upload})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Letterhead.objects.filter(organisation=demo.org).exists()
    assert _stored_files(settings) == []


def test_a_bad_logo_leaves_the_existing_letterhead_as_it_was(demo, persona, settings):
    client = _client(persona("orgadmin"))
    response = client.post(_url(demo), {"name": "เทศบาลตำบลหลวงเหนือ", "address": "๑ หมู่ ๑",
                                        "logo": SimpleUploadedFile("logo.png", _png())})
    assert response.status_code == 302
    before = Letterhead.objects.get(organisation=demo.org)
    response = client.post(_url(demo), {"name": "ชื่อใหม่", "address": "",
                                        "logo": SimpleUploadedFile("logo.jpg", b"GIF89a" + b"\0" * 100)})
    assert response.status_code == 400
    after = Letterhead.objects.get(organisation=demo.org)
    assert (after.name, after.address, after.logo.name) == (before.name, "๑ หมู่ ๑", before.logo.name)
    assert len(_stored_files(settings)) == 1


def test_only_the_organisation_admin_and_plan_officers_edit_it(demo, persona):
    assert _client(persona("council")).get(_url(demo)).status_code in (403, 404)
    page = _client(persona("orgadmin")).get(_url(demo))
    assert page.status_code == 200 and "หัวกระดาษ" in page.content.decode()
    documents = _client(persona("plan")).get(f"/o/{demo.org.code}/plans/{demo.plan.pk}/documents/")
    assert _url(demo) in documents.content.decode()
    assert _url(demo) not in _client(persona("mayor")).get(
        f"/o/{demo.org.code}/plans/{demo.plan.pk}/documents/").content.decode()


def test_the_logo_and_letterhead_are_printed(demo, persona):
    response = _client(persona("plan")).post(_url(demo), {
        "name": "สำนักงานเทศบาลตำบลหลวงเหนือ", "address": "ถนนพหลโยธิน\nอำเภอดอยสะเก็ด",
        "logo": SimpleUploadedFile("emblem.png", _png())})
    assert response.status_code == 302
    letterhead = Letterhead.objects.get(organisation=demo.org)
    assert letterhead.logo_type == "image/png" and letterhead.logo.name.endswith(".png")
    book = render_document(kind="book", doc_format="pdf", plan=demo.plan).data
    cover = PdfReader(io.BytesIO(book)).pages[0]
    assert len(cover.images) == 1  # the logo in the cover's emblem slot
    assert "สำนักงานเทศบาลตำบลหลวงเหนือ" in normalise_extracted(pdftotext(book)).split("\f")[0]
    table = render_document(kind="year", doc_format="pdf", plan=demo.plan, fiscal_year_be=2566).data
    assert len(PdfReader(io.BytesIO(table)).pages[0].images) == 1
    assert "อำเภอดอยสะเก็ด" in normalise_extracted(pdftotext(table))
    docx = Document(io.BytesIO(render_document(kind="eplan", doc_format="docx", plan=demo.plan,
                                               fiscal_year_be=2566).data))
    assert len(docx.inline_shapes) == 1
    assert docx.paragraphs[1].text == "สำนักงานเทศบาลตำบลหลวงเหนือ"
