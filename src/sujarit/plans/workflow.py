"""The plan's declared transitions: the only ways its status changes (each writes a PlanEvent)."""
from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from sujarit.orgs.models import Role

from .models import PlanStatus


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset[str]
    target: str
    roles: frozenset[str]
    label: str
    reason_required: bool = False


def _t(name, sources, target, roles, label, reason_required=False) -> Transition:
    return Transition(name, frozenset(sources), target, frozenset(roles), label, reason_required)


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        _t("submit", {PlanStatus.DRAFT}, PlanStatus.SUBMITTED, {Role.PLAN_OFFICER}, _("Submit for approval")),
        _t("approve", {PlanStatus.SUBMITTED}, PlanStatus.APPROVED, {Role.EXECUTIVE}, _("Approve")),
        _t("return", {PlanStatus.SUBMITTED}, PlanStatus.DRAFT, {Role.EXECUTIVE}, _("Return for changes"),
           reason_required=True),
        _t("publish", {PlanStatus.APPROVED}, PlanStatus.PUBLISHED, {Role.PLAN_OFFICER, Role.EXECUTIVE},
           _("Publish")),
        _t("amend", {PlanStatus.APPROVED, PlanStatus.PUBLISHED}, PlanStatus.DRAFT, {Role.PLAN_OFFICER},
           _("Open for amendment"), reason_required=True),
    )
}

EDITABLE_STATUSES = frozenset({PlanStatus.DRAFT})
EDITOR_ROLES = frozenset({Role.PLAN_OFFICER})


def transitions_available(*, status: str, roles: frozenset[str]) -> list[Transition]:
    return [t for t in TRANSITIONS.values() if status in t.sources and t.roles & roles]
