"""Thai formatting: digits, numbers, Buddhist Era dates, the Thai fiscal year and baht in words.

Pure functions with no Django imports, usable from importers, tasks and templates alike.

Rules the rest of the platform relies on:

* Dates are stored as ordinary `datetime.date` (AD); users only ever see and type Buddhist Era (BE) years.
* `parse_date_be` reads the year as BE, always. A four-digit year below 2400 is refused (code
  ``date_be_ad_year``) rather than guessed, so a typed "2566" can never be stored as AD 2566 and a typed
  AD year is never silently accepted.
* The Thai government fiscal year N (BE) runs from 1 October N-1 to 30 September N (BE years).
"""
from __future__ import annotations

import os
import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext
from zoneinfo import ZoneInfo

# pythainlp must never write to the home directory or reach the network in production or tests.
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from pythainlp.util import num_to_thaiword  # noqa: E402

__all__ = [
    "BANGKOK",
    "BE_OFFSET",
    "MAX_BE_YEAR",
    "MIN_BE_YEAR",
    "MONTHS_LONG",
    "MONTHS_SHORT",
    "ThaiDateError",
    "ad_year",
    "baht_text",
    "be_year",
    "fiscal_quarter",
    "fiscal_year_be",
    "fiscal_year_bounds",
    "format_date_be",
    "format_number",
    "parse_date_be",
    "to_arabic_digits",
    "to_decimal",
    "to_thai_digits",
]

BANGKOK = ZoneInfo("Asia/Bangkok")
BE_OFFSET = 543

# Years accepted by parse_date_be: BE 2400 (AD 1857) to BE 2943 (AD 2400).
MIN_BE_YEAR = 2400
MAX_BE_YEAR = 2943

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
ARABIC_DIGITS = "0123456789"
_TO_THAI = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, ARABIC_DIGITS)

# Index 0 is unused so that MONTHS_LONG[month] works with month numbers 1-12.
MONTHS_LONG = (
    "",
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTHS_SHORT = (
    "",
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)


def _month_key(text: str) -> str:
    """A month token without dots and whitespace: "ต.ค." and "ต. ค." and "ตค" all become "ตค"."""
    return re.sub(r"[.\s]", "", text)


_MONTH_LOOKUP: dict[str, int] = {}
for _number in range(1, 13):
    _MONTH_LOOKUP[_month_key(MONTHS_LONG[_number])] = _number
    _MONTH_LOOKUP[_month_key(MONTHS_SHORT[_number])] = _number
# A frequent misspelling of กรกฎาคม (ฏ for ฎ).
_MONTH_LOOKUP["กรกฏาคม"] = 7
del _number


class ThaiDateError(ValueError):
    """A Buddhist Era date that cannot be accepted.

    `code` is stable ("date_be_invalid" or "date_be_ad_year"); `message` is English. Forms map the code
    to a translated message (see `sujarit.core.forms`).
    """

    INVALID = "date_be_invalid"
    AD_YEAR = "date_be_ad_year"

    _MESSAGES = {
        INVALID: "The date is not valid.",
        AD_YEAR: "Enter the year in the Buddhist Era, e.g. 2566.",
    }

    def __init__(self, code: str, message: str | None = None):
        self.code = code
        self.message = message or self._MESSAGES.get(code, self._MESSAGES[self.INVALID])
        super().__init__(self.message)


# --------------------------------------------------------------------------------------------- digits


def to_thai_digits(value) -> str:
    """Text of `value` with 0-9 replaced by ๐-๙; everything else untouched. None gives ""."""
    if value is None:
        return ""
    return str(value).translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """`text` with ๐-๙ replaced by 0-9; everything else untouched."""
    return str(text).translate(_TO_ARABIC)


# --------------------------------------------------------------------------------------------- numbers


def to_decimal(value) -> Decimal:
    """An exact Decimal for int, Decimal, float (by its shortest repr) or numeric text.

    Text may use Thai digits and thousands separators ("๓๐,๐๐๐.๕๐"). Raises ValueError for anything
    else, including NaN and infinity, and TypeError for non-numeric types.
    """
    if isinstance(value, bool):
        raise TypeError("a boolean is not an amount")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, str):
        cleaned = to_arabic_digits(value).strip().replace(",", "")
        if not re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)", cleaned):
            raise ValueError(f"not a number: {value!r}")
        result = Decimal(cleaned)
    else:
        raise TypeError(f"expected a number, not {type(value).__name__}")
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def _quantize(value: Decimal, places: int) -> Decimal:
    """Round half up to `places` decimals, whatever the size of `value`."""
    with localcontext() as ctx:
        ctx.prec = max(28, len(value.as_tuple().digits) + max(value.as_tuple().exponent, 0) + places + 2)
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def format_number(value, *, thai_digits: bool = True, decimals: int | None = None) -> str:
    """A number with thousands separators, in Thai digits by default.

    `decimals=None` prints integers, and Decimals whose fraction is zero, without decimals and any other
    value with the decimals it has; `decimals=n` rounds half up to n places. None gives "".

    >>> format_number(Decimal("30000"))
    '๓๐,๐๐๐'
    >>> format_number(Decimal("1234.5"), decimals=2, thai_digits=False)
    '1,234.50'
    """
    if value is None:
        return ""
    number = to_decimal(value)
    if decimals is not None:
        if decimals < 0:
            raise ValueError("decimals must be zero or more")
        number = _quantize(number, decimals)
    elif number == number.to_integral_value():
        number = number.to_integral_value()
    if number.is_zero():
        number = number.copy_abs()  # never print "-0"
    text = format(number, ",f")
    return to_thai_digits(text) if thai_digits else text


