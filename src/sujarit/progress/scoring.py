"""The numbers, as e-PlanNACC and NACC compute them. Pure functions: tested against hand-computed cases.

- Implementation % = (done × 1 + in progress × 0.5) / all scheduled items × 100.
- Traffic light: 6-month round green ≥ 50 %, amber ≥ 20 %; 12-month round green ≥ 80 %, amber ≥ 50 %.
- ITA grade: AA ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65, D ≥ 55, E ≥ 50, F < 50; pass = 85.
- Case reduction % = (base − actual) / base × 100.
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from .models.reports import ReportStatus
from .models.rounds import RoundKind

DONE_WEIGHT = {ReportStatus.DONE: Decimal(1), ReportStatus.IN_PROGRESS: Decimal("0.5")}
LIGHT_THRESHOLDS = {  # (green at least, amber at least), in per cent
    RoundKind.SIX_MONTHS: (Decimal(50), Decimal(20)),
    RoundKind.TWELVE_MONTHS: (Decimal(80), Decimal(50)),
}
GRADE_BANDS = [(Decimal(95), "AA"), (Decimal(85), "A"), (Decimal(75), "B"), (Decimal(65), "C"),
               (Decimal(55), "D"), (Decimal(50), "E")]
ITA_PASS = Decimal(85)
ITA_TARGET_ONCE_PASSED = Decimal(90)
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


class Light:
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


def implementation_pct(statuses: Iterable[str]) -> Decimal | None:
    """Per cent done over all scheduled items (None when nothing is scheduled). Not rounded."""
    statuses = list(statuses)
    if not statuses:
        return None
    score = sum((DONE_WEIGHT.get(s, Decimal(0)) for s in statuses), Decimal(0))
    return score * HUNDRED / len(statuses)


def traffic_light(pct: Decimal | None, round_kind: str) -> str | None:
    if pct is None:
        return None
    green, amber = LIGHT_THRESHOLDS[RoundKind(round_kind)]
    if pct >= green:
        return Light.GREEN
    if pct >= amber:
        return Light.AMBER
    return Light.RED


def ita_grade(score: Decimal | None) -> str | None:
    if score is None:
        return None
    for floor, grade in GRADE_BANDS:
        if score >= floor:
            return grade
    return "F"


def ita_target(plan_target: Decimal | None, *, already_passed: bool) -> Decimal | None:
    """The year's ITA target; once the organisation has passed ITA the target is 90 (Part 1, ๓ (๒))."""
    if already_passed:
        return max(plan_target or Decimal(0), ITA_TARGET_ONCE_PASSED)
    return plan_target


def case_reduction_pct(*, base: int | None, actual: int | None) -> Decimal | None:
    """Reduction against the base year in per cent, 2 places (negative when cases rose)."""
    if base is None or actual is None or base == 0:
        return None
    return (Decimal(base - actual) * HUNDRED / base).quantize(CENT, rounding=ROUND_HALF_UP)


def ratio_pct(part: Decimal, whole: Decimal) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * HUNDRED / Decimal(whole)).quantize(CENT, rounding=ROUND_HALF_UP)


def round_pct(pct: Decimal | None) -> Decimal | None:
    return None if pct is None else pct.quantize(CENT, rounding=ROUND_HALF_UP)
