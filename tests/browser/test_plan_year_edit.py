"""A plan officer opens the 2566 Part 2 table, checks it, edits a budget and sees the new total."""
import pytest

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_plan_officer_edits_a_2566_budget(page, login, demo):
    # given the plan officer is logged in
    login("plan")
    page.click(f"a[href='/o/{demo.org.code}/plans/{demo.plan.pk}/'] >> nth=0")

    # when they open the 2566 table
    page.click(f"a[href$='/years/2566/'] >> nth=0")
    table = page.locator("#part2-table")
    # then it shows the 15 rows and the totals in Thai digits
    assert table.locator("tbody tr").count() == 15
    assert "รวมเป็นจำนวนเงินทั้งสิ้น" in page.locator("#part2-totals").inner_text()
    assert page.locator("[data-total=budget]").inner_text() == "๓๐,๐๐๐"
    assert [page.locator(f"[data-total=q{q}]").inner_text() for q in (1, 2, 3, 4)] == ["๖", "๖", "๐", "๔"]
    first = table.locator("tbody tr").first
    assert "โครงการพัฒนาความรู้ด้านกฎหมาย" in first.inner_text()
    assert first.locator("td.num").inner_text() == "๒๐,๐๐๐"
    screenshot(page, "plan-year-2566")

    # when they open the published plan for amendment, giving a reason
    page.goto(f"{page.base}/o/{demo.org.code}/plans/{demo.plan.pk}/")
    page.fill("#comment-amend", "ปรับงบประมาณตามเทศบัญญัติ")
    page.click("form[action$='/transition/amend/'] button")
    assert "ร่าง" in page.locator(".plan-status").inner_text()

    # and change the first row's budget, typing Thai digits
    page.click(f"a[href$='/years/2566/'] >> nth=0")
    page.locator("#part2-table tbody tr").first.locator("a.btn").click()
    page.fill("#id_budget", "๒๕,๐๐๐")
    page.click("main button[type=submit]")

    # then the table shows the new budget and total
    page.wait_for_url("**/years/2566/")
    assert page.locator("#part2-table tbody tr").first.locator("td.num").inner_text() == "๒๕,๐๐๐"
    assert page.locator("[data-total=budget]").inner_text() == "๓๕,๐๐๐"
    screenshot(page, "plan-year-2566-edited")


def test_bad_budget_shows_a_thai_error_and_saves_nothing(page, login, demo):
    login("plan")
    page.goto(f"{page.base}/o/{demo.org.code}/plans/{demo.plan.pk}/")
    page.fill("#comment-amend", "แก้ไขข้อมูล")
    page.click("form[action$='/transition/amend/'] button")
    entry = demo.plan.entries.get(fiscal_year_be=2566, order=1)
    page.goto(f"{page.base}/o/{demo.org.code}/plans/{demo.plan.pk}/entries/{entry.pk}/edit/")
    page.fill("#id_budget", "สองหมื่น")
    page.click("main button[type=submit]")
    assert "กรุณากรอกจำนวนเงินเป็นตัวเลข" in page.locator("main").inner_text()
    entry.refresh_from_db()
    assert entry.budget == 20000
