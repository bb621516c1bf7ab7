"""Response hygiene for every page of the channel (threat model C9) and small view helpers."""
from __future__ import annotations

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404

from sujarit.core.views import forbidden, not_found
from sujarit.orgs.access import request_organisation

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
HEADERS = {
    "Cache-Control": "no-store, max-age=0",
    "Pragma": "no-cache",
    "Content-Security-Policy": CSP,
    "Referrer-Policy": "same-origin",  # "no-referrer" makes browsers send Origin: null, failing CSRF
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def add_headers(response):
    for name, value in HEADERS.items():
        response[name] = value
    return response


def protected(view):
    """Outermost decorator of every view here: headers on every answer, including refusals."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except Http404:
            response = not_found(request)
        except PermissionDenied:
            response = forbidden(request)
        return add_headers(response)

    return wrapped


def org_from_url(request, org_code: str):
    org = request_organisation(request, org_code)
    if org is None:
        raise Http404
    return org


def service_error_to_form(form, error) -> None:
    form.add_error(error.field if error.field in form.fields else None, error.message)
