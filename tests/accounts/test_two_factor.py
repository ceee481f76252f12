"""Two factors, as a user and an attacker see them: sign-in with a code, enrolment, reset."""

import re

import pytest
from django.test import Client
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from accounts import two_factor
from portal import roles
from tests.factories.moderation import user_with

PASSWORD = "pw"  # tests.factories.moderation's


def sign_in_to_admin(client, username, next_url="/admin/"):
    return client.post(
        "/admin/login/", {"username": username, "password": PASSWORD, "next": next_url}
    )


def current_code(user):
    return two_factor.next_code(two_factor.totp_device(user))[0]


def actions(user):
    return list(
        ModelLogEntry.objects.filter(object_id=str(user.pk)).values_list("action", flat=True)
    )


@pytest.fixture
def competent(db):
    return user_with(roles.COMPETENT_EDITORS, username="conrad")


@pytest.fixture
def enrolled(competent):
    two_factor.give_demo_device(competent)
    return competent


def test_who_must_have_a_second_factor(db):
    required = [
        user_with(roles.COMPETENT_EDITORS),
        user_with(roles.REVIEWERS),
        user_with(roles.PORTAL_ADMINISTRATORS),
        user_with(roles.CHAMBER_EDITORS),  # Registered staff by their role
        user_with(roles.REGISTERED_STAFF),
        user_with(is_superuser=True),
    ]
    optional = [user_with(roles.TRANSLATORS), user_with()]
    assert all(two_factor.requires_second_factor(user) for user in required)
    assert not any(two_factor.requires_second_factor(user) for user in optional)


def test_without_a_device_nothing_but_enrolment_is_reachable(competent):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    response = sign_in_to_admin(client, "conrad")
    assert response.status_code == 302
    for url in ["/admin/", "/admin/pages/", "/admin/account/", "/de/arbeitsbereich/", "/de/"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/two-factor/setup/?next="), url
    assert client.get("/admin/two-factor/setup/").status_code == 200
    assert client.get("/admin/sprite/").status_code == 200  # the page's icons
    assert client.post("/admin/logout/").status_code == 302  # signing out still works
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_enrolment_shows_a_qr_code_then_recovery_codes_once(competent):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    sign_in_to_admin(client, "conrad")
    page = client.get("/admin/two-factor/setup/").content.decode()
    assert "<svg" in page and "<script" not in page.split("<main", 1)[1].split("</main>")[0]
    device = TOTPDevice.objects.get(user=competent, confirmed=False)
    assert two_factor.secret_text(device) in page

    response = client.post("/admin/two-factor/setup/", {"code": "000000", "next": "/admin/"})
    assert "This code is not valid" in response.content.decode()
    device.refresh_from_db()
    device.throttling_failure_count = 0  # the next try comes at once, not after a second
    device.throttling_failure_timestamp = None
    device.save()
    response = client.post(
        "/admin/two-factor/setup/", {"code": two_factor.next_code(device)[0], "next": "/admin/"}
    )
    codes = re.findall(r"<code>([a-z2-7]{8})</code>", response.content.decode())
    assert len(codes) == two_factor.RECOVERY_CODES
    assert set(codes) == set(StaticToken.objects.values_list("token", flat=True))
    assert client.get("/admin/").status_code == 200  # verified by the enrolment
    assert codes[0] not in client.get("/admin/two-factor/setup/").content.decode()
    assert actions(competent).count("accounts.two_factor.enrol") == 1


def test_sign_in_with_a_code_and_a_recovery_code(enrolled):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    response = sign_in_to_admin(client, "conrad", next_url="/admin/pages/")
    assert client.get("/admin/pages/")["Location"].startswith("/admin/two-factor/verify/")
    response = client.post(
        "/admin/two-factor/verify/", {"code": current_code(enrolled), "next": "/admin/pages/"}
    )
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    assert "accounts.sign_in" in actions(enrolled)

    static = two_factor.StaticDevice.objects.create(user=enrolled, name="recovery codes")
    static.token_set.create(token="abcdefgh")
    other = Client(HTTP_ACCEPT_LANGUAGE="en")
    sign_in_to_admin(other, "conrad")
    response = other.post("/admin/two-factor/verify/", {"code": "abcd efgh"})
    assert response["Location"] == "/admin/"
    assert not static.token_set.exists()  # used once


def test_a_wrong_code_is_refused_and_counted(enrolled):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    sign_in_to_admin(client, "conrad")
    response = client.post("/admin/two-factor/verify/", {"code": "123456"})
    assert response.status_code == 200
    assert "This code is not valid" in response.content.decode()
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/verify/")
    entry = ModelLogEntry.objects.get(object_id=str(enrolled.pk), action="accounts.sign_in_failed")
    assert entry.data == {"step": "code"}
    from axes.models import AccessAttempt

    assert AccessAttempt.objects.get(username="conrad").failures_since_start == 1


def test_wrong_codes_lock_and_end_the_half_signed_in_session(enrolled):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    sign_in_to_admin(client, "conrad")
    for _ in range(4):
        client.post("/admin/two-factor/verify/", {"code": "123456"})
    response = client.post("/admin/two-factor/verify/", {"code": "123456"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert "accounts.lockout" in actions(enrolled)


def test_an_optional_user_signs_in_without_a_code(db):
    user_with(roles.TRANSLATORS, username="tara")
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    sign_in_to_admin(client, "tara")
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/two-factor/setup/").status_code == 200  # may enrol


def test_administrators_reset_a_device_audited(portal_admin_client, admin, enrolled):
    edit = portal_admin_client.get(f"/admin/staff_accounts/{enrolled.pk}/")
    assert "Reset two-factor authentication" in edit.content.decode()
    response = portal_admin_client.post(f"/admin/staff_accounts/{enrolled.pk}/reset-two-factor/")
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=enrolled).exists()
    entry = ModelLogEntry.objects.get(
        object_id=str(enrolled.pk), action="accounts.two_factor.reset"
    )
    assert entry.user_id == admin.pk
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    sign_in_to_admin(client, "conrad")
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/setup/")


def test_the_demo_secret_gives_the_demo_code(enrolled):
    from io import StringIO

    from django.core.management import CommandError, call_command

    out = StringIO()
    call_command("demo_code", "conrad", stdout=out)
    assert out.getvalue().strip() == current_code(enrolled)
    TOTPDevice.objects.filter(user=enrolled).update(key="00" * 20)
    with pytest.raises(CommandError):
        call_command("demo_code", "conrad", stdout=out)
