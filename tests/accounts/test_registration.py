"""Registration of chamber staff: the public form and the portal administrators' decisions."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from accounts import registration as registration_module
from accounts.forms import email_domain_matches
from accounts.models import RegistrationRequest, StaffProfile
from portal import roles
from tests.factories.moderation import chamber_editor, user_with
from tests.factories.pages import ChamberFactory
from tests.queue import database_queue, refusing_smtp, work_off

User = get_user_model()
URL = "/en/register/"
FIELDS = ["first_name", "last_name", "email", "chamber", "position", "reason", "confirm_domain"]
REQUIRED = ["first_name", "last_name", "email", "chamber", "position", "reason"]
LINK = re.compile(r"http://testserver(/admin/password_reset/confirm/\S+/)")
CSRF = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
ADDRESS = "erika.mustermann@hwk-muenchen.de"


@pytest.fixture(autouse=True)
def empty_cache():
    """django-ratelimit counts in the cache; every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def chamber(db):
    return ChamberFactory(name="Handwerkskammer für München", email_domain="hwk-muenchen.de")


@pytest.fixture
def data(chamber):
    return {
        "first_name": "Erika",
        "last_name": "Mustermann",
        "email": "Erika.Mustermann@HWK-Muenchen.de",
        "chamber": chamber.pk,
        "position": "Sachbearbeiterin Anerkennung",
        "reason": "Ich schreibe Berufsprofile für die Türkei.",
    }


@pytest.fixture
def pending(client, data):
    assert client.post(URL, data).status_code == 302
    cache.clear()
    return RegistrationRequest.objects.get()


def approve_url(request):
    return reverse("registration_requests:approve", args=[request.pk])


def reject_url(request):
    return reverse("registration_requests:reject", args=[request.pk])


# The public form -----------------------------------------------------------------------------


def test_the_form_has_an_english_address_and_a_label_for_every_field(client, chamber):
    with translation.override("en"):
        assert reverse("register") == URL
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    for name in FIELDS:
        assert f'<label for="id_{name}">' in html
    for name in REQUIRED:
        assert re.search(rf'<(input|select|textarea)[^>]*name="{name}"[^>]*required', html)
    assert "(required)" in html
    assert 'aria-describedby="id_email_helptext"' in html
    assert chamber.name in html
    assert 'role="alert"' not in html


def test_a_valid_request_makes_an_inactive_account_and_a_pending_request(client, data, chamber):
    response = client.post(URL, data)
    assert response.status_code == 302
    assert response["Location"] == f"{URL}?sent=1"
    thanks = client.get(response["Location"])
    assert "administrator will check your request" in thanks.content.decode()

    user = User.objects.get()
    assert user.username == user.email == "erika.mustermann@hwk-muenchen.de"
    assert (user.first_name, user.last_name) == ("Erika", "Mustermann")
    assert not user.is_active
    assert not user.has_usable_password()
    assert not user.groups.exists()
    request = RegistrationRequest.objects.get()
    assert request.user == user
    assert request.chamber == chamber
    assert request.status == RegistrationRequest.Status.PENDING
    assert request.domain_matches
    assert request.position == data["position"]
    assert request.reason == data["reason"]
    assert not StaffProfile.objects.exists()


def test_a_registered_account_cannot_log_in_before_approval(client, pending):
    user = pending.user
    assert not client.login(username=user.username, password="")
    user.set_password("Ein-sicheres-Passwort-2026")  # even with a password: inactive
    user.save()
    assert not client.login(username=user.username, password="Ein-sicheres-Passwort-2026")
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": user.username, "password": "Ein-sicheres-Passwort-2026"},
    )
    assert response.status_code == 200  # the form again, with its error
    assert response.context["form"].errors
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_every_invalid_field_has_a_linked_error_and_the_summary_lists_it(client, chamber):
    response = client.post(URL, {})
    assert response.status_code == 200
    html = response.content.decode()
    form = response.context["form"]
    assert set(form.errors) == set(REQUIRED)
    assert 'class="error-summary" role="alert"' in html
    for name in REQUIRED:
        assert f'id="id_{name}_error"' in html
        assert f'href="#id_{name}"' in html
        assert re.search(rf'name="{name}"[^>]*aria-invalid="true"', html) or re.search(
            rf'aria-invalid="true"[^>]*name="{name}"', html
        )
    assert 'aria-describedby="id_email_helptext id_email_error"' in html
    assert not User.objects.exists()


