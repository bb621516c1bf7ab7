"""Access predicates for organisation-scoped views: each reads the organisation from the URL's `org_code`."""
from __future__ import annotations

from .models import Membership, Organisation
from .selectors import user_oversees, user_roles


def request_organisation(request, org_code: str | None) -> Organisation | None:
    """The organisation named by the URL, looked up once per request."""
    if not org_code:
        return None
    cached = getattr(request, "organisation", None)
    if cached is None or cached.code != org_code:
        cached = Organisation.objects.filter(code=org_code).first()
        request.organisation = cached
    return cached


def can_view_org(request, org_code: str | None = None, **kwargs) -> bool:
    """Members (any role), overseers whose scope covers the organisation, and site administrators."""
    user = request.user
    if not user.is_authenticated:
        return False
    org = request_organisation(request, org_code)
    if org is None:
        return False
    return user.is_superuser or bool(user_roles(user=user, organisation=org)) or user_oversees(
        user=user, organisation=org
    )


def has_org_role(*roles: str):
    """A rule: the user holds one of `roles` in the organisation named by the URL."""

    def rule(request, org_code: str | None = None, **kwargs) -> bool:
        user = request.user
        if not user.is_authenticated:
            return False
        org = request_organisation(request, org_code)
        return org is not None and bool(user_roles(user=user, organisation=org) & set(roles))

    rule.__name__ = "org_role:" + "|".join(roles)
    return rule


def has_role_anywhere(*roles: str):
    """A rule for pages without an organisation in the URL: the user holds one of `roles` in some organisation."""

    def rule(request, **kwargs) -> bool:
        return request.user.is_authenticated and Membership.objects.filter(
            user=request.user, is_active=True, role__in=list(roles)).exists()

    rule.__name__ = "role_anywhere:" + "|".join(roles)
    return rule


def oversees_org(request, org_code: str | None = None, **kwargs) -> bool:
    user = request.user
    org = request_organisation(request, org_code)
    return user.is_authenticated and org is not None and user_oversees(user=user, organisation=org)
