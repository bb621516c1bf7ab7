"""Identity access: an officer's written request, a custodian's decision (logged, shown to the reporter)."""
from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sujarit.core.errors import ApplicationError
from sujarit.orgs.models import Role
from sujarit.orgs.selectors import user_roles

from .. import crypto
from ..errors import WbErrorCode
from ..events import event_write
from ..models import EventKind, IdentityRequest, Report, UserKey
from .handling import _ensure_officer, _require_key
from .keys import custodian_private_key


@transaction.atomic
def identity_request(*, report: Report, reason: str, report_key: bytes | None, acting_user) -> IdentityRequest:
    _ensure_officer(report, acting_user)
    key = _require_key(report_key)
    if not hasattr(report, "identity"):
        raise ApplicationError(code=WbErrorCode.NO_IDENTITY,
                               message=_("The reporter chose to stay anonymous: there is no identity to request."))
    reason = (reason or "").strip()
    if len(reason) < 10:
        raise ApplicationError(code=WbErrorCode.REASON_REQUIRED, field="reason",
                               message=_("Explain in writing why the investigation needs the reporter's identity."))
    request = IdentityRequest.objects.create(report=report, organisation=report.organisation,
                                             requested_by=acting_user,
                                             reason_box=crypto.secret_encrypt(key, reason.encode()))
    event_write(organisation=report.organisation, report=report, actor=acting_user,
                kind=EventKind.IDENTITY_REQUESTED)
    return request


def identity_request_reason(*, request: IdentityRequest, custodian_key_id, custodian_private) -> str:
    """The custodian reads the officer's reason through escrow."""
    ck = custodian_private_key(organisation=request.organisation, user_key_id=custodian_key_id,
                               private_key=custodian_private)
    report_key = crypto.unseal(ck, bytes(request.report.escrow_wrap))
    return crypto.secret_decrypt(report_key, bytes(request.reason_box)).decode()


@transaction.atomic
def identity_decide(*, request: IdentityRequest, approve: bool, note: str, custodian_key_id, custodian_private,
                    acting_user) -> IdentityRequest:
    if Role.IDENTITY_CUSTODIAN not in user_roles(user=acting_user, organisation=request.organisation):
        raise ApplicationError(code=WbErrorCode.NOT_CUSTODIAN, message=_("Only an identity custodian can decide."))
    request = IdentityRequest.objects.select_for_update().get(pk=request.pk)
    if request.decision != IdentityRequest.Decision.PENDING:
        raise ApplicationError(code=WbErrorCode.REQUEST_DECIDED, message=_("This request was already decided."))
    if request.requested_by_id == acting_user.pk:
        raise ApplicationError(code=WbErrorCode.NOT_CUSTODIAN, message=_("You cannot decide your own request."))
    note = (note or "").strip()
    if not approve and not note:
        raise ApplicationError(code=WbErrorCode.REASON_REQUIRED, field="note",
                               message=_("Give the reason for the refusal."))
    ck = custodian_private_key(organisation=request.organisation, user_key_id=custodian_key_id,
                               private_key=custodian_private)
    report = request.report
    report_key = crypto.unseal(ck, bytes(report.escrow_wrap))
    if approve:
        target = UserKey.objects.filter(user=request.requested_by, status=UserKey.Status.ACTIVE).first()
        if target is None:
            raise ApplicationError(code=WbErrorCode.KEY_LOCKED, message=_("The requesting officer has no key."))
        identity_key = crypto.unseal(ck, bytes(report.identity.escrow_wrap))
        request.granted_wrap = crypto.seal(bytes(target.public_key), identity_key)
        request.granted_key = target
    request.decision = IdentityRequest.Decision.APPROVED if approve else IdentityRequest.Decision.REFUSED
    request.decided_by, request.decided_on = acting_user, timezone.localdate()
    request.note_box = crypto.secret_encrypt(report_key, note.encode()) if note else None
    request.save()
    event_write(organisation=report.organisation, report=report, actor=acting_user,
                kind=EventKind.IDENTITY_APPROVED if approve else EventKind.IDENTITY_REFUSED)
    event_write(organisation=report.organisation, report=report, actor=acting_user, kind=EventKind.ESCROW_USED)
    return request