def test_a_bad_address_and_an_unknown_chamber_are_errors(client, data):
    response = client.post(URL, {**data, "email": "erika-at-hwk-muenchen.de", "chamber": 9999})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["email"] == ["Enter a valid email address."]
    assert "chamber" in errors
    assert not User.objects.exists()


def test_another_domain_needs_a_confirmation_and_is_flagged(client, data):
    response = client.post(URL, {**data, "email": "erika@example.com"})
    assert response.status_code == 200
    [error] = response.context["form"].errors["email"]
    assert "@hwk-muenchen.de" in error
    assert "Handwerkskammer für München" in error
    assert not User.objects.exists()

    response = client.post(URL, {**data, "email": "erika@example.com", "confirm_domain": "on"})
    assert response.status_code == 302
    request = RegistrationRequest.objects.get()
    assert request.user.email == "erika@example.com"
    assert not request.domain_matches


def test_subdomains_belong_to_the_chamber_and_lookalikes_do_not():
    matches = email_domain_matches
    assert matches("a@hwk-muenchen.de", "hwk-muenchen.de")
    assert matches("a@Bildung.HWK-Muenchen.de", "hwk-muenchen.de")
    assert not matches("a@evilhwk-muenchen.de", "hwk-muenchen.de")
    assert not matches("a@hwk-muenchen.de.example.com", "hwk-muenchen.de")
    assert matches("a@anything.org", "")


