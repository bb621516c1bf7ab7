"""A progress report's declared transitions (each writes a ReportEvent). Approver: ADR 0016."""
from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from sujarit.core.workflow import Transition, transitions_from, transitions_table
from sujarit.core.workflow import transition as _t
from sujarit.orgs.models import Role

from .models.reports import ReportState


REPORTER_ROLES = frozenset({Role.PLAN_OFFICER})
# The head of unit approves. Units are free text on Membership, so the executive (or the organisation's
# administrator) approves for now (ADR 0016).
APPROVER_ROLES = frozenset({Role.EXECUTIVE, Role.ORG_ADMIN})
EDITABLE_STATES = frozenset({ReportState.DRAFT, ReportState.RETURNED})


TRANSITIONS: dict[str, Transition] = transitions_table(
    _t("submit", EDITABLE_STATES, ReportState.SUBMITTED, REPORTER_ROLES, _("Submit to the head of unit")),
    _t("approve", {ReportState.SUBMITTED}, ReportState.APPROVED, APPROVER_ROLES, _("Approve")),
    _t("return", {ReportState.SUBMITTED}, ReportState.RETURNED, APPROVER_ROLES, _("Return for changes"),
       reason_required=True),
    _t("reopen", {ReportState.APPROVED}, ReportState.DRAFT, REPORTER_ROLES, _("Reopen to correct"),
       reason_required=True),
)


def transitions_available(*, state: str, roles: frozenset[str]) -> list[Transition]:
    return transitions_from(TRANSITIONS, status=state, roles=roles)
