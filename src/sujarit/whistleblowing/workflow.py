"""The report's declared transitions: the only ways its state changes (each writes a ReportEvent)."""
from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from sujarit.core.workflow import Transition, transitions_table
from sujarit.core.workflow import transition as _t
from sujarit.orgs.models import Role

from .models import ReportState as S

# Only the channel's officers step a report forward (and only those not excluded from it: services/handling.py).
OFFICERS = frozenset({Role.CORRUPTION_OFFICER})

TRANSITIONS: dict[str, Transition] = transitions_table(
    _t("acknowledge", {S.RECEIVED}, S.ACKNOWLEDGED, OFFICERS, _("Acknowledge receipt")),
    _t("review", {S.ACKNOWLEDGED}, S.PRELIMINARY, OFFICERS, _("Start the preliminary review")),
    _t("investigate", {S.PRELIMINARY}, S.INVESTIGATION, OFFICERS, _("Open an investigation or refer")),
    _t("conclude", {S.PRELIMINARY, S.INVESTIGATION}, S.CONCLUDED, OFFICERS, _("Conclude"), reason_required=True),
    _t("close", {S.CONCLUDED}, S.CLOSED, OFFICERS, _("Close the report")),
)

OPEN_STATES = frozenset({S.RECEIVED, S.ACKNOWLEDGED, S.PRELIMINARY, S.INVESTIGATION})


def transitions_available(state: str) -> list[Transition]:
    return [t for t in TRANSITIONS.values() if state in t.sources]
