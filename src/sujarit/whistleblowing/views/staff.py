"""Officers' pages. Contents are shown only with the officer's key unlocked; every report read is logged."""
from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from sujarit.accounts.models import User
from sujarit.core.access import access_rule, authenticated
from sujarit.core.errors import ApplicationError
from sujarit.orgs.models import Membership, Role

from .. import access, crypto, keyring, selectors, services
from ..forms import (IdentityRequestForm, MessageForm, PasswordForm, PersonForm, SettingsForm, TransitionForm)
from ..models import IdentityRequest, UserKey
from ..services.keys import active_key
from ..services.reminders import feedback_owed, reminders_for
from ..workflow import TRANSITIONS, transitions_available
from .common import protected, service_error_to_form


@protected
@access_rule(authenticated)
def home(request):
    """The header link: the first organisation where the person is an officer or custodian."""
    membership = Membership.objects.filter(
        user=request.user, is_active=True, role__in=[Role.CORRUPTION_OFFICER, Role.IDENTITY_CUSTODIAN]
    ).select_related("organisation").order_by("role").first()
    if membership is None:
        raise PermissionDenied
    name = "dashboard" if membership.role == Role.CORRUPTION_OFFICER else "custodian"
    return redirect(f"whistleblowing:{name}", org_code=membership.organisation.code)


def _key_state(request) -> dict:
    private, user_key_id = keyring.officer_private_key(request)
    return {"unlocked": private is not None,
            "awaiting_recovery": UserKey.objects.filter(user=request.user,
                                                        status=UserKey.Status.AWAITING_RECOVERY).exists()}


@protected
@access_rule(access.is_officer)
def dashboard(request, org_code: str):
    org = request.organisation
    reports = selectors.reports_for_officer(organisation=org, user=request.user)
    today = timezone.localdate()
    remind_days = selectors.channel_settings(org).remind_days
    return render(request, "whistleblowing/staff/dashboard.html", {
        "organisation": org, "reports": reports, "today": today, **_key_state(request),
        "feedback_owed": feedback_owed(reports, today=today, remind_days=remind_days),
        "my_reminders": reminders_for(organisation=org, user=request.user, today=today),
        "overdue": [r for r in reports if r.is_open and any(
            d and d < today for d in (r.acknowledge_due_on if not r.acknowledged_on else None,
                                      r.stage_due_on, r.feedback_due_on))]})


@protected
@access_rule(access.is_officer)
def report_detail(request, org_code: str, report_id: int):
    report = access.report_for_officer(request, report_id)
    key = access.report_key(request, report)
    org = request.organisation
    requests = list(IdentityRequest.objects.for_org(org).filter(report=report).select_related("requested_by"))
    officers = [u for u in selectors.designated_officers(org) if not selectors.is_excluded(report=report, user=u)]
    return render(request, "whistleblowing/staff/report.html", {
        "organisation": org, "report": report, "opened": access.report_open(report, key) if key else None,
        "identity": access.identity_for_officer(request, report) if key else None,
        "has_identity": hasattr(report, "identity"), "identity_requests": requests,
        "transitions": [(t, TransitionForm(auto_id=f"id_{t.name}_%s")) for t in transitions_available(report.state)],
        "message_form": MessageForm(), "identity_form": IdentityRequestForm(),
        "assign_form": PersonForm(people=officers, initial={"person": report.assigned_to_id}),
        "exclude_form": PersonForm(people=[u for u in selectors.people_who_could_see_reports(org)
                                           if u.pk != request.user.pk]),
        "password_form": PasswordForm(), **_key_state(request)})


def _back(report):
    return redirect("whistleblowing:report_detail", org_code=report.organisation.code, report_id=report.pk)


def _run(request, report, call, success: str):
    try:
        call()
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, success)
    return _back(report)


@protected
@require_POST
@access_rule(access.is_officer)
def report_transition(request, org_code: str, report_id: int, step: str):
    report = access.report_for_officer(request, report_id, log_view=False)
    form = TransitionForm(request.POST)
    if step not in TRANSITIONS:
        raise Http404
    if not form.is_valid():
        messages.error(request, _("Check the form: %(errors)s") % {"errors": " ".join(
            str(e) for errs in form.errors.values() for e in errs)})
        return _back(report)
    cd = form.cleaned_data
    return _run(request, report, lambda: services.report_transition(
        report=report, transition=step, report_key=access.report_key(request, report), acting_user=request.user,
        comment=cd["comment"], investigation_kind=cd["investigation_kind"], referred_on=cd["referred_on"],
        outcome=cd["outcome"], action_taken=cd["action_taken"]), _("Done: the report's state was changed."))


