"""API keys never reach a log: a key in the query string is refused and not stored; the call log
names keys by their prefix and keeps addresses truncated; creating and revoking keys is in
Wagtail's audit log, shown in Reports > Site history."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from api.models import ApiCallLog, ApiKey
from tests.factories.api import ApiCallLogFactory, ApiClientFactory, key_for

OUTCOMES = "/api/v1/outcomes/"


@pytest.fixture
def api_key(db):
    return key_for(ApiClientFactory(name="Fachverfahren BQ"))


@pytest.mark.parametrize("name", ["api_key", "key", "token", "API_KEY", "access_token"])
@pytest.mark.parametrize("endpoint", [OUTCOMES, "/api/v1/profiles/"])
def test_a_key_in_the_query_string_is_refused(client, api_key, name, endpoint):
    key, plaintext = api_key
    for locale in ["en", "de"]:
        response = client.get(endpoint, {name: plaintext, "locale": locale})
        assert response.status_code == 400
        assert response.json()["code"] == "api_key_in_query"
        assert response["Content-Language"] == locale
    english = client.get(endpoint, {name: plaintext, "locale": "en"}).json()["detail"]
    assert "refused in the query string" in english
    assert "Authorization: Bearer <key>" in english
    # Refused even with a valid key in the header; the key in the query is never used.
    both = client.get(
        endpoint, {name: plaintext, "locale": "en"}, HTTP_AUTHORIZATION=f"Bearer {plaintext}"
    )
    assert both.status_code == 400
    key.refresh_from_db()
    assert key.last_used_at is None
    for call in ApiCallLog.objects.all():
        assert plaintext not in call.path
        assert key.prefix not in call.path
        assert call.key is None


def test_the_refused_call_is_logged_without_the_key_and_counts_against_its_address(
    client, api_key, settings
):
    settings.API_REFUSED_CALL_RATE = "2/min"
    _key, plaintext = api_key
    assert client.get(OUTCOMES, {"api_key": plaintext, "country": "TR"}).status_code == 400
    (call,) = ApiCallLog.objects.all()
    assert call.path == "/api/v1/outcomes/?api_key=[withheld]&country=TR"
    assert call.status_code == 400
    assert call.remote_addr == "127.0.0.0"
    assert client.get(OUTCOMES, {"token": plaintext}).status_code == 400
    assert client.get(OUTCOMES, {"token": plaintext}).status_code == 429
    assert ApiCallLog.objects.count() == 1  # one row per address and minute, as for 401


def test_the_call_log_keeps_prefixes_and_truncated_addresses(client, api_key, admin_client):
    key, plaintext = api_key
    ipv6 = "2001:db8:abcd:12::7"
    response = client.get(OUTCOMES, HTTP_AUTHORIZATION=f"Bearer {plaintext}", REMOTE_ADDR=ipv6)
    assert response.status_code == 200
    call = ApiCallLog.objects.get()
    assert (call.key, call.remote_addr) == (key, "2001:db8:abcd::")
    page = admin_client.get(reverse("api_clients:calls")).content.decode()
    assert key.prefix in page
    assert "2001:db8:abcd::" in page
    assert plaintext not in page
    assert plaintext.split(".")[1] not in page


def test_the_migration_cuts_down_rows_written_before(db):
    migration = importlib.import_module("api.migrations.0003_call_log_without_secrets")
    old = ApiCallLogFactory(path="/api/v1/outcomes/?key=bq_1.secret&x=1", remote_addr="192.0.2.77")
    v6 = ApiCallLogFactory(path="/api/v1/outcomes/", remote_addr="2001:db8:1:2::3")
    migration.cut_down(apps, None)
    old.refresh_from_db()
    v6.refresh_from_db()
    assert (old.path, old.remote_addr) == ("/api/v1/outcomes/?key=[withheld]&x=1", "192.0.2.0")
    assert (v6.path, v6.remote_addr) == ("/api/v1/outcomes/", "2001:db8:1::")


def test_key_creation_and_revocation_are_in_the_site_history(portal_admin_client):
    client_system = ApiClientFactory(name="Fachverfahren Anerkennung")
    response = portal_admin_client.post(
        reverse("api_clients:create_key", args=[client_system.pk]), {"name": "Produktion"}
    )
    assert response.status_code == 200
    key = ApiKey.objects.get(client=client_system)
    portal_admin_client.post(reverse("api_clients:revoke_key", args=[key.pk]))
    history = portal_admin_client.get(reverse("wagtailadmin_reports:site_history"))
    assert history.status_code == 200
    page = history.content.decode()
    assert f"API key {key.prefix} created" in page
    assert f"API key {key.prefix} revoked" in page
    assert "Fachverfahren Anerkennung" in page
    filtered = portal_admin_client.get(
        reverse("wagtailadmin_reports:site_history"), {"action": "api.key.revoke"}
    ).content.decode()
    assert f"API key {key.prefix} revoked" in filtered
    assert f"API key {key.prefix} created" not in filtered
