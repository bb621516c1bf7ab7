"""Complaint centre API: public statistics, and the staff's case list (same rules as the pages)."""
from __future__ import annotations

from datetime import date

from django.http import Http404
from ninja import Router, Schema

from sujarit.orgs.access import request_organisation
from sujarit.orgs.selectors import user_roles

from . import clock, selectors, stats
from .workflow import READERS

router = Router(tags=["complaints"])


class CaseOut(Schema):
    id: int
    reference: str
    subject: str
    category: str
    channel: str
    status: str
    received_on: date
    due_on: date
    expected_on: date
    overdue: bool
    assigned_unit: str


def _reader_org(request, org_code):
    org = request_organisation(request, org_code)
    if org is None or not request.user.is_authenticated or not (user_roles(user=request.user, organisation=org)
                                                                & READERS):
        raise Http404
    return org


@router.get("/orgs/{org_code}/complaints", response=list[CaseOut])
def list_complaints(request, org_code: str, status: str = "", due: str = ""):
    org = _reader_org(request, org_code)
    today = clock.today()
    return [{"id": c.pk, "reference": c.reference, "subject": c.subject, "category": c.category.name,
             "channel": c.channel, "status": c.status, "received_on": c.received_on, "due_on": c.due_on,
             "expected_on": c.expected_on, "overdue": clock.is_overdue(c, today), "assigned_unit": c.assigned_unit}
            for c in selectors.complaints_list(organisation=org, status=status, due=due)[:500]]


@router.get("/public/orgs/{org_code}/complaints/statistics/{fiscal_year_be}", auth=None)
def public_statistics(request, org_code: str, fiscal_year_be: int):
    org = request_organisation(request, org_code)
    if org is None or not 2400 < fiscal_year_be < 2800:
        raise Http404
    payload = stats.year_stats(organisation=org, fiscal_year_be=fiscal_year_be).as_json()
    payload["suppressed_below"] = stats.MIN_CELL
    return payload
