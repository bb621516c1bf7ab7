"""The identity custodian's pages: identity requests, lost-key recovery, sharing the custodian key."""
from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sujarit.accounts.models import User
from sujarit.core.access import access_rule
from sujarit.core.errors import ApplicationError
from sujarit.orgs.models import Role

from .. import access, keyring, services
from ..forms import DecisionForm, PasswordForm
from ..models import CustodianShare, IdentityRequest
from .common import protected, service_error_to_form


def _unlocked(request):
    private, user_key_id = keyring.officer_private_key(request)
    return private, user_key_id


def _custodians_without_share(org):
    holders = CustodianShare.objects.filter(custodian_key__organisation=org).values("user_key__user")
    return User.objects.filter(memberships__organisation=org, memberships__role=Role.IDENTITY_CUSTODIAN,
                               memberships__is_active=True).exclude(pk__in=holders).distinct()


@protected
@access_rule(access.is_custodian)
def custodian_home(request, org_code: str):
    org = request.organisation
    private, _key = _unlocked(request)
    return render(request, "whistleblowing/custodian/home.html", {
        "organisation": org, "unlocked": private is not None,
        "requests": list(IdentityRequest.objects.for_org(org).select_related("report", "requested_by",
                                                                              "decided_by")[:100]),
        "recoveries": list(services.keys_awaiting_recovery(organisation=org)),
        "without_share": list(_custodians_without_share(org)), "password_form": PasswordForm()})


@protected
@access_rule(access.is_custodian)
def custodian_request(request, org_code: str, identity_request_id: int):
    org = request.organisation
    item = IdentityRequest.objects.for_org(org).select_related("report", "requested_by").filter(pk=identity_request_id).first()
    if item is None:
        raise Http404
    private, key_id = _unlocked(request)
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.identity_decide(request=item, approve=form.cleaned_data["decision"] == "approve",
                                     note=form.cleaned_data["note"], custodian_key_id=key_id,
                                     custodian_private=private, acting_user=request.user)
        except ApplicationError as error:
            service_error_to_form(form, error)
        else:
            messages.success(request, _("Your decision was recorded."))
            return redirect("whistleblowing:custodian", org_code=org_code)
    reason = None
    if private is not None:
        try:
            reason = services.identity_request_reason(request=item, custodian_key_id=key_id,
                                                      custodian_private=private)
        except ApplicationError:
            reason = None
    return render(request, "whistleblowing/custodian/request.html", {
        "organisation": org, "item": item, "reason": reason, "form": form, "unlocked": private is not None,
        "password_form": PasswordForm()})


@protected
@require_POST
@access_rule(access.is_custodian)
def custodian_recover(request, org_code: str, lost_key_id: int):
    private, custodian_key_id = _unlocked(request)
    try:
        restored = services.user_key_recover(organisation=request.organisation, lost_key_id=lost_key_id,
                                             custodian_key_id=custodian_key_id, custodian_private=private,
                                             acting_user=request.user)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Recovered: %(n)s reports open again with the officer's new key.")
                         % {"n": restored})
    return redirect("whistleblowing:custodian", org_code=org_code)


@protected
@require_POST
@access_rule(access.is_custodian)
def custodian_share(request, org_code: str, custodian_user_id: int):
    private, custodian_key_id = _unlocked(request)
    person = User.objects.filter(pk=custodian_user_id).first()
    try:
        if person is None:
            raise Http404
        services.custodian_share_grant(organisation=request.organisation, to_user=person,
                                       custodian_key_id=custodian_key_id, custodian_private=private,
                                       acting_user=request.user)
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The other custodian now holds a share of the custodian key."))
    return redirect("whistleblowing:custodian", org_code=org_code)

