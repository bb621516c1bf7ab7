"""A citizen files a complaint (proof-of-work in the browser) and gets a code; the complaint officer accepts and
resolves it; the citizen tracks it with the code and rates the service; the statistics page counts it."""
import pytest

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def _received_cell(total: int) -> str:
    digits = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    return "< ๕" if 0 < total < 5 else str(total).translate(digits)


def test_citizen_files_officer_resolves_citizen_tracks_and_rates(page, login, demo):
    from sujarit.complaints import clock
    from sujarit.complaints.models import Complaint
    from sujarit.core.thai import fiscal_year_be

    org = demo.org.code
    # given a citizen on the public complaint form, which points to the separate corruption channel
    page.goto(f"{page.base}/p/{org}/complaints/")
    assert "ร้องทุกข์" in page.locator("h1").inner_text()
    assert page.locator(".corruption-link").count() == 1
    # when they describe the problem, agree and wait for the proof-of-work to finish
    page.select_option("#id_category", label="ถนน ทางเท้า ไฟฟ้าสาธารณะ")
    page.fill("#id_subject", "ไฟกิ่งหน้าโรงเรียนดับ")
    page.fill("#id_description", "ไฟกิ่งหน้าโรงเรียนบ้านหลวงดับมาหนึ่งสัปดาห์")
    page.fill("#id_place", "หน้าโรงเรียนบ้านหลวง หมู่ ๑")
    page.fill("#id_contact_name", "นางมาลี ทดสอบ")
    page.check("#id_consent")
    page.wait_for_function("document.querySelector('input[name=altcha]') && "
                           "document.querySelector('input[name=altcha]').value.length > 20", timeout=60000)
    screenshot(page, "complaints-public-form")
    page.click("#complaint-form button[type=submit]")
    # then they see their tracking code once
    code = page.locator("[data-testid=tracking-code]").inner_text().strip()
    assert len(code) == 19
    screenshot(page, "complaints-code")

    # when the complaint officer accepts and resolves it
    complaint = Complaint.objects.get(subject="ไฟกิ่งหน้าโรงเรียนดับ")
    officer = page.context.browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH")
    staff = officer.new_page()
    staff.goto(page.base + "/accounts/login/")
    staff.fill("#id_username", "complaints")
    staff.fill("#id_password", "demo-sujarit-2566")
    staff.click("main button[type=submit]")
    staff.goto(f"{page.base}/o/{org}/complaints/{complaint.pk}/")
    staff.click("button[data-action=accept]")
    assert "รับเรื่องไว้พิจารณา" in staff.locator("[data-testid=status]").inner_text()
    staff.click("details:has(button[data-action=start]) summary")
    staff.click("button[data-action=start]")
    staff.fill("form[action$='/act/resolve/'] textarea[name=result]", "เปลี่ยนหลอดไฟกิ่งแล้ว")
    staff.click("button[data-action=resolve]")
    assert "ดำเนินการแล้วเสร็จ" in staff.locator("[data-testid=status]").inner_text()
    screenshot(staff, "complaints-officer-case")
    officer.close()

    # when the citizen tracks it with the code, from a fresh browser session
    page.context.clear_cookies()
    page.goto(f"{page.base}/p/{org}/complaints/track/")
    page.fill("#id_code", code.lower())
    page.click("main button[type=submit]")
    assert "เปลี่ยนหลอดไฟกิ่งแล้ว" in page.locator("[data-testid=result]").inner_text()
    assert page.locator("a[href*='/track/letters/']").count() == 2  # acknowledgement and result
    page.check("input[name=rating][value='5']")
    page.click("#rate button[type=submit]")
    # then the case is closed with their rating
    assert "ปิดเรื่อง" in page.locator("[data-testid=status]").inner_text()
    screenshot(page, "complaints-tracked-and-rated")
    complaint.refresh_from_db()
    assert (complaint.status, complaint.rating) == ("closed", 5)

    # and the public statistics count every case of the year, this one included
    year = fiscal_year_be(clock.today())
    total = Complaint.objects.for_org(demo.org).filter(fiscal_year_be=year).count()
    page.goto(f"{page.base}/p/{org}/complaints/statistics/?year={year}")
    assert page.locator("[data-kpi=received]").inner_text().strip() == _received_cell(total)
    screenshot(page, "complaints-statistics")
