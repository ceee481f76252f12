"""The token API of recognition outcomes: /api/v1/outcomes/ for registered client systems."""

import collections
import datetime
import hashlib
import time

import pytest
from django.utils import timezone

from api.auth import RefusedCallThrottle
from api.models import ApiCallLog, ApiKey
from portal import roles
from tests.caches import REDIS_AWAY, production_cache
from tests.factories.api import ApiClientFactory, key_for, outcome, public_world
from tests.factories.moderation import user_with
from tests.factories.pages import ChamberFactory

OUTCOMES = "/api/v1/outcomes/"
UNKNOWN_KEY = f"Bearer bq_00000000.{'A' * 43}"
PROBER = "198.51.100.7"
PROBER_NETWORK = "198.51.100.0"  # as the call log keeps the address (IPv4 /24)


@pytest.fixture
def world(translate):
    world = public_world(translate)
    chamber = ChamberFactory(name="Handwerkskammer München")
    other_chamber = ChamberFactory(name="IHK Köln")
    world["chamber"] = chamber
    world["partial"] = outcome(
        chamber,
        world["electrician"],
        world["occupation"],
        result="partial",
        decision_year=2024,
        notes="Praxisnachweise fehlten.",
    )
    world["full"] = outcome(
        other_chamber,
        world["baker"],
        world["other_occupation"],
        result="full",
        decision_year=2025,
        skills_analysis=True,
    )
    world["draft"] = outcome(
        chamber,
        world["cook"],
        world["other_occupation"],
        result="none",
        decision_year=2023,
        live=False,
    )
    return world


@pytest.fixture
def api_key(db):
    return key_for(ApiClientFactory(name="Fachverfahren BQ", rate_limit=1000))


@pytest.fixture
def auth(api_key):
    return {"HTTP_AUTHORIZATION": f"Bearer {api_key[1]}"}


def ids(response):
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


def test_outcomes_are_served_with_a_valid_key_only_live_and_anonymised(client, world, auth):
    response = client.get(OUTCOMES, **auth)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    data = response.json()
    assert data["count"] == 2  # the draft outcome is not live
    full, partial = data["results"]  # newest decision first
    outcome_page = world["partial"]
    assert partial == {
        "id": str(outcome_page.translation_key),
        "profile": {
            "id": str(world["electrician"].translation_key),
            "title": "Elektrotechniker",
        },
        "country": "TR",
        "reference_occupation": {
            "id": str(world["occupation"].translation_key),
            "name": "Elektroniker/-in",
            "kldb_code": "26212",
        },
        "result": {"value": "partial", "label": "Teilweise Gleichwertigkeit"},
        "substantial_differences": "Fehlende Praxisphasen",
        "compensation_measures": "Anpassungsqualifizierung",
        "skills_analysis": False,
        "chamber": "Handwerkskammer München",
        "decision_year": 2024,
        "completion_year": 2015,
        "issuing_institution": "Berufsschule",
        "issuing_town": "Ankara",
        "notes": "Praxisnachweise fehlten.",
        "last_published_at": partial["last_published_at"],
    }
    assert full["chamber"] == "IHK Köln"
    assert full["skills_analysis"] is True
    assert "title" not in partial  # free text that could name a person is not served
    english = client.get(OUTCOMES, {"locale": "en"}, **auth).json()["results"][1]
    assert english["result"]["label"] == "Partial equivalence"
    assert english["reference_occupation"]["name"] == "Electronics technician"


def test_outcome_detail(client, world, auth):
    key = world["partial"].translation_key
    response = client.get(f"{OUTCOMES}{key}/", **auth)
    assert response.status_code == 200
    assert response.json()["id"] == str(key)
    assert response["Cache-Control"] == "private, no-store"
    draft = client.get(f"{OUTCOMES}{world['draft'].translation_key}/", **auth)
    assert draft.status_code == 404
    assert draft.json()["code"] == "not_found"
    assert client.get(f"{OUTCOMES}{world['partial'].pk}/", **auth).status_code == 404


