"""Thai formatting filters, registered as a template builtin (no {% load %} needed).

    {{ amount|baht }}               ๓๐,๐๐๐ / ๑,๒๓๔.๕๐
    {{ amount|baht:"arabic" }}      30,000 / 1,234.50
    {{ amount|baht_text }}          สามหมื่นบาทถ้วน
    {{ day|be_date }}               1 ตุลาคม 2566   ("short": 1 ต.ค. 2566, "numeric": 01/10/2566)
    {{ day|be_date|thai_digits }}   ๑ ตุลาคม ๒๕๖๖
    {{ 2023|be_year }}              2566
    {{ day|fiscal_year }}           2566
    {{ day|fiscal_quarter }}        1

Every filter returns "" for None, "" and values it cannot read: a template never fails on data.
"""
from __future__ import annotations

import datetime

from django import template
from django.utils.dateparse import parse_date, parse_datetime

from sujarit.core import thai

register = template.Library()

_EMPTY = (None, "")


def _as_date(value) -> datetime.date | None:
    """A date or datetime from a date, a datetime or ISO text; None when it cannot be read."""
    if isinstance(value, datetime.date):  # includes datetime
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return parse_datetime(text) or parse_date(text)
        except ValueError:
            return None
    return None


@register.filter(is_safe=True)
def thai_digits(value) -> str:
    """Any value as text with Thai digits (๐-๙). Safe input stays safe: only digits change."""
    if value in _EMPTY:
        return ""
    return thai.to_thai_digits(value)


@register.filter
def baht(value, digits: str = "thai") -> str:
    """An amount with thousands separators; two decimals when it has satang, none when it is whole.

    Thai digits by default, Arabic with `|baht:"arabic"`.
    """
    if value in _EMPTY:
        return ""
    try:
        number = thai.to_decimal(value)
        decimals = None if number == number.to_integral_value() else 2
        return thai.format_number(number, thai_digits=digits != "arabic", decimals=decimals)
    except (TypeError, ValueError, ArithmeticError):
        return ""


@register.filter
def be_date(value, style: str = "long") -> str:
    """A date with its Buddhist Era year: "long" (default), "short" or "numeric"."""
    day = _as_date(value)
    if day is None:
        return ""
    try:
        return thai.format_date_be(day, style=style or "long")
    except (TypeError, ValueError, OverflowError):
        return ""


@register.filter
def be_year(value) -> int | str:
    """An AD year (or a date) as a Buddhist Era year: 2023 -> 2566."""
    if value in _EMPTY:
        return ""
    if isinstance(value, datetime.date):
        return thai.be_year(value.year)
    if isinstance(value, int) and not isinstance(value, bool):
        return thai.be_year(value)
    try:
        return thai.be_year(int(thai.to_arabic_digits(str(value)).strip()))
    except (TypeError, ValueError):
        return ""


@register.filter(name="baht_text")
def baht_text_filter(value) -> str:
    """An amount in Thai words: 30000 -> สามหมื่นบาทถ้วน."""
    if value in _EMPTY:
        return ""
    try:
        return thai.baht_text(value)
    except (TypeError, ValueError, ArithmeticError):
        return ""


@register.filter
def fiscal_year(value) -> int | str:
    """The Thai fiscal year (BE) a date falls in: 2022-10-01 -> 2566."""
    day = _as_date(value)
    return "" if day is None else thai.fiscal_year_be(day)


@register.filter
def fiscal_quarter(value) -> int | str:
    """The fiscal quarter (1-4, Q1 = Oct-Dec) a date falls in."""
    day = _as_date(value)
    return "" if day is None else thai.fiscal_quarter(day)

