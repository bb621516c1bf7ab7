"""Tracking codes (ADR 0024): 16 symbols of Crockford's base32 (80 random bits), shown as XXXX-XXXX-XXXX-XXXX.

Only a keyed hash of the code is stored; the code itself is shown once and, if the complainant gave an
email address, sent to it. Typing is forgiving: case, spaces, dashes, and I/L → 1, O → 0 are accepted.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from django.conf import settings

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 16
_FIX = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, LENGTH, 4))


def normalise(text: str) -> str | None:
    raw = "".join(ch for ch in (text or "").upper() if ch.isalnum()).translate(_FIX)
    if len(raw) != LENGTH or any(ch not in ALPHABET for ch in raw):
        return None
    return raw


def code_hash(code: str) -> str:
    raw = normalise(code) or ""
    key = ("sujarit-complaint-tracking:" + settings.SECRET_KEY).encode()
    return hmac.new(key, raw.encode(), hashlib.sha256).hexdigest()
