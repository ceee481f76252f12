"""The production cache (portal.cache.FailSoftRedisCache): a Redis outage costs speed, never pages.

Uses the Redis that runs beside the databases (127.0.0.1:6379) and a port where none listens.
"""

import logging

import pytest
from django.core.cache import cache

from api.models import ApiCallLog
from portal import roles
from search.indexing import rebuild
from tests.caches import REDIS_AWAY, production_cache
from tests.factories.api import ApiClientFactory, key_for
from tests.factories.moderation import user_with


@pytest.fixture
def redis_away(settings):
    settings.CACHES = production_cache(REDIS_AWAY)


def test_the_production_cache_keeps_answers_in_redis(settings, db):
    settings.CACHES = production_cache("redis://127.0.0.1:6379/9")
    cache.set("answer", {"total": 3}, 60)
    assert cache.get("answer") == {"total": 3}
    assert cache.add("counter", 1, 60) and cache.incr("counter") == 2
    cache.clear()
    assert cache.get("answer") is None
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client  # one client, not one per call


def test_pages_and_search_are_served_uncached_while_redis_is_away(client, tree, redis_away, caplog):
    rebuild()
    with caplog.at_level(logging.WARNING, logger="portal.cache"):
        assert client.get("/de/").status_code == 200
        profile = client.get(tree["de"]["profile"].url)
        search = client.get("/de/suche/?q=Elektrotechniker")
        suggestions = client.get("/de/suche/vorschlaege/?q=Elektro")
    assert profile.status_code == 200
    assert search.status_code == 200 and "Elektrotechniker</a>" in search.content.decode()
    assert [item["title"] for item in suggestions.json()["suggestions"]] == ["Elektrotechniker"]
    assert "Cache unavailable" in caplog.text
    pdf = client.get(tree["de"]["profile"].url + "pdf/")  # renders cannot be counted: none
    assert pdf.status_code == 503
    assert pdf["Retry-After"] == "60"


def test_rate_limits_fail_closed_and_sign_in_counts_in_the_database(client, redis_away, db):
    """Rate limits fail closed: without a counter nobody sends without limit. Failed sign-ins
    are counted by django-axes in the database, so signing in goes on without Redis."""
    user_with(roles.TRANSLATORS, username="staff")
    response = client.post("/en/login/", {"username": "staff", "password": "pw"})
    assert response.status_code == 302
    registration = client.post("/en/register/", {"email": "new@example.org"})
    assert registration.status_code == 503
    reset = client.post(
        "/admin/password_reset/", {"email": "staff@example.org"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert reset.status_code == 503  # not "too many requests": none could be counted
    assert "cannot count requests at the moment" in reset.content.decode()


def test_the_outcomes_api_refuses_calls_it_cannot_count(client, redis_away, db):
    """DRF's throttle keeps its history in the cache: without one it would let every call
    through, past the client's rate limit. The call is refused and logged."""
    key, plaintext = key_for(ApiClientFactory(rate_limit=2))
    response = client.get("/api/v1/outcomes/", HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert response.json()["code"] == "rate_limit_unavailable"
    assert ApiCallLog.objects.filter(client=key.client, status_code=503).count() == 1
