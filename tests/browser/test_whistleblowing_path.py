"""Report with evidence → receipt → officer acknowledges and asks → reporter answers with the receipt →
officer concludes → the public statistics count it. Screenshots at 1280 and 390 px."""
import io

import pytest

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def cheap_argon2(settings):
    settings.WHISTLEBLOWING_ARGON2 = {"time_cost": 1, "memory_cost": 256, "parallelism": 1}


def _shot(page, name):
    screenshot(page, name)
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, name + "-390")
    page.set_viewport_size({"width": 1280, "height": 900})


def _png(tmp_path):
    from PIL import Image

    path = tmp_path / "ภาพถนน.png"
    out = io.BytesIO()
    Image.new("RGB", (120, 80), (90, 90, 90)).save(out, format="PNG")
    path.write_bytes(out.getvalue())
    return str(path)


def test_report_receipt_question_answer_conclusion_statistics(page, browser, login, demo, tmp_path):
    org = demo.org.code
    reporter = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH").new_page()
    reporter.set_default_timeout(15000)

    # a citizen reads the manual and files a report with evidence
    response = reporter.goto(f"{page.base}/p/{org}/report/")
    assert response.headers["cache-control"].startswith("no-store")
    assert "คู่มือการแจ้งเรื่องร้องเรียนการทุจริต" in reporter.content()
    _shot(reporter, "whistleblowing-entry")
    reporter.click(f"a[href='/p/{org}/report/new/']")
    reporter.check("input[name=category][value=procurement]")
    reporter.fill("#id_accused_position", "คณะกรรมการตรวจรับพัสดุ")
    reporter.fill("#id_what", "ตรวจรับงานวางท่อระบายน้ำทั้งที่ยังวางท่อไม่ครบตามสัญญา")
    reporter.set_input_files("#id_evidence", _png(tmp_path))
    _shot(reporter, "whistleblowing-submit")
    reporter.click("main button[type=submit]")
    receipt = reporter.locator("[data-receipt]").inner_text().strip()
    assert len(receipt.replace("-", "")) == 25 and receipt not in reporter.url
    _shot(reporter, "whistleblowing-receipt")

    # the officer signs in (the key is unlocked at login), acknowledges and asks a question
    login("integrity")
    page.goto(f"{page.base}/o/{org}/integrity-reports/")
    _shot(page, "whistleblowing-dashboard")
    page.locator("table a").first.click()
    assert "ตรวจรับงานวางท่อระบายน้ำ" in page.locator("[data-contents]").inner_text()
    assert "ภาพถนน.png" in page.content()
    page.click("form[data-step=acknowledge] button")
    assert page.locator("h1 .badge").inner_text() == "ตอบรับแล้ว"
    page.fill("#id_text", "ท่อที่ยังไม่ได้วางอยู่ช่วงหน้าบ้านเลขที่เท่าใด")
    page.click("form[action$='/message/'] button")
    report_url = page.url

    # the reporter answers with the receipt
    reporter.goto(f"{page.base}/p/{org}/report/track/")
    reporter.fill("#id_receipt", receipt)
    reporter.click("main button[type=submit]")
    assert "ท่อที่ยังไม่ได้วางอยู่ช่วงหน้าบ้าน" in reporter.content()
    reporter.fill("#id_text", "ช่วงหน้าบ้านเลขที่ ๑๒ ถึง ๒๐")
    reporter.click("main form[enctype] button[type=submit]")
    assert "ช่วงหน้าบ้านเลขที่" in reporter.content()
    _shot(reporter, "whistleblowing-status")

    # the officer reads the answer, reviews and concludes
    page.goto(report_url)
    assert "ช่วงหน้าบ้านเลขที่ ๑๒ ถึง ๒๐" in page.content()
    page.click("form[data-step=review] button")
    page.select_option("#id_conclude_outcome", "substantiated")
    page.select_option("#id_conclude_action_taken", "disciplinary")
    page.fill("#id_conclude_comment", "ตรวจสอบแล้วพบว่าวางท่อไม่ครบจริง")
    page.click("form[data-step=conclude] button")
    assert page.locator("h1 .badge").inner_text() == "สรุปผลแล้ว"
    _shot(page, "whistleblowing-report")

    # the public statistics count it, without any detail
    reporter.goto(f"{page.base}/p/{org}/report/statistics/")
    assert reporter.locator("[data-stat=concluded]").inner_text() != "๐"
    assert "ท่อระบายน้ำ" not in reporter.content()
    _shot(reporter, "whistleblowing-statistics")
    reporter.context.close()
