"""The complaint officer opens the centre settings from the dashboard, adds a category and imports the official
holidays of a year; a citizen then finds the new category on the public complaint form."""
import pytest

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_officer_adds_a_category_that_citizens_then_see(page, login, demo):
    org = demo.org.code
    # given the complaint officer on the dashboard
    login("complaints")
    page.goto(f"{page.base}/o/{org}/complaints/")
    page.click("[data-testid=centre-settings-link]")
    assert page.locator("h1").inner_text().startswith("ตั้งค่าศูนย์รับเรื่อง")
    # when they add a category
    page.fill("#category_name", "ต้นไม้ริมทาง กิ่งไม้หัก")
    page.click("#category-add button[type=submit]")
    # then it comes last in the list, active
    row = page.locator(".category-row").last
    assert row.locator("input[name=name]").input_value() == "ต้นไม้ริมทาง กิ่งไม้หัก"
    assert row.locator("[data-toggle=deactivate]").count() == 1
    # and the official holidays of BE 2568 can be imported for the working-day clock
    page.select_option("#h-year", "2568")
    page.click("#holidays button:has-text('แสดง')")
    page.click("#holiday-import button[type=submit]")
    assert page.locator("#holiday-table tr[data-day='2025-04-14']").count() == 1
    page.goto(f"{page.base}/o/{org}/complaints/settings/?year=2568")
    screenshot(page, "complaints-settings")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "complaints-settings-390")

    # when a citizen opens the public form, in a browser session of their own
    citizen = page.context.browser.new_context(viewport={"width": 390, "height": 844}, locale="th-TH")
    form = citizen.new_page()
    form.goto(f"{page.base}/p/{org}/complaints/")
    # then the new category is offered
    options = form.locator("#id_category option").all_inner_texts()
    assert "ต้นไม้ริมทาง กิ่งไม้หัก" in options
    citizen.close()
