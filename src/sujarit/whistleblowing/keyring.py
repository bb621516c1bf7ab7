"""Unlocked keys in the server session, sealed under a key derived from the server secret and the session id.

An officer's or custodian's private key is opened at login (signals.py) or on the unlock page; a reporter's
report key is opened by a correct receipt. Nothing here is written to the database in clear.
"""
from __future__ import annotations

from nacl.exceptions import CryptoError

from . import crypto

OFFICER_SLOT = "wb_private_key"
REPORTER_SLOT = "wb_reporter"
REPORTER_IDLE_SECONDS = 15 * 60


def _kek(request) -> bytes:
    session = request.session
    if session.session_key is None:
        session.save()
    return crypto.session_key_kek(session.session_key)


def put(request, slot: str, secret: bytes, **extra) -> None:
    request.session[slot] = {"box": crypto.secret_encrypt(_kek(request), secret).hex(), **extra}


def get(request, slot: str) -> tuple[bytes | None, dict]:
    stored = request.session.get(slot)
    if not stored:
        return None, {}
    try:
        secret = crypto.secret_decrypt(_kek(request), bytes.fromhex(stored["box"]))
    except (CryptoError, ValueError, KeyError):
        request.session.pop(slot, None)
        return None, {}
    return secret, {k: v for k, v in stored.items() if k != "box"}


def drop(request, slot: str) -> None:
    request.session.pop(slot, None)


def officer_private_key(request) -> tuple[bytes | None, int | None]:
    """The signed-in person's unlocked private key and the id of the UserKey it belongs to."""
    secret, extra = get(request, OFFICER_SLOT)
    return secret, extra.get("user_key_id")


def put_officer_key(request, private_key: bytes, user_key_id: int) -> None:
    put(request, OFFICER_SLOT, private_key, user_key_id=user_key_id)


def reporter_session(request) -> tuple[bytes | None, int | None]:
    secret, extra = get(request, REPORTER_SLOT)
    return secret, extra.get("report_id")


def put_reporter_session(request, report_key: bytes, report_id: int) -> None:
    put(request, REPORTER_SLOT, report_key, report_id=report_id)
    request.session.set_expiry(REPORTER_IDLE_SECONDS)
