"""The Thai filters are template builtins: no {% load %} needed, and they never fail on bad data."""
from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils.safestring import mark_safe


def render(source: str, **context) -> str:
    return Template(source).render(Context(context))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("30000"), "๓๐,๐๐๐"),
        (Decimal("30000.00"), "๓๐,๐๐๐"),
        (Decimal("1234.5"), "๑,๒๓๔.๕๐"),
        (Decimal("1234.567"), "๑,๒๓๔.๕๗"),
        (30000, "๓๐,๐๐๐"),
        (1234.5, "๑,๒๓๔.๕๐"),
        ("30000", "๓๐,๐๐๐"),
        (Decimal("-250"), "-๒๕๐"),
    ],
)
def test_baht(value, expected):
    assert render("{{ x|baht }}", x=value) == expected


def test_baht_with_arabic_digits():
    assert render('{{ x|baht:"arabic" }}', x=Decimal("1234567.5")) == "1,234,567.50"
    assert render('{{ x|baht:"arabic" }}', x=Decimal("30000")) == "30,000"


def test_thai_digits():
    assert render("{{ x|thai_digits }}", x=2566) == "๒๕๖๖"
    assert render("{{ x|thai_digits }}", x="ไตรมาส 1/2566") == "ไตรมาส ๑/๒๕๖๖"
    assert render("{{ x|be_date|thai_digits }}", x=date(2023, 10, 1)) == "๑ ตุลาคม ๒๕๖๖"


def test_thai_digits_keeps_escaping_right():
    assert render("{{ x|thai_digits }}", x="<b>1</b>") == "&lt;b&gt;๑&lt;/b&gt;"
    assert render("{{ x|thai_digits }}", x=mark_safe("<b>1</b>")) == "<b>๑</b>"


def test_be_date_styles():
    day = date(2023, 10, 1)
    assert render("{{ d|be_date }}", d=day) == "1 ตุลาคม 2566"
    assert render('{{ d|be_date:"long" }}', d=day) == "1 ตุลาคม 2566"
    assert render('{{ d|be_date:"short" }}', d=day) == "1 ต.ค. 2566"
    assert render('{{ d|be_date:"numeric" }}', d=day) == "01/10/2566"
    assert render("{{ d|be_date }}", d="2023-10-01") == "1 ตุลาคม 2566"


def test_be_date_of_an_aware_datetime_is_in_bangkok():
    assert render("{{ d|be_date }}", d=datetime(2023, 9, 30, 18, 0, tzinfo=UTC)) == "1 ตุลาคม 2566"


def test_be_year_and_fiscal_filters():
    assert render("{{ y|be_year }}", y=2023) == "2566"
    assert render("{{ y|be_year }}", y="2023") == "2566"
    assert render("{{ d|be_year }}", d=date(2023, 10, 1)) == "2566"
    assert render("{{ y|be_year|thai_digits }}", y=2023) == "๒๕๖๖"
    assert render("{{ d|fiscal_year }}", d=date(2022, 10, 1)) == "2566"
    assert render("{{ d|fiscal_year }}", d=date(2023, 9, 30)) == "2566"
    assert render("{{ d|fiscal_quarter }}", d=date(2023, 1, 15)) == "2"
    assert render("{{ d|fiscal_quarter }}", d=date(2023, 10, 1)) == "1"


def test_baht_text():
    assert render("{{ x|baht_text }}", x=Decimal("30000")) == "สามหมื่นบาทถ้วน"
    assert render("{{ x|baht_text }}", x=Decimal("1.50")) == "หนึ่งบาทห้าสิบสตางค์"


FILTERS = [
    "thai_digits",
    "baht",
    'baht:"arabic"',
    "be_date",
    'be_date:"short"',
    'be_date:"numeric"',
    'be_date:"nonsense"',
    "be_year",
    "baht_text",
    "fiscal_year",
    "fiscal_quarter",
]


@pytest.mark.parametrize("filter_expression", FILTERS)
@pytest.mark.parametrize("value", [None, ""])
def test_filters_give_nothing_for_empty_values(filter_expression, value):
    assert render(f"{{{{ x|{filter_expression} }}}}", x=value) == ""


@pytest.mark.parametrize("filter_expression", FILTERS)
def test_filters_give_nothing_for_missing_variables(filter_expression):
    assert render(f"{{{{ missing|{filter_expression} }}}}") == ""


@pytest.mark.parametrize("filter_expression", [f for f in FILTERS if f != "thai_digits"])
@pytest.mark.parametrize("value", ["abc", object(), Decimal("NaN"), [1, 2]])
def test_filters_never_raise_on_garbage(filter_expression, value):
    assert render(f"{{{{ x|{filter_expression} }}}}", x=value) == ""
