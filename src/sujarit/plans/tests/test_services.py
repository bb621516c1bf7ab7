"""Plan services: rules that refuse bad input with a code and save nothing."""
from decimal import Decimal

import pytest

from sujarit.core.errors import ApplicationError
from sujarit.plans import services
from sujarit.plans.models import PlanEvent, PlanStatus, Project, YearlyEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(other_org):
    return other_org


def test_entry_outside_plan_years_is_refused_and_nothing_saved(draft):
    before = YearlyEntry.objects.count()
    with pytest.raises(ApplicationError) as err:
        services.yearly_entry_create(project=draft.project, fiscal_year_be=2571, budget=1, quarters=[1],
                                     acting_user=draft.officer)
    assert err.value.code == "year_outside_plan"
    assert YearlyEntry.objects.count() == before


@pytest.mark.parametrize("quarters", [[0], [5], [1, 9]])
def test_quarter_outside_1_to_4_is_refused(draft, quarters):
    with pytest.raises(ApplicationError) as err:
        services.yearly_entry_create(project=draft.project, fiscal_year_be=2567, budget=1, quarters=quarters,
                                     acting_user=draft.officer)
    assert err.value.code == "quarter_invalid"
    assert not YearlyEntry.objects.filter(fiscal_year_be=2567, project=draft.project).exists()


@pytest.mark.parametrize("budget", ["abc", "-1", None, "NaN"])
def test_budget_that_is_not_a_non_negative_number_is_refused(draft, budget):
    entry = draft.project.entries.get()
    with pytest.raises(ApplicationError) as err:
        services.yearly_entry_update(entry=entry, budget=budget, quarters=[1], acting_user=draft.officer)
    assert err.value.code == "budget_invalid"
    entry.refresh_from_db()
    assert entry.budget == Decimal(777)


def test_project_without_dimension_is_refused(draft):
    count = Project.objects.count()
    with pytest.raises(ApplicationError) as err:
        services.project_create(plan=draft.plan, dimension=None, name="x", acting_user=draft.officer)
    assert err.value.code == "dimension_required"
    assert Project.objects.count() == count


def test_area_must_sit_inside_the_dimension(draft):
    fw = draft.plan.framework
    with pytest.raises(ApplicationError) as err:
        services.project_create(plan=draft.plan, dimension=fw.areas.get(code="1"), area=fw.areas.get(code="2.1.1"),
                                name="x", acting_user=draft.officer)
    assert err.value.code == "area_not_in_dimension"


def test_new_entry_gets_the_next_number_of_its_year(draft):
    entry = services.yearly_entry_create(project=draft.project, fiscal_year_be=2566, budget="1500.50",
                                         quarters=[4, 2], acting_user=draft.officer)
    assert entry.order == 2
    assert entry.quarters == [2, 4]
    assert entry.budget == Decimal("1500.50")


def test_published_plan_cannot_be_edited_until_opened_for_amendment(demo, persona):
    officer = persona("plan")
    entry = demo.plan.entries.get(fiscal_year_be=2566, order=1)
    with pytest.raises(ApplicationError) as err:
        services.yearly_entry_update(entry=entry, budget=1, quarters=[2], acting_user=officer)
    assert err.value.code == "plan_not_editable"
    with pytest.raises(ApplicationError) as err:
        services.plan_transition(plan=demo.plan, transition="amend", acting_user=officer, comment="")
    assert err.value.code == "reason_required"
    plan = services.plan_transition(plan=demo.plan, transition="amend", acting_user=officer,
                                    comment="ปรับงบประมาณตามเทศบัญญัติ")
    assert plan.status == PlanStatus.DRAFT
    entry.refresh_from_db()
    services.yearly_entry_update(entry=entry, budget=25000, quarters=[2], acting_user=officer)
    event = PlanEvent.objects.filter(plan=plan).first()
    assert (event.transition, event.from_status, event.to_status, event.actor) == ("amend", "published", "draft", officer)


def test_workflow_roles_and_order(demo, persona):
    officer, mayor, council = persona("plan"), persona("mayor"), persona("council")
    plan = services.plan_transition(plan=demo.plan, transition="amend", acting_user=officer, comment="แก้ไข")
    with pytest.raises(ApplicationError) as err:
        services.plan_transition(plan=plan, transition="approve", acting_user=mayor)
    assert err.value.code == "transition_invalid"
    with pytest.raises(ApplicationError) as err:
        services.plan_transition(plan=plan, transition="submit", acting_user=council)
    assert err.value.code == "transition_forbidden"
    plan = services.plan_transition(plan=plan, transition="submit", acting_user=officer)
    assert plan.submitted_by == officer
    plan = services.plan_transition(plan=plan, transition="approve", acting_user=mayor)
    assert (plan.status, plan.approved_by) == (PlanStatus.APPROVED, mayor)
    plan = services.plan_transition(plan=plan, transition="publish", acting_user=officer)
    assert plan.status == PlanStatus.PUBLISHED
    assert list(PlanEvent.objects.filter(plan=plan).values_list("transition", flat=True)[:4]) == [
        "publish", "approve", "submit", "amend"]


def test_overseer_review_needs_revision_returns_a_submitted_plan(demo, persona):
    officer, province = persona("plan"), persona("province")
    plan = services.plan_transition(plan=demo.plan, transition="amend", acting_user=officer, comment="แก้ไข")
    plan = services.plan_transition(plan=plan, transition="submit", acting_user=officer)
    with pytest.raises(ApplicationError) as err:
        services.plan_review(plan=plan, verdict="needs_revision", reason=" ", acting_user=province)
    assert err.value.code == "reason_required"
    with pytest.raises(ApplicationError) as err:
        services.plan_review(plan=plan, verdict="pass", reason="", acting_user=officer)
    assert err.value.code == "transition_forbidden"
    event = services.plan_review(plan=plan, verdict="needs_revision", reason="งบประมาณไม่ตรงกับเทศบัญญัติ",
                                 acting_user=province)
    plan.refresh_from_db()
    assert plan.status == PlanStatus.DRAFT
    assert (event.verdict, event.comment) == ("needs_revision", "งบประมาณไม่ตรงกับเทศบัญญัติ")


def test_plan_events_are_append_only(demo):
    event = PlanEvent.objects.filter(plan=demo.plan).first()
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()
