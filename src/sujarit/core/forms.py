"""Form fields for Thai users: Buddhist Era dates and years, amounts in baht, and lists typed one item per line.

Users type Thai or Arabic digits; dates are shown and typed as dd/mm/BBBB (BE) and stored as ordinary
`date` objects. Error codes are stable (tests assert codes, not wording).
"""
from __future__ import annotations

import datetime
import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from sujarit.core.thai import ThaiDateError, format_date_be, parse_date_be, to_arabic_digits, to_decimal

__all__ = ["BEDateField", "BEDateHiddenInput", "BEDateInput", "BEYearField", "BahtField", "LinesField"]


def _format_be_value(value):
    """A date (or datetime) as "dd/mm/BBBB"; anything else (e.g. re-displayed user input) unchanged."""
    if isinstance(value, datetime.date):
        return format_date_be(value, style="numeric")
    return value


class BEDateInput(forms.TextInput):
    """A text box for dd/mm/BBBB (BE). Shows a stored date with its BE year."""

    def __init__(self, attrs=None):
        defaults = {"placeholder": _("dd/mm/yyyy (BE)"), "inputmode": "numeric", "autocomplete": "off"}
        super().__init__({**defaults, **(attrs or {})})

    def format_value(self, value):
        return super().format_value(_format_be_value(value))


class BEDateHiddenInput(forms.HiddenInput):
    """Hidden twin of BEDateInput (used for show_hidden_initial), so the initial value parses back."""

    def format_value(self, value):
        return super().format_value(_format_be_value(value))


class BEDateField(forms.DateField):
    """A date typed with a Buddhist Era year ("01/10/2566", "1 ต.ค. 2566", Thai digits allowed).

    A four-digit year below 2400 is refused with code "date_be_ad_year"; an impossible date with code
    "date_be_invalid".
    """

    widget = BEDateInput
    hidden_widget = BEDateHiddenInput
    default_error_messages = {
        ThaiDateError.INVALID: _("The date is not valid."),
        ThaiDateError.AD_YEAR: _("Enter the year in the Buddhist Era, e.g. 2566."),
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str) and not value.strip():
            return None
        try:
            return parse_date_be(str(value).strip())
        except ThaiDateError as error:
            raise ValidationError(self.error_messages[error.code], code=error.code) from None


class BEYearField(forms.IntegerField):
    """A Buddhist Era year between 2500 and 2700 (fiscal years), Thai digits allowed.

    Anything else (text, an AD year such as 2023, a two-digit year) fails with code "be_year_invalid".
    """

    MIN_YEAR = 2500
    MAX_YEAR = 2700
    INVALID_CODE = "be_year_invalid"

    widget = forms.TextInput
    default_error_messages = {
        INVALID_CODE: _("Enter the fiscal year in the Buddhist Era, between 2500 and 2700."),
    }

    def _invalid(self) -> ValidationError:
        return ValidationError(self.error_messages[self.INVALID_CODE], code=self.INVALID_CODE)

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
        if value in self.empty_values:
            return None
        if isinstance(value, bool):
            raise self._invalid()
        if isinstance(value, int):
            return value
        text = to_arabic_digits(str(value)).strip()
        if not re.fullmatch(r"[0-9]+", text):
            raise self._invalid()
        return int(text)

    def validate(self, value):
        super().validate(value)
        if value not in self.empty_values and not self.MIN_YEAR <= value <= self.MAX_YEAR:
            raise self._invalid()

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if not isinstance(widget, forms.HiddenInput):
            attrs.setdefault("inputmode", "numeric")
            attrs.setdefault("maxlength", "4")
        return attrs


class BahtField(forms.DecimalField):
    """An amount in baht: "๓๐,๐๐๐", "30,000.50", "30000". Up to 12 whole digits and 2 satang digits.

    Codes: "invalid" for anything that is not a number, "min_value" for a negative amount, "max_whole_digits"
    and "max_decimal_places" (Django's DecimalValidator) for too many digits.
    """

    widget = forms.TextInput
    default_error_messages = {
        "invalid": _("Enter the amount as a number."),
        "min_value": _("The amount must not be negative."),
        "max_digits": _("The amount is too large."),
        "max_whole_digits": _("The amount is too large."),
        "max_decimal_places": _("Enter at most two decimal places (satang)."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_digits", 14)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("min_value", Decimal("0"))
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip()
        if value in self.empty_values:
            return None
        try:
            amount = to_decimal(value)
        except (TypeError, ValueError):
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        return amount.copy_abs() if amount.is_zero() else amount

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if not isinstance(widget, forms.HiddenInput):
            attrs.setdefault("inputmode", "decimal")
        return attrs


class LinesField(forms.CharField):
    """A list typed one item per line; cleaned to a list of non-empty, stripped strings."""

    widget = forms.Textarea(attrs={"rows": 4})

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", _("One item per line."))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        return [line.strip() for line in (super().to_python(value) or "").splitlines() if line.strip()]
