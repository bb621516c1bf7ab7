"""The declared transitions of a complaint: the only ways its status changes (each writes a ComplaintEvent)."""
from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from sujarit.orgs.models import Role

from .models import Status

HANDLERS = frozenset({Role.COMPLAINT_OFFICER})
READERS = frozenset({Role.COMPLAINT_OFFICER, Role.EXECUTIVE})


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset[str]
    target: str
    label: str
    needs: str = ""             # the field that must be given: comment, forwarded_to, assignment, result
    assignee_may: bool = False  # the assigned officer may take this step too


def _t(name, sources, target, label, needs="", assignee_may=False) -> Transition:
    return Transition(name, frozenset(sources), target, label, needs, assignee_may)


TRANSITIONS: dict[str, Transition] = {t.name: t for t in (
    _t("accept", {Status.RECEIVED}, Status.ACCEPTED, _("Accept the complaint")),
    _t("reject", {Status.RECEIVED}, Status.REJECTED, _("Do not accept"), needs="comment"),
    _t("forward", {Status.RECEIVED, Status.ACCEPTED}, Status.FORWARDED, _("Forward to another agency"),
       needs="forwarded_to"),
    _t("assign", {Status.ACCEPTED, Status.ASSIGNED, Status.IN_PROGRESS}, Status.ASSIGNED, _("Assign"),
       needs="assignment"),
    _t("start", {Status.ACCEPTED, Status.ASSIGNED}, Status.IN_PROGRESS, _("Start work"), assignee_may=True),
    _t("resolve", {Status.ASSIGNED, Status.IN_PROGRESS}, Status.RESOLVED, _("Record the result"), needs="result",
       assignee_may=True),
    _t("close", {Status.RESOLVED}, Status.CLOSED, _("Close the case")),
    _t("reopen", {Status.RESOLVED, Status.CLOSED}, Status.IN_PROGRESS, _("Reopen"), needs="comment"),
)}


ACTION_LABELS = {
    "receive": _("Received"), "letter_ack": _("Acknowledgement letter issued"),
    "letter_explanation": _("Explanation letter issued"), "letter_result": _("Result letter issued"),
    "explain": _("Delay explained in writing"), "explain_late": _("Delay explained after the deadline"),
    "rate": _("Rated by the complainant"), **{t.name: t.label for t in TRANSITIONS.values()},
}
# The step that moves a case forward, shown first and open on the case page.
PRIMARY = {Status.RECEIVED: "accept", Status.ACCEPTED: "assign", Status.ASSIGNED: "start",
           Status.IN_PROGRESS: "resolve", Status.RESOLVED: "close", Status.CLOSED: "reopen"}


def transitions_available(*, status: str, roles: frozenset[str], is_assignee: bool = False) -> list[Transition]:
    found = [t for t in TRANSITIONS.values()
             if status in t.sources and (roles & HANDLERS or (is_assignee and t.assignee_may))]
    return sorted(found, key=lambda t: t.name != PRIMARY.get(status))
