"""Key lifecycle: creation and unlocking at login, custodian keys, rotation and lost-password recovery."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _
from nacl.exceptions import CryptoError

from sujarit.core.errors import ApplicationError
from sujarit.orgs.models import Membership, Role

from .. import crypto
from ..errors import WbErrorCode
from ..events import event_write
from ..models import CustodianKey, CustodianShare, EventKind, ReportKeyWrap, UserKey

KEY_ROLES = (Role.CORRUPTION_OFFICER, Role.IDENTITY_CUSTODIAN)


def needs_key(user) -> bool:
    return Membership.objects.filter(user=user, is_active=True, role__in=KEY_ROLES).exists()


def _wrap_private(private: bytes, password: str) -> dict:
    salt, cost = crypto.new_salt(), crypto.argon2_cost()
    return {"private_box": crypto.secret_encrypt(crypto.derive_key(password, salt, cost), private),
            "kdf_salt": salt, "kdf_cost": cost}


def user_key_create(*, user, password: str) -> tuple[UserKey, bytes]:
    private, public = crypto.generate_keypair()
    key = UserKey.objects.create(user=user, public_key=public, **_wrap_private(private, password))
    return key, private


def user_key_open(key: UserKey, password: str) -> bytes:
    kek = crypto.derive_key(password, bytes(key.kdf_salt), key.kdf_cost)
    return crypto.secret_decrypt(kek, bytes(key.private_box))


def active_key(user) -> UserKey | None:
    return UserKey.objects.filter(user=user, status=UserKey.Status.ACTIVE).first()


@transaction.atomic
def user_key_unlock(*, user, password: str, create_missing: bool = True) -> tuple[UserKey, bytes] | None:
    """Open (or create) the person's active key with their password.

    If the active key does not open (the password was reset elsewhere), it is set aside awaiting a custodian's
    recovery and a new key is made under the new password, so the person can keep working on new reports.
    """
    key = active_key(user)
    if key is None:
        if not create_missing:
            return None
        key, private = user_key_create(user=user, password=password)
    else:
        try:
            private = user_key_open(key, password)
        except CryptoError:
            if not create_missing:
                return None
            key.status = UserKey.Status.AWAITING_RECOVERY
            key.save(update_fields=["status"])
            key, private = user_key_create(user=user, password=password)
    _custodian_keys_ensure(user=user, key=key)
    return key, private


def _custodian_keys_ensure(*, user, key: UserKey) -> None:
    """A custodian of an organisation that has no custodian key yet creates it (and holds the first share)."""
    orgs = Membership.objects.filter(user=user, is_active=True, role=Role.IDENTITY_CUSTODIAN).values_list(
        "organisation", flat=True)
    for org_id in orgs:
        if CustodianKey.objects.filter(organisation_id=org_id).exists():
            continue
        private, public = crypto.generate_keypair()
        ck = CustodianKey.objects.create(organisation_id=org_id, public_key=public)
        CustodianShare.objects.create(custodian_key=ck, user_key=key, sealed_private=crypto.seal(key.public_key,
                                                                                                 private))


def custodian_private_key(*, organisation, user_key_id: int | None, private_key: bytes | None) -> bytes:
    """The organisation's custodian key, opened with the custodian's own unlocked key."""
    share = CustodianShare.objects.filter(custodian_key__organisation=organisation, user_key_id=user_key_id).first()
    if share is None or private_key is None:
        raise ApplicationError(code=WbErrorCode.KEY_LOCKED,
                               message=_("Your key is locked or you hold no share of the custodian key."))
    return crypto.unseal(private_key, bytes(share.sealed_private))


@transaction.atomic
def user_key_rotate(*, user, password: str, private_key: bytes | None, user_key_id: int | None,
                    acting_user) -> tuple[UserKey, bytes]:
    """A new key pair for the person; every report key the old key opens is re-sealed for the new one."""
    old = UserKey.objects.select_for_update().filter(pk=user_key_id, user=user,
                                                    status=UserKey.Status.ACTIVE).first()
    if old is None or private_key is None:
        raise ApplicationError(code=WbErrorCode.KEY_LOCKED, message=_("Unlock your key first."))
    try:
        user_key_open(old, password)
    except CryptoError:
        raise ApplicationError(code=WbErrorCode.PASSWORD_WRONG, field="password",
                               message=_("The password is not correct.")) from None
    old.status = UserKey.Status.RETIRED
    old.save(update_fields=["status"])
    new, new_private = user_key_create(user=user, password=password)
    for wrap in old.report_wraps.select_related("report"):
        report_key = crypto.unseal(private_key, bytes(wrap.sealed_key))
        ReportKeyWrap.objects.create(report=wrap.report, user_key=new,
                                     sealed_key=crypto.seal(new.public_key, report_key))
        event_write(organisation=wrap.report.organisation, report=wrap.report, actor=acting_user,
                    kind=EventKind.KEY_ROTATED)
    for share in old.custodian_shares.all():
        ck_private = crypto.unseal(private_key, bytes(share.sealed_private))
        CustodianShare.objects.create(custodian_key=share.custodian_key, user_key=new,
                                      sealed_private=crypto.seal(new.public_key, ck_private))
    old.report_wraps.all().delete()
    old.custodian_shares.all().delete()
    return new, new_private


def keys_awaiting_recovery(*, organisation):
    """Keys of this organisation's officers and custodians that a custodian can recover."""
    users = Membership.objects.filter(organisation=organisation, is_active=True, role__in=KEY_ROLES).values("user")
    return UserKey.objects.filter(user__in=users, status=UserKey.Status.AWAITING_RECOVERY).select_related("user")


