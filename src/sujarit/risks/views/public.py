"""Public pages (no login): only what was published, read from the published snapshot."""
from __future__ import annotations

from django.http import Http404
from django.shortcuts import render

from sujarit.core.access import access_rule, public
from sujarit.orgs.selectors import organisation_by_code

from ..selectors.public import public_assessment, public_assessments


def _org(org_code: str):
    org = organisation_by_code(org_code)
    if org is None:
        raise Http404
    return org


@access_rule(public)
def public_list(request, org_code: str):
    org = _org(org_code)
    return render(request, "risks/public_list.html", {"organisation": org,
                                                      "assessments": public_assessments(organisation=org)})


@access_rule(public)
def public_detail(request, org_code: str, fiscal_year_be: int):
    org = _org(org_code)
    doc = public_assessment(organisation=org, fiscal_year_be=fiscal_year_be)
    if doc is None:
        raise Http404
    return render(request, "risks/public_detail.html", {"organisation": org, "doc": doc})
