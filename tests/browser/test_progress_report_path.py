"""An officer reports a quarter with evidence → the executive approves → the public page shows it."""
import pytest

from sujarit.progress.demo_data import demo_png

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_officer_reports_executive_approves_public_sees_it(page, login, demo, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    entry = demo.plan.entries.filter(fiscal_year_be=2567).order_by("order")[1]
    photo = tmp_path / "ภาพอบรม.png"
    photo.write_bytes(demo_png())

    # the plan officer opens the 2567 quarterly reports and reports quarter 2 of the second item
    login("plan")
    page.goto(f"{page.base}/o/{demo.org.code}/progress/{demo.plan.pk}/2567/entries/")
    page.click(f"tr[data-entry='{entry.pk}'] td[data-q='2'] a")
    page.check("input[name=status][value=done]")
    page.fill("#id_narrative", "จัดอบรมแล้ว ผู้เข้าร่วม ๔๐ คน")
    page.click("main form button[type=submit]")
    assert page.locator("#report-state").inner_text() == "ร่าง"

    # a file that is not what its name says is refused, in Thai
    fake = tmp_path / "รายงาน.pdf"
    fake.write_bytes(b"MZ" + b"\x00" * 300)
    page.set_input_files("#id_file", str(fake))
    page.click("#evidence-form button[type=submit]")
    assert "รับเฉพาะไฟล์ PDF" in page.locator(".messages").inner_text()

    # a real photo, marked public, is accepted; then the report is submitted
    page.fill("#id_title", "ภาพการอบรม")
    page.set_input_files("#id_file", str(photo))
    page.check("#id_is_public")
    page.click("#evidence-form button[type=submit]")
    assert "ภาพการอบรม" in page.locator("#evidence-list").inner_text()
    page.click("button[data-transition=submit]")
    assert page.locator("#report-state").inner_text() == "เสนอขออนุมัติแล้ว"
    report_url = page.url

    # the public page does not show it yet
    page.goto(f"{page.base}/p/{demo.org.code}/progress/?year=2567")
    assert "ภาพการอบรม" not in page.locator("#public-projects").inner_text()
    page.goto(f"{page.base}/")
    page.click("button:has-text('ออกจากระบบ')")

    # the executive approves
    login("mayor")
    page.goto(report_url)
    page.click("button[data-transition=approve]")
    assert page.locator("#report-state").inner_text() == "อนุมัติแล้ว"
    page.click("button:has-text('ออกจากระบบ')")

    # the public page shows the item as done, with its photo
    page.goto(f"{page.base}/p/{demo.org.code}/progress/?year=2567")
    row = page.locator(f"#public-projects tr[data-entry='{entry.pk}']")
    assert "ดำเนินการแล้วเสร็จ" in row.inner_text()
    row.locator("a:has-text('ภาพการอบรม')").click()
    page.wait_for_load_state()
    assert "/p/luang-nuea/progress/evidence/" in page.url
    page.goto(f"{page.base}/p/{demo.org.code}/progress/?year=2567")
    screenshot(page, "progress-public-2567")