@transaction.atomic
def user_key_recover(*, organisation, lost_key_id: int, custodian_key_id: int | None,
                     custodian_private: bytes | None, acting_user) -> int:
    """A custodian re-seals, from escrow, every report of this organisation the lost key could open.

    Returns the number of reports restored. The lost key is retired once nothing of this organisation needs it.
    """
    lost = keys_awaiting_recovery(organisation=organisation).filter(pk=lost_key_id).first()
    if lost is None:
        raise ApplicationError(code=WbErrorCode.NOTHING_TO_RECOVER, message=_("There is no such key to recover."))
    if lost.user_id == acting_user.pk:
        raise ApplicationError(code=WbErrorCode.NOT_CUSTODIAN,
                               message=_("A custodian cannot recover their own key."))
    ck_private = custodian_private_key(organisation=organisation, user_key_id=custodian_key_id,
                                       private_key=custodian_private)
    new = active_key(lost.user)
    if new is None:
        raise ApplicationError(code=WbErrorCode.NOTHING_TO_RECOVER,
                               message=_("The person must sign in once with their new password first."))
    restored = 0
    for wrap in lost.report_wraps.filter(report__organisation=organisation).select_related("report"):
        report_key = crypto.unseal(ck_private, bytes(wrap.report.escrow_wrap))
        ReportKeyWrap.objects.get_or_create(report=wrap.report, user_key=new,
                                            defaults={"sealed_key": crypto.seal(new.public_key, report_key)})
        event_write(organisation=organisation, report=wrap.report, actor=acting_user, kind=EventKind.KEY_RECOVERED)
        wrap.delete()
        restored += 1
    for share in lost.custodian_shares.filter(custodian_key__organisation=organisation):
        CustodianShare.objects.get_or_create(custodian_key=share.custodian_key, user_key=new,
                                             defaults={"sealed_private": crypto.seal(new.public_key, ck_private)})
        share.delete()
    if not lost.report_wraps.exists() and not lost.custodian_shares.exists():
        lost.status = UserKey.Status.RETIRED
        lost.save(update_fields=["status"])
    event_write(organisation=organisation, actor=acting_user, kind=EventKind.ESCROW_USED)
    return restored


@transaction.atomic
def custodian_share_grant(*, organisation, to_user, custodian_key_id: int | None, custodian_private: bytes | None,
                          acting_user) -> CustodianShare:
    """An unlocked custodian gives another custodian (who has a key) a share of the custodian key."""
    if not Membership.objects.filter(user=to_user, organisation=organisation, is_active=True,
                                     role=Role.IDENTITY_CUSTODIAN).exists():
        raise ApplicationError(code=WbErrorCode.NOT_CUSTODIAN, message=_("That person is not a custodian here."))
    target = active_key(to_user)
    if target is None:
        raise ApplicationError(code=WbErrorCode.KEY_LOCKED,
                               message=_("The person must sign in once so that a key is made for them."))
    ck_private = custodian_private_key(organisation=organisation, user_key_id=custodian_key_id,
                                       private_key=custodian_private)
    share, _created = CustodianShare.objects.get_or_create(
        custodian_key=CustodianKey.objects.get(organisation=organisation), user_key=target,
        defaults={"sealed_private": crypto.seal(target.public_key, ck_private)})
    return share