@protected
@require_POST
@access_rule(access.is_officer)
def report_message(request, org_code: str, report_id: int):
    report = access.report_for_officer(request, report_id, log_view=False)
    form = MessageForm(request.POST)
    text = form.cleaned_data["text"] if form.is_valid() else ""
    return _run(request, report, lambda: services.officer_message(
        report=report, report_key=access.report_key(request, report), text=text, acting_user=request.user),
        _("The message was sent to the reporter's tracking page."))


def _person(request, people):
    form = PersonForm(request.POST, people=people)
    return User.objects.get(pk=form.cleaned_data["person"]) if form.is_valid() else None


@protected
@require_POST
@access_rule(access.is_officer)
def report_assign(request, org_code: str, report_id: int):
    report = access.report_for_officer(request, report_id, log_view=False)
    officer = _person(request, selectors.designated_officers(request.organisation))
    if officer is None:
        messages.error(request, _("Choose an officer."))
        return _back(report)
    return _run(request, report, lambda: services.report_assign(
        report=report, officer=officer, report_key=access.report_key(request, report), acting_user=request.user),
        _("The handling officer was changed."))


@protected
@require_POST
@access_rule(access.is_officer)
def report_exclude(request, org_code: str, report_id: int):
    report = access.report_for_officer(request, report_id, log_view=False)
    person = _person(request, selectors.people_who_could_see_reports(request.organisation))
    if person is None:
        messages.error(request, _("Choose a person."))
        return _back(report)
    return _run(request, report, lambda: services.report_exclude(report=report, person=person,
                                                                 acting_user=request.user),
                _("Recorded: that person can no longer see or handle this report."))


@protected
@require_POST
@access_rule(access.is_officer)
def identity_request(request, org_code: str, report_id: int):
    report = access.report_for_officer(request, report_id, log_view=False)
    form = IdentityRequestForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    return _run(request, report, lambda: services.identity_request(
        report=report, reason=reason, report_key=access.report_key(request, report), acting_user=request.user),
        _("Your request was sent to the identity custodian."))


@protected
@access_rule(access.is_officer)
def attachment_download(request, org_code: str, report_id: int, attachment_id: int):
    report = access.report_for_officer(request, report_id, log_view=False)
    attachment = report.attachments.filter(pk=attachment_id).first()
    key = access.report_key(request, report)
    if attachment is None:
        raise Http404
    if key is None:
        messages.error(request, _("Unlock your key with your password to do this."))
        return _back(report)
    from ..events import event_write
    from ..models import EventKind

    event_write(organisation=report.organisation, report=report, actor=request.user,
                kind=EventKind.EVIDENCE_OPENED)
    response = HttpResponse(crypto.secret_decrypt(key, bytes(attachment.body_box)),
                            content_type=attachment.content_type)
    response["Content-Disposition"] = "attachment; filename=evidence-%s" % attachment.pk
    return response


@protected
@access_rule(access.is_officer_or_custodian)
@sensitive_post_parameters("password")
def unlock(request, org_code: str):
    form = PasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not request.user.check_password(form.cleaned_data["password"]):
            form.add_error("password", _("The password is not correct."))
        else:
            key, private = services.user_key_unlock(user=request.user, password=form.cleaned_data["password"])
            keyring.put_officer_key(request, private, key.pk)
            messages.success(request, _("Your key is unlocked for this session."))
            next_url = request.POST.get("next", "")
            if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
                return redirect(next_url)
            return redirect("whistleblowing:key", org_code=org_code)
    return render(request, "whistleblowing/staff/unlock.html", {"organisation": request.organisation,
                                                                 "form": form, **_key_state(request)})


@protected
@access_rule(access.is_officer_or_custodian)
@sensitive_post_parameters("password")
def key_page(request, org_code: str):
    form = PasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        private, user_key_id = keyring.officer_private_key(request)
        try:
            key, new_private = services.user_key_rotate(user=request.user, password=form.cleaned_data["password"],
                                                        private_key=private, user_key_id=user_key_id,
                                                        acting_user=request.user)
        except ApplicationError as error:
            service_error_to_form(form, error)
        else:
            keyring.put_officer_key(request, new_private, key.pk)
            messages.success(request, _("Your key was replaced; every report you could open still opens."))
            return redirect("whistleblowing:key", org_code=org_code)
    key = active_key(request.user)
    return render(request, "whistleblowing/staff/key.html", {
        "organisation": request.organisation, "form": form, "key": key,
        "fingerprint": crypto.tag("fingerprint", bytes(key.public_key).hex())[:16] if key else "",
        "wraps": key.report_wraps.count() if key else 0, **_key_state(request)})


@protected
@access_rule(access.is_channel_admin)
def channel_settings(request, org_code: str):
    row = selectors.channel_settings(request.organisation)
    form = SettingsForm(request.POST or None, instance=row)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The settings were saved; the published manual follows them."))
        return redirect("whistleblowing:settings", org_code=org_code)
    return render(request, "whistleblowing/staff/settings.html", {"organisation": request.organisation,
                                                                   "form": form})
