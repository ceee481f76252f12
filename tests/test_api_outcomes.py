"""The token API of recognition outcomes: /api/v1/outcomes/ for registered client systems."""

import datetime
import hashlib

import pytest
from django.utils import timezone

from api.models import ApiCallLog, ApiKey
from moderation import roles
from tests.factories.api import ApiClientFactory, key_for, outcome, public_world
from tests.factories.moderation import user_with
from tests.factories.pages import ChamberFactory

OUTCOMES = "/api/v1/outcomes/"


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


def test_no_outcome_without_a_valid_key(client, world, api_key):
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


def test_every_call_is_logged(client, world, api_key):
    key, plaintext = api_key
    revoked, revoked_plaintext = key_for()
    revoked.revoke()
    client.get(OUTCOMES, {"country": "TR"}, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    client.get(OUTCOMES, {"result": "bogus"}, HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    client.get(OUTCOMES)
    client.get(
        OUTCOMES,
        HTTP_AUTHORIZATION="Bearer bq_00000000.unknownunknownunknownunknownunknownunknown1",
    )
    client.get(OUTCOMES, HTTP_AUTHORIZATION=f"Bearer {revoked_plaintext}")
    logs = list(ApiCallLog.objects.order_by("pk"))
    assert [(log.client, log.key, log.status_code) for log in logs] == [
        (key.client, key, 200),
        (key.client, key, 400),
        (None, None, 401),
        (None, None, 401),
        (revoked.client, revoked, 401),
    ]
    assert logs[0].path == "/api/v1/outcomes/?country=TR"
    assert logs[0].method == "GET"
    assert logs[0].remote_addr == "127.0.0.1"
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
