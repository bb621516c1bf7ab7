"""Plan pages: content, bounded queries (the same bound at 10× the data), forms refusing bad input."""
from decimal import Decimal

import pytest
from django.test import Client

from sujarit.plans import services
from sujarit.plans.models import PlanStatus, YearlyEntry

pytestmark = pytest.mark.django_db

PAGE_QUERY_BOUND = 20  # the overview also runs the plan check (a fixed number of queries)


def _client(persona, who="plan") -> Client:
    client = Client()
    client.force_login(persona(who))
    return client


def _urls(demo):
    base = f"/o/{demo.org.code}/plans/{demo.plan.pk}/"
    project = demo.plan.projects.get(sheet_number=1, dimension__code="1")
    return [base, base + "years/2566/", base + f"projects/{project.pk}/", "/plans/"]


def _multiply_data(demo, factor: int) -> None:
    """Add (factor − 1) copies of every project and yearly entry to the demo plan."""
    plan = demo.plan
    entries = list(plan.entries.select_related("project"))
    projects = list(plan.projects.all())
    for n in range(1, factor):
        for p in projects:
            p.pk, p.sheet_number = None, None
            p.name = f"{p.name} ({n})"
        plan.projects.model.objects.bulk_create(projects)
        YearlyEntry.objects.bulk_create(
            YearlyEntry(organisation=plan.organisation, plan=plan, project_id=projects[i % len(projects)].pk,
                        fiscal_year_be=e.fiscal_year_be, order=e.order + 100 * n, budget=e.budget, q1=e.q1)
            for i, e in enumerate(entries))


def test_pages_use_a_bounded_number_of_queries_at_1x_and_10x(demo, persona, django_assert_max_num_queries):
    client = _client(persona)
    urls = _urls(demo)
    for url in urls:
        with django_assert_max_num_queries(PAGE_QUERY_BOUND):
            assert client.get(url).status_code == 200
    _multiply_data(demo, 10)
    assert demo.plan.entries.count() == 860
    for url in urls:
        with django_assert_max_num_queries(PAGE_QUERY_BOUND):
            assert client.get(url).status_code == 200


def test_year_page_shows_the_table_in_thai_digits(demo, persona):
    response = _client(persona, "council").get(f"/o/{demo.org.code}/plans/{demo.plan.pk}/years/2566/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<tr data-entry=') == 15
    assert 'data-total="budget">๓๐,๐๐๐<' in html
    assert "โครงการประเมินความพึงพอใจของประชาชน" in html
    assert "entries/" not in html  # a council member sees no edit links


def test_entry_form_refuses_bad_input_and_saves_nothing(demo, persona):
    client = _client(persona)
    plan = services.plan_transition(plan=demo.plan, transition="amend", acting_user=persona("plan"),
                                    comment="แก้ไข")
    project = plan.projects.get(sheet_number=1, dimension__code="1")
    url = f"/o/{demo.org.code}/plans/{plan.pk}/entries/new/"
    before = YearlyEntry.objects.count()
    cases = [
        ({"budget": "abc", "fiscal_year_be": "2566", "quarters": ["1"]}, "budget"),
        ({"budget": "100", "fiscal_year_be": "2575", "quarters": ["1"]}, "fiscal_year_be"),
        ({"budget": "100", "fiscal_year_be": "2566", "quarters": ["5"]}, "quarters"),
        ({"budget": "100", "fiscal_year_be": "2023", "quarters": ["1"]}, "fiscal_year_be"),
    ]
    for data, field in cases:
        response = client.post(url, {"project": project.pk, **data})
        assert response.status_code == 200, data
        assert field in response.context["form"].errors, (data, response.context["form"].errors)
    assert YearlyEntry.objects.count() == before
    response = client.post(url, {"project": project.pk, "budget": "๑,๕๐๐", "fiscal_year_be": "๒๕๗๐",
                                 "quarters": ["2", "3"]})
    assert response.status_code == 302
    entry = YearlyEntry.objects.get(project=project, fiscal_year_be=2570)
    assert (entry.budget, entry.quarters, entry.order) == (Decimal(1500), [2, 3], 18)


def test_project_form_requires_a_dimension(demo, persona):
    client = _client(persona)
    services.plan_transition(plan=demo.plan, transition="amend", acting_user=persona("plan"), comment="แก้ไข")
    count = demo.plan.projects.count()
    response = client.post(f"/o/{demo.org.code}/plans/{demo.plan.pk}/projects/new/",
                           {"name": "โครงการใหม่", "kind": "project"})
    assert "dimension" in response.context["form"].errors
    assert demo.plan.projects.count() == count


def test_transition_and_review_through_the_pages(demo, persona):
    base = f"/o/{demo.org.code}/plans/{demo.plan.pk}/"
    officer = _client(persona)
    officer.post(base + "transition/amend/", {"comment": "แก้ไขโครงการ"})
    officer.post(base + "transition/submit/", {})
    province = _client(persona, "province")
    province.post(base + "review/", {"verdict": "needs_revision", "reason": "ยังไม่ระบุตัวชี้วัด"})
    demo.plan.refresh_from_db()
    assert demo.plan.status == PlanStatus.DRAFT
    page = officer.get(base).content.decode()
    assert "ยังไม่ระบุตัวชี้วัด" in page


def test_plan_create_refuses_a_bad_year_range_then_creates(demo, persona):
    from sujarit.plans.models import Plan

    client = _client(persona)
    url = f"/o/{demo.org.code}/plans/new/"
    count = Plan.objects.count()
    response = client.post(url, {"title": "แผนใหม่", "first_year_be": "2571", "last_year_be": "2566"})
    assert "last_year_be" in response.context["form"].errors
    response = client.post(url, {"title": "แผนใหม่", "first_year_be": "2571", "last_year_be": "2590"})
    assert response.context["form"].errors["last_year_be"]
    assert Plan.objects.count() == count
    response = client.post(url, {"title": "แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๗๑ - ๒๕๗๕)",
                                 "first_year_be": "๒๕๗๑", "last_year_be": "๒๕๗๕"})
    plan = Plan.objects.for_org(demo.org).get(first_year_be=2571)
    assert response.status_code == 302 and plan.status == "draft" and plan.last_year_be == 2575