# --------------------------------------------------------------------------------------------- years


def be_year(ad_year: int) -> int:
    """AD year to Buddhist Era year (2023 -> 2566)."""
    return int(ad_year) + BE_OFFSET


def ad_year(be_year: int) -> int:
    """Buddhist Era year to AD year (2566 -> 2023)."""
    return int(be_year) - BE_OFFSET


def _local_date(d: date | datetime) -> date:
    """The calendar date of `d`; an aware datetime is first converted to Asia/Bangkok."""
    if isinstance(d, datetime):
        if d.tzinfo is not None and d.utcoffset() is not None:
            d = d.astimezone(BANGKOK)
        return d.date()
    if isinstance(d, date):
        return d
    raise TypeError(f"expected a date or datetime, not {type(d).__name__}")


def fiscal_year_be(d: date | datetime) -> int:
    """The Thai fiscal year (BE) of `d`: 1 Oct 2022 .. 30 Sep 2023 is fiscal year 2566."""
    d = _local_date(d)
    return be_year(d.year + 1 if d.month >= 10 else d.year)


def fiscal_quarter(d: date | datetime) -> int:
    """The fiscal quarter of `d`: 1 = Oct-Dec, 2 = Jan-Mar, 3 = Apr-Jun, 4 = Jul-Sep."""
    d = _local_date(d)
    return (d.month - 10) % 12 // 3 + 1


def fiscal_year_bounds(fy_be: int) -> tuple[date, date]:
    """First and last day of fiscal year `fy_be`: 2566 -> (2022-10-01, 2023-09-30)."""
    end_year = ad_year(fy_be)
    return date(end_year - 1, 10, 1), date(end_year, 9, 30)


# --------------------------------------------------------------------------------------------- dates

_DATE_STYLES = ("long", "short", "numeric")


def format_date_be(d: date | datetime, *, style: str = "long", thai_digits: bool = False) -> str:
    """A date with its Buddhist Era year.

    style "long" -> "1 ตุลาคม 2566", "short" -> "1 ต.ค. 2566", "numeric" -> "01/10/2566".
    Aware datetimes are converted to Asia/Bangkok first; naive ones are taken as they are.
    """
    d = _local_date(d)
    year = be_year(d.year)
    if style == "long":
        text = f"{d.day} {MONTHS_LONG[d.month]} {year}"
    elif style == "short":
        text = f"{d.day} {MONTHS_SHORT[d.month]} {year}"
    elif style == "numeric":
        text = f"{d.day:02d}/{d.month:02d}/{year}"
    else:
        raise ValueError(f"style must be one of {', '.join(_DATE_STYLES)}, not {style!r}")
    return to_thai_digits(text) if thai_digits else text


