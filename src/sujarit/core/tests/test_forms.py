"""BE date, BE year and baht form fields. Tests assert error codes; wording is checked in English only."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import override

from sujarit.core.forms import BahtField, BEDateField, BEDateInput, BEYearField


def error_codes(field: forms.Field, value) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        field.clean(value)
    return [error.code for error in caught.value.error_list]


# ------------------------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    "text",
    ["01/10/2566", "1/10/2566", "๐๑/๑๐/๒๕๖๖", "1 ต.ค. 2566", "1 ตุลาคม 2566", "2566-10-01", " 01/10/2566 "],
)
def test_be_date_field_reads_be_years(text):
    assert BEDateField().clean(text) == date(2023, 10, 1)


def test_be_date_field_refuses_an_ad_year():
    field = BEDateField()
    assert error_codes(field, "01/10/2023") == ["date_be_ad_year"]
    with override("en"):
        with pytest.raises(ValidationError) as caught:
            field.clean("01/10/2023")
        assert caught.value.messages == ["Enter the year in the Buddhist Era, e.g. 2566."]


@pytest.mark.parametrize("text", ["31/02/2566", "abc", "1/13/2566", "1/10/3000"])
def test_be_date_field_refuses_invalid_dates(text):
    assert error_codes(BEDateField(), text) == ["date_be_invalid"]


def test_be_date_field_invalid_date_wording():
    with override("en"):
        with pytest.raises(ValidationError) as caught:
            BEDateField().clean("31/02/2566")
        assert caught.value.messages == ["The date is not valid."]


def test_be_date_field_empty_values():
    assert error_codes(BEDateField(), "") == ["required"]
    assert BEDateField(required=False).clean("") is None
    assert BEDateField(required=False).clean("   ") is None


def test_be_date_field_passes_dates_through():
    assert BEDateField().clean(date(2023, 10, 1)) == date(2023, 10, 1)


def test_be_date_input_renders_the_be_date():
    html = BEDateInput().render("day", date(2023, 10, 1))
    assert 'value="01/10/2566"' in html
    assert 'inputmode="numeric"' in html
    assert 'type="text"' in html
    with override("en"):
        assert 'placeholder="dd/mm/yyyy (BE)"' in BEDateInput().render("day", None)


def test_be_date_input_keeps_what_the_user_typed():
    assert 'value="31/02/2566"' in BEDateInput().render("day", "31/02/2566")


class DeadlineForm(forms.Form):
    due = BEDateField()


def test_form_round_trip_of_a_stored_date():
    unbound = DeadlineForm(initial={"due": date(2023, 10, 1)})
    assert 'value="01/10/2566"' in str(unbound["due"])
    bound = DeadlineForm(data={"due": "01/10/2566"}, initial={"due": date(2023, 10, 1)})
    assert bound.is_valid()
    assert bound.cleaned_data["due"] == date(2023, 10, 1)
    assert not bound.has_changed()


def test_form_reports_the_ad_year_code():
    form = DeadlineForm(data={"due": "01/10/2023"})
    assert not form.is_valid()
    assert form.errors.as_data()["due"][0].code == "date_be_ad_year"


def test_hidden_initial_parses_back():
    field = BEDateField(show_hidden_initial=True)
    html = field.hidden_widget().render("initial-due", date(2023, 10, 1))
    assert 'value="01/10/2566"' in html
    assert not field.has_changed(date(2023, 10, 1), "01/10/2566")
    assert field.has_changed(date(2023, 10, 1), "02/10/2566")


# ------------------------------------------------------------------------------------------ BE years


@pytest.mark.parametrize(
    ("text", "expected"), [("2566", 2566), ("๒๕๖๖", 2566), (" 2500 ", 2500), ("2700", 2700)]
)
def test_be_year_field_accepts_be_years(text, expected):
    assert BEYearField().clean(text) == expected


@pytest.mark.parametrize("text", ["2023", "66", "2499", "2701", "abc", "2566.5", "-2566", "๒๕๖๖ก"])
def test_be_year_field_refuses_everything_else(text):
    assert error_codes(BEYearField(), text) == ["be_year_invalid"]


def test_be_year_field_wording_and_widget():
    with override("en"):
        with pytest.raises(ValidationError) as caught:
            BEYearField().clean("2023")
        assert caught.value.messages == ["Enter the fiscal year in the Buddhist Era, between 2500 and 2700."]
    html = BEYearField().widget.render("year", 2566, attrs=BEYearField().widget_attrs(BEYearField().widget))
    assert 'type="text"' in html
    assert 'inputmode="numeric"' in html
    assert BEYearField(required=False).clean("") is None


# ------------------------------------------------------------------------------------------ baht


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("๓๐,๐๐๐", Decimal("30000")),
        ("30,000.50", Decimal("30000.50")),
        ("30000", Decimal("30000")),
        ("๑,๒๓๔.๕", Decimal("1234.5")),
        (" 0 ", Decimal("0")),
        ("-0", Decimal("0")),
        ("999999999999.99", Decimal("999999999999.99")),
        (Decimal("12.50"), Decimal("12.50")),
    ],
)
def test_baht_field_accepts_amounts(text, expected):
    value = BahtField().clean(text)
    assert value == expected
    assert isinstance(value, Decimal)


@pytest.mark.parametrize("text", ["abc", "30,000บาท", "1.2.3", "NaN", "Infinity", "1e5", "--5"])
def test_baht_field_refuses_non_numbers(text):
    assert error_codes(BahtField(), text) == ["invalid"]


@pytest.mark.parametrize("text", ["-5", "-0.01", "-๓๐,๐๐๐"])
def test_baht_field_refuses_negative_amounts(text):
    assert error_codes(BahtField(), text) == ["min_value"]


def test_baht_field_refuses_too_many_digits():
    assert error_codes(BahtField(), "1000000000000") == ["max_whole_digits"]
    assert error_codes(BahtField(), "1.005") == ["max_decimal_places"]


def test_baht_field_wording():
    with override("en"):
        cases = [("abc", "Enter the amount as a number."), ("-5", "The amount must not be negative.")]
        for text, message in cases:
            with pytest.raises(ValidationError) as caught:
                BahtField().clean(text)
            assert caught.value.messages == [message]


def test_baht_field_settings_and_widget():
    field = BahtField()
    assert (field.max_digits, field.decimal_places) == (14, 2)
    html = field.widget.render("amount", Decimal("30000.00"), attrs=field.widget_attrs(field.widget))
    assert 'type="text"' in html
    assert 'inputmode="decimal"' in html


def test_errors_are_thai_by_default():
    # given the project's default language (Thai) and the compiled Thai catalogue
    with pytest.raises(ValidationError) as caught:
        BEDateField().clean("01/10/2023")
    assert caught.value.messages == ["กรุณากรอกปีเป็นพุทธศักราช เช่น ๒๕๖๖"]
    with pytest.raises(ValidationError) as caught:
        BahtField().clean("สองหมื่น")
    assert caught.value.messages == ["กรุณากรอกจำนวนเงินเป็นตัวเลข"]
