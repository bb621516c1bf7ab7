"""A lint finding: stable code, severity, where it is, and a Thai and an English sentence."""
from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message_th: str
    message_en: str
    year: int | None = None
    row: int | None = None  # the row's number as printed (Part 2) or the sheet's number (Part 3)
    line: int | None = None  # 1-based line in the source text, when linted from a document
    subject: str = ""  # what the finding is about, to tell two findings of one code apart

    @property
    def key(self) -> str:
        """Stable identity, used to record that an officer accepted this finding."""
        return f"{self.code}|{self.year or ''}|{self.row or ''}|{self.subject}"

    def as_json(self) -> dict:
        return {"code": self.code, "severity": self.severity, "year": self.year, "row": self.row,
                "line": self.line, "message_th": self.message_th, "message_en": self.message_en,
                "key": self.key}
