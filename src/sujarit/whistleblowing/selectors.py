"""Reads of the channel (metadata only; contents are opened through access.py)."""
from __future__ import annotations

from django.db.models import Q

from sujarit.orgs.models import Membership, Role

from . import crypto
from .models import ChannelSettings, CustodianKey, IdentityRequest, Report, UserKey


def channel_settings(organisation) -> ChannelSettings:
    found = ChannelSettings.objects.filter(organisation=organisation).first()
    if found is None:
        found, _created = ChannelSettings.objects.get_or_create(
            organisation=organisation, defaults={"receipt_salt": crypto.new_salt(), "receipt_kdf_cost": crypto.argon2_cost()})
    return found


def designated_officers(organisation):
    from sujarit.accounts.models import User

    return User.objects.filter(memberships__organisation=organisation, memberships__is_active=True,
                               memberships__role=Role.CORRUPTION_OFFICER).distinct().order_by("first_name", "id")


def officer_keys(organisation):
    """Active keys of the designated officers."""
    return UserKey.objects.filter(status=UserKey.Status.ACTIVE, user__in=designated_officers(organisation))


def channel_is_ready(organisation) -> bool:
    return CustodianKey.objects.filter(organisation=organisation).exists() and officer_keys(organisation).exists()


def people_who_could_see_reports(organisation):
    """Officers and custodians: a reporter may say any of them is involved."""
    from sujarit.accounts.models import User

    return User.objects.filter(memberships__organisation=organisation, memberships__is_active=True,
                               memberships__role__in=[Role.CORRUPTION_OFFICER, Role.IDENTITY_CUSTODIAN]
                               ).distinct().order_by("first_name", "id")


def organisation_users(organisation):
    from sujarit.accounts.models import User

    return User.objects.filter(memberships__organisation=organisation).distinct()


def is_excluded(*, report: Report, user) -> bool:
    return report.exclusions.filter(tag=crypto.tag("excluded", report.pk, user.pk)).exists()


def reports_for_officer(*, organisation, user):
    """Reports the officer may see: not excluded (exclusion tags are compared, never stored in clear)."""
    reports = list(Report.objects.for_org(organisation).select_related("assigned_to").prefetch_related("exclusions"))
    return [r for r in reports if crypto.tag("excluded", r.pk, user.pk) not in {e.tag for e in r.exclusions.all()}]


def pending_identity_requests(organisation):
    return IdentityRequest.objects.for_org(organisation).filter(decision=IdentityRequest.Decision.PENDING
                                                                ).select_related("report", "requested_by")


def is_designated(*, user, organisation) -> bool:
    return Membership.objects.filter(Q(role=Role.CORRUPTION_OFFICER), user=user, organisation=organisation,
                                     is_active=True).exists()
