"""A progress report's declared transitions (each writes a ReportEvent). Approver: ADR 0016."""
from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from sujarit.orgs.models import Role

from .models.reports import ReportState


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset[str]
    target: str
    roles: frozenset[str]
    label: str
    comment_required: bool = False


REPORTER_ROLES = frozenset({Role.PLAN_OFFICER})
# The head of unit approves. Units are free text on Membership, so the executive (or the organisation's
# administrator) approves for now (ADR 0016).
APPROVER_ROLES = frozenset({Role.EXECUTIVE, Role.ORG_ADMIN})
EDITABLE_STATES = frozenset({ReportState.DRAFT, ReportState.RETURNED})


def _t(name, sources, target, roles, label, comment_required=False) -> Transition:
    return Transition(name, frozenset(sources), target, frozenset(roles), label, comment_required)


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        _t("submit", EDITABLE_STATES, ReportState.SUBMITTED, REPORTER_ROLES, _("Submit to the head of unit")),
        _t("approve", {ReportState.SUBMITTED}, ReportState.APPROVED, APPROVER_ROLES, _("Approve")),
        _t("return", {ReportState.SUBMITTED}, ReportState.RETURNED, APPROVER_ROLES, _("Return for changes"),
           comment_required=True),
        _t("reopen", {ReportState.APPROVED}, ReportState.DRAFT, REPORTER_ROLES, _("Reopen to correct"),
           comment_required=True),
    )
}


def transitions_available(*, state: str, roles: frozenset[str]) -> list[Transition]:
    return [t for t in TRANSITIONS.values() if state in t.sources and t.roles & roles]
