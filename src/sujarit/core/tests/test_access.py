"""The deny-by-default middleware refuses a view that declares no access rule."""
import pytest
from django.http import HttpResponse, HttpResponseForbidden
from django.test import Client, override_settings
from django.urls import include, path

from sujarit.core.access import access_rule, authenticated, public


def undeclared(request):
    return HttpResponse("secret")


@access_rule(public)
def declared(request):
    return HttpResponse("hello")


@access_rule(authenticated)
def members_only(request):
    return HttpResponse("members")


def handler403(request, exception=None):  # the site's 403 page needs the site's URLs; this URLconf has few
    return HttpResponseForbidden("refused")


urlpatterns = [path("undeclared/", undeclared), path("declared/", declared), path("members/", members_only),
               path("accounts/", include("sujarit.accounts.urls"))]


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_views_without_a_rule_are_refused():
    client = Client()
    assert client.get("/undeclared/").status_code == 403
    assert client.get("/declared/").content == b"hello"
    response = client.get("/members/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
