"""Declared transitions of an assessment and of a follow-up round (ADR 0020): who may do what, from where.

The working group (plan officer, internal auditor, organisation administrator) edits and submits; the executive
approves or returns with a reason; either publishes. Editing happens only in draft; "amend" reopens it.
"""
from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from sujarit.core.workflow import Transition, transitions_from, transitions_table
from sujarit.core.workflow import transition as _t
from sujarit.orgs.models import Role

from .models import AssessmentStatus as S

WORKING_GROUP_ROLES = frozenset({Role.PLAN_OFFICER, Role.AUDITOR, Role.ORG_ADMIN})
APPROVER_ROLES = frozenset({Role.EXECUTIVE})
EDITABLE_STATUSES = frozenset({S.DRAFT})


TRANSITIONS: dict[str, Transition] = transitions_table(
    _t("submit", {S.DRAFT}, S.SUBMITTED, WORKING_GROUP_ROLES, _("Submit to the executive")),
    _t("approve", {S.SUBMITTED}, S.APPROVED, APPROVER_ROLES, _("Approve")),
    _t("return", {S.SUBMITTED}, S.DRAFT, APPROVER_ROLES, _("Return for changes"), reason_required=True),
    _t("publish", {S.APPROVED}, S.PUBLISHED, WORKING_GROUP_ROLES | APPROVER_ROLES, _("Publish")),
    _t("amend", {S.APPROVED, S.PUBLISHED}, S.DRAFT, WORKING_GROUP_ROLES, _("Reopen for amendment"),
       reason_required=True),
)


def transitions_available(*, status: str, roles: frozenset[str]) -> list[Transition]:
    return transitions_from(TRANSITIONS, status=status, roles=roles)
