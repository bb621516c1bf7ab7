"""Settings and URLconf of the server that bench/complaints.py starts: the project's own, with the flood limits
raised (one address sends everything) and three reference views added beside the project's URLs."""
from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from sujarit.config.settings import *  # noqa: E402,F401,F403

ROOT_URLCONF = "_complaints_server"
COMPLAINTS_RATE_LIMITS = {"submit": (10**9, 3600), "challenge": (10**9, 600)}
COMPLAINTS_POW = (1, 2000)
DEBUG = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405


def _urls():
    import secrets

    from django.db import transaction
    from django.http import HttpResponse
    from django.urls import include, path
    from django.utils import timezone
    from django.views.decorators.csrf import csrf_exempt

    from sujarit.complaints import protection
    from sujarit.complaints.forms import PublicComplaintForm
    from sujarit.complaints.models import Category, SpentChallenge
    from sujarit.core.access import access_rule, public

    @csrf_exempt
    @access_rule(public)
    def bare(request):  # the baseline: a bare Django POST view
        return HttpResponse("ok " + request.POST.get("subject", "")[:10])

    @csrf_exempt
    @access_rule(public)
    def insert(request):  # for reference: the floor of any view that keeps what it is sent (one row, one commit)
        SpentChallenge.objects.create(nonce=secrets.token_hex(16), expires_at=timezone.now())
        return HttpResponse("ok " + request.POST.get("subject", "")[:10])

    @access_rule(public)
    def checks_only(request):  # for reference: what every submission must check, storing no case and no page
        form = PublicComplaintForm(request.POST, categories=Category.objects.filter(organisation__code="bench"))
        if not form.is_valid():
            return HttpResponse(status=400)
        solution = protection.challenge_verify(form.cleaned_data["altcha"])
        with transaction.atomic():
            if solution is None or not protection.challenge_spend(solution) or not protection.rate_hit(
                    request, "submit"):
                return HttpResponse(status=400)
        return HttpResponse("ok")

    return [path("bare/", bare), path("insert/", insert), path("checks/", checks_only),
            path("", include("sujarit.config.urls"))]


def __getattr__(name):  # the URLconf is read after the apps are ready, long after the settings
    if name == "urlpatterns":
        globals()["urlpatterns"] = patterns = _urls()
        return patterns
    raise AttributeError(name)
