"""Lockout (django-axes) and the password reset, as an attacker sees them."""

import re

import pytest
from django.core import mail
from django.test import Client, override_settings
from wagtail.models import ModelLogEntry

from portal import roles
from tests.factories.moderation import user_with

ADMIN_LOGIN = "/admin/login/"
SITE_LOGIN = "/en/login/"


@pytest.fixture
def staff(db):
    return user_with(roles.TRANSLATORS, username="tara")  # no second factor: the password is all


def attempt(path, username, password, address="10.0.0.1"):
    client = Client(REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE="en")
    return client, client.post(path, {"username": username, "password": password})


def without_csrf_token(response):
    return re.sub(r'"CSRF_TOKEN": "\w+"', "", response.content.decode())


def test_the_sixth_attempt_is_locked_for_the_right_password_and_every_address(staff):
    for number in range(5):
        path = ADMIN_LOGIN if number % 2 else SITE_LOGIN  # both paths count together
        _, response = attempt(path, "tara", "wrong", address=f"10.0.0.{number + 1}")
    assert response.status_code == 429
    for path in [ADMIN_LOGIN, SITE_LOGIN]:
        client, response = attempt(path, "tara", "pw", address="10.9.9.9")
        assert response.status_code == 429
        assert "Too many attempts" in response.content.decode()
        assert "_auth_user_id" not in client.session
    client, response = attempt(ADMIN_LOGIN, " TARA", "pw", address="10.9.9.8")
    assert response.status_code == 429  # user names are counted without case and spaces
    actions = ModelLogEntry.objects.filter(object_id=str(staff.pk)).values_list("action", flat=True)
    assert list(actions).count("accounts.sign_in_failed") >= 5
    assert list(actions).count("accounts.lockout") == 1


def test_an_address_is_locked_whichever_user_names_it_tries(staff):
    for number in range(5):
        attempt(SITE_LOGIN, f"nobody{number}", "wrong", address="10.0.0.7")
    _, response = attempt(SITE_LOGIN, "tara", "pw", address="10.0.0.7")
    assert response.status_code == 429
    _, response = attempt(SITE_LOGIN, "tara", "pw", address="10.0.0.8")
    assert response.status_code == 302  # from another address, the account signs in


def test_known_and_unknown_user_names_get_the_same_answers(staff):
    for _ in range(5):
        _, known = attempt(ADMIN_LOGIN, "tara", "wrong", address="10.0.1.1")
        _, unknown = attempt(ADMIN_LOGIN, "ghost", "wrong", address="10.0.2.1")
        assert known.status_code == unknown.status_code
    assert known.status_code == unknown.status_code == 429
    assert without_csrf_token(known) == without_csrf_token(unknown)


def test_the_lockout_message_is_in_german_on_the_german_site(staff):
    for _ in range(6):
        _, response = attempt("/de/anmelden/", "tara", "wrong")
    assert response.status_code == 429
    assert '<html lang="de" dir="ltr">' in response.content.decode()


def test_an_administrator_unlocks_an_account_audited(staff, portal_admin_client, admin):
    for _ in range(5):
        attempt(SITE_LOGIN, "tara", "wrong", address="10.0.3.1")
    response = portal_admin_client.post(f"/admin/staff_accounts/{staff.pk}/unlock/")
    assert response.status_code == 302
    _, response = attempt(SITE_LOGIN, "tara", "pw", address="10.0.3.2")
    assert response.status_code == 302
    entry = ModelLogEntry.objects.get(object_id=str(staff.pk), action="accounts.unlock")
    assert entry.user_id == admin.pk


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_forwarded_address_counts_and_a_forged_one_does_not(staff):
    def through_proxy(forwarded):
        client = Client(REMOTE_ADDR="10.0.0.254", HTTP_X_FORWARDED_FOR=forwarded)
        return client.post(SITE_LOGIN, {"username": "ghost", "password": "wrong"})

    for number in range(5):  # one client forging a different address each time
        response = through_proxy(f"192.0.2.{number}, 203.0.113.5")
    assert response.status_code == 429
    client = Client(REMOTE_ADDR="10.0.0.254", HTTP_X_FORWARDED_FOR="203.0.113.6")
    response = client.post(SITE_LOGIN, {"username": "tara", "password": "pw"})
    assert response.status_code == 302  # another client behind the same proxy


# Password reset ------------------------------------------------------------------------------

RESET = "/admin/password_reset/"


def test_the_reset_answers_alike_for_known_and_unknown_addresses(staff):
    known = Client().post(RESET, {"email": staff.email})
    unknown = Client(REMOTE_ADDR="10.0.0.2").post(RESET, {"email": "ghost@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert [message.to for message in mail.outbox] == [[staff.email]]


def test_reset_requests_are_counted_per_address_and_per_client(staff):
    for number in range(5):
        Client(REMOTE_ADDR=f"10.1.0.{number}", HTTP_ACCEPT_LANGUAGE="en").post(
            RESET, {"email": staff.email}
        )
    response = Client(REMOTE_ADDR="10.1.1.1", HTTP_ACCEPT_LANGUAGE="en").post(
        RESET,
        {"email": f" {staff.email.upper()}"},  # the same address, however spelt
    )
    assert response.status_code == 429
    assert "Too many requests" in response.content.decode()
    assert len(mail.outbox) == 5
    unknown = Client(REMOTE_ADDR="10.1.1.1", HTTP_ACCEPT_LANGUAGE="en").post(
        RESET, {"email": "ghost@example.org"}
    )
    assert unknown.status_code == 302  # another address from another client goes through
    for _ in range(5):
        Client(REMOTE_ADDR="10.2.0.1", HTTP_ACCEPT_LANGUAGE="en").post(
            RESET, {"email": "ghost@example.org"}
        )
    response = Client(REMOTE_ADDR="10.2.0.1", HTTP_ACCEPT_LANGUAGE="en").post(
        RESET, {"email": "other@example.org"}
    )
    assert response.status_code == 429  # and one client is limited whichever address it asks
