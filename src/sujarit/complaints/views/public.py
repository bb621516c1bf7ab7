"""Public pages (no login): the complaint form, its proof-of-work challenge, the code shown once, statistics."""
from __future__ import annotations

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from sujarit.core.access import access_rule, public
from sujarit.core.errors import ApplicationError
from sujarit.core.thai import fiscal_year_be

from .. import clock, protection, selectors, services, stats
from ..errors import ComplaintErrorCode
from ..forms import PublicComplaintForm
from ..models import Channel
from ..services.setup import categories_ensure
from .common import add_service_error, public_org, whistleblowing_url


@never_cache
@access_rule(public)
def public_form(request, org_code: str):
    """GET: the form. POST: file the complaint and show its code in the response itself (nothing in the session,
    no second request; reloading cannot file twice because the proof-of-work is spent)."""
    org = public_org(request, org_code)
    if request.method != "POST":
        categories_ensure(organisation=org)
    form = PublicComplaintForm(request.POST or None, request.FILES or None,
                               categories=selectors.categories(organisation=org))
    status = 200
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        solution = protection.challenge_verify(data.pop("altcha"))

        def spend_and_count():  # inside the service's write transaction: all or nothing
            if solution is None or not protection.challenge_spend(solution):
                raise ApplicationError(code=ComplaintErrorCode.POW_INVALID, field="altcha", message=_(
                    "Please wait until the check \"I am not a robot\" is complete."))
            if not protection.rate_hit(request, "submit"):
                raise ApplicationError(code=ComplaintErrorCode.RATE_LIMITED, message=_(
                    "Too many complaints from this connection. Please try again later or call the complaint "
                    "centre."))

        try:
            complaint, code = services.complaint_submit(
                organisation=org, channel=Channel.WEB, files=data.pop("attachments"), consent=data.pop("consent"),
                acting_user=None, before_write=spend_and_count, **data)
        except ApplicationError as error:
            add_service_error(form, error)
            status = 429 if error.code == ComplaintErrorCode.RATE_LIMITED else 400
            if error.code == ComplaintErrorCode.RATE_LIMITED:  # the refusal itself must be counted
                protection.rate_hit(request, "submit")
        else:
            return render(request, "complaints/public_done.html", {
                "organisation": org, "code": code, "complaint": complaint})
    elif request.method == "POST":
        status = 400
    return render(request, "complaints/public_form.html", {
        "organisation": org, "form": form, "whistleblowing_url": whistleblowing_url(org),
        "due_days": clock.rules_for(org).due_days}, status=status)


@never_cache
@access_rule(public)
def challenge(request, org_code: str):
    public_org(request, org_code)
    if not protection.rate_hit(request, "challenge"):
        return JsonResponse({"error": "rate_limited"}, status=429)
    return JsonResponse(protection.challenge_create())


def _year(request, org) -> int:
    raw = request.GET.get("year", "")
    years = stats.years_with_cases(organisation=org)
    if raw.isdigit():
        return int(raw)
    return years[0] if years else fiscal_year_be(clock.today())


@access_rule(public)
def stats_page(request, org_code: str):
    org = public_org(request, org_code)
    year = _year(request, org)
    if not 2400 < year < 2800:
        raise Http404
    data = stats.year_stats(organisation=org, fiscal_year_be=year)
    return render(request, "complaints/stats.html", {
        "organisation": org, "stats": data, "chart": data.as_json(),
        "years": stats.years_with_cases(organisation=org), "year": year, "min_cell": stats.MIN_CELL})


@access_rule(public)
def stats_json(request, org_code: str):
    org = public_org(request, org_code)
    year = _year(request, org)
    if not 2400 < year < 2800:
        raise Http404
    payload = stats.year_stats(organisation=org, fiscal_year_be=year).as_json()
    payload["suppressed_below"] = stats.MIN_CELL
    return JsonResponse(payload, json_dumps_params={"ensure_ascii": False})
