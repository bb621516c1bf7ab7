"""Every cryptographic primitive of the channel, and nothing else (docs/security/whistleblowing-encryption.md).

libsodium through PyNaCl; Argon2id through argon2-cffi. The Argon2 cost comes from the setting
`WHISTLEBLOWING_ARGON2` and is stored beside each derived-key ciphertext.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2.low_level import Type, hash_secret_raw
from django.conf import settings
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.secret import SecretBox
from nacl.utils import random as random_bytes

DEFAULT_COST = {"time_cost": 3, "memory_cost": 65536, "parallelism": 1}
RECEIPT_DIGITS = 25
SALT_BYTES = 16


def argon2_cost() -> dict:
    """The Argon2id cost in use (setting `WHISTLEBLOWING_ARGON2`, defaults above)."""
    return {**DEFAULT_COST, **getattr(settings, "WHISTLEBLOWING_ARGON2", {})}


def new_salt() -> bytes:
    return random_bytes(SALT_BYTES)


def new_symmetric_key() -> bytes:
    """32 random bytes: a per-report or per-identity key."""
    return random_bytes(SecretBox.KEY_SIZE)


def derive_key(secret: str, salt: bytes, cost: dict | None = None) -> bytes:
    """Argon2id(secret, salt) → a 32-byte key."""
    cost = cost or argon2_cost()
    return hash_secret_raw(secret.encode(), salt, time_cost=cost["time_cost"], memory_cost=cost["memory_cost"],
                           parallelism=cost["parallelism"], hash_len=32, type=Type.ID)


def receipt_lookup_hash(receipt: str, org_salt: bytes, cost: dict | None = None) -> str:
    """Argon2id of the normalised receipt with the organisation's salt, as hex: the only trace of a receipt."""
    return derive_key(normalise_receipt(receipt), org_salt, cost).hex()


def generate_receipt() -> str:
    """25 uniformly random digits (≈ 83 bits), shown once."""
    return "".join(secrets.choice("0123456789") for _ in range(RECEIPT_DIGITS))


THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def normalise_receipt(receipt: str) -> str:
    """Digits only (Thai digits accepted; spaces and dashes ignored)."""
    return "".join(ch for ch in (receipt or "").translate(THAI_DIGITS) if ch.isdigit())


def format_receipt(receipt: str) -> str:
    digits = normalise_receipt(receipt)
    return "-".join(digits[i:i + 5] for i in range(0, len(digits), 5))


def generate_keypair() -> tuple[bytes, bytes]:
    """X25519 key pair as (private, public) raw bytes."""
    key = PrivateKey.generate()
    return bytes(key), bytes(key.public_key)


def secret_encrypt(key: bytes, data: bytes) -> bytes:
    """XSalsa20-Poly1305 (SecretBox) with a random nonce."""
    return bytes(SecretBox(key).encrypt(data))


def secret_decrypt(key: bytes, data: bytes) -> bytes:
    """Open a SecretBox; raises nacl.exceptions.CryptoError on a wrong key or tampering."""
    return SecretBox(key).decrypt(bytes(data))


def seal(public_key: bytes, data: bytes) -> bytes:
    """SealedBox (X25519 + XSalsa20-Poly1305, ephemeral sender) for the holder of `public_key`."""
    return bytes(SealedBox(PublicKey(bytes(public_key))).encrypt(data))


def unseal(private_key: bytes, data: bytes) -> bytes:
    return SealedBox(PrivateKey(bytes(private_key))).decrypt(bytes(data))


def public_key_of(private_key: bytes) -> bytes:
    return bytes(PrivateKey(bytes(private_key)).public_key)


def tag(*parts) -> str:
    """HMAC-SHA256 keyed by a key derived from the server secret: links we keep without revealing them."""
    key = hashlib.sha256(b"sujarit-whistleblowing-tag|" + settings.SECRET_KEY.encode()).digest()
    message = "|".join(str(p) for p in parts).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def session_key_kek(session_id: str) -> bytes:
    """The key that seals an unlocked private key (or report key) inside one server session."""
    return bytes.fromhex(tag("session", session_id))

