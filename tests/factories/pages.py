"""Factories of the pages app: German pages and snippets (the English side comes from localize)."""

import datetime
import uuid

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from authorities.models import AuthorityFinderPage
from pages import models
from pages.choices import ChamberType, FederalState, ProfileTopic, QualificationType, Region
from pages.snippets import Chamber, GlossaryTerm, OccupationalField, ReferenceOccupation


def german():
    return Locale.objects.get(language_code="de")


class GermanSnippetFactory(DjangoModelFactory):
    locale = factory.LazyFunction(german)

    class Meta:
        abstract = True


class OccupationalFieldFactory(GermanSnippetFactory):
    name = factory.Sequence(lambda n: f"Berufsfeld {n}")

    class Meta:
        model = OccupationalField


class ReferenceOccupationFactory(GermanSnippetFactory):
    name = factory.Sequence(lambda n: f"Referenzberuf {n}")
    kldb_code = factory.Sequence(lambda n: f"{26000 + n:05d}")
    chamber_type = ChamberType.CRAFTS

    class Meta:
        model = ReferenceOccupation


class GlossaryTermFactory(GermanSnippetFactory):
    term = factory.Sequence(lambda n: f"Begriff {n}")
    definition = "Eine Erklärung."

    class Meta:
        model = GlossaryTerm


class ChamberFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Handwerkskammer {n}")
    chamber_type = ChamberType.CRAFTS
    federal_state = FederalState.BY
    town = "München"
    email_domain = factory.Sequence(lambda n: f"hwk{n}.example.de")

    class Meta:
        model = Chamber


class GermanPageFactory(wagtail_factories.PageFactory):
    locale = factory.LazyFunction(german)

    class Meta:
        abstract = True


class CountryProfilePageFactory(GermanPageFactory):
    title = factory.Sequence(lambda n: f"Land {n}")
    iso_code = "TR"
    region = Region.ASIA
    summary = "Kurzbeschreibung des Bildungssystems."
    last_reviewed = datetime.date(2025, 5, 1)

    class Meta:
        model = models.CountryProfilePage


def profile_section(topic=ProfileTopic.EXAMINATION, text="Prüfung am Ende der Ausbildung."):
    """A profile section in raw StreamField form; blocks carry ids, as the editor saves them."""
    paragraph = {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}
    return {
        "type": "section",
        "value": {"topic": topic, "heading": "", "content": [paragraph]},
        "id": str(uuid.uuid4()),
    }


class ProfessionalProfilePageFactory(GermanPageFactory):
    title = factory.Sequence(lambda n: f"Beruf {n}")
    original_name = "Elektrik-Elektronik Teknolojisi"
    qualification_type = QualificationType.SCHOOL
    isced_level = 3
    duration_months = 48
    summary = "Eine schulische Berufsausbildung."
    valid_from = datetime.date(2016, 9, 1)
    last_reviewed = datetime.date(2025, 6, 30)
    body = factory.LazyFunction(lambda: [profile_section()])

    class Meta:
        model = models.ProfessionalProfilePage


class AuthorityFinderPageFactory(GermanPageFactory):
    title = "Zuständige Stelle finden"
    slug = "zustaendige-stelle"
    intro = "Welche Kammer bewertet Ihren Abschluss?"
    preparation = "<ul><li>Ihr Abschlusszeugnis</li></ul>"

    class Meta:
        model = AuthorityFinderPage


class StandardPageFactory(GermanPageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    intro = "Einleitung."
    show_in_menus = True

    class Meta:
        model = models.StandardPage


class NewsIndexPageFactory(GermanPageFactory):
    title = "Aktuelles"
    slug = "aktuelles"

    class Meta:
        model = models.NewsIndexPage


class NewsPageFactory(GermanPageFactory):
    title = factory.Sequence(lambda n: f"Meldung {n}")
    intro = "Eine Meldung."
    date = datetime.date(2026, 11, 1)

    class Meta:
        model = models.NewsPage
