"""The demo plan loaded from the bundled document holds what the issue promises."""
from decimal import Decimal

import pytest

from sujarit.plans import selectors
from sujarit.plans.models import PlanStatus

pytestmark = pytest.mark.django_db


def test_five_years_have_the_documented_rows_and_budgets(demo):
    # given the demo plan
    tables = selectors.plan_year_tables(plan=demo.plan)
    # then
    assert [t.fiscal_year_be for t in tables] == [2566, 2567, 2568, 2569, 2570]
    assert [len(t.rows) for t in tables] == [15, 18, 18, 18, 17]
    assert [t.total_budget for t in tables] == [Decimal(30000), Decimal(104000), Decimal(40000), Decimal(20000), 0]


def test_2566_ticks_are_counted_from_rows_not_copied_from_the_printed_totals(demo):
    table = selectors.plan_year_table(plan=demo.plan, fiscal_year_be=2566)
    # The printed totals row says ๖ ๖ ๓ ๔, but no 2566 row is ticked in quarter 3.
    assert table.quarter_ticks == [6, 6, 0, 4]
    assert demo.plan.plan_years.get(fiscal_year_be=2566).stated_quarter_ticks == [6, 6, 3, 4]
    first = table.rows[0]
    assert (first.order, first.dimension, first.budget, first.quarters) == (1, 1, Decimal(20000), [2])


def test_every_part3_sheet_is_a_project_with_its_area(demo):
    projects = demo.plan.projects.exclude(sheet_number=None)
    assert projects.count() == 44
    sheet1 = projects.select_related("area").get(sheet_number=1, dimension__code="1")
    assert sheet1.area.code == "1.1.1"
    assert sheet1.budget == Decimal(110000)
    assert len(sheet1.methods) == 7
    assert sheet1.kpis.filter(value=2, unit="ครั้ง").exists()


def test_yearly_rows_are_linked_to_their_part3_sheet(demo):
    # the queue-card activity appears in 2566, 2568, 2569 and 2570 and has sheet ๒๕
    entries = demo.plan.entries.filter(project__sheet_number=25, project__dimension__code="2")
    assert sorted(entries.values_list("fiscal_year_be", flat=True)) == [2566, 2568, 2569, 2570]


def test_demo_plan_is_published_with_part1(demo):
    plan = demo.plan
    assert plan.status == PlanStatus.PUBLISHED
    assert [r.level for r in plan.risk_rows.all()] == ["ปานกลาง", "สูง"]
    assert [(t.fiscal_year_be, t.ita_score, t.case_reduction_pct) for t in plan.targets.all()] == [
        (2566 + i, Decimal(65 + 5 * i), Decimal(10 + 10 * i)) for i in range(5)
    ]
    assert plan.base_year_be == 2565
