"""API clients, keys and the call log in the admin: portal administrators only."""

import hashlib
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from api.models import ApiCallLog, ApiClient, ApiKey
from portal import roles
from tests.factories.api import ApiCallLogFactory, ApiClientFactory, key_for
from tests.factories.moderation import user_with

INDEX = "/admin/api-clients/"


def url(name, *args):
    return reverse(f"api_clients:{name}", args=args)


@pytest.fixture
def api_client(db):
    return ApiClientFactory(name="Fachverfahren Anerkennung")


def body(response):
    return response.content.decode()


def test_portal_administrators_hold_the_permissions_from_the_migration(db):
    group = Group.objects.get(name=roles.PORTAL_ADMINISTRATORS)
    codenames = set(
        group.permissions.filter(content_type__app_label="api").values_list("codename", flat=True)
    )
    assert {"add_apiclient", "change_apiclient", "view_apiclient"} <= codenames
    assert {"add_apikey", "change_apikey", "view_apicalllog"} <= codenames
    assert not any(codename.startswith("delete_") for codename in codenames)
    others = Group.objects.exclude(name=roles.PORTAL_ADMINISTRATORS)
    assert not others.filter(permissions__content_type__app_label="api").exists()


def test_admin_creates_and_edits_clients(portal_admin_client):
    response = portal_admin_client.get(INDEX)
    assert response.status_code == 200
    assert "API clients" in body(portal_admin_client.get("/admin/"))  # settings menu
    response = portal_admin_client.post(
        url("add"),
        {
            "name": "Fachverfahren IHK",
            "contact_email": "it@ihk.example",
            "is_active": "on",
            "rate_limit": "120",
            "notes": "Produktivsystem",
        },
    )
    assert response.status_code == 302
    client = ApiClient.objects.get(name="Fachverfahren IHK")
    assert client.rate_limit == 120
    assert client.is_active
    assert "Fachverfahren IHK" in body(portal_admin_client.get(INDEX))
    response = portal_admin_client.post(
        url("edit", client.pk),
        {"name": client.name, "contact_email": client.contact_email, "rate_limit": "10"},
    )
    assert response.status_code == 302
    client.refresh_from_db()
    assert client.rate_limit == 10
    assert not client.is_active
    invalid = portal_admin_client.post(
        url("edit", client.pk),
        {"name": client.name, "contact_email": "nope", "rate_limit": "0"},
    )
    assert invalid.status_code == 200
    client.refresh_from_db()
    assert client.rate_limit == 10


