"""Indicators (KPIs) read from the ผลผลิต / ผลลัพธ์ items of a project sheet."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .normalise import to_arabic_digits
from .parsed import Kpi

COMPARATORS = ("ไม่น้อยกว่า", "ไม่ต่ำกว่า", "ไม่เกิน", "อย่างน้อย", "มากกว่า", "น้อยกว่า", "ภายใน", "จำนวน")
UNITS = sorted(
    (
        "ครั้ง", "คน", "ฉบับ", "เรื่อง", "ช่องทาง", "แห่ง", "ชุด", "คะแนน", "วัน", "เดือน", "โครงการ",
        "กิจกรรม", "ระบบ", "หน่วยงาน", "ชุมชน", "เครือข่าย", "เล่ม", "ประเด็น", "หลักสูตร", "รุ่น", "ราย",
        "กลุ่ม", "ศูนย์", "ด้าน", "แผน", "แผนงาน", "ช่อง", "รายงาน", "รายการ",
    ),
    key=len,
    reverse=True,
)
_NUMBER = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?")
_PERCENT = re.compile(r"ร้อยละ\s*$")
_PER_PERIOD = re.compile(r"(?:ปีละ|ไตรมาสละ|เดือนละ|ครั้งละ)\s*$")
# Words that are also the tail of ordinary compounds ("การควบคุมภายใน") count only after a space.
_SPACED = ("ภายใน", "มากกว่า", "น้อยกว่า")
_TRIM = " \t\n,;:-–(["
_LINKS = re.compile(r"^(?:และ|หรือ|,)\s*|\s*(?:และ|หรือ)$")


def _unit(suffix: str) -> tuple[str, str]:
    """The unit word at the start of `suffix` and the text after it."""
    suffix = suffix.lstrip()
    for unit in UNITS:
        if suffix.startswith(unit):
            return unit, suffix[len(unit):]
    word = re.match(r"[^\s()\[\],;]*", suffix).group(0)
    return word, suffix[len(word):]


def _comparator_at_end(before: str) -> str:
    for word in COMPARATORS:
        if before.endswith(word):
            head = before[: -len(word)]
            if word not in _SPACED or not head or head[-1].isspace():
                return word
    return ""


def _one(text: str, arabic: str, match: re.Match[str], previous: int) -> tuple[Kpi, int] | None:
    before = arabic[: match.start()].rstrip()
    if re.search(r"(?:พ\.ศ\.|ที่|มาตรา|ฉบับที่|-|–)\s*$", before):
        return None  # a date, an ordinal or a range end, not a measured value
    percent = bool(_PERCENT.search(before))
    if percent:
        before = _PERCENT.sub("", before).rstrip()
    before = _PER_PERIOD.sub("", before).rstrip()
    comparator = ""
    while found := _comparator_at_end(before):
        # "อย่างน้อย จำนวน ๑ ฉบับ": the bound wins over the plain "จำนวน".
        comparator = found if comparator in ("", "จำนวน") else comparator
        before = before[: -len(found)].rstrip()
    rest = arabic[match.end():]
    if percent:
        unit = "ร้อยละ"
        after = rest
    else:
        unit, after = _unit(rest)
    end = len(arabic) - len(after)
    if not comparator:
        if after.lstrip().startswith("ขึ้นไป"):
            comparator = "ขึ้นไป"
        elif percent:
            comparator = "ร้อยละ"
        elif unit not in UNITS:
            return None
    try:
        value = Decimal(match.group(0).replace(",", ""))
    except InvalidOperation:  # pragma: no cover
        return None
    if not percent and not comparator and 2400 <= value <= 2700:
        return None  # a Buddhist-era year
    indicator = _LINKS.sub("", text[previous: len(before)].strip(_TRIM)).strip(_TRIM)
    return Kpi(text=text, indicator=indicator, comparator=comparator, value=value, unit=unit), end


def parse_kpis(text: str) -> list[Kpi]:
    """Every measurable target in an item, e.g. "ไม่น้อยกว่า ๒ ครั้งต่อปี" or "ร้อยละ ๘๐ ขึ้นไป"."""
    arabic = to_arabic_digits(text)  # same length as text: positions carry over
    kpis: list[Kpi] = []
    previous = 0
    for match in _NUMBER.finditer(arabic):
        found = _one(text, arabic, match, previous)
        if found is None:
            continue
        kpi, previous = found
        if not kpi.indicator and kpis:
            kpi.indicator = kpis[-1].indicator
        kpis.append(kpi)
    return kpis
