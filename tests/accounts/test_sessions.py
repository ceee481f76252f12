"""Sessions and passwords: idle and absolute expiry, rotation at a change of privileges, changes
of e-mail address and password, password rules."""

import time

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.users.models import UserProfile

from accounts.signals import SIGNED_IN_AT
from portal import roles
from tests.factories.moderation import user_with


@pytest.fixture
def editor(db):
    user = user_with(roles.REVIEWERS, username="rita", email="rita@example.org")
    UserProfile.objects.create(user=user, preferred_language="en")
    return user


@pytest.fixture
def signed_in(client, editor):
    client.force_login(editor)
    return client


ACCOUNT_FORM = {  # what Wagtail's account page sends besides the field under test
    "name_email-first_name": "Rita",
    "name_email-last_name": "Reviewer",
    "email-email": "rita@example.org",
    "theme-theme": "system",
    "theme-contrast": "system",
    "theme-density": "default",
    "locale-preferred_language": "en",
    "locale-current_time_zone": "",
}


def session_row(client):
    return Session.objects.get(session_key=client.cookies[settings.SESSION_COOKIE_NAME].value)


def test_a_session_ends_after_thirty_idle_minutes(signed_in):
    assert signed_in.get("/admin/").status_code == 200
    row = session_row(signed_in)
    remaining = (row.expire_date - timezone.now()).total_seconds()
    assert 29 * 60 < remaining <= 30 * 60  # renewed by each request, for 30 minutes
    Session.objects.filter(pk=row.pk).update(expire_date=timezone.now())  # 30 minutes passed
    assert signed_in.get("/admin/")["Location"].startswith("/admin/login/")


def test_a_session_ends_ten_hours_after_sign_in_however_busy(signed_in):
    session = signed_in.session
    session[SIGNED_IN_AT] = int(time.time()) - 10 * 60 * 60 + 60
    session.save()
    assert signed_in.get("/admin/").status_code == 200
    session = signed_in.session
    session[SIGNED_IN_AT] = int(time.time()) - 10 * 60 * 60 - 1
    session.save()
    assert signed_in.get("/admin/")["Location"].startswith("/admin/login/")


def test_a_change_of_groups_or_flags_ends_the_sessions(
    signed_in, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        editor.groups.add(Group.objects.get(name=roles.COMPETENT_EDITORS))
    assert signed_in.get("/admin/")["Location"].startswith("/admin/login/")

    signed_in.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        editor.is_superuser = True
        editor.save()
    assert signed_in.get("/admin/")["Location"].startswith("/admin/login/")


def test_the_session_key_changes_at_sign_in(client, editor):
    client.get("/en/login/")
    before = client.cookies.get(settings.SESSION_COOKIE_NAME)
    client.force_login(editor)
    assert client.cookies[settings.SESSION_COOKIE_NAME].value != getattr(before, "value", None)


def test_an_email_change_needs_the_current_password_and_tells_both_addresses(
    signed_in, editor, django_capture_on_commit_callbacks
):
    form = {**ACCOUNT_FORM, "email-email": "new@example.org"}
    response = signed_in.post("/admin/account/", {**form, "email-current_password": "wrong"})
    assert "This is not your current password." in response.content.decode()
    editor.refresh_from_db()
    assert editor.email == "rita@example.org"

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post("/admin/account/", {**form, "email-current_password": "pw"})
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.email == "new@example.org"
    assert sorted(message.to[0] for message in mail.outbox) == [
        "new@example.org",
        "rita@example.org",
    ]
    assert "rita@example.org" in mail.outbox[0].body and "new@example.org" in mail.outbox[0].body


def test_a_password_change_needs_the_current_password_and_tells_the_owner(
    signed_in, editor, django_capture_on_commit_callbacks
):
    form = {
        **ACCOUNT_FORM,
        "password-old_password": "wrong",
        "password-new_password1": "Ein-langes-Passwort-2026",
        "password-new_password2": "Ein-langes-Passwort-2026",
    }
    signed_in.post("/admin/account/", form)
    editor.refresh_from_db()
    assert editor.check_password("pw")
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post("/admin/account/", {**form, "password-old_password": "pw"})
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password("Ein-langes-Passwort-2026")
    assert [message.to for message in mail.outbox] == [["rita@example.org"]]
    assert "password" in mail.outbox[0].body


@pytest.mark.parametrize(
    "password",
    ["kurz-2026", "password1234", "rita-reviewer-example", "123456789012345"],
)
def test_weak_passwords_are_refused(editor, password):
    editor.first_name, editor.last_name = "Rita", "Reviewer"
    editor.email = "rita.reviewer@example.org"
    editor.username = "rita-reviewer"
    with pytest.raises(ValidationError):
        validate_password(password, editor)


def test_a_long_uncommon_password_passes(editor):
    validate_password("Ein-langes-Passwort-2026", editor)