# "1/10/2566", "01-10-2566", "1.10.66": the same separator twice.
_RE_DMY = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})")
# "2566-10-01", "2566/10/01"
_RE_YMD = re.compile(r"([0-9]{4})([/\-])([0-9]{1,2})\2([0-9]{1,2})")
# "1 ตุลาคม 2566", "1 ต.ค. 66", "1 ต.ค. พ.ศ. 2566"
_RE_TEXT = re.compile(r"([0-9]{1,2}) ?([^0-9]+?) ?([0-9]{4}|[0-9]{2})")
_RE_BE_MARK = re.compile(r"\s*พ\.?\s*ศ\.?$")


def _be_to_ad(year_text: str) -> int:
    if len(year_text) == 2:
        # A two-digit year is the end of a BE year in the 2500s: "66" -> 2566.
        year = 2500 + int(year_text)
    else:
        year = int(year_text)
        if year < MIN_BE_YEAR:
            raise ThaiDateError(ThaiDateError.AD_YEAR)
    if year > MAX_BE_YEAR:
        raise ThaiDateError(ThaiDateError.INVALID)
    return ad_year(year)


def _make_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ThaiDateError(ThaiDateError.INVALID) from None


def parse_date_be(text: str) -> date:
    """Read a date typed with a Buddhist Era year; return the (AD) `date`.

    Accepts "1/10/2566", "01-10-2566", "2566-10-01", "1 ตุลาคม 2566", "1 ต.ค. 2566", "1 ต.ค. 66" and the
    same with Thai digits. A two-digit year means BE 25xx. The year is always read as BE: a four-digit
    year below 2400 (an AD year such as 2023) raises ThaiDateError with code "date_be_ad_year"; anything
    else that is not a real date (31/02/2566, text, BE years after 2943) raises code "date_be_invalid".
    """
    if not isinstance(text, str):
        raise TypeError(f"expected text, not {type(text).__name__}")
    cleaned = " ".join(to_arabic_digits(text).split())

    if match := _RE_DMY.fullmatch(cleaned):
        day, _sep, month, year = match.groups()
        return _make_date(_be_to_ad(year), int(month), int(day))
    if match := _RE_YMD.fullmatch(cleaned):
        year, _sep, month, day = match.groups()
        return _make_date(_be_to_ad(year), int(month), int(day))
    if match := _RE_TEXT.fullmatch(cleaned):
        day, month_text, year = match.groups()
        month = _MONTH_LOOKUP.get(_month_key(_RE_BE_MARK.sub("", month_text)))
        if month is not None:
            return _make_date(_be_to_ad(year), month, int(day))
    raise ThaiDateError(ThaiDateError.INVALID)


# --------------------------------------------------------------------------------------------- baht


def baht_text(amount) -> str:
    """An amount of money in Thai words, as on a cheque or a government form.

    Same wording as `pythainlp.util.bahttext`, but exact: accepts Decimal, int, float and numeric text
    (Thai digits and commas allowed), rounds half up to the satang, and writes negatives with "ลบ".
    None gives "".

    >>> baht_text(Decimal("30000"))
    'สามหมื่นบาทถ้วน'
    """
    if amount is None:
        return ""
    number = _quantize(to_decimal(amount), 2)
    if number.is_zero():
        return "ศูนย์บาทถ้วน"
    sign = "ลบ" if number < 0 else ""
    number = abs(number)
    baht = int(number)
    satang = int((number - baht) * 100)
    words = f"{num_to_thaiword(baht)}บาท"
    words += f"{num_to_thaiword(satang)}สตางค์" if satang else "ถ้วน"
    return sign + words
