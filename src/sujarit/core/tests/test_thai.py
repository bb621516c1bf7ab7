"""Thai formatting: digits, numbers, BE dates, fiscal years, baht in words."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pythainlp.util import bahttext

from sujarit.core.thai import (
    MONTHS_SHORT,
    ThaiDateError,
    ad_year,
    baht_text,
    be_year,
    fiscal_quarter,
    fiscal_year_be,
    fiscal_year_bounds,
    format_date_be,
    format_number,
    parse_date_be,
    to_arabic_digits,
    to_thai_digits,
)

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


# ------------------------------------------------------------------------------------------ digits


def test_thai_digits_both_ways():
    assert to_thai_digits(2566) == "๒๕๖๖"
    assert to_thai_digits("ปี 2566 ไตรมาส 1") == "ปี ๒๕๖๖ ไตรมาส ๑"
    assert to_thai_digits(Decimal("-1.50")) == "-๑.๕๐"
    assert to_thai_digits(None) == ""
    assert to_arabic_digits("๐๑/๑๐/๒๕๖๖") == "01/10/2566"
    assert to_arabic_digits("abc ๙") == "abc 9"


@given(st.integers())
def test_digits_round_trip_for_any_int(n):
    thai = to_thai_digits(n)
    assert not any(c in "0123456789" for c in thai)
    assert to_arabic_digits(thai) == str(n)
    assert int(to_arabic_digits(thai)) == n


@given(st.text())
def test_digits_round_trip_for_any_text(text):
    arabic = to_arabic_digits(text)
    thai = to_thai_digits(text)
    assert len(arabic) == len(thai) == len(text)
    assert not any(c in THAI_DIGITS for c in arabic)
    assert not any(c in "0123456789" for c in thai)
    assert to_arabic_digits(thai) == arabic
    assert to_thai_digits(arabic) == thai
    # Characters that are not digits are never touched.
    for original, converted in zip(text, thai, strict=True):
        if original not in "0123456789":
            assert converted == original


# ------------------------------------------------------------------------------------------ numbers


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (Decimal("30000"), {}, "๓๐,๐๐๐"),
        (Decimal("30000.00"), {}, "๓๐,๐๐๐"),
        (Decimal("1234.50"), {"decimals": 2}, "๑,๒๓๔.๕๐"),
        (Decimal("1234.5"), {"decimals": 2, "thai_digits": False}, "1,234.50"),
        (Decimal("1234.50"), {"thai_digits": False}, "1,234.50"),
        (1234567, {"thai_digits": False}, "1,234,567"),
        (0, {}, "๐"),
        (-1500, {"thai_digits": False}, "-1,500"),
        (1234.5, {"thai_digits": False}, "1,234.5"),
        (0.1, {"thai_digits": False}, "0.1"),
        (Decimal("2.675"), {"decimals": 2, "thai_digits": False}, "2.68"),  # half up, exactly
        (Decimal("-0.001"), {"decimals": 2, "thai_digits": False}, "0.00"),  # never "-0.00"
        (Decimal("1E+3"), {"thai_digits": False}, "1,000"),
        ("๓๐,๐๐๐.๕", {"thai_digits": False}, "30,000.5"),
        (None, {}, ""),
    ],
)
def test_format_number(value, kwargs, expected):
    assert format_number(value, **kwargs) == expected


@pytest.mark.parametrize("bad", ["abc", "1.2.3", "NaN", Decimal("Infinity"), float("nan")])
def test_format_number_rejects_non_numbers(bad):
    with pytest.raises(ValueError):
        format_number(bad)


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_format_number_is_exact_for_ints(n):
    text = format_number(n, thai_digits=False)
    assert int(text.replace(",", "")) == n
    assert format_number(Decimal(n)) == to_thai_digits(text)


# ------------------------------------------------------------------------------------------ years


def test_be_and_ad_years():
    assert be_year(2023) == 2566
    assert ad_year(2566) == 2023


@pytest.mark.parametrize(
    ("day", "fiscal_year", "quarter"),
    [
        (date(2022, 10, 1), 2566, 1),
        (date(2022, 12, 31), 2566, 1),
        (date(2023, 1, 1), 2566, 2),
        (date(2023, 3, 31), 2566, 2),
        (date(2023, 4, 1), 2566, 3),
        (date(2023, 6, 30), 2566, 3),
        (date(2023, 7, 1), 2566, 4),
        (date(2023, 9, 30), 2566, 4),
        (date(2023, 10, 1), 2567, 1),
    ],
)
def test_fiscal_year_and_quarter(day, fiscal_year, quarter):
    assert fiscal_year_be(day) == fiscal_year
    assert fiscal_quarter(day) == quarter


def test_fiscal_year_bounds():
    assert fiscal_year_bounds(2566) == (date(2022, 10, 1), date(2023, 9, 30))


def test_fiscal_year_of_an_aware_datetime_is_taken_in_bangkok():
    # 30 Sep 2023 18:00 UTC is already 1 Oct 2023 01:00 in Bangkok: the next fiscal year.
    moment = datetime(2023, 9, 30, 18, 0, tzinfo=UTC)
    assert fiscal_year_be(moment) == 2567
    assert fiscal_quarter(moment) == 1


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)))
def test_fiscal_year_agrees_with_its_bounds(day):
    fy = fiscal_year_be(day)
    first, last = fiscal_year_bounds(fy)
    assert first <= day <= last
    assert fiscal_year_be(first) == fiscal_year_be(last) == fy
    assert fiscal_year_be(first - timedelta(days=1)) == fy - 1
    assert fiscal_year_be(last + timedelta(days=1)) == fy + 1
    # Quarters are consecutive three-month blocks counted from the first day of the fiscal year.
    months_in = (day.year - first.year) * 12 + day.month - first.month
    assert fiscal_quarter(day) == months_in // 3 + 1
    assert fiscal_quarter(first) == 1
    assert fiscal_quarter(last) == 4


# ------------------------------------------------------------------------------------------ dates


def test_format_date_be_styles():
    day = date(2023, 10, 1)
    assert format_date_be(day) == "1 ตุลาคม 2566"
    assert format_date_be(day, style="short") == "1 ต.ค. 2566"
    assert format_date_be(day, style="numeric") == "01/10/2566"
    assert format_date_be(day, style="numeric", thai_digits=True) == "๐๑/๑๐/๒๕๖๖"
    assert format_date_be(day, thai_digits=True) == "๑ ตุลาคม ๒๕๖๖"


def test_format_date_be_short_month_names():
    expected = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()
    assert [format_date_be(date(2024, m, 1), style="short").split()[1] for m in range(1, 13)] == expected
    assert list(MONTHS_SHORT[1:]) == expected


def test_format_date_be_converts_aware_datetimes_to_bangkok():
    assert format_date_be(datetime(2023, 9, 30, 18, 0, tzinfo=UTC)) == "1 ตุลาคม 2566"
    tokyo = timezone(timedelta(hours=9))
    assert format_date_be(datetime(2023, 10, 1, 1, 0, tzinfo=tokyo)) == "30 กันยายน 2566"
    # A naive datetime is taken as it is.
    assert format_date_be(datetime(2023, 9, 30, 23, 0), style="numeric") == "30/09/2566"


def test_format_date_be_rejects_unknown_style():
    with pytest.raises(ValueError):
        format_date_be(date(2023, 10, 1), style="full")


@pytest.mark.parametrize(
    "text",
    [
        "1/10/2566",
        "01/10/2566",
        "01-10-2566",
        "1.10.2566",
        "2566-10-01",
        "2566/10/01",
        "1 ตุลาคม 2566",
        "1 ต.ค. 2566",
        "1 ต.ค. 66",
        "1/10/66",
        "1ต.ค.2566",
        "1 ตค 2566",
        "1 ตุลาคม พ.ศ. 2566",
        "๑ ต.ค. ๒๕๖๖",
        "๐๑/๑๐/๒๕๖๖",
        "๒๕๖๖-๑๐-๐๑",
        "  1  ตุลาคม  2566 ",
    ],
)
def test_parse_date_be_accepted_forms(text):
    assert parse_date_be(text) == date(2023, 10, 1)


@pytest.mark.parametrize("month", range(1, 13))
def test_parse_date_be_every_month_name(month):
    day = date(2024, month, 15)
    assert parse_date_be(format_date_be(day)) == day
    assert parse_date_be(format_date_be(day, style="short")) == day
    assert parse_date_be(format_date_be(day, style="short", thai_digits=True)) == day


def test_parse_date_be_common_misspelling_of_july():
    assert parse_date_be("5 กรกฏาคม 2566") == date(2023, 7, 5)


@pytest.mark.parametrize(
    "text", ["01/10/2023", "1/10/2023", "2023-10-01", "1 ต.ค. 2023", "๑/๑๐/๒๐๒๓", "1/1/1999"]
)
def test_parse_date_be_refuses_ad_years(text):
    with pytest.raises(ThaiDateError) as caught:
        parse_date_be(text)
    assert caught.value.code == "date_be_ad_year"
    assert isinstance(caught.value, ValueError)
    assert "Buddhist Era" in str(caught.value)


@pytest.mark.parametrize(
    "text",
    ["31/02/2566", "29/02/2566", "0/10/2566", "1/13/2566", "", "abc", "1 foo 2566", "1/10/256", "1/10/3000",
     "1/10-2566", "10/2566", "1 ต.ค."],
)
def test_parse_date_be_refuses_invalid_dates(text):
    with pytest.raises(ThaiDateError) as caught:
        parse_date_be(text)
    assert caught.value.code == "date_be_invalid"


def test_parse_date_be_leap_day():
    assert parse_date_be("29/02/2567") == date(2024, 2, 29)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)), st.booleans())
def test_numeric_format_round_trips(day, thai_digits):
    assert parse_date_be(format_date_be(day, style="numeric", thai_digits=thai_digits)) == day


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)), st.sampled_from(["long", "short"]))
def test_text_formats_round_trip(day, style):
    assert parse_date_be(format_date_be(day, style=style)) == day


@given(st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙/-. ตุลาคมต.ค.พ.ศ", max_size=20))
def test_parse_date_be_only_returns_be_readings(text):
    try:
        day = parse_date_be(text)
    except ThaiDateError:
        return
    assert day.year <= 2400


@given(
    st.integers(min_value=1, max_value=31),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1000, max_value=9999),
    st.sampled_from(["{d}/{m}/{y}", "{d:02d}-{m:02d}-{y}", "{y}-{m:02d}-{d:02d}"]),
)
def test_parse_date_be_never_returns_a_year_after_2400_ad(d, m, y, pattern):
    text = pattern.format(d=d, m=m, y=y)
    try:
        day = parse_date_be(text)
    except ThaiDateError as error:
        if y < 2400:
            assert error.code == "date_be_ad_year"
        return
    assert day.year == y - 543
    assert day.year <= 2400


# ------------------------------------------------------------------------------------------ baht


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("30000"), "สามหมื่นบาทถ้วน"),
        (Decimal("30000.00"), "สามหมื่นบาทถ้วน"),
        (30000, "สามหมื่นบาทถ้วน"),
        ("30,000", "สามหมื่นบาทถ้วน"),
        ("๓๐,๐๐๐", "สามหมื่นบาทถ้วน"),
        (Decimal("1000001"), "หนึ่งล้านเอ็ดบาทถ้วน"),
        (Decimal("21.21"), "ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์"),
        (Decimal("1.50"), "หนึ่งบาทห้าสิบสตางค์"),
        (Decimal("2.675"), "สองบาทหกสิบแปดสตางค์"),  # rounded half up to the satang
        (Decimal("0"), "ศูนย์บาทถ้วน"),
        (Decimal("-0.001"), "ศูนย์บาทถ้วน"),
        (Decimal("-5"), "ลบห้าบาทถ้วน"),
        (Decimal("-0.50"), "ลบศูนย์บาทห้าสิบสตางค์"),  # bahttext(-0.5) loses the sign
        (Decimal("1000000000000000000001"), "หนึ่งพันล้านล้านล้านเอ็ดบาทถ้วน"),  # beyond float precision
        (None, ""),
    ],
)
def test_baht_text(amount, expected):
    assert baht_text(amount) == expected


@pytest.mark.parametrize("bad", ["abc", "", "NaN", Decimal("Infinity")])
def test_baht_text_rejects_non_numbers(bad):
    with pytest.raises(ValueError):
        baht_text(bad)


# bahttext formats through float, so it is only exact up to 2**53; compare within that range.
@given(st.integers(min_value=-(2**53), max_value=2**53))
def test_baht_text_matches_pythainlp_for_ints(n):
    assert baht_text(Decimal(n)) == bahttext(n)
    assert baht_text(n) == bahttext(n)


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=99))
def test_baht_text_matches_pythainlp_for_satang(baht, satang):
    amount = Decimal(baht) + Decimal(satang) / 100
    assert baht_text(amount) == bahttext(float(amount))
