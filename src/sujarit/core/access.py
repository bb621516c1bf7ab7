"""Deny-by-default access (ADR 0005).

Every view declares its rule with `@access_rule(...)`. A rule is a callable `(request, **view_kwargs) -> bool`
(predicates from `rules` or plain functions). `DenyByDefaultMiddleware` refuses any view that declares no
rule, so a forgotten declaration fails closed; the URL-walk test proves each rule.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

RULE_ATTR = "sujarit_access_rule"

# URL namespaces that bring their own protection: the admin (staff only) and the API (each operation
# declares its own rule in `api/`), and Django's language switcher.
EXEMPT_NAMESPACES = {"admin", "api"}
EXEMPT_VIEW_NAMES = {"set_language"}


def public(request, **kwargs) -> bool:
    return True


def authenticated(request, **kwargs) -> bool:
    return request.user.is_authenticated


def access_rule(rule: Callable[..., bool], *, name: str | None = None):
    """Declare who may call a view. Anonymous users who are refused are sent to the login page."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not rule(request, **kwargs):
                if not request.user.is_authenticated:
                    return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
                raise PermissionDenied
            return view(request, *args, **kwargs)

        setattr(wrapped, RULE_ATTR, name or getattr(rule, "__name__", repr(rule)))
        return wrapped

    return decorator


def declared_rule(view) -> str | None:
    return getattr(view, RULE_ATTR, None)


class DenyByDefaultMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if declared_rule(view_func) is not None:
            return None
        match = request.resolver_match
        if match is not None and (set(match.namespaces) & EXEMPT_NAMESPACES or match.view_name in EXEMPT_VIEW_NAMES):
            return None
        raise PermissionDenied("This view declares no access rule.")
