"""Signing in and out on the public site: staff reach the restricted area in their language."""

import pytest
from django.test import Client

from accounts import two_factor
from portal import roles
from tests.factories.moderation import user_with


@pytest.fixture
def staff(db):
    return user_with(roles.REGISTERED_STAFF, username="staff")


FACTORY_PASSWORD = "pw"  # what tests.factories.moderation gives every user


def sign_in(client, path, username, password=FACTORY_PASSWORD, **extra):
    return client.post(path, {"username": username, "password": password, **extra})


def test_the_form_is_in_each_language_and_names_the_other(client, db):
    german = client.get("/de/anmelden/")
    english = client.get("/en/login/")
    assert german.status_code == english.status_code == 200
    assert "no-store" in german["Cache-Control"] or "no-cache" in german["Cache-Control"]
    assert 'hreflang="en" href="http://testserver/en/login/"' in german.content.decode()
    assert "<h1>Log in</h1>" in english.content.decode()


def test_restricted_area_sends_anonymous_visitors_to_the_form_of_their_language(client, db):
    response = client.get("/en/workspace/")
    assert response.status_code == 302
    assert response["Location"] == "/en/login/?next=/en/workspace/"


def give_code(client, user, next_url):
    """The second step: the code of the user's authenticator."""
    code, _ = two_factor.next_code(two_factor.totp_device(user))
    return client.post("/admin/two-factor/verify/", {"code": code, "next": next_url})


def test_staff_arrive_in_the_workspace_and_can_sign_out(staff):
    client = Client()
    two_factor.give_demo_device(staff)
    response = sign_in(client, "/de/anmelden/", "staff")
    assert response.status_code == 302
    assert response["Location"] == "/de/arbeitsbereich/"
    response = client.get("/de/arbeitsbereich/")  # the code first
    assert response["Location"] == "/admin/two-factor/verify/?next=%2Fde%2Farbeitsbereich%2F"
    response = give_code(client, staff, "/de/arbeitsbereich/")
    assert response["Location"] == "/de/arbeitsbereich/"
    workspace = client.get("/de/arbeitsbereich/")
    assert workspace.status_code == 200
    assert "Abmelden" in workspace.content.decode()

    assert client.get("/de/abmelden/").status_code == 405  # a link cannot sign anyone out
    response = client.post("/de/abmelden/")
    assert response["Location"] == "/de/"
    assert client.get("/de/arbeitsbereich/").status_code == 302


def test_next_is_followed_only_within_the_portal(client, staff):
    response = sign_in(client, "/en/login/", "staff", next="/en/workspace/forum/")
    assert response["Location"] == "/en/workspace/forum/"
    client.logout()
    response = sign_in(client, "/en/login/", "staff", next="https://evil.example/")
    assert response["Location"] == "/en/workspace/"


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(client, staff):
    response = sign_in(client, "/en/login/", "staff", password="wrong")
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_attempts_lock_after_five_failures(client, staff):
    for _ in range(5):
        sign_in(client, "/en/login/", "staff", password="wrong")
    response = sign_in(client, "/en/login/", "staff")  # right, but not even checked now
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_people_outside_the_staff_go_home(client, db):
    user_with(roles.TRANSLATORS, username="tara")
    response = sign_in(client, "/de/anmelden/", "tara")
    assert response["Location"] == "/de/"
