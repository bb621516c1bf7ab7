"""An officer uploads the plan document, watches it being read, checks the preview and confirms the import."""
from pathlib import Path

import pytest

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)
SEED = Path(__file__).resolve().parents[2] / "src" / "sujarit" / "plans" / "demo" / "luang_nuea_2566_2570.txt"


def test_upload_preview_confirm(page, login, demo):
    from sujarit.plans.models import Plan

    login("plan")
    page.goto(f"{page.base}/plans/")
    page.click(f"a[href='/o/{demo.org.code}/plans/import/']")
    page.set_input_files("#id_document", str(SEED))
    page.click("main button[type=submit]")

    # the preview: what was read, beside the findings, each linked to its line in the source
    page.wait_for_selector("#import-years")
    years = page.locator("#import-years tbody tr")
    assert years.count() == 5
    assert "๓๐,๐๐๐" in years.first.inner_text()
    finding = page.locator(".finding", has_text="stated-total-mismatch").first
    finding.locator("a").click()
    assert page.locator("#L89").is_visible()
    screenshot(page, "plan-import-preview")

    # confirm as a new plan
    before = Plan.objects.count()
    page.click("form[action$='/confirm/'] button")
    page.wait_for_url("**/plans/*/")
    assert Plan.objects.count() == before + 1
    assert "ร่าง" in page.locator(".plan-status").inner_text()
