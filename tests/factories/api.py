"""Factories of the api app: client systems, their keys, and an outcome to read."""

import datetime

import factory
from factory.django import DjangoModelFactory

from api.models import ApiCallLog, ApiClient, ApiKey
from moderation.publishing import trusted_publication
from pages.models import ChamberOutcomesPage, RecognitionOutcomePage


class ApiClientFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Fachverfahren {n}")
    contact_email = factory.Sequence(lambda n: f"it{n}@behoerde.example")
    rate_limit = 1000

    class Meta:
        model = ApiClient


def key_for(client=None, **kwargs):
    """A key of `client` (a new one by default) and its plaintext: (key, plaintext)."""
    return ApiKey.issue(client or ApiClientFactory(), **kwargs)


class ApiCallLogFactory(DjangoModelFactory):
    client = factory.SubFactory(ApiClientFactory)
    method = "GET"
    path = "/api/v1/outcomes/"
    status_code = 200
    remote_addr = "192.0.2.1"

    class Meta:
        model = ApiCallLog


def outcome(chamber, profile, occupation, **fields):
    """A live recognition outcome in `chamber`'s outcomes page (made with the chamber)."""
    values = {
        "title": "Bescheid",
        "result": "partial",
        "substantial_differences": "Fehlende Praxisphasen",
        "compensation_measures": "Anpassungsqualifizierung",
        "decision_year": 2025,
        "completion_year": 2015,
        "issuing_institution": "Berufsschule",
        "issuing_town": "Ankara",
        "locale": profile.locale,
        **fields,
    }
    parent = ChamberOutcomesPage.objects.get(chamber=chamber)
    return parent.add_child(
        instance=RecognitionOutcomePage(profile=profile, reference_occupation=occupation, **values)
    )


def public_world(translate):
    """German country and profiles with snippets; the country, one profile and one occupation
    translated into English (the way the portal's translators do it, through localize)."""
    from pages.models import CountryIndexPage
    from tests.factories import pages as factories

    field = factories.OccupationalFieldFactory(name="Elektrotechnik")
    occupation = factories.ReferenceOccupationFactory(
        name="Elektroniker/-in", kldb_code="26212", occupational_field=field
    )
    other_occupation = factories.ReferenceOccupationFactory(name="Koch/Köchin", kldb_code="29302")
    translate(field, lambda text, path: "Electrical engineering")
    translate(occupation, lambda text, path: "Electronics technician")
    countries = CountryIndexPage.objects.get(locale__language_code="de")
    turkey = factories.CountryProfilePageFactory(
        parent=countries, title="Türkei", slug="tuerkei", iso_code="TR"
    )
    poland = factories.CountryProfilePageFactory(
        parent=countries, title="Polen", slug="polen", iso_code="PL", region="eu"
    )
    electrician = factories.ProfessionalProfilePageFactory(
        parent=turkey,
        title="Elektrotechniker",
        slug="elektrotechniker",
        qualification_type="school",
        isced_level=3,
        occupational_field=field,
        valid_from=datetime.date(2016, 9, 1),
        valid_until=None,
    )
    electrician.reference_occupations.set([occupation])
    with trusted_publication():
        electrician.save()
    cook = factories.ProfessionalProfilePageFactory(
        parent=turkey,
        title="Koch",
        slug="koch",
        original_name="Aşçı",
        qualification_type="dual",
        isced_level=4,
        valid_from=datetime.date(2000, 1, 1),
        valid_until=datetime.date(2015, 12, 31),
    )
    cook.reference_occupations.set([other_occupation])
    with trusted_publication():
        cook.save()
    baker = factories.ProfessionalProfilePageFactory(
        parent=poland, title="Bäcker", slug="baecker", isced_level=3
    )
    english_turkey = translate(turkey)
    english_electrician = translate(electrician)
    return {
        "field": field,
        "occupation": occupation,
        "other_occupation": other_occupation,
        "turkey": turkey,
        "poland": poland,
        "electrician": electrician,
        "cook": cook,
        "baker": baker,
        "english_turkey": english_turkey,
        "english_electrician": english_electrician,
    }