def test_key_is_shown_once_and_stored_hashed(portal_admin_client, admin, api_client):
    inspect = portal_admin_client.get(url("inspect", api_client.pk))
    assert inspect.status_code == 200
    assert "This client has no keys yet." in body(inspect)
    assert portal_admin_client.get(url("create_key", api_client.pk)).status_code == 405
    response = portal_admin_client.post(url("create_key", api_client.pk), {"name": "Produktion"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    plaintext = re.search(r'value="(bq_[0-9a-f]{8}\.[A-Za-z0-9_-]+)"', body(response)).group(1)
    key = ApiKey.objects.get(client=api_client)
    assert key.name == "Produktion"
    assert key.created_by == admin
    assert plaintext.startswith(key.prefix + ".")
    assert key.hashed_secret == hashlib.sha256(plaintext.encode()).hexdigest()
    # Never stored in plain text, never shown again, never kept in a message or the session.
    assert not ApiKey.objects.filter(hashed_secret__contains=plaintext[-20:]).exists()
    again = portal_admin_client.get(url("inspect", api_client.pk))
    assert key.prefix in body(again)
    assert plaintext not in body(again)
    assert plaintext not in str(dict(portal_admin_client.session))
    assert plaintext not in body(portal_admin_client.get("/admin/"))
    # The key works.
    api = portal_admin_client.get("/api/v1/outcomes/", HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert api.status_code == 200
    entry = ModelLogEntry.objects.filter(action="api.key.create").get()
    assert entry.data["prefix"] == key.prefix
    assert plaintext not in str(entry.data)


def test_admin_revokes_a_key(portal_admin_client, api_client):
    key, plaintext = key_for(api_client)
    assert portal_admin_client.get(url("revoke_key", key.pk)).status_code == 405
    response = portal_admin_client.post(url("revoke_key", key.pk))
    assert response.status_code == 302
    assert response["Location"] == url("inspect", api_client.pk)
    key.refresh_from_db()
    assert key.revoked_at is not None
    api = portal_admin_client.get("/api/v1/outcomes/", HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert api.status_code == 401
    inspect = body(portal_admin_client.get(url("inspect", api_client.pk)))
    assert key.prefix in inspect
    assert url("revoke_key", key.pk) not in inspect  # no revoke button any more
    assert ModelLogEntry.objects.filter(action="api.key.revoke").count() == 1


def test_admin_reads_the_call_log_per_client(portal_admin_client, api_client):
    key, _plaintext = key_for(api_client)
    other = ApiClientFactory(name="Anderes Verfahren")
    ApiCallLogFactory(client=api_client, key=key, path="/api/v1/outcomes/?country=TR")
    ApiCallLogFactory(client=other, path="/api/v1/outcomes/?country=PL", status_code=429)
    ApiCallLogFactory(client=None, path="/api/v1/outcomes/?anonymous=1", status_code=401)
    inspect = body(portal_admin_client.get(url("inspect", api_client.pk)))
    assert "/api/v1/outcomes/?country=TR" in inspect
    assert "country=PL" not in inspect
    calls = portal_admin_client.get(url("calls"), {"client": api_client.pk})
    assert calls.status_code == 200
    assert "/api/v1/outcomes/?country=TR" in body(calls)
    assert "country=PL" not in body(calls)
    everything = body(portal_admin_client.get(url("calls")))
    assert "country=PL" in everything
    assert "anonymous=1" in everything
    assert body(portal_admin_client.get(url("calls"), {"status_code": 429})).count("country=") == 1


@pytest.mark.parametrize(
    "who", ["anonymous", roles.CHAMBER_EDITORS, roles.REVIEWERS, roles.COMPETENT_EDITORS]
)
def test_everyone_else_is_refused(client, api_client, who):
    key, _plaintext = key_for(api_client)
    ApiCallLogFactory(client=api_client, path="/api/v1/outcomes/?secret-path=1")
    if who != "anonymous":
        client.force_login(user_with(roles.REGISTERED_STAFF, who))
    for get_url in (
        INDEX,
        url("add"),
        url("edit", api_client.pk),
        url("inspect", api_client.pk),
        url("calls"),
        url("delete", api_client.pk),
    ):
        response = client.get(get_url)
        assert response.status_code in (302, 403), (who, get_url)
        assert "secret-path" not in body(response)
        assert api_client.contact_email not in body(response)
    assert client.post(url("create_key", api_client.pk)).status_code in (302, 403)
    assert client.post(url("revoke_key", key.pk)).status_code in (302, 403)
    response = client.post(
        url("add"), {"name": "Eingeschleust", "contact_email": "x@example.org", "rate_limit": 9}
    )
    assert response.status_code in (302, 403)
    assert ApiKey.objects.count() == 1
    assert ApiKey.objects.get().revoked_at is None
    assert not ApiClient.objects.filter(name="Eingeschleust").exists()
    if who != "anonymous":
        assert "API clients" not in body(client.get("/admin/"))


def test_administrators_cannot_delete_clients_or_logs(portal_admin_client, api_client):
    ApiCallLogFactory(client=api_client)
    response = portal_admin_client.post(url("delete", api_client.pk))
    assert response.status_code in (302, 403)
    assert ApiClient.objects.filter(pk=api_client.pk).exists()
    assert ApiCallLog.objects.count() == 1
