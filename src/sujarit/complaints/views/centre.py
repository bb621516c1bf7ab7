"""The centre settings page (ตั้งค่าศูนย์รับเรื่อง): categories, the 15-day clock and holidays.

One page; every change is a POST to its own URL. Success redirects back to the page's section; a refusal shows the
page again with the Thai error beside the form (status 400) and nothing saved.
"""
from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from sujarit.core.access import access_rule
from sujarit.core.errors import ApplicationError
from sujarit.core.thai import be_year, format_date_be, to_arabic_digits, to_thai_digits
from sujarit.orgs.models import Membership
from sujarit.orgs.selectors import user_roles

from .. import clock, selectors, services
from ..access import CONFIGURERS, configures_any_organisation, configures_centre
from ..forms import (CategoryActiveForm, CategoryForm, CategoryMoveForm, CategoryRenameForm, ClockForm, HolidayForm,
                     HolidayImportForm)
from ..models import Category, Holiday
from ..services.setup import categories_ensure
from ..workflow import HANDLERS, READERS
from .common import add_service_error


@access_rule(configures_any_organisation)
def settings_mine(request):
    """The header link of an organisation administrator, who has no complaint dashboard."""
    org_code = Membership.objects.filter(user=request.user, is_active=True, role__in=list(CONFIGURERS)).values_list(
        "organisation__code", flat=True).first()
    return redirect("complaints:settings", org_code=org_code)


def _this_year() -> int:
    return be_year(clock.today().year)


def _year(request) -> int:
    raw = to_arabic_digits(request.POST.get("year") or request.GET.get("year") or "").strip()
    return int(raw) if raw.isdigit() and 2400 < int(raw) < 2800 else _this_year()


def _page(request, *, status: int = 200, **overrides):
    org = request.organisation
    categories_ensure(organisation=org)  # the first visit shows the default list, as the forms do
    roles = user_roles(user=request.user, organisation=org)
    rules = clock.rules_for(org)
    year = _year(request)
    context = {
        "organisation": org, "can_read": bool(roles & READERS), "can_handle": bool(roles & HANDLERS),
        "can_configure": True, "rules": rules, "year": year,
        "years": sorted(set(selectors.holiday_years(organisation=org, around=_this_year())) | {year}),
        "categories": selectors.categories_for_settings(organisation=org),
        "holidays": selectors.holidays_in_year(organisation=org, year_be=year),
        "clock_form": ClockForm(initial={"due_days": rules.due_days, "reopen_days": rules.reopen_days,
                                         "remind_days": rules.remind_days,
                                         "working_days": "working" if rules.working_days else "calendar"}),
        "category_form": CategoryForm(), "holiday_form": HolidayForm(),
        "row_error": None, **overrides,
    }
    return render(request, "complaints/settings.html", context, status=status)


def _back(request, anchor: str, year: int | None = None):
    url = reverse("complaints:settings", args=[request.organisation.code])
    return redirect(f"{url}?year={year}#{anchor}" if year else f"{url}#{anchor}")


def _form_errors(form) -> str:
    return " ".join(str(e) for errors in form.errors.values() for e in errors)


@access_rule(configures_centre)
def centre_settings(request, org_code: str):
    return _page(request)


@require_POST
@access_rule(configures_centre)
def settings_clock(request, org_code: str):
    form = ClockForm(request.POST)
    if form.is_valid():
        try:
            services.settings_update(organisation=request.organisation, acting_user=request.user,
                                     **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The clock was saved. Cases already received keep their due dates."))
            return _back(request, "clock")
    return _page(request, status=400, clock_form=form)


@require_POST
@access_rule(configures_centre)
def category_add(request, org_code: str):
    form = CategoryForm(request.POST)
    if form.is_valid():
        try:
            category = services.category_create(organisation=request.organisation, acting_user=request.user,
                                                **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The category \"%(name)s\" was added.") % {"name": category.name})
            return _back(request, "categories")
    return _page(request, status=400, category_form=form)


def _category(request, category_id: int) -> Category:
    try:
        return selectors.category_get(organisation=request.organisation, category_id=category_id)
    except Category.DoesNotExist:
        raise Http404 from None


def _category_change(request, category: Category, form, change, done: str):
    """A row button (rename, move, (de)activate): back to the list, or the row's error beside it."""
    try:
        if not form.is_valid():
            raise ApplicationError(code="invalid", message=_form_errors(form))
        change(form.cleaned_data)
    except ApplicationError as error:
        return _page(request, status=400, row_error={"category": category.pk, "message": error.message,
                                                     "name": request.POST.get("name", category.name)})
    messages.success(request, done)
    return _back(request, f"category-{category.pk}")


@require_POST
@access_rule(configures_centre)
def category_rename(request, org_code: str, category_id: int):
    category = _category(request, category_id)
    return _category_change(request, category, CategoryRenameForm(request.POST), lambda data: services.category_update(
        organisation=request.organisation, category=category, name=data["name"], acting_user=request.user),
        _("The category was renamed."))


@require_POST
@access_rule(configures_centre)
def category_move(request, org_code: str, category_id: int):
    category = _category(request, category_id)
    return _category_change(request, category, CategoryMoveForm(request.POST), lambda data: services.category_move(
        organisation=request.organisation, category=category, direction=data["direction"],
        acting_user=request.user), _("The order was changed."))


@require_POST
@access_rule(configures_centre)
def category_active(request, org_code: str, category_id: int):
    category = _category(request, category_id)
    form = CategoryActiveForm(request.POST)
    done = (_("The category is back on the forms.") if request.POST.get("active") == "1"
            else _("The category was deactivated: it is no longer offered, and its cases keep it."))
    return _category_change(request, category, form, lambda data: services.category_update(
        organisation=request.organisation, category=category, is_active=data["active"], acting_user=request.user),
        done)


@require_POST
@access_rule(configures_centre)
def holiday_add(request, org_code: str):
    form = HolidayForm(request.POST)
    if form.is_valid():
        try:
            holiday = services.holiday_add(organisation=request.organisation, acting_user=request.user,
                                           **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("%(day)s was added as a holiday.") % {
                "day": to_thai_digits(format_date_be(holiday.day))})
            return _back(request, "holidays", be_year(holiday.day.year))
    return _page(request, status=400, holiday_form=form)


@require_POST
@access_rule(configures_centre)
def holiday_remove(request, org_code: str, holiday_id: int):
    try:
        holiday = selectors.holiday_get(organisation=request.organisation, holiday_id=holiday_id)
    except Holiday.DoesNotExist:
        raise Http404 from None
    services.holiday_remove(organisation=request.organisation, holiday=holiday, acting_user=request.user)
    messages.success(request, _("%(day)s is no longer a holiday.") % {
        "day": to_thai_digits(format_date_be(holiday.day))})
    return _back(request, "holidays", be_year(holiday.day.year))


@require_POST
@access_rule(configures_centre)
def holidays_import(request, org_code: str):
    form = HolidayImportForm(request.POST)
    year = form.cleaned_data["year"] if form.is_valid() else None
    try:
        added = services.holidays_import(organisation=request.organisation, year_be=year, acting_user=request.user)
    except ApplicationError as error:
        messages.error(request, error.message)
        return _back(request, "holidays")
    numbers = {"count": to_thai_digits(len(added)), "year": to_thai_digits(year)}
    if added:
        messages.success(request, ngettext("%(count)s official holiday of %(year)s was added.",
                                           "%(count)s official holidays of %(year)s were added.", len(added)) % numbers)
    else:
        messages.info(request, _("Every official holiday of %(year)s is already in the list.") % numbers)
    return _back(request, "holidays", year)
