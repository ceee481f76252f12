"""The audit log of accounts: each event, and portal administrators read it in Site history."""

from django.test import Client
from wagtail.models import ModelLogEntry

from accounts import two_factor
from portal import roles
from tests.factories.moderation import user_with


def test_each_event_is_logged_and_shown_in_site_history(portal_admin_client, admin, db):
    user = user_with(roles.REVIEWERS, username="rita")
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.post("/admin/login/", {"username": "rita", "password": "wrong"})
    for _ in range(4):
        client.post("/admin/login/", {"username": "rita", "password": "wrong"})  # locks
    portal_admin_client.post(f"/admin/staff_accounts/{user.pk}/unlock/")
    client.post("/admin/login/", {"username": "rita", "password": "pw"})
    device = two_factor.pending_device(user)
    client.post("/admin/two-factor/setup/", {"code": two_factor.next_code(device)[0]})
    portal_admin_client.post(f"/admin/staff_accounts/{user.pk}/reset-two-factor/")
    other = Client(HTTP_ACCEPT_LANGUAGE="en")
    user_with(roles.TRANSLATORS, username="tara")
    other.post("/admin/login/", {"username": "tara", "password": "pw"})

    logged = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {
        "accounts.sign_in",
        "accounts.sign_in_failed",
        "accounts.lockout",
        "accounts.unlock",
        "accounts.two_factor.enrol",
        "accounts.two_factor.reset",
    } <= logged
    history = portal_admin_client.get("/admin/reports/site-history/").content.decode()
    for label in [
        "Signed in",
        "Sign-in failed",
        "Signing in locked after too many failed attempts",
        "Signing in unlocked",
        "Two-factor authentication set up",
        "Two-factor authentication reset by an administrator",
    ]:
        assert label in history, label
