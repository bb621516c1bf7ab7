from __future__ import annotations

from django.db import transaction

from sujarit.core.audit import audited
from django.utils.translation import gettext as _

from sujarit.core.errors import ApplicationError
from sujarit.frameworks.models import Area

from ..errors import PlanErrorCode
from ..models import Kpi, Plan, Project
from .rules import ensure_budget, ensure_editable

SHEET_FIELDS = ("kind", "sheet_number", "name", "rationale", "objectives", "target_group", "methods",
                "duration", "budget_text", "budget", "responsible", "outputs", "outcomes")


def _check_taxonomy(plan: Plan, dimension: Area | None, area: Area | None) -> None:
    if dimension is None:
        raise ApplicationError(code=PlanErrorCode.DIMENSION_REQUIRED, field="dimension",
                               message=_("Choose the dimension (มิติ) of this project."))
    if dimension.framework_id != plan.framework_id or dimension.level != 1:
        raise ApplicationError(code=PlanErrorCode.DIMENSION_FOREIGN, field="dimension",
                               message=_("This dimension does not belong to the plan's framework."))
    if area is not None and (area.framework_id != plan.framework_id
                             or area.dimension_number != dimension.dimension_number or area.level == 1):
        raise ApplicationError(code=PlanErrorCode.AREA_MISMATCH, field="area",
                               message=_("The area must be inside the chosen dimension."))


@audited
@transaction.atomic
def project_create(*, plan: Plan, dimension: Area | None, name: str, acting_user, area: Area | None = None,
                   kpis: list[dict] | None = None, check_editable: bool = True, **fields) -> Project:
    if check_editable:
        ensure_editable(plan)
    _check_taxonomy(plan, dimension, area)
    if fields.get("budget") is not None:
        fields["budget"] = ensure_budget(fields["budget"])
    project = Project(organisation=plan.organisation, plan=plan, dimension=dimension, area=area, name=name,
                      **{k: v for k, v in fields.items() if k in SHEET_FIELDS})
    project.full_clean(exclude=["organisation", "plan", "dimension", "area"])
    project.save()
    Kpi.objects.bulk_create(Kpi(organisation=plan.organisation, project=project, **k) for k in kpis or [])
    return project


@audited
@transaction.atomic
def project_update(*, project: Project, acting_user, dimension: Area | None, area: Area | None = None,
                   **fields) -> Project:
    ensure_editable(project.plan)
    _check_taxonomy(project.plan, dimension, area)
    if fields.get("budget") is not None:
        fields["budget"] = ensure_budget(fields["budget"])
    project.dimension, project.area = dimension, area
    for name, value in fields.items():
        if name not in SHEET_FIELDS:
            raise TypeError(f"project_update() cannot set {name!r}")
        setattr(project, name, value)
    project.full_clean(exclude=["organisation", "plan", "dimension", "area"])
    project.save()
    return project
