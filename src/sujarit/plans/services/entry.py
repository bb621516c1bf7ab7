from __future__ import annotations

from django.db import transaction

from sujarit.core.audit import audited
from django.db.models import Max

from ..models import Project, YearlyEntry
from .rules import ensure_budget, ensure_editable, ensure_quarters, ensure_year_in_plan


def _apply(entry: YearlyEntry, *, budget, quarters, remark: str, counted: bool) -> None:
    entry.budget = ensure_budget(budget)
    ticked = ensure_quarters(quarters)
    entry.q1, entry.q2, entry.q3, entry.q4 = (n in ticked for n in (1, 2, 3, 4))
    entry.remark = (remark or "").strip()
    entry.counted = counted


@audited
@transaction.atomic
def yearly_entry_create(*, project: Project, fiscal_year_be: int, budget, quarters, acting_user,
                        remark: str = "", counted: bool = True, order: int | None = None,
                        check_editable: bool = True, **extra) -> YearlyEntry:
    plan = project.plan
    if check_editable:
        ensure_editable(plan)
    ensure_year_in_plan(plan, fiscal_year_be)
    if order is None:
        last = YearlyEntry.objects.for_org(plan.organisation).filter(
            plan=plan, fiscal_year_be=fiscal_year_be).aggregate(m=Max("order"))["m"]
        order = (last or 0) + 1
    entry = YearlyEntry(organisation=plan.organisation, plan=plan, project=project,
                        fiscal_year_be=fiscal_year_be, order=order, **extra)
    _apply(entry, budget=budget, quarters=quarters, remark=remark, counted=counted)
    entry.save()
    return entry


@audited
@transaction.atomic
def yearly_entry_update(*, entry: YearlyEntry, budget, quarters, acting_user, remark: str = "",
                        counted: bool = True) -> YearlyEntry:
    ensure_editable(entry.plan)
    _apply(entry, budget=budget, quarters=quarters, remark=remark, counted=counted)
    entry.save()
    return entry
