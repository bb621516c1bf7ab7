"""The public progress page of an organisation and its JSON feed (published plan, approved reports only)."""
from __future__ import annotations

from django.http import Http404, JsonResponse
from django.shortcuts import render

from sujarit.core.access import access_rule, public as public_rule
from sujarit.orgs.selectors import organisation_by_code

from .. import selectors
from ..feed import public_feed
from ..models import Evidence, EvidenceKind, ReportState, RoundKind
from .reports import serve_evidence


def _context(request, org_code: str) -> dict:
    organisation = organisation_by_code(org_code)
    plan = selectors.public_plan(organisation=organisation) if organisation else None
    if plan is None:
        raise Http404
    year = selectors.latest_reported_year(plan=plan)
    try:
        year = int(request.GET.get("year", year))
    except ValueError:
        raise Http404 from None
    if year not in plan.years:
        raise Http404
    return {"organisation": organisation, "plan": plan, "year": year,
            "six": selectors.year_progress(plan=plan, fiscal_year_be=year, kind=RoundKind.SIX_MONTHS),
            "twelve": selectors.year_progress(plan=plan, fiscal_year_be=year, kind=RoundKind.TWELVE_MONTHS,
                                              with_public_evidence=True),
            "targets": selectors.targets_table(plan=plan)}


@access_rule(public_rule)
def public(request, org_code: str):
    return render(request, "progress/public.html", _context(request, org_code))


@access_rule(public_rule)
def public_json(request, org_code: str):
    ctx = _context(request, org_code)
    return JsonResponse(public_feed(**{k: ctx[k] for k in ("organisation", "plan", "year", "six", "twelve",
                                                            "targets")}),
                        json_dumps_params={"ensure_ascii": False})


@access_rule(public_rule)
def public_evidence(request, org_code: str, evidence_id: int):
    organisation = organisation_by_code(org_code)
    if organisation is None:
        raise Http404
    evidence = (Evidence.objects.for_org(organisation)
                .filter(pk=evidence_id, is_public=True, kind=EvidenceKind.FILE,
                        report__state=ReportState.APPROVED).first())
    if evidence is None:
        raise Http404
    return serve_evidence(evidence)
