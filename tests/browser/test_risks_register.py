"""The working group adds a risk, links a measure to a plan project, the executive approves and publishes,
and the public page shows it (no login)."""
import pytest

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def test_add_a_risk_link_a_measure_publish_and_read_it_in_public(page, login, demo):
    org = demo.org.code
    queue_card = demo.plan.projects.get(name__contains="บัตรคิว")
    # given the plan officer (working group) starts a 2567 assessment
    login("plan")
    page.goto(f"{page.base}/o/{org}/risks/")
    assert "การประเมินความเสี่ยงการทุจริต" in page.locator("h1").inner_text()
    page.click(f"a[href='/o/{org}/risks/new/']")
    page.fill("#id_fiscal_year_be", "๒๕๖๗")
    page.click("main button[type=submit]")
    assert "๒๕๖๗" in page.locator("h1").inner_text()

    # when they add a risk with its likelihood and impact chosen from the described scales
    page.click("a[href$='/risks/new/']")
    page.fill("#id_process_step", "การให้บริการสาธารณะ")
    page.select_option("#id_area", "permits")
    page.fill("#id_events", "ไม่ให้บริการตามลำดับคิว\nเรียกรับเงินเพื่อให้ได้คิวเร็วขึ้น")
    page.check("#id_likelihood_3")  # 4 – สูง
    page.check("#id_impact_3")  # 4 – สูง
    page.click("main button[type=submit]")
    risk = page.locator("article.risk").first
    assert "สูงมาก" in risk.inner_text() and "๑๖" in risk.inner_text()

    # and link a control measure to the plan's queue-card activity
    risk.locator("a[href*='/measures/new/']").click()
    page.fill("#id_description", "ใช้บัตรคิวและประกาศลำดับการให้บริการ")
    page.check(f"input[name=projects][value='{queue_card.pk}']")
    page.click("main button[type=submit]")
    assert queue_card.name in page.locator("article.risk").first.inner_text()
    screenshot(page, "risks-assessment-2567")
    page.click("button[data-step=submit]")
    assert page.locator(".plan-head .badge-submitted").count() == 1
    url = page.url

    # then the executive approves and publishes
    page.context.clear_cookies()
    login("mayor")
    page.goto(url)
    page.click("button[data-step=approve]")
    page.click("button[data-step=publish]")
    assert page.locator(".plan-head .badge-published").count() == 1

    # and anyone can read it on the public page, with the project's risk shown from the project side too
    page.context.clear_cookies()
    page.goto(f"{page.base}/p/{org}/risks/2567/")
    text = page.locator("main").inner_text()
    assert "ไม่ให้บริการตามลำดับคิว" in text and "สูงมาก" in text and "ใช้บัตรคิวและประกาศลำดับการให้บริการ" in text
    screenshot(page, "risks-public-2567")
    login("council")
    page.goto(f"{page.base}/o/{org}/risks/projects/{queue_card.pk}/")
    rows = page.locator("main tbody tr")
    assert rows.count() == 2  # the demo's 2566 queue risk and the new 2567 one
