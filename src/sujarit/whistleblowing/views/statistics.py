"""Published statistics: a page per fiscal year, a JSON feed and a yearly summary (PDF), aggregate only."""
from __future__ import annotations

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone

from sujarit.core.access import access_rule, public

from ..stats import min_cell, year_stats, years_available
from .common import org_from_url, protected


def _year(request, years: list[int]) -> int:
    try:
        year = int(request.GET.get("year", years[0]))
    except ValueError:
        year = years[0]
    return year if year in years else years[0]


@protected
@access_rule(public)
def public_statistics(request, org_code: str):
    org = org_from_url(request, org_code)
    years = years_available(organisation=org, today=timezone.localdate())
    year = _year(request, years)
    return render(request, "whistleblowing/public/statistics.html", {
        "organisation": org, "years": years, "stats": year_stats(organisation=org, fiscal_year=year)})


def statistics_feed(org) -> dict:
    years = years_available(organisation=org, today=timezone.localdate())
    return {"organisation": org.code, "organisation_name": org.name, "min_cell": min_cell(),
            "years": [year_stats(organisation=org, fiscal_year=y).as_json() for y in years]}


@protected
@access_rule(public)
def public_statistics_json(request, org_code: str):
    org = org_from_url(request, org_code)
    return JsonResponse(statistics_feed(org), json_dumps_params={"ensure_ascii": False})


@protected
@access_rule(public)
def public_summary_pdf(request, org_code: str, fiscal_year_be: int):
    from sujarit.documents.pdf import render_pdf

    org = org_from_url(request, org_code)
    stats = year_stats(organisation=org, fiscal_year=fiscal_year_be)
    pdf = render_pdf(template_name="whistleblowing/summary_pdf.html",
                     context={"organisation": org, "stats": stats, "today": timezone.localdate()})
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="corruption-reports-{fiscal_year_be}.pdf"'
    return response
