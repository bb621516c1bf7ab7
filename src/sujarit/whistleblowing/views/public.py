"""The reporter's pages: no account, no address or browser details kept, the receipt only in POST bodies."""
from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from sujarit.core.access import access_rule, public
from sujarit.core.errors import ApplicationError

from .. import crypto, keyring, selectors, services, throttle
from ..access import report_open
from ..forms import ReceiptForm, ReplyForm, ReportForm
from ..manual import manual_for
from ..models import IdentityRequest, Report
from .common import org_from_url, protected, service_error_to_form

SENSITIVE = ("receipt", "what", "accused_name", "accused_position", "accused_unit", "when", "where", "how_known",
             "amount", "identity_name", "identity_position", "identity_phone", "identity_email", "identity_contact",
             "text")


def _files(request) -> list[tuple[str, bytes]]:
    return [(f.name, f.read()) for f in request.FILES.getlist("evidence")]


@protected
@access_rule(public)
def public_entry(request, org_code: str):
    org = org_from_url(request, org_code)
    return render(request, "whistleblowing/public/entry.html", {
        "organisation": org, "manual": manual_for(org), "ready": selectors.channel_is_ready(org)})


@protected
@access_rule(public)
@sensitive_post_parameters(*SENSITIVE)
@sensitive_variables("receipt", "data")
def public_submit(request, org_code: str):
    org = org_from_url(request, org_code)
    officers = list(selectors.people_who_could_see_reports(org))
    form = ReportForm(request.POST or None, request.FILES or None, officers=officers)
    if request.method == "POST" and form.is_valid():
        cd = form.cleaned_data
        data = services.ReportInput(
            category=cd["category"], anonymity=cd["anonymity"], what=cd["what"],
            accused_name=cd["accused_name"], accused_position=cd["accused_position"],
            accused_unit=cd["accused_unit"], when=cd["when"], where=cd["where"], how_known=cd["how_known"],
            amount=cd["amount"], named_user_ids=[int(pk) for pk in cd["named"]], files=_files(request),
            identity={name: cd[f"identity_{name}"] for name in ("name", "position", "phone", "email", "contact")})
        try:
            report, receipt = services.report_submit(organisation=org, data=data)
        except ApplicationError as error:
            service_error_to_form(form, error)
        else:
            return render(request, "whistleblowing/public/receipt.html", {
                "organisation": org, "receipt": crypto.format_receipt(receipt), "report": report})
    return render(request, "whistleblowing/public/submit.html", {
        "organisation": org, "form": form, "ready": selectors.channel_is_ready(org)})


@protected
@access_rule(public)
@sensitive_post_parameters("receipt")
@sensitive_variables("receipt")
def public_track(request, org_code: str):
    org = org_from_url(request, org_code)
    form = ReceiptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            report, key = services.report_open_with_receipt(
                organisation=org, receipt=form.cleaned_data["receipt"],
                bucket=throttle.client_bucket(request, org))
        except ApplicationError as error:
            service_error_to_form(form, error)
        else:
            request.session.cycle_key()
            keyring.put_reporter_session(request, key, report.pk)
            return redirect("whistleblowing:public_status", org_code=org.code)
    return render(request, "whistleblowing/public/track.html", {"organisation": org, "form": form})


def _reporter_report(request, org) -> tuple[Report | None, bytes | None]:
    key, report_id = keyring.reporter_session(request)
    if key is None:
        return None, None
    report = Report.objects.for_org(org).filter(pk=report_id).first()
    return (report, key) if report else (None, None)


@protected
@access_rule(public)
@sensitive_post_parameters(*SENSITIVE)
def public_status(request, org_code: str):
    org = org_from_url(request, org_code)
    report, key = _reporter_report(request, org)
    if report is None:
        messages.info(request, _("Enter your receipt to see your report."))
        return redirect("whistleblowing:public_track", org_code=org.code)
    form = ReplyForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.reporter_reply(report=report, report_key=key, text=form.cleaned_data["text"],
                                    files=_files(request))
        except ApplicationError as error:
            service_error_to_form(form, error)
        else:
            messages.success(request, _("Thank you. Your answer was sent to the officers."))
            return redirect("whistleblowing:public_status", org_code=org.code)
    settings_row = selectors.channel_settings(org)
    accessed = []
    if settings_row.tell_reporter_of_identity_access:
        accessed = list(IdentityRequest.objects.for_org(org).filter(
            report=report, decision=IdentityRequest.Decision.APPROVED).values_list("decided_on", flat=True))
    return render(request, "whistleblowing/public/status.html", {
        "organisation": org, "report": report, "opened": report_open(report, key, for_reporter=True),
        "form": form, "identity_accessed": accessed, "today": timezone.localdate()})


@protected
@access_rule(public)
def public_finish(request, org_code: str):
    org = org_from_url(request, org_code)
    if request.method == "POST":
        keyring.drop(request, keyring.REPORTER_SLOT)
        if not request.user.is_authenticated:
            request.session.flush()
        messages.info(request, _("You have left your report. Keep your receipt safe."))
    return redirect("whistleblowing:public_entry", org_code=org.code)
