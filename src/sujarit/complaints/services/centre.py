"""The centre's clock rules (ADR 0025) and its holidays, including Thailand's official ones (ADR 0034).

Changing the rules or the holidays does not move due dates already set: a case's due date is fixed at receipt.
"""
from __future__ import annotations

from datetime import date

import holidays as holiday_calendars
from django.db import transaction
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError
from sujarit.core.thai import ad_year, to_thai_digits

from ..errors import ComplaintErrorCode
from ..models import CentreSettings, Holiday
from .categories import clean_name

# (field, smallest, largest): the days of the clock an organisation may choose.
LIMITS = {"due_days": (1, 60), "reopen_days": (1, 60), "remind_days": (1, 30)}
# Official days off of government offices: public holidays plus the government-only ones (e.g. วันพืชมงคล).
OFFICIAL_CATEGORIES = (holiday_calendars.PUBLIC, holiday_calendars.GOVERNMENT)
FIRST_YEAR_BE, LAST_YEAR_BE = 2500, 2643  # the package covers AD 1914-2100


def _check_days(field: str, value) -> int:
    low, high = LIMITS[field]
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ApplicationError(code=ComplaintErrorCode.SETTING_OUT_OF_RANGE, field=field, extra={"field": field},
                               message=_("Enter a number of days from %(low)s to %(high)s.")
                               % {"low": to_thai_digits(low), "high": to_thai_digits(high)})
    return value


@audited
@transaction.atomic
def settings_update(*, organisation, due_days: int, working_days: bool, reopen_days: int, acting_user,
                    remind_days: int | None = None) -> CentreSettings:
    values = {"due_days": _check_days("due_days", due_days), "working_days": bool(working_days),
              "reopen_days": _check_days("reopen_days", reopen_days)}
    if remind_days is not None:
        values["remind_days"] = _check_days("remind_days", remind_days)
        if remind_days > due_days:
            raise ApplicationError(code=ComplaintErrorCode.SETTING_OUT_OF_RANGE, field="remind_days", message=_(
                "The reminder cannot come earlier than the number of days to resolve."))
    row = CentreSettings.objects.select_for_update().filter(organisation=organisation).first()
    if row is None:
        return CentreSettings.objects.create(organisation=organisation, **values)
    changed = [f for f, v in values.items() if getattr(row, f) != v]
    for field in changed:
        setattr(row, field, values[field])
    if changed:
        row.save(update_fields=changed)
    return row


@audited
@transaction.atomic
def holiday_add(*, organisation, day: date | None, name: str, acting_user) -> Holiday:
    if day is None:
        raise ApplicationError(code=ComplaintErrorCode.REQUIRED, field="day", message=_("Please enter the date."))
    name = clean_name(name)
    existing = Holiday.objects.for_org(organisation).filter(day=day).first()
    if existing is not None:
        raise ApplicationError(code=ComplaintErrorCode.HOLIDAY_DUPLICATE, field="day",
                               message=_("This date is already a holiday: %(name)s.") % {"name": existing.name})
    return Holiday.objects.create(organisation=organisation, day=day, name=name)


@audited
@transaction.atomic
def holiday_remove(*, organisation, holiday: Holiday, acting_user) -> None:
    Holiday.objects.for_org(organisation).filter(pk=holiday.pk).delete()


def official_holidays(*, year_be: int) -> dict[date, str]:
    """Thailand's official days off in a BE calendar year, with Thai names, from the installed `holidays` package."""
    days = holiday_calendars.Thailand(years=ad_year(year_be), language="th", categories=OFFICIAL_CATEGORIES)
    return {day: name[:200] for day, name in sorted(days.items())}


@audited
@transaction.atomic
def holidays_import(*, organisation, year_be: int, acting_user) -> list[Holiday]:
    """Add the official holidays of one BE year that are not there yet; days already entered keep their names.

    Returns the holidays added (none on a second import of the same year).
    """
    if not isinstance(year_be, int) or not FIRST_YEAR_BE <= year_be <= LAST_YEAR_BE:
        raise ApplicationError(code=ComplaintErrorCode.HOLIDAY_YEAR_INVALID, field="year", message=_(
            "Enter a year in the Buddhist Era from %(first)s to %(last)s.")
            % {"first": to_thai_digits(FIRST_YEAR_BE), "last": to_thai_digits(LAST_YEAR_BE)})
    official = official_holidays(year_be=year_be)
    have = set(Holiday.objects.for_org(organisation).filter(day__year=ad_year(year_be)).values_list("day", flat=True))
    # One row at a time (a few dozen at most) so that the audit trail records each one.
    return [Holiday.objects.create(organisation=organisation, day=day, name=name)
            for day, name in official.items() if day not in have]
