"""Absolute links for e-mails: jobs run without a request, so the address comes from settings.SITE_URL."""
from __future__ import annotations

from django.conf import settings
from django.urls import reverse


def absolute_url(viewname: str, **kwargs) -> str:
    return settings.SITE_URL + reverse(viewname, kwargs=kwargs or None)
