from __future__ import annotations

from django.http import Http404
from django.urls import NoReverseMatch, reverse

from sujarit.core.errors import ApplicationError
from sujarit.orgs.access import request_organisation


def public_org(request, org_code: str):
    org = request_organisation(request, org_code)
    if org is None:
        raise Http404
    return org


def whistleblowing_url(org) -> str | None:
    """The separate corruption-report channel, when that app provides it (never imported, only reversed)."""
    try:
        return reverse("whistleblowing:public_entry", args=[org.code])
    except NoReverseMatch:
        return None


def add_service_error(form, error: ApplicationError) -> None:
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)
