"""The report's declared transitions: the only ways its state changes (each writes a ReportEvent)."""
from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import ReportState as S


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset[str]
    target: str
    label: str
    needs_comment: bool = False


def _t(name, sources, target, label, needs_comment=False) -> Transition:
    return Transition(name, frozenset(sources), target, label, needs_comment)


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        _t("acknowledge", {S.RECEIVED}, S.ACKNOWLEDGED, _("Acknowledge receipt")),
        _t("review", {S.ACKNOWLEDGED}, S.PRELIMINARY, _("Start the preliminary review")),
        _t("investigate", {S.PRELIMINARY}, S.INVESTIGATION, _("Open an investigation or refer")),
        _t("conclude", {S.PRELIMINARY, S.INVESTIGATION}, S.CONCLUDED, _("Conclude"), needs_comment=True),
        _t("close", {S.CONCLUDED}, S.CLOSED, _("Close the report")),
    )
}

OPEN_STATES = frozenset({S.RECEIVED, S.ACKNOWLEDGED, S.PRELIMINARY, S.INVESTIGATION})


def transitions_available(state: str) -> list[Transition]:
    return [t for t in TRANSITIONS.values() if state in t.sources]
