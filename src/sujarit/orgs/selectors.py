"""Who may see which organisation, computed once per request."""
from __future__ import annotations

from functools import reduce
from operator import or_

from django.db.models import Q, QuerySet

from .models import Membership, Organisation, OverseerScope, Role


def user_roles(*, user, organisation: Organisation) -> frozenset[str]:
    """The active roles of `user` in `organisation` (cached on the user object for the request)."""
    if not user.is_authenticated:
        return frozenset()
    cache = user.__dict__.setdefault("_sujarit_roles", {})
    if organisation.pk not in cache:
        cache[organisation.pk] = frozenset(
            Membership.objects.filter(user=user, organisation=organisation, is_active=True).values_list(
                "role", flat=True
            )
        )
    return cache[organisation.pk]


def _overseer_filter(user) -> Q | None:
    cache = user.__dict__
    if "_sujarit_oversight" not in cache:
        scopes = list(OverseerScope.objects.filter(user=user))
        cache["_sujarit_oversight"] = reduce(or_, (s.covers_filter() for s in scopes)) if scopes else None
    return cache["_sujarit_oversight"]


def user_oversees(*, user, organisation: Organisation) -> bool:
    if not user.is_authenticated:
        return False
    q = _overseer_filter(user)
    if q is None:
        return False
    return Organisation.objects.filter(q, pk=organisation.pk).exists()


def organisations_visible_to(*, user) -> QuerySet[Organisation]:
    """Organisations the user belongs to or oversees."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    q = Q(memberships__user=user, memberships__is_active=True)
    oversight = _overseer_filter(user)
    if oversight is not None:
        q |= oversight
    return Organisation.objects.filter(q).distinct()


def organisation_by_code(code: str) -> Organisation | None:
    return Organisation.objects.filter(code=code).first()


ALL_ROLES = frozenset(Role.values)


def organisations_where(*, user, roles) -> QuerySet[Organisation]:
    """Organisations where the user holds one of `roles`."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(memberships__user=user, memberships__is_active=True,
                                       memberships__role__in=list(roles)).distinct()
