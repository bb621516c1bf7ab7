"""The plan's declared transitions: the only ways its status changes (each writes a PlanEvent)."""
from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from sujarit.core.workflow import Transition, transitions_from, transitions_table
from sujarit.core.workflow import transition as _t
from sujarit.orgs.models import Role

from .models import PlanStatus


TRANSITIONS: dict[str, Transition] = transitions_table(
    _t("submit", {PlanStatus.DRAFT}, PlanStatus.SUBMITTED, {Role.PLAN_OFFICER}, _("Submit for approval")),
    _t("approve", {PlanStatus.SUBMITTED}, PlanStatus.APPROVED, {Role.EXECUTIVE}, _("Approve")),
    _t("return", {PlanStatus.SUBMITTED}, PlanStatus.DRAFT, {Role.EXECUTIVE}, _("Return for changes"),
       reason_required=True),
    _t("publish", {PlanStatus.APPROVED}, PlanStatus.PUBLISHED, {Role.PLAN_OFFICER, Role.EXECUTIVE},
       _("Publish")),
    _t("amend", {PlanStatus.APPROVED, PlanStatus.PUBLISHED}, PlanStatus.DRAFT, {Role.PLAN_OFFICER},
       _("Open for amendment"), reason_required=True),
)

EDITABLE_STATUSES = frozenset({PlanStatus.DRAFT})
EDITOR_ROLES = frozenset({Role.PLAN_OFFICER})


def transitions_available(*, status: str, roles: frozenset[str]) -> list[Transition]:
    return transitions_from(TRANSITIONS, status=status, roles=roles)
