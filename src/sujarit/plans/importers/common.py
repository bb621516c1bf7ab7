"""Shared pieces of the plan text parser: the document's lines, warnings and list splitting."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .normalise import normalise, normalise_keep_tabs, to_arabic_digits
from .parsed import SourceRef

D = "[0-9๐-๙]"  # one digit, Thai or Arabic
# A Part 2 year heading, matched on Arabic-digit text: "แผนปฏิบัติการป้องกันการทุจริต พ.ศ.2566".
YEAR_HEADING = re.compile(r"^แผนปฏิบัติการป้องกันการทุจริต\s*พ\.ศ\.\s*(\d{4})")

_SUB = re.compile(rf"^-?\s*\(?{D}+(?:\.{D}+)+\)\s*")
_PAREN = re.compile(rf"^-?\s*\({D}+\)\s*")
_CLOSE = re.compile(rf"^-?\s*{D}+\)\s*")
_DOT = re.compile(rf"^-?\s*{D}+\.\s+")
_BULLET = re.compile(r"^[-•▪●]\s*")
_TABLE = re.compile(r"^-?\s*\|")
_TABLE_RULE = re.compile(r"^[-|:\s]*$")
_INT = re.compile(r"^\d+$")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_TAGS = re.compile(r"<[^>]+>")
_LEADING_POINT = re.compile(rf"^{D}+\.\s*")


def split_lines(text: str) -> list[str]:
    """The text's lines, whatever the newline convention (line i is line number i + 1)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


@dataclass
class Doc:
    """The source lines, verbatim and normalised, plus the warnings collected while reading them."""

    raw: list[str]
    lines: list[str]  # normalised, tabs kept (table cells)
    texts: list[str]  # normalised, tabs turned to spaces, stripped
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str) -> Doc:
        raw = split_lines(text)
        lines = [normalise_keep_tabs(line) for line in raw]
        return cls(raw=raw, lines=lines, texts=[normalise(line).strip() for line in raw])

    def __len__(self) -> int:
        return len(self.raw)

    def cells(self, i: int) -> list[str]:
        return [normalise(cell).strip() for cell in self.lines[i].split("\t")]

    def raw_cells(self, i: int) -> list[str]:
        return [cell.strip() for cell in self.raw[i].split("\t")]

    def arabic(self, i: int) -> str:
        return to_arabic_digits(self.texts[i])

    def warn(self, i: int, message: str) -> None:
        self.warnings.append(f"line {i + 1}: {message}")

    def ref(self, start: int, end: int) -> SourceRef:
        return SourceRef(line_start=start + 1, line_end=end + 1)

    def last_text_line(self, start: int, end: int) -> int:
        """The last non-blank line in [start, end), or start when all are blank."""
        for i in range(end - 1, start - 1, -1):
            if self.texts[i]:
                return i
        return start


def as_int(s: str) -> int | None:
    s = to_arabic_digits(s).strip()
    return int(s) if _INT.match(s) else None


def first_decimal(s: str) -> Decimal | None:
    match = _NUMBER.search(to_arabic_digits(s))
    if not match:
        return None
    try:
        return Decimal(match.group(0).replace(",", ""))
    except InvalidOperation:  # pragma: no cover
        return None


def paragraphs(texts: list[str]) -> list[str]:
    """Blank-line separated paragraphs, the lines of each joined by a space."""
    out: list[str] = []
    current: list[str] = []
    for text in texts + [""]:
        if text:
            current.append(text)
        elif current:
            out.append(" ".join(current).replace("**", ""))
            current = []
    return out


def _classify(text: str) -> tuple[str, str]:
    """The kind of a list line and its text without the marker."""
    if _TABLE.match(text):
        body = text.lstrip("- ").strip()
        if _TABLE_RULE.match(body):
            return "skip", ""
        return "table", " ".join(c.strip() for c in body.strip("|").split("|") if c.strip())
    for kind, pattern in (("sub", _SUB), ("paren", _PAREN), ("close", _CLOSE), ("dot", _DOT)):
        match = pattern.match(text)
        if match:
            return kind, text[match.end():].strip()
    match = _BULLET.match(text)
    if match and text[match.end():].strip():
        return "bullet", text[match.end():].strip()
    return "plain", text


def list_items(texts: list[str]) -> list[str]:
    """Split a field's lines into list entries without their numbering.

    The first marker style seen ("๑)", "(๑)", "๑." or a bare "-") numbers the entries; other styles
    and "๑.๑)" sub-items stay attached to the entry above on a new line; unmarked lines continue it.
    """
    items: list[str] = []
    top: str | None = None
    for text in texts:
        if not text:
            continue
        kind, body = _classify(text)
        if kind == "skip":
            continue
        if kind in ("paren", "close", "dot", "bullet"):
            top = top or kind
            if kind == top or not items:
                items.append(body)
            else:
                items[-1] += "\n" + (body if kind == "bullet" else text.lstrip("- ").strip())
        elif kind in ("sub", "table"):
            attached = body if kind == "table" else text.lstrip("- ").strip()
            if items:
                items[-1] += "\n" + attached
            else:
                items.append(attached)
        elif items:
            items[-1] += " " + text
        else:
            items.append(text)
    return [item.strip() for item in items if item.strip()]


def _points_regex(n: int) -> re.Pattern[str]:
    digits = f"(?:{n}|{str(n).translate(str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙'))})"
    return re.compile(rf"(?:^|(?<=\s)){digits}\.\s*")


def inline_points(cell: str) -> list[str]:
    """Split a table cell holding "๑. … ๒. …" points or <p>…</p> fragments into clean items."""
    if "<p>" in cell.lower():
        fragments = re.findall(r"<p>(.*?)</p>", cell, flags=re.IGNORECASE | re.DOTALL)
        pieces = [normalise(_TAGS.sub(" ", f)).strip() for f in fragments]
        return [_LEADING_POINT.sub("", p, count=1).strip() for p in pieces if p]
    text = normalise(_TAGS.sub(" ", cell)).strip()
    starts: list[tuple[int, int]] = []
    pos, n = 0, 1
    while True:
        match = _points_regex(n).search(text, pos)
        if not match:
            break
        starts.append((match.start(), match.end()))
        pos, n = match.end(), n + 1
    if not starts:
        return [text] if text else []
    items = [text[: starts[0][0]].strip()]
    for k, (_, body_start) in enumerate(starts):
        body_end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        items.append(text[body_start:body_end].strip())
    return [item for item in items if item]
