"""JSON API of the channel: public statistics, submission and receipt tracking; officers' reads and steps.

Same rules as the pages: officer operations need the corruption-officer role in the organisation (anyone else:
403), a report in another organisation or naming the officer is 404, and every read of a report is logged.
Public operations take the receipt in the request body only and answer with `Cache-Control: no-store`.
"""

from datetime import date

from django.http import Http404
from ninja import Router, Schema
from ninja.errors import HttpError

from sujarit.orgs.access import request_organisation

from . import access, crypto, services, throttle
from .stats import year_stats
from .views.statistics import statistics_feed

router = Router(tags=["whistleblowing"])


class ReportSummaryOut(Schema):
    id: int
    reference: str
    fiscal_year_be: int
    received_on: date
    state: str
    category: str
    anonymity: str
    acknowledge_due_on: date
    acknowledged_on: date | None
    stage_due_on: date | None
    feedback_due_on: date | None
    investigation_kind: str
    referred_on: date | None
    outcome: str
    action_taken: str


class MessageOut(Schema):
    from_reporter: bool
    sent_on: date
    text: str


class ReportOut(ReportSummaryOut):
    unlocked: bool
    content: dict | None = None
    messages: list[MessageOut] = []


class SubmissionIn(Schema):
    category: str
    anonymity: str = "anonymous"
    what: str
    accused_name: str = ""
    accused_position: str = ""
    accused_unit: str = ""
    when: str = ""
    where: str = ""
    how_known: str = ""
    amount: str = ""
    identity: dict = {}


class ReceiptOut(Schema):
    receipt: str
    received_on: date


class ReceiptIn(Schema):
    receipt: str


class TrackOut(Schema):
    state: str
    received_on: date
    acknowledge_due_on: date
    feedback_due_on: date | None
    outcome: str
    messages: list[MessageOut]


class TransitionIn(Schema):
    comment: str = ""
    investigation_kind: str = ""
    referred_on: date | None = None
    outcome: str = ""
    action_taken: str = ""


def _org(request, org_code: str):
    org = request_organisation(request, org_code)
    if org is None:
        raise Http404
    return org


def _officer(request, org_code: str):
    _org(request, org_code)
    if not access.is_officer(request, org_code=org_code):
        raise HttpError(403, "Only designated corruption-report officers.")
    return request.organisation


def _messages(opened) -> list[dict]:
    return [{"from_reporter": m["mine"], "sent_on": m["sent_on"], "text": m["text"]} for m in opened.messages]


@router.get("/whistleblowing/{org_code}/statistics", auth=None)
def statistics(request, org_code: str, fiscal_year_be: int | None = None):
    org = _org(request, org_code)
    if fiscal_year_be:
        return year_stats(organisation=org, fiscal_year=fiscal_year_be).as_json()
    return statistics_feed(org)


@router.post("/whistleblowing/{org_code}/submissions", auth=None, response={201: ReceiptOut})
def submit(request, org_code: str, payload: SubmissionIn):
    org = _org(request, org_code)
    data = services.ReportInput(**payload.dict())
    report, receipt = services.report_submit(organisation=org, data=data)
    return 201, {"receipt": crypto.format_receipt(receipt), "received_on": report.received_on}


@router.post("/whistleblowing/{org_code}/tracking", auth=None, response=TrackOut)
def track(request, org_code: str, payload: ReceiptIn):
    org = _org(request, org_code)
    report, key = services.report_open_with_receipt(organisation=org, receipt=payload.receipt,
                                                    bucket=throttle.client_bucket(request, org))
    opened = access.report_open(report, key, for_reporter=True)
    return {"state": report.state, "received_on": report.received_on,
            "acknowledge_due_on": report.acknowledge_due_on, "feedback_due_on": report.feedback_due_on,
            "outcome": report.outcome, "messages": _messages(opened)}


@router.get("/whistleblowing/{org_code}/reports", response=list[ReportSummaryOut])
def reports(request, org_code: str):
    from .selectors import reports_for_officer

    org = _officer(request, org_code)
    return reports_for_officer(organisation=org, user=request.user)


def _report_out(request, report) -> dict:
    key = access.report_key(request, report)
    data = {f: getattr(report, f) for f in ReportSummaryOut.model_fields if f != "reference"}
    data["reference"] = report.reference
    data["unlocked"] = key is not None
    if key is not None:
        opened = access.report_open(report, key)
        data["content"], data["messages"] = opened.content, _messages(opened)
    return data


@router.get("/whistleblowing/{org_code}/reports/{report_id}", response=ReportOut)
def report(request, org_code: str, report_id: int):
    _officer(request, org_code)
    return _report_out(request, access.report_for_officer(request, report_id))


@router.post("/whistleblowing/{org_code}/reports/{report_id}/transitions/{step}", response=ReportOut)
def transition(request, org_code: str, report_id: int, step: str, payload: TransitionIn):
    _officer(request, org_code)
    report = access.report_for_officer(request, report_id, log_view=False)
    report = services.report_transition(report=report, transition=step, report_key=access.report_key(request, report),
                                        acting_user=request.user, **payload.dict())
    return _report_out(request, report)
