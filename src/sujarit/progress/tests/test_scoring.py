"""The e-PlanNACC formula, traffic lights and ITA bands against hand-computed cases, at the boundaries."""
from decimal import Decimal as D

import pytest

from sujarit.progress.scoring import case_reduction_pct, implementation_pct, ita_grade, ita_target, traffic_light


def test_implementation_pct_hand_computed():
    # 3 done + 2 in progress + 1 not started + 1 postponed + 1 cancelled = (3 + 1) / 8 = 50 %
    statuses = ["done"] * 3 + ["in_progress"] * 2 + ["not_started", "postponed", "cancelled"]
    assert implementation_pct(statuses) == D(50)
    assert implementation_pct(["in_progress"]) == D(50)
    assert implementation_pct(["done", "not_started", "not_started"]) == D(100) / 3
    assert implementation_pct([]) is None


@pytest.mark.parametrize("pct, light", [
    (D("50"), "green"), (D("49.99"), "amber"), (D("20"), "amber"), (D("19.99"), "red"), (D(0), "red"),
    (D(100), "green")])
def test_six_month_lights(pct, light):
    assert traffic_light(pct, "6m") == light


@pytest.mark.parametrize("pct, light", [
    (D("80"), "green"), (D("79.99"), "amber"), (D("50"), "amber"), (D("49.99"), "red"), (D("20"), "red")])
def test_twelve_month_lights(pct, light):
    assert traffic_light(pct, "12m") == light


def test_light_uses_the_unrounded_percentage():
    # 2 done + 1 in progress of 5 = 50 % exactly: green at 6 months, amber at 12 months
    pct = implementation_pct(["done", "done", "in_progress", "not_started", "not_started"])
    assert traffic_light(pct, "6m") == "green" and traffic_light(pct, "12m") == "amber"
    # 1 in progress of 3 = 16.67 %: red at 6 months
    assert traffic_light(implementation_pct(["in_progress", "not_started", "not_started"]), "6m") == "red"


@pytest.mark.parametrize("score, grade", [
    (D(100), "AA"), (D(95), "AA"), (D("94.99"), "A"), (D(85), "A"), (D("84.99"), "B"), (D(75), "B"),
    (D("74.99"), "C"), (D(65), "C"), (D("64.99"), "D"), (D(55), "D"), (D("54.99"), "E"), (D(50), "E"),
    (D("49.99"), "F"), (D(0), "F")])
def test_ita_grade_bands(score, grade):
    assert ita_grade(score) == grade


def test_ita_target_once_passed_is_90():
    assert ita_target(D(65), already_passed=False) == D(65)
    assert ita_target(D(65), already_passed=True) == D(90)
    assert ita_target(None, already_passed=True) == D(90)


def test_case_reduction():
    assert case_reduction_pct(base=10, actual=8) == D("20.00")
    assert case_reduction_pct(base=3, actual=2) == D("33.33")
    assert case_reduction_pct(base=10, actual=12) == D("-20.00")
    assert case_reduction_pct(base=0, actual=0) is None
    assert case_reduction_pct(base=None, actual=3) is None
