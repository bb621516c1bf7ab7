"""Thai or Arabic digits (ADR 0032): every kind and format, on the pages, the direct URLs, the API and export jobs."""
import io

import pytest
from django.test import Client
from docx import Document
from openpyxl import load_workbook

from sujarit.documents.models import ExportJob
from sujarit.documents.thaitext import normalise_extracted

from .pdfcheck import pdftotext, squash

pytestmark = pytest.mark.django_db
THAI_DIGITS = set("๐๑๒๓๔๕๖๗๘๙")


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_2566_table_pdf_in_thai_digits_by_default_and_arabic_on_request(rendered):
    thai = normalise_extracted(pdftotext(rendered("year", "pdf", fiscal_year_be=2566).data))
    arabic = normalise_extracted(pdftotext(rendered("year", "pdf", fiscal_year_be=2566, digits="arabic").data))
    assert "๓๐,๐๐๐" in thai and "30,000" not in thai
    assert "30,000" in arabic and "๓๐,๐๐๐" not in arabic
    assert "พ.ศ.2566" in squash(arabic) and "สามหมื่นบาทถ้วน" in arabic
    assert not THAI_DIGITS & set(arabic)  # page numbers too


@pytest.mark.parametrize("digits", ["thai", "arabic"])
def test_xlsx_numbers_stay_numbers_either_way(rendered, digits):
    wb = load_workbook(io.BytesIO(rendered("year", "xlsx", fiscal_year_be=2566, digits=digits).data))
    ws = wb.active
    assert wb.sheetnames == ["ปี ๒๕๖๖" if digits == "thai" else "ปี 2566"]
    rows = list(ws.iter_rows(values_only=True))
    total = next(r for r in rows if r[0] == "รวมเป็นจำนวนเงินทั้งสิ้น")
    assert total[3] == 30000 and isinstance(total[3], (int, float))
    assert list(total[4:8]) == [6, 6, 0, 4]
    assert ws["A1"].value.endswith("๒๕๖๖" if digits == "thai" else "2566")


def test_docx_and_every_kind_take_the_option(rendered, demo):
    text = "\n".join(p.text for p in Document(io.BytesIO(
        rendered("eplan", "docx", fiscal_year_be=2566, digits="arabic").data)).paragraphs)
    assert "2566" in text and not THAI_DIGITS & set(text)
    project = demo.plan.projects.exclude(sheet_number=None).first()
    sheet = normalise_extracted(pdftotext(rendered("sheet", "pdf", project_id=project.pk, digits="arabic").data))
    assert not THAI_DIGITS & set(sheet)


def test_direct_urls_take_digits_as_a_query_parameter(demo, persona):
    client = _client(persona("council"))
    base = f"/o/{demo.org.code}/plans/{demo.plan.pk}/documents/"
    response = client.get(base + "years/2566/xlsx/?digits=arabic")
    assert response.status_code == 200
    assert load_workbook(io.BytesIO(response.content)).sheetnames == ["ปี 2566"]
    assert client.get(base + "years/2566/xlsx/?digits=roman").status_code == 404
    page = client.get(base).content.decode()
    assert page.count('name="digits" value="arabic"') == 2 and "ตัวเลขอารบิก" in page


def test_the_api_and_export_jobs_take_digits(demo, persona):
    client = _client(persona("plan"))
    api = f"/api/orgs/{demo.org.code}/plans/{demo.plan.pk}/"
    response = client.get(api + "documents/eplan/2566/xlsx?digits=arabic")
    assert response.status_code == 200
    assert load_workbook(io.BytesIO(response.content)).sheetnames == ["e-PlanNACC 2566"]
    assert client.get(api + "documents/eplan/2566/xlsx?digits=roman").status_code == 422
    job = client.post(api + "exports", {"kind": "year", "doc_format": "xlsx", "fiscal_year_be": 2566,
                                        "digits": "arabic"}, content_type="application/json").json()
    assert job["digits"] == "arabic" and job["status"] == "done"
    file = b"".join(client.get(job["download_url"]).streaming_content)
    assert load_workbook(io.BytesIO(file)).sheetnames == ["ปี 2566"]
    # The page's form: the plan book with Arabic digits is a job of its own.
    response = client.post(f"/o/{demo.org.code}/plans/{demo.plan.pk}/documents/exports/",
                           {"kind": "book", "doc_format": "xlsx", "digits": "arabic"})
    assert response.status_code == 302
    assert ExportJob.objects.for_org(demo.org).filter(kind="book", digits="arabic").count() == 1
