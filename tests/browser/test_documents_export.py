"""A plan officer prepares the plan book as PDF, watches the job and downloads it; a running job's page updates
itself (htmx) when the job finishes; the year table offers its downloads."""
import subprocess

import pytest

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_plan_officer_exports_the_plan_book(page, login, demo, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    page.set_default_timeout(120000)  # the test backend renders the whole book inside the request
    login("plan")
    page.goto(f"{page.base}/o/{demo.org.code}/plans/{demo.plan.pk}/")
    page.click("#plan-documents")
    assert page.locator("h1").inner_text() == "เอกสารทางราชการ"
    assert page.locator("#year-documents tbody tr").count() == 5
    screenshot(page, "documents-plan")

    page.click("#book-export button[value=pdf]")
    page.wait_for_url("**/exports/**")
    assert page.locator("#export-job").get_attribute("data-status") == "done"
    assert page.locator("#export-bar").get_attribute("value") == "100"
    screenshot(page, "documents-export-done")
    with page.expect_download() as info:
        page.click("#export-download")
    path = tmp_path / "book.pdf"
    info.value.save_as(path)
    assert info.value.suggested_filename == "luang-nuea-plan-2566-2570.pdf"
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout
    assert "ส่วนที่ ๓" in text and "๓๐,๐๐๐" in text


def test_a_running_job_page_updates_itself(page, login, demo):
    from sujarit.documents.models import ExportJob, ExportStatus

    job = ExportJob.objects.create(organisation=demo.org, plan=demo.plan, kind="book", doc_format="pdf",
                                   status=ExportStatus.RUNNING, progress=35, stage="layout")
    login("council")
    page.goto(f"{page.base}/o/{demo.org.code}/exports/{job.pk}/")
    assert page.locator("#export-bar").get_attribute("value") == "35"
    assert "กำลังจัดทำ" in page.locator("#export-job").inner_text()
    screenshot(page, "documents-export-running")
    ExportJob.objects.filter(pk=job.pk).update(progress=80)
    page.wait_for_function("document.querySelector('#export-bar').value == 80", timeout=10000)
    ExportJob.objects.filter(pk=job.pk).update(status=ExportStatus.FAILED, error_code="export_failed")
    page.wait_for_selector("#export-job[data-status=failed]", timeout=10000)
    assert "จัดทำเอกสารไม่สำเร็จ" in page.locator("#export-job").inner_text()


def test_the_year_table_offers_its_downloads(page, login, demo):
    login("mayor")
    page.goto(f"{page.base}/o/{demo.org.code}/plans/{demo.plan.pk}/years/2566/")
    links = page.locator("#year-downloads a")
    assert links.count() == 4
    with page.expect_download() as info:
        links.nth(2).click()
    assert info.value.suggested_filename == "luang-nuea-part2-2566.xlsx"