def test_outcome_filters(client, world, auth):
    partial, full = str(world["partial"].translation_key), str(world["full"].translation_key)
    cases = [
        ({"profile": str(world["electrician"].translation_key)}, [partial]),
        ({"country": "TR"}, [partial]),
        ({"country": "pl"}, [full]),
        ({"reference_occupation": str(world["occupation"].translation_key)}, [partial]),
        ({"reference_occupation": "29302"}, [full]),
        ({"result": "full"}, [full]),
        ({"decision_year": "2024"}, [partial]),
        ({"decision_year": "2020"}, []),
        ({"result": "none"}, []),  # only the draft has it
    ]
    for params, expected in cases:
        assert ids(client.get(OUTCOMES, params, **auth)) == expected, params
    for params in (
        {"profile": "Elektrotechniker"},
        {"country": "Türkei"},
        {"reference_occupation": "12"},
        {"result": "equivalent"},
        {"decision_year": "1800"},
        {"decision_year": "99999999999999999999"},
        {"limit": "500"},
    ):
        response = client.get(OUTCOMES, params, **auth)
        assert response.status_code == 400, params
        assert response.json()["code"] == "invalid"
        assert set(response.json()["errors"]) == set(params)


def assert_refused(response, code):
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response["Cache-Control"] == "private, no-store"
    data = response.json()
    assert data["code"] == code
    assert data["detail"]
    assert "results" not in data


