"""Login: argon2 hashes, and lockout after repeated failures."""
import pytest
from django.conf import settings
from django.test import Client

pytestmark = pytest.mark.django_db


def test_passwords_are_stored_as_argon2(persona):
    assert persona("plan").password.startswith("argon2$argon2id$")


def test_lockout_after_repeated_failures(persona):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post("/accounts/login/", {"username": "mayor", "password": "wrong-password"})
    # then even the right password is refused, with the locked-out page
    response = client.post("/accounts/login/", {"username": "mayor", "password": "demo-sujarit-2566"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_login_with_the_right_password(persona):
    client = Client()
    response = client.post("/accounts/login/", {"username": "council", "password": "demo-sujarit-2566"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(persona("council").pk)
