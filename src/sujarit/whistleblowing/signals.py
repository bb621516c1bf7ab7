"""Unlock the private key of an officer or custodian at login (docs/security/whistleblowing-encryption.md §3).

The login view (accounts app) has just verified `request.POST["password"]` when Django sends `user_logged_in`;
the password is used here in memory only.
"""
from __future__ import annotations

from django.contrib.auth.signals import user_logged_in
from django.core.cache import cache
from django.dispatch import receiver

from . import keyring
from .apps import NAV_CACHE
from .services.keys import needs_key, user_key_unlock


@receiver(user_logged_in, dispatch_uid="whistleblowing_unlock_at_login")
def unlock_at_login(sender, request, user, **kwargs):
    holds_key_role = needs_key(user)
    cache.set(NAV_CACHE.format(user.pk), holds_key_role, 12 * 3600)
    if request is None or request.method != "POST" or not holds_key_role:
        return
    password = request.POST.get("password")
    if not password:
        return
    key, private = user_key_unlock(user=user, password=password)
    keyring.put_officer_key(request, private, key.pk)