def test_no_outcome_without_a_valid_key(client, world, api_key, settings):
    settings.API_REFUSED_CALL_RATE = "1000/min"  # the answers here, the limit below
    key, plaintext = api_key
    other_key, other_plaintext = key_for()
    assert_refused(client.get(OUTCOMES), "not_authenticated")
    detail = f"{OUTCOMES}{world['partial'].translation_key}/"
    assert_refused(client.get(detail), "not_authenticated")
    bad_headers = [
        plaintext,  # no scheme
        f"Token {plaintext}",
        f"Basic {plaintext}",
        "Bearer",
        "Bearer ",
        f"Bearer {plaintext} extra",
        "Bearer bq_nothex00.abc",
        f"Bearer {plaintext[:-1]}",  # wrong secret, known prefix
        f"Bearer {plaintext[:-1]}{'A' if plaintext[-1] != 'A' else 'B'}",
        f"Bearer bq_00000000.{plaintext.split('.')[1]}",  # unknown prefix
        "Bearer ünïcödé",
    ]
    for header in bad_headers:
        for url in (OUTCOMES, detail):
            response = client.get(url, HTTP_AUTHORIZATION=header)
            assert_refused(response, "authentication_failed")
    other_key.revoke()
    assert_refused(
        client.get(OUTCOMES, HTTP_AUTHORIZATION=f"Bearer {other_plaintext}"),
        "authentication_failed",
    )
    key.client.is_active = False
    key.client.save()
    response = client.get(OUTCOMES, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert_refused(response, "authentication_failed")
    assert "deactivated" in response.json()["detail"] or "deaktiviert" in response.json()["detail"]


def test_revoked_key_and_inactive_client_get_clear_errors(client, world):
    key, plaintext = key_for()
    key.revoke()
    response = client.get(OUTCOMES, {"locale": "en"}, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert response.json()["detail"] == "This API key has been revoked."
    key, plaintext = key_for(ApiClientFactory(is_active=False))
    response = client.get(OUTCOMES, {"locale": "en"}, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert response.json()["detail"] == "This API client is deactivated."
    response = client.get(OUTCOMES, {"locale": "en"}, HTTP_AUTHORIZATION="Bearer nonsense")
    assert response.json()["detail"] == "Malformed API key."


def test_a_signed_in_user_without_key_gets_nothing(client, world):
    """Sessions never authenticate the API: not even a superuser's, not registered staff's."""
    client.force_login(user_with(roles.REGISTERED_STAFF, roles.PORTAL_ADMINISTRATORS))
    assert_refused(client.get(OUTCOMES), "not_authenticated")
    client.force_login(user_with(is_superuser=True))
    assert_refused(client.get(OUTCOMES), "not_authenticated")


def test_keys_are_stored_hashed(db, api_key):
    key, plaintext = api_key
    assert plaintext.startswith(f"{key.prefix}.")
    assert len(plaintext.split(".", 1)[1]) >= 43  # 32 random bytes, URL-safe base64
    stored = ApiKey.objects.filter(pk=key.pk).values().get()
    assert stored["hashed_secret"] == hashlib.sha256(plaintext.encode()).hexdigest()
    assert not any(plaintext in str(value) for value in stored.values())
    assert key_for(key.client)[1] != plaintext


def test_rate_limit_per_client(client, world):
    key, plaintext = key_for(ApiClientFactory(rate_limit=2))
    _other, other_plaintext = key_for(key.client)  # a second key of the same client
    _stranger_key, stranger = key_for(ApiClientFactory(rate_limit=2))
    assert client.get(OUTCOMES, HTTP_AUTHORIZATION=f"Bearer {plaintext}").status_code == 200
    assert client.get(OUTCOMES, HTTP_AUTHORIZATION=f"Bearer {other_plaintext}").status_code == 200
    response = client.get(OUTCOMES, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert response["Cache-Control"] == "private, no-store"
    assert response.json()["code"] == "throttled"
    # The limit is the client's: another client is not affected.
    assert client.get(OUTCOMES, HTTP_AUTHORIZATION=f"Bearer {stranger}").status_code == 200
    assert ApiCallLog.objects.filter(client=key.client, status_code=429).count() == 1


def test_calls_are_logged(client, world, api_key):
    """Every call with a valid key; of the refused ones the first per address and minute."""
    key, plaintext = api_key
    revoked, revoked_plaintext = key_for()
    revoked.revoke()
    client.get(OUTCOMES, {"country": "TR"}, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    client.get(OUTCOMES, {"result": "bogus"}, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    client.get(OUTCOMES)
    client.get(OUTCOMES, HTTP_AUTHORIZATION=UNKNOWN_KEY)  # refused again from the same address
    client.get(OUTCOMES, HTTP_AUTHORIZATION=f"Bearer {revoked_plaintext}", REMOTE_ADDR=PROBER)
    client.get(OUTCOMES, {"country": "PL"}, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    logs = list(ApiCallLog.objects.order_by("pk"))
    assert [(log.client, log.key, log.status_code, log.remote_addr) for log in logs] == [
        (key.client, key, 200, "127.0.0.0"),
        (key.client, key, 400, "127.0.0.0"),
        (None, None, 401, "127.0.0.0"),
        (revoked.client, revoked, 401, PROBER_NETWORK),
        (key.client, key, 200, "127.0.0.0"),
    ]
    assert logs[0].path == "/api/v1/outcomes/?country=TR"
    assert logs[0].method == "GET"
    # The public read API is not logged (no client).
    client.get("/api/v1/profiles/")
    assert ApiCallLog.objects.count() == 5


def test_last_used_is_written_at_most_once_a_minute(client, world, api_key):
    key, plaintext = api_key
    assert key.last_used_at is None
    client.get(OUTCOMES, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    key.refresh_from_db()
    first = key.last_used_at
    assert first is not None
    client.get(OUTCOMES, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    key.refresh_from_db()
    assert key.last_used_at == first
    ApiKey.objects.filter(pk=key.pk).update(
        last_used_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    client.get(OUTCOMES, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    key.refresh_from_db()
    assert key.last_used_at > first


def test_outcomes_are_not_in_the_public_api(client, world):
    for url in ("/api/v1/profiles/", "/api/v1/countries/", "/api/v1/reference-occupations/"):
        body = client.get(url).content.decode()
        assert "Praxisnachweise" not in body
        assert "Handwerkskammer München" not in body


# Calls without a valid key: limited per address -----------------------------------------------


@pytest.fixture
def refused_rate(settings):
    settings.API_REFUSED_CALL_RATE = "3/min"
    return 3


def assert_limited(response):
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert response["Cache-Control"] == "private, no-store"
    assert "WWW-Authenticate" not in response
    data = response.json()
    assert data["code"] == "throttled"
    assert data["detail"].startswith("Too many calls without a valid key from this address.")
    assert set(data) == {"detail", "code"}


@pytest.mark.parametrize("sent", ["nothing", "wrong secret", "unknown key", "malformed"])
def test_calls_without_a_valid_key_are_limited_per_address(
    client, world, api_key, refused_rate, sent
):
    key, plaintext = api_key
    headers = {
        "nothing": {},
        "wrong secret": {"HTTP_AUTHORIZATION": f"Bearer {key.prefix}.{'A' * 43}"},
        "unknown key": {"HTTP_AUTHORIZATION": UNKNOWN_KEY},
        "malformed": {"HTTP_AUTHORIZATION": "Basic dXNlcjpwYXNz"},
    }[sent]
    detail = f"{OUTCOMES}{world['partial'].translation_key}/"
    for url in (OUTCOMES, detail, OUTCOMES):
        response = client.get(url, REMOTE_ADDR=PROBER, **headers)
        assert response.status_code == 401
    for url in (OUTCOMES, detail):
        assert_limited(client.get(url, {"locale": "en"}, REMOTE_ADDR=PROBER, **headers))
    # Past the limit no key is looked at: even the valid one waits, so guesses teach nothing.
    valid = {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}
    assert_limited(client.get(OUTCOMES, {"locale": "en"}, REMOTE_ADDR=PROBER, **valid))
    # Other addresses are not limited.
    assert client.get(OUTCOMES, REMOTE_ADDR="198.51.100.8", **headers).status_code == 401
    assert client.get(OUTCOMES, **valid).status_code == 200


def test_retry_after_is_sent_when_refused_calls_overshot_the_limit(client, world, settings):
    settings.API_REFUSED_CALL_RATE = "4/min"
    for _ in range(4):
        assert client.get(OUTCOMES).status_code == 401
    settings.API_REFUSED_CALL_RATE = "2/min"  # as after concurrent calls: 4 counted, 2 allowed
    assert_limited(client.get(OUTCOMES, {"locale": "en"}))


def test_calls_with_a_valid_key_do_not_count_against_their_address(client, world, auth):
    for _ in range(40):  # above the default limit of refused calls (30/min)
        assert client.get(OUTCOMES, **auth).status_code == 200
    assert client.get(OUTCOMES).status_code == 401


def test_a_flood_without_keys_neither_limits_clients_nor_grows_the_log(
    client, world, auth, refused_rate
):
    before = ApiCallLog.objects.count()
    answers = collections.Counter()
    for n in range(200):
        headers = {"HTTP_AUTHORIZATION": f"Bearer bq_{n:08x}.{'A' * 43}"} if n % 2 else {}
        answers[client.get(OUTCOMES, REMOTE_ADDR=PROBER, **headers).status_code] += 1
    assert answers == {401: refused_rate, 429: 200 - refused_rate}
    assert ApiCallLog.objects.count() - before == 1  # the first refused call
    # Clients elsewhere are served and logged as ever.
    assert client.get(OUTCOMES, **auth).status_code == 200
    assert ApiCallLog.objects.count() - before == 2


def test_a_persistent_prober_is_logged_once_a_minute(client, world, refused_rate, monkeypatch):
    for _ in range(5):
        client.get(OUTCOMES, REMOTE_ADDR=PROBER)
    assert ApiCallLog.objects.filter(remote_addr=PROBER_NETWORK).count() == 1
    later = time.time() + 61  # the throttle's clock and the cache's expiry
    monkeypatch.setattr(RefusedCallThrottle, "timer", staticmethod(lambda: later))
    monkeypatch.setattr(time, "time", lambda: later)
    assert client.get(OUTCOMES, REMOTE_ADDR=PROBER).status_code == 401
    assert client.get(OUTCOMES, REMOTE_ADDR=PROBER).status_code == 401
    assert ApiCallLog.objects.filter(remote_addr=PROBER_NETWORK, status_code=401).count() == 2


@pytest.fixture
def redis_away(settings):
    settings.CACHES = production_cache(REDIS_AWAY)


def test_calls_without_a_valid_key_are_refused_while_they_cannot_be_counted(
    client, api_key, redis_away
):
    """Fail closed, like the clients' limit: no unlimited key guessing while Redis is away."""
    for headers in ({}, {"HTTP_AUTHORIZATION": UNKNOWN_KEY}, {"HTTP_AUTHORIZATION": "Bearer x"}):
        for _ in range(3):
            response = client.get(OUTCOMES, **headers)
            assert response.status_code == 503
            assert response["Retry-After"] == "60"
            assert response.json()["code"] == "rate_limit_unavailable"
    assert not ApiCallLog.objects.exists()  # not counted, so not logged either
