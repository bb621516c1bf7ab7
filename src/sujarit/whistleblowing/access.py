"""The only way to reach a report's contents. Every officer read is logged; named persons are refused.

Rules for views: `is_officer` (designated corruption officers of the organisation in the URL),
`is_custodian`, `is_officer_or_custodian`, `is_channel_admin`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from django.http import Http404
from nacl.exceptions import CryptoError

from sujarit.orgs.access import has_org_role
from sujarit.orgs.models import Role

from . import crypto, keyring, selectors
from .events import event_write
from .models import EventKind, IdentityRequest, Report, ReportKeyWrap

is_officer = has_org_role(Role.CORRUPTION_OFFICER)
is_custodian = has_org_role(Role.IDENTITY_CUSTODIAN)
is_officer_or_custodian = has_org_role(Role.CORRUPTION_OFFICER, Role.IDENTITY_CUSTODIAN)
is_channel_admin = has_org_role(Role.CORRUPTION_OFFICER, Role.ORG_ADMIN)


def report_for_officer(request, report_id: int, *, log_view: bool = True) -> Report:
    """The report inside the URL's organisation, unless the officer is named in it (then: 404, as if absent)."""
    report = Report.objects.for_org(request.organisation).filter(pk=report_id).select_related("assigned_to").first()
    if report is None or selectors.is_excluded(report=report, user=request.user):
        raise Http404
    if log_view:
        event_write(organisation=report.organisation, report=report, actor=request.user, kind=EventKind.VIEWED)
    return report


def report_key(request, report: Report) -> bytes | None:
    """K_r opened with the officer's unlocked key, or None (key locked, or no wrap for this officer)."""
    private, user_key_id = keyring.officer_private_key(request)
    if private is None:
        return None
    wrap = ReportKeyWrap.objects.filter(report=report, user_key_id=user_key_id).first()
    if wrap is None:
        return None
    try:
        return crypto.unseal(private, bytes(wrap.sealed_key))
    except CryptoError:
        return None


def decrypt_text(key: bytes, box) -> str:
    return crypto.secret_decrypt(key, bytes(box)).decode() if box else ""


@dataclass
class OpenedReport:
    content: dict
    messages: list[dict]
    attachments: list[dict]
    events: list[dict]


def report_open(report: Report, key: bytes, *, for_reporter: bool = False) -> OpenedReport:
    content = json.loads(crypto.secret_decrypt(key, bytes(report.content_box)))
    messages = [{"mine": m.author_kind == m.Author.REPORTER, "author_kind": m.author_kind,
                 "author": None if for_reporter else m.author, "sent_on": m.sent_on,
                 "text": decrypt_text(key, m.body_box)}
                for m in report.messages.select_related("author")]
    attachments = [{"id": a.pk, "name": decrypt_text(key, a.name_box), "size": a.size, "added_on": a.added_on,
                    "by_reporter": a.added_by_reporter, "content_type": a.content_type}
                   for a in report.attachments.defer("body_box")]
    events = [] if for_reporter else [
        {"kind": e.get_kind_display(), "code": e.kind, "actor": e.actor, "on": e.occurred_on, "at": e.occurred_at,
         "from": e.from_state, "to": e.to_state, "comment": decrypt_text(key, e.comment_box)}
        for e in report.events.select_related("actor")]
    return OpenedReport(content, messages, attachments, events)


def identity_for_officer(request, report: Report) -> dict | None:
    """The reporter's identity if a custodian granted this officer's active key access; logs the view."""
    private, user_key_id = keyring.officer_private_key(request)
    if private is None:
        return None
    grant = IdentityRequest.objects.filter(report=report, requested_by=request.user, granted_key_id=user_key_id,
                                           decision=IdentityRequest.Decision.APPROVED).first()
    if grant is None or not hasattr(report, "identity"):
        return None
    identity_key = crypto.unseal(private, bytes(grant.granted_wrap))
    event_write(organisation=report.organisation, report=report, actor=request.user, kind=EventKind.IDENTITY_VIEWED)
    return json.loads(crypto.secret_decrypt(identity_key, bytes(report.identity.identity_box)))
