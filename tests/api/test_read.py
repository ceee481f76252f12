"""The read API of public content: /api/v1/countries/, /profiles/, /reference-occupations/."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from moderation.publishing import trusted_publication
from portal import roles
from tests.factories import pages as factories
from tests.factories.api import public_world
from tests.factories.moderation import user_with

PROFILES = "/api/v1/profiles/"
COUNTRIES = "/api/v1/countries/"
OCCUPATIONS = "/api/v1/reference-occupations/"


@pytest.fixture
def world(translate):
    return public_world(translate)


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["results"]]


def restrict(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="groups")
    restriction.groups.set([Group.objects.get(name=roles.REGISTERED_STAFF)])
    return restriction


def test_profiles_in_german_by_default_with_stable_ids(client, world):
    response = client.get(PROFILES)
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["count"] == 3
    assert [item["title"] for item in data["results"]] == ["Bäcker", "Elektrotechniker", "Koch"]
    electrician = data["results"][1]
    page = world["electrician"]
    assert electrician["id"] == str(page.translation_key)
    assert electrician["page_id"] == page.pk
    assert electrician["locale"] == "de"
    assert electrician["url"].endswith("/de/laender/tuerkei/elektrotechniker/")
    assert electrician["qualification_type"] == {
        "value": "school",
        "label": "Schulische Berufsausbildung",
    }
    assert electrician["isced_level"]["value"] == 3
    assert electrician["country"] == {
        "id": str(world["turkey"].translation_key),
        "iso_code": "TR",
        "title": "Türkei",
    }
    assert electrician["occupational_field"] == {
        "id": str(world["field"].translation_key),
        "name": "Elektrotechnik",
    }
    assert electrician["reference_occupations"] == [
        {
            "id": str(world["occupation"].translation_key),
            "name": "Elektroniker/-in",
            "kldb_code": "26212",
        }
    ]
    assert electrician["valid_from"] == "2016-09-01"
    assert electrician["valid_until"] is None
    assert electrician["last_reviewed"] == "2025-06-30"
    assert "body" not in electrician


def test_english_profiles_are_the_translations_with_the_same_ids(client, world):
    response = client.get(PROFILES, {"locale": "en"})
    data = response.json()
    assert data["count"] == 1  # only the electrician is translated
    english = data["results"][0]
    assert english["id"] == str(world["electrician"].translation_key)
    assert english["page_id"] == world["english_electrician"].pk
    assert english["locale"] == "en"
    assert english["title"] == "[en] Elektrotechniker"
    assert "/en/countries/" in english["url"]
    assert english["qualification_type"]["label"] == "School-based vocational training"
    # Relations point at the German snippets; the API shows the English names, same ids.
    assert english["occupational_field"] == {
        "id": str(world["field"].translation_key),
        "name": "Electrical engineering",
    }
    assert english["reference_occupations"][0]["name"] == "Electronics technician"
    assert english["reference_occupations"][0]["id"] == str(world["occupation"].translation_key)
    assert english["country"]["title"] == "[en] Türkei"
    assert response["Content-Language"] == "en"

    detail = client.get(f"{PROFILES}{english['id']}/", {"locale": "en"})
    assert detail.status_code == 200
    assert detail.json()["page_id"] == world["english_electrician"].pk
    german = client.get(f"{PROFILES}{english['id']}/")
    assert german.json()["page_id"] == world["electrician"].pk
    # The cook has no English version.
    cook = world["cook"].translation_key
    assert client.get(f"{PROFILES}{cook}/", {"locale": "en"}).status_code == 404


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "TR"}, ["Elektrotechniker", "Koch"]),
        ({"country": "pl"}, ["Bäcker"]),
        ({"country": "YUCS"}, []),
        ({"qualification_type": "dual"}, ["Koch"]),
        ({"isced_level": "4"}, ["Koch"]),
        ({"isced_level": 3, "country": "TR"}, ["Elektrotechniker"]),
        ({"reference_occupation": "29302"}, ["Koch"]),
        ({"valid_at": "2010-06-01"}, ["Bäcker", "Koch"]),
        ({"valid_at": "2020-06-01"}, ["Bäcker", "Elektrotechniker"]),
        ({"valid_at": "1999-06-01"}, []),
        ({"q": "TROTECH"}, ["Elektrotechniker"]),
        ({"q": "Aşçı"}, ["Koch"]),
    ],
)
def test_profile_filters(client, world, params, expected):
    world["baker"].valid_from = datetime.date(2005, 1, 1)
    with trusted_publication():
        world["baker"].save()
    assert titles(client.get(PROFILES, params)) == expected


def test_profile_filters_by_snippet_ids(client, world):
    occupation = str(world["occupation"].translation_key)
    assert titles(client.get(PROFILES, {"reference_occupation": occupation})) == [
        "Elektrotechniker"
    ]
    field = str(world["field"].translation_key)
    assert titles(client.get(PROFILES, {"occupational_field": field})) == ["Elektrotechniker"]
    # The same ids work in English, where the profile's relations still point at German.
    english = client.get(PROFILES, {"occupational_field": field, "locale": "en"})
    assert titles(english) == ["[en] Elektrotechniker"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"country": "Türkei"}, "country"),
        ({"country": "1"}, "country"),
        ({"qualification_type": "apprenticeship"}, "qualification_type"),
        ({"isced_level": "9"}, "isced_level"),
        ({"isced_level": "drei"}, "isced_level"),
        ({"occupational_field": "elektro"}, "occupational_field"),
        ({"reference_occupation": "123"}, "reference_occupation"),
        ({"reference_occupation": "not-a-uuid-at-all-not-a-uuid-at-al"}, "reference_occupation"),
        ({"valid_at": "2020-13-45"}, "valid_at"),
        ({"q": "x" * 201}, "q"),
        ({"q": "nul\x00byte"}, "q"),
        ({"locale": "fr"}, "locale"),
        ({"limit": "0"}, "limit"),
        ({"limit": "101"}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"offset": "99999999999999999999999"}, "offset"),
    ],
)
def test_invalid_parameters_answer_400_with_a_json_error(client, world, params, field):
    response = client.get(PROFILES, params)
    assert response.status_code == 400
    data = response.json()
    assert data["code"] == "invalid"
    assert data["detail"]
    assert field in data["errors"]
    assert all(isinstance(message, str) for message in data["errors"][field])


def test_pagination_is_stable_and_bounded(client, world):
    country = world["turkey"]
    for number in range(5):
        factories.ProfessionalProfilePageFactory(parent=country, title="Maurer", slug=f"m{number}")
    first = client.get(PROFILES, {"limit": 3}).json()
    assert first["count"] == 8
    assert len(first["results"]) == 3
    assert first["previous"] is None
    assert "offset=3" in first["next"]
    second = client.get(first["next"]).json()
    third = client.get(second["next"]).json()
    assert third["next"] is None
    ids = [item["id"] for page in (first, second, third) for item in page["results"]]
    assert len(set(ids)) == 8  # equal titles are ordered by id: no gaps, no repeats
    assert len(client.get(PROFILES, {"limit": 100}).json()["results"]) == 8
    default = client.get(PROFILES).json()
    assert len(default["results"]) == 8  # default page size is 20


def test_restricted_and_unpublished_profiles_are_never_served(client, world):
    electrician, cook = world["electrician"], world["cook"]
    restrict(electrician)
    with trusted_publication():
        cook.unpublish()
    assert titles(client.get(PROFILES)) == ["Bäcker"]
    assert client.get(f"{PROFILES}{electrician.translation_key}/").status_code == 404
    assert client.get(f"{PROFILES}{cook.translation_key}/").status_code == 404
    # A restriction holds for the English version at once, and for registered staff too:
    # the API is anonymous, signed-in or not.
    assert titles(client.get(PROFILES, {"locale": "en"})) == []
    english = client.get(f"{PROFILES}{electrician.translation_key}/", {"locale": "en"})
    assert english.status_code == 404
    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff"))
    assert electrician.title not in client.get(PROFILES).content.decode()
    assert client.get(f"{PROFILES}{electrician.translation_key}/").status_code == 404
    # A restricted country hides its profiles and itself.
    restrict(world["poland"])
    assert titles(client.get(PROFILES)) == []
    assert titles(client.get(COUNTRIES)) == ["Türkei"]
    assert client.get(f"{COUNTRIES}{world['poland'].translation_key}/").status_code == 404


def test_countries(client, world):
    data = client.get(COUNTRIES).json()
    assert [item["title"] for item in data["results"]] == ["Polen", "Türkei"]
    turkey = data["results"][1]
    assert turkey["id"] == str(world["turkey"].translation_key)
    assert turkey["iso_code"] == "TR"
    assert turkey["region"] == {"value": "asia", "label": "Asien"}
    assert turkey["historical"] is False
    assert turkey["profiles"].endswith("/api/v1/profiles/?country=TR&locale=de")
    assert titles(client.get(COUNTRIES, {"region": "eu"})) == ["Polen"]
    assert titles(client.get(COUNTRIES, {"iso_code": "tr"})) == ["Türkei"]
    english = client.get(COUNTRIES, {"locale": "en"}).json()["results"]
    assert [item["title"] for item in english] == ["[en] Türkei"]
    assert english[0]["region"]["label"] == "Asia"
    detail = client.get(f"{COUNTRIES}{world['turkey'].translation_key}/", {"locale": "en"})
    assert detail.json()["page_id"] == world["english_turkey"].pk
    assert client.get(COUNTRIES, {"region": "mars"}).status_code == 400


def test_reference_occupations_in_both_languages(client, world):
    data = client.get(OCCUPATIONS).json()
    assert [item["kldb_code"] for item in data["results"]] == ["26212", "29302"]
    electronics = data["results"][0]
    assert electronics["id"] == str(world["occupation"].translation_key)
    assert electronics["name"] == "Elektroniker/-in"
    assert electronics["chamber_type"]["value"] == "hwk"
    assert electronics["occupational_field"]["name"] == "Elektrotechnik"
    english = client.get(OCCUPATIONS, {"locale": "en"}).json()["results"]
    # Same list and ids; the untranslated one keeps its German name and says so.
    assert [(item["name"], item["locale"]) for item in english] == [
        ("Electronics technician", "en"),
        ("Koch/Köchin", "de"),
    ]
    assert english[0]["id"] == electronics["id"]
    assert english[0]["occupational_field"]["name"] == "Electrical engineering"
    key = world["occupation"].translation_key
    assert client.get(f"{OCCUPATIONS}{key}/", {"locale": "en"}).json()["name"] == (
        "Electronics technician"
    )
    assert [
        item["name"] for item in client.get(OCCUPATIONS, {"q": "technician"}).json()["results"]
    ] == ["Elektroniker/-in"]
    assert client.get(OCCUPATIONS, {"kldb_code": "293"}).json()["count"] == 1
    assert client.get(OCCUPATIONS, {"regulated": "true"}).json()["count"] == 0
    assert client.get(OCCUPATIONS, {"regulated": "false"}).json()["count"] == 2
    assert client.get(OCCUPATIONS, {"regulated": "maybe"}).status_code == 400
    assert client.get(f"{OCCUPATIONS}not-an-id/").status_code == 404


def test_responses_are_cacheable_with_etag_and_304(client, world):
    response = client.get(PROFILES, {"country": "TR"})
    assert response["Cache-Control"] == "public, max-age=300"
    etag = response["ETag"]
    assert etag
    again = client.get(PROFILES, {"country": "TR"}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    # Changed content, new ETag.
    factories.ProfessionalProfilePageFactory(parent=world["turkey"], title="Maler", slug="maler")
    changed = client.get(PROFILES, {"country": "TR"}, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    detail = client.get(f"{PROFILES}{world['electrician'].translation_key}/")
    assert detail["Cache-Control"] == "public, max-age=300"
    assert detail.has_header("ETag")
    # Errors are not cached as content.
    assert "public" not in client.get(PROFILES, {"locale": "xx"})["Cache-Control"]


def test_unknown_api_urls_are_json_404_and_wagtails_api_is_not_mounted(client, world):
    for url in ("/api/v3/pages/", "/api/v2/pages/", "/api/v1/nothing/", "/api/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["code"] == "not_found"
    response = client.get(f"{PROFILES}00000000-0000-0000-0000-000000000000/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_read_api_refuses_writes(client, world):
    response = client.post(PROFILES, {"title": "x"}, content_type="application/json")
    assert response.status_code == 405
    key = world["electrician"].translation_key
    assert client.delete(f"{PROFILES}{key}/").status_code == 405


def queries_for(client, url, params):
    client.get(url, params)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("locale", ["de", "en"])
def test_listings_cost_the_same_for_few_or_many_rows(client, world, translate, locale):
    params = {"locale": locale, "limit": 100}
    few = {url: queries_for(client, url, params) for url in (PROFILES, COUNTRIES, OCCUPATIONS)}
    index = world["turkey"].get_parent()
    for code in ("IT", "ES", "GR"):
        country = factories.CountryProfilePageFactory(parent=index, iso_code=code, slug=code)
        for number in range(3):
            field = factories.OccupationalFieldFactory()
            profile = factories.ProfessionalProfilePageFactory(
                parent=country, slug=f"p{number}", occupational_field=field
            )
            profile.reference_occupations.set(factories.ReferenceOccupationFactory.create_batch(2))
            with trusted_publication():
                profile.save()
    if locale == "en":
        for page in list(world["turkey"].get_parent().get_children().specific())[2:4]:
            translate(page)
    many = {url: queries_for(client, url, params) for url in (PROFILES, COUNTRIES, OCCUPATIONS)}
    assert many == few
    assert few[PROFILES] <= 8