def test_the_sixth_request_from_one_address_within_the_hour_is_refused(client, data):
    for number in range(5):
        response = client.post(URL, {**data, "email": f"person{number}@hwk-muenchen.de"})
        assert response.status_code == 302
    response = client.post(URL, {**data, "email": "person0@hwk-muenchen.de"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many registration requests" in html
    assert not mail.outbox  # not acted on: the address with an account is not told either
    assert 'value="person0@hwk-muenchen.de"' in html  # the entries are kept for later
    assert User.objects.count() == RegistrationRequest.objects.count() == 5
    assert client.get(URL).status_code == 200  # reading the form is not limited

    other = client.post(URL, {**data, "email": "other@hwk-muenchen.de"}, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302


# An address that has an account -------------------------------------------------------------


def seen(response):
    """What a visitor sees of a response, apart from CSRF tokens, the time of Expires and the
    request id (new for every request)."""
    return {
        "status": response.status_code,
        "headers": {
            name: value
            for name, value in response.headers.items()
            if name not in {"Expires", "X-Request-ID"}
        },
        "cookies": {name: c.value for name, c in response.cookies.items() if name != "csrftoken"},
        "body": CSRF.sub(rb"\1\2", response.content),
        "messages": [str(message) for message in get_messages(response.wsgi_request)],
    }


def answer(client, data):
    """The answer to a POST of the form and, if it redirects, the page it leads to."""
    response = client.post(URL, data)
    answers = [seen(response)]
    if response.status_code == 302:
        answers.append(seen(client.get(response["Location"])))
    return answers


def active_account():
    return user_with(roles.REGISTERED_STAFF, email="Erika.Mustermann@hwk-muenchen.de")


def pending_account(client, data):
    assert client.post(URL, data).status_code == 302
    cache.clear()
    mail.outbox.clear()
    return User.objects.get(email=ADDRESS)


def account_by_user_name():
    return user_with(username=ADDRESS.upper(), email="")


def row(user):
    """Everything stored about an account and its request."""
    user = User.objects.get(pk=user.pk)
    request = RegistrationRequest.objects.filter(user=user).values().first()
    return {**vars(user), "_state": None, "groups": list(user.groups.all()), "request": request}


def rejected_account(client, data):
    account = pending_account(client, data)
    RegistrationRequest.objects.filter(user=account).update(
        status=RegistrationRequest.Status.REJECTED, rejection_reason="Keine Kammer-Adresse."
    )
    return account


@pytest.fixture(params=["active", "pending", "rejected", "user name"])
def account(request, client, data):
    if request.param == "active":
        return active_account()
    if request.param == "pending":
        return pending_account(client, data)
    if request.param == "rejected":
        return rejected_account(client, data)
    return account_by_user_name()


def test_an_address_with_an_account_gets_the_same_answer_as_a_new_one(client, data, account):
    new = answer(client, {**data, "email": "neu@hwk-muenchen.de"})
    existing = answer(client, data)
    assert new[0]["status"] == 302
    assert new[0]["headers"]["Location"] == f"{URL}?sent=1"
    assert b"administrator will check your request" in new[1]["body"]
    assert existing == new


def test_an_address_with_an_account_creates_and_changes_nothing(client, data, account, chamber):
    before = row(account)
    users, requests = User.objects.count(), RegistrationRequest.objects.count()
    other = ChamberFactory(name="IHK für Oberbayern", email_domain="hwk-muenchen.de")
    response = client.post(
        URL,
        {
            **data,
            "email": ADDRESS.upper(),
            "first_name": "Mallory",
            "last_name": "Angreifer",
            "chamber": other.pk,
            "position": "Chefin",
            "reason": "Bitte sofort freischalten.",
        },
    )
    assert response.status_code == 302
    assert User.objects.count() == users
    assert RegistrationRequest.objects.count() == requests
    assert row(account) == before


def test_the_owner_of_the_address_is_told_once_and_without_secrets(client, data, account):
    client.post(URL, {**data, "email": "neu@hwk-muenchen.de"})
    assert not mail.outbox  # a new address gets no e-mail from the form

    client.post(URL, {**data, "first_name": "Mallory", "reason": "<a href=x>Klick</a>"})
    [message] = mail.outbox
    assert [address.lower() for address in message.to] == [ADDRESS]
    body = message.body
    assert registration_module.EMAIL_SEPARATOR in body  # German first, English below
    assert "perhaps you" in body
    assert "If it was not you, you can ignore this e-mail." in body
    assert "Mallory" not in body and "Klick" not in body  # nothing the visitor typed
    assert not LINK.search(body)  # no set-password link
    assert "token" not in body.lower() and "password_reset/confirm" not in body
    assert "Keine Kammer-Adresse." not in body
    if account.password:
        assert account.password not in body
    if account.is_active:
        assert "http://testserver/de/anmelden/" in body
        assert "http://testserver/en/login/" in body
        assert "http://testserver/admin/password_reset/" in body
    elif account.registration_request.is_pending:
        assert "still being checked" in body
    else:
        assert "your account is not active" in body


def test_a_failing_mail_server_does_not_change_the_answer(client, data):
    active_account()
    new = answer(client, {**data, "email": "neu@hwk-muenchen.de"})
    with refusing_smtp():
        assert answer(client, data) == new


def test_an_address_registered_a_moment_ago_is_told_like_any_other(client, data, monkeypatch):
    """Two requests for one address at the same time: the second one loses the race."""
    pending_account(client, data)
    real = registration_module.existing_account
    looks = []

    def existing_account(email):  # the first look finds nothing: the other one was not saved yet
        looks.append(email)
        return None if len(looks) == 1 else real(email)

    monkeypatch.setattr(registration_module, "existing_account", existing_account)
    response = client.post(URL, data)
    assert looks == [ADDRESS, ADDRESS]  # looked again after the address turned out to be taken
    assert response.status_code == 302
    assert response["Location"] == f"{URL}?sent=1"
    assert User.objects.count() == RegistrationRequest.objects.count() == 1
    [message] = mail.outbox
    assert message.to == [ADDRESS]


def test_the_domain_check_answers_the_same_with_or_without_an_account(client, data):
    user_with(email="erika@example.com")
    existing = client.post(URL, {**data, "email": "erika@example.com"})
    new = client.post(URL, {**data, "email": "neu@example.com"})
    assert existing.status_code == new.status_code == 200
    [error] = existing.context["form"].errors["email"]
    assert "@hwk-muenchen.de" in error
    assert existing.context["form"].errors == new.context["form"].errors
    assert not mail.outbox


def test_the_rate_limit_counts_addresses_with_and_without_an_account_alike(client, data):
    active_account()
    for number in range(5):
        email = ADDRESS if number % 2 else f"person{number}@hwk-muenchen.de"
        assert client.post(URL, {**data, "email": email}).status_code == 302
    assert len(mail.outbox) == 2
    assert client.post(URL, {**data, "email": "person9@hwk-muenchen.de"}).status_code == 429
    assert client.post(URL, data).status_code == 429
    assert len(mail.outbox) == 2
    assert User.objects.count() == 4  # the account and three new ones

    cache.clear()
    for _ in range(5):
        assert client.post(URL, data).status_code == 302
    assert client.post(URL, {**data, "email": "person9@hwk-muenchen.de"}).status_code == 429
    assert len(mail.outbox) == 7
    assert not User.objects.filter(email="person9@hwk-muenchen.de").exists()


# Decisions -----------------------------------------------------------------------------------


def test_a_portal_administrator_sees_the_pending_request_and_its_domain_warning(
    portal_admin_client, admin, client, data
):
    portal_admin_client.logout()
    client.post(URL, {**data, "email": "erika@example.com", "confirm_domain": "on"})
    client.force_login(admin)
    home = client.get(reverse("wagtailadmin_home"))
    assert reverse("registration_requests:index") in home.content.decode()
    response = client.get(reverse("registration_requests:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "erika@example.com" in html
    assert "Not the chamber" in html
    request = RegistrationRequest.objects.get()
    review = client.get(reverse("registration_requests:review", args=[request.pk]))
    assert review.status_code == 200
    assert "help-block help-warning" in review.content.decode()


def test_approval_activates_the_account_with_the_chambers_groups_and_a_password_link(
    portal_admin_client, admin, pending, chamber
):
    assert not admin.is_superuser
    response = portal_admin_client.post(approve_url(pending))
    assert response.status_code == 302

    pending.refresh_from_db()
    user = pending.user
    user.refresh_from_db()
    assert user.is_active
    assert set(user.groups.values_list("name", flat=True)) == {
        roles.REGISTERED_STAFF,
        roles.CHAMBER_EDITORS,
        chamber.group.name,
    }
    profile = StaffProfile.objects.get(user=user)
    assert profile.chamber == chamber
    assert profile.position == "Sachbearbeiterin Anerkennung"
    assert pending.status == RegistrationRequest.Status.APPROVED
    assert pending.decided_by == admin
    assert pending.decided_at is not None
    assert ModelLogEntry.objects.filter(
        action="moderation.registration.approve", object_id=str(pending.pk), user=admin
    ).exists()

    [message] = mail.outbox
    assert message.to == [user.email]
    path = LINK.search(message.body).group(1)
    assert message.body.count(path) == 2  # German first, English below

    client = portal_admin_client
    client.logout()
    response = client.get(path)
    assert response.status_code == 302  # Django swaps the token for a session and redirects
    form_page = client.get(response["Location"])
    assert form_page.status_code == 200
    assert form_page.context["validlink"]
    new_password = "Neues-Passwort-fuer-Erika-2026"
    done = client.post(
        response["Location"], {"new_password1": new_password, "new_password2": new_password}
    )
    assert done.status_code == 302
    assert client.login(username=user.username, password=new_password)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_rejection_sends_the_reason_and_the_account_stays_locked(
    portal_admin_client, admin, pending
):
    response = portal_admin_client.post(reject_url(pending), {"reason": "Keine Kammer-Adresse."})
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == RegistrationRequest.Status.REJECTED
    assert pending.rejection_reason == "Keine Kammer-Adresse."
    assert pending.decided_by == admin
    user = User.objects.get(pk=pending.user_id)
    assert not user.is_active
    assert not user.groups.exists()
    [message] = mail.outbox
    assert message.to == [user.email]
    assert "Keine Kammer-Adresse." in message.body
    assert not LINK.search(message.body)
    assert ModelLogEntry.objects.filter(action="moderation.registration.reject").exists()
    portal_admin_client.logout()
    assert not portal_admin_client.login(username=user.username, password="")


def test_a_rejection_needs_a_reason(portal_admin_client, pending):
    response = portal_admin_client.post(reject_url(pending), {"reason": " "})
    assert response.status_code == 200
    assert response.context["reject_form"].errors["reason"]
    pending.refresh_from_db()
    assert pending.status == RegistrationRequest.Status.PENDING
    assert not mail.outbox


def test_others_cannot_open_or_decide_requests(client, pending, chamber):
    urls = [
        reverse("registration_requests:index"),
        reverse("registration_requests:review", args=[pending.pk]),
    ]
    for url in urls:  # anonymous: to the login
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert client.post(approve_url(pending)).status_code == 302

    editor = chamber_editor(chamber)
    client.force_login(editor)
    for url in urls:
        assert client.get(url).status_code == 403
    assert client.post(approve_url(pending)).status_code == 403
    assert client.post(reject_url(pending), {"reason": "Nein."}).status_code == 403
    assert reverse("registration_requests:index") not in client.get("/admin/").content.decode()

    pending.refresh_from_db()
    assert pending.status == RegistrationRequest.Status.PENDING
    assert not User.objects.get(pk=pending.user_id).is_active
    assert not mail.outbox


def test_a_decided_request_cannot_be_decided_again(portal_admin_client, pending):
    portal_admin_client.post(approve_url(pending))
    pending.refresh_from_db()
    decided_at = pending.decided_at

    response = portal_admin_client.post(approve_url(pending), follow=True)
    assert "already decided" in response.content.decode()
    response = portal_admin_client.post(reject_url(pending), {"reason": "Doch nicht."}, follow=True)
    assert "already decided" in response.content.decode()

    pending.refresh_from_db()
    assert pending.status == RegistrationRequest.Status.APPROVED
    assert pending.decided_at == decided_at
    assert pending.rejection_reason == ""
    assert len(mail.outbox) == 1
    assert ModelLogEntry.objects.filter(action__startswith="moderation.registration").count() == 1


def test_an_approval_stands_while_the_mail_server_is_away(portal_admin_client, pending):
    """The decision is made at once; its e-mail waits in the queue until the server answers."""
    with database_queue(), refusing_smtp():
        response = portal_admin_client.post(approve_url(pending), follow=True)
        assert response.status_code == 200
        pending.refresh_from_db()
        assert pending.status == RegistrationRequest.Status.APPROVED
        assert User.objects.get(pk=pending.user_id).is_active
        [first] = work_off()
        assert first.status == "FAILED"
        assert first.exception_class_path.endswith("ConnectionRefusedError")
        assert mail.outbox == []
    with database_queue():
        [second] = work_off(retries_due=True)
    assert second.status == "SUCCESSFUL"
    assert second.args_kwargs["kwargs"] == {"attempt": 2}
    [message] = mail.outbox
    assert message.to == [pending.user.email]
    assert LINK.search(message.body)


def test_any_failing_step_rolls_the_approval_back(admin, pending, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(registration_module, "send_set_password_link", fail)
    with pytest.raises(RuntimeError):
        registration_module.approve(pending, admin)
    pending.refresh_from_db()
    assert pending.status == RegistrationRequest.Status.PENDING
    assert not User.objects.get(pk=pending.user_id).is_active
    assert not StaffProfile.objects.exists()


def test_decisions_appear_in_the_site_history_of_portal_administrators(
    portal_admin_client, pending
):
    portal_admin_client.post(reject_url(pending), {"reason": "Keine Kammer-Adresse."})
    response = portal_admin_client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Registration rejected: Keine Kammer-Adresse." in html


def test_german_form_has_a_german_address_and_text(client, db):
    response = client.get("/de/registrieren/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dienstliche E-Mail-Adresse" in html
    assert 'href="/en/register/"' in html


def test_approval_remakes_a_deleted_chamber_group_with_its_outcome_permissions(
    portal_admin_client, pending, chamber
):
    from pages.models import ChamberOutcomesPage

    chamber.group.delete()
    response = portal_admin_client.post(approve_url(pending))
    assert response.status_code == 302
    chamber.refresh_from_db()
    user = User.objects.get(pk=pending.user_id)
    assert user.groups.filter(pk=chamber.group_id).exists()
    outcomes = ChamberOutcomesPage.objects.get(chamber=chamber)
    assert outcomes.permissions_for_user(user).can_add_subpage()
