"""/healthz and /readyz as a load balancer sees them: answered by address, never redirected or
cached, and saying which dependency failed without saying more."""

import json

import pytest
from django.test import override_settings

from tests.caches import REDIS_AWAY, production_cache
from tests.processes import json_answer
from tests.queue import database_queue

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "health-test-only",
    "ALLOWED_HOSTS": "portal.example",
    "SECURITY_TXT_CONTACT": "mailto:security@portal.example",
    "SECURITY_TXT_EXPIRES": "2027-12-31T23:00:00Z",
}


def ready(client, **headers):
    response = client.get("/readyz", **headers)
    return response.status_code, json.loads(response.content)


@pytest.mark.django_db
@override_settings(ALLOWED_HOSTS=["portal.example"], SECURE_SSL_REDIRECT=True)
def test_probes_by_address_are_answered_without_redirect_or_cache(client):
    for path in ("/healthz", "/healthz/", "/readyz"):
        response = client.get(path, HTTP_HOST="10.0.0.7")  # not an allowed host, plain HTTP
        assert response.status_code == 200, path
        assert "no-store" in response["Cache-Control"]
        assert not response.cookies
        assert "X-Page-Cache" not in response
    assert client.get("/healthz").content == b"ok\n"
    assert client.post("/readyz").status_code == 405


@pytest.mark.django_db
def test_ready_when_everything_answers(client):
    assert ready(client) == (200, {"status": "ready", "failed": []})
    with database_queue():
        assert ready(client) == (200, {"status": "ready", "failed": []})


@pytest.mark.django_db
def test_redis_away_is_named_and_nothing_more(client):
    with override_settings(CACHES=production_cache(REDIS_AWAY)):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "unavailable", "failed": ["cache"]}
    assert b"redis" not in response.content.lower() and b"127.0.0.1" not in response.content
    assert client.get("/healthz").status_code == 200  # the process itself is fine


@pytest.mark.django_db
def test_media_storage_that_cannot_store_is_named(client, tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    with override_settings(MEDIA_ROOT=str(not_a_folder / "media")):
        assert ready(client) == (503, {"status": "unavailable", "failed": ["storage"]})


def test_a_database_that_does_not_answer_is_named():
    """A production process whose database is down: ready says so, health does not."""
    script = (
        "import django, json; django.setup(); from django.test import Client; c = Client();"
        "r = c.get('/readyz', HTTP_HOST='portal.example');"
        "print(json.dumps([c.get('/healthz').status_code, r.status_code, r.content.decode()]))"
    )
    health, status, body = json_answer(
        ["-c", script],
        timeout=60,
        drop=["REDIS_URL"],
        **PRODUCTION,
        DATABASE_URL="postgres://postgres@127.0.0.1:1/nothing?connect_timeout=2",
    )
    assert (health, status) == (200, 503)
    assert json.loads(body) == {"status": "unavailable", "failed": ["database", "tasks"]}
