"""Errors with a stable code and a translated sentence (tests assert the code, not the wording)."""
from __future__ import annotations

from enum import StrEnum


class ApplicationError(Exception):
    """A refusal a user can understand: `code` is stable, `message` is a (lazily) translated sentence."""

    def __init__(self, *, code: StrEnum | str, message: str, extra: dict | None = None, field: str | None = None):
        super().__init__(str(message))
        self.code = str(code)
        self.message = message
        self.extra = extra or {}
        self.field = field

    def __str__(self) -> str:
        return str(self.message)
