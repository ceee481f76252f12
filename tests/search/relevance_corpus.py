"""The corpus of the judged relevance set (test_relevance.py): the demo content's profiles.

Every country and professional profile of demo/data/ (realistic texts, written by hand) and the
information pages, in German and in English, made as plain pages of each locale (not through
wagtail-localize: quicker, and the search sees the same text), with the German reference
occupations and their English translations. Besides them, distractors (DISTRACTORS): profiles
whose texts are full of a query's words although they are about something else.
Each page is indexed as publishing indexes it (search.indexing.index_page); the tasks that
saving enqueues (the admin's search index, the reference index) are dropped.
"""

import json
import uuid
from pathlib import Path

from babel import Locale as BabelLocale
from django.test.utils import override_settings
from django.utils.text import slugify
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS
from wagtail.models import Locale

from pages.choices import ProfileTopic
from pages.models import (
    CountryIndexPage,
    CountryProfilePage,
    HomePage,
    ProfessionalProfilePage,
    StandardPage,
)
from pages.snippets import OccupationalField, ReferenceOccupation
from search.indexing import index_page

# Saving pages enqueues tasks; this backend only holds them.
NO_TASKS = {DEFAULT_TASK_BACKEND_ALIAS: {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
DATA = Path(__file__).resolve().parents[2] / "demo" / "data"
LANGUAGES = ("de", "en")

# Profiles about something else whose texts name other occupations again and again:
# (country code, occupational field, reference occupation, {language: (title, original, text)}).
DISTRACTORS = [
    (
        "PL",
        "metal",
        "kfz-mechatroniker",
        {
            "de": (
                "Kraftfahrzeugelektrik – Zusatzqualifikation für Kfz-Mechaniker/-innen",
                "Elektryka pojazdowa",
                "Kfz-Mechaniker lernen die Elektrik der Fahrzeuge: Elektriker-Grundlagen, "
                "elektrische Anlagen im Fahrzeug, Elektrik und Elektronik, Bordnetz, "
                "Messungen wie ein Elektriker, Elektroinstallation im Fahrzeug.",
            ),
            "en": (
                "Vehicle electrics – additional qualification for motor vehicle mechanics",
                "Elektryka pojazdowa",
                "Motor vehicle mechanics learn vehicle electrics: electrician basics, electrical "
                "systems in the vehicle, electrics and electronics, on-board network, "
                "measurements as an electrician does them, electrical installation in vehicles.",
            ),
        },
    ),
    (
        "TR",
        "construction",
        "maurer",
        {
            "de": (
                "Zertifikat Bauhelfer/-in – Mauerwerk und Beton",
                "Yapı Yardımcısı Sertifikası",
                "Bauhelfer unterstützen Maurer, Betonbauer und Straßenbauer auf der Baustelle. "
                "Der Kurs nennt die Arbeiten von Maurer, Fliesenleger, Zimmerer und Dachdecker.",
            ),
            "en": (
                "Construction helper certificate – masonry and concrete",
                "Yapı Yardımcısı Sertifikası",
                "Construction helpers assist bricklayers, concrete workers and road builders on "
                "site. The course covers the work of bricklayer, tiler, carpenter and roofer.",
            ),
        },
    ),
    (
        "ES",
        "hospitality",
        "koch",
        {
            "de": (
                "Zertifikat Servicekraft in der Gastronomie",
                "Certificado de Profesionalidad – Servicios de restaurante",
                "Servicekräfte arbeiten mit Koch, Bäcker und Konditor zusammen; sie kennen die "
                "Arbeit in Bäckerei, Konditorei und Küche, bedienen aber Gäste im Restaurant.",
            ),
            "en": (
                "Certificate of restaurant service staff",
                "Certificado de Profesionalidad – Servicios de restaurante",
                "Service staff work alongside the cook, the baker and the confectioner; they "
                "know the bakery, the pastry shop and the kitchen, but serve guests.",
            ),
        },
    ),
    (
        "RO",
        "metal",
        "industriemechaniker",
        {
            "de": (
                "Bescheinigung Maschinenführer/-in in der Metallverarbeitung",
                "Operator mașini unelte",
                "Maschinenführer bedienen Anlagen, die Mechatroniker und Elektroniker warten. "
                "Mechatronik, Mechatroniker, Elektronik und Elektroniker kommen im Lehrplan vor.",
            ),
            "en": (
                "Certificate of machine operator in metalworking",
                "Operator mașini unelte",
                "Machine operators run plants that mechatronics technicians and electronics "
                "technicians maintain; mechatronics and electronics appear in the curriculum.",
            ),
        },
    ),
]


@override_settings(TASKS=NO_TASKS)
def build():
    """Make and index the corpus; the number of pages."""
    return Builder().build()


def read(name):
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def countries():
    return [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((DATA / "countries").glob("*.json"))
    ]


def endonyms(code):
    """The country's names in its official languages ("Polska", "Türkiye"), from CLDR."""
    from babel.languages import get_official_languages

    names = []
    for language in get_official_languages(code):
        try:
            names.append(BabelLocale.parse(language).territories[code])
        except (KeyError, ValueError):
            continue
    return names


def country_name(spec, language):
    if spec.get("historical"):
        return spec[f"name_{language}"]
    return BabelLocale(language).territories[spec["code"]]


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}


def section(topic, text):
    return {
        "type": "section",
        "value": {"topic": topic, "heading": "", "content": [paragraph(text)]},
        "id": str(uuid.uuid4()),
    }


def profile_body(spec, language):
    return [
        section(ProfileTopic.LEARNING_OBJECTIVES, spec[f"learning_objectives_{language}"]),
        section(
            ProfileTopic.SUBJECTS,
            ", ".join(subject[language] for subject in spec["subjects"]),
        ),
        section(ProfileTopic.PRACTICAL_TRAINING, spec[f"practical_{language}"]),
        section(ProfileTopic.EXAMINATION, spec[f"examination_{language}"]),
        section(ProfileTopic.CERTIFICATE, spec[f"certificate_{language}"]),
    ]


class Builder:
    """Makes the pages of both languages and indexes them."""

    def __init__(self):
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        self.fields = {}
        for spec in read("occupational_fields"):
            self.fields[spec["key"]] = OccupationalField.objects.create(
                name=spec["de"], locale=self.locales["de"]
            )
        self.occupations = {}
        for spec in read("reference_occupations"):
            german = ReferenceOccupation.objects.create(
                name=spec["de"],
                kldb_code=spec["kldb"],
                chamber_type=spec["chamber_type"],
                locale=self.locales["de"],
            )
            english = ReferenceOccupation(
                name=spec["en"],
                kldb_code=spec["kldb"],
                chamber_type=spec["chamber_type"],
                locale=self.locales["en"],
                translation_key=german.translation_key,
            )
            english.save()
            self.occupations[spec["key"]] = german
        self.pages = []

    def add(self, parent, page):
        parent.add_child(instance=page)
        self.pages.append(page)
        return page

    def build(self):
        files = countries()
        for language in LANGUAGES:
            locale = self.locales[language]
            index = CountryIndexPage.objects.get(locale=locale)
            home = HomePage.objects.get(locale=locale)
            by_code = {}
            for file in files:
                spec = file["country"]
                by_code[spec["code"]] = country = self.add(
                    index, self.country(spec, language, locale)
                )
                for profile in file["profiles"]:
                    self.profile(country, profile, language, locale)
            for code, field, occupation, texts in DISTRACTORS:
                self.distractor(by_code[code], field, occupation, texts[language], locale)
            for spec in read("information_pages"):
                self.add(
                    home,
                    StandardPage(
                        title=spec[f"title_{language}"],
                        slug=spec[f"slug_{language}"],
                        locale=locale,
                        intro=spec[f"intro_{language}"],
                        body=[paragraph(item[language]) for item in spec["paragraphs"]],
                    ),
                )
        for page in self.pages:
            index_page(page, new_version=False)
        return len(self.pages)

    def country(self, spec, language, locale):
        name = country_name(spec, language)
        return CountryProfilePage(
            title=name,
            slug=slugify(name) or spec["code"].lower(),
            locale=locale,
            iso_code=spec["code"],
            region=spec["region"],
            official_languages=spec[f"official_languages_{language}"],
            summary=spec[f"summary_{language}"],
            sections=[section(item["topic"], item[language]) for item in spec["sections"]],
        )

    def profile(self, country, spec, language, locale):
        page = ProfessionalProfilePage(
            title=spec[f"name_{language}"],
            slug=f"{spec['key']}-{language}",
            locale=locale,
            original_name=spec["original_name"],
            transliteration=spec["transliteration"],
            qualification_type=spec["qualification_type"],
            isced_level=spec["isced"],
            isco_code=spec["isco"],
            occupational_field=self.fields[spec["field"]],
            duration_months=spec["duration_months"],
            legal_basis=spec[f"legal_basis_{language}"],
            training_institutions=spec[f"institutions_{language}"],
            admission_requirements=spec[f"admission_{language}"],
            summary=spec[f"summary_{language}"],
            body=profile_body(spec, language),
        )
        page.reference_occupations.set(
            [self.occupations[key] for key in spec["reference_occupations"]]
        )
        return self.add(country, page)

    def distractor(self, country, field, occupation, texts, locale):
        title, original, text = texts
        page = ProfessionalProfilePage(
            title=title,
            slug=slugify(title),
            locale=locale,
            original_name=original,
            qualification_type="other",
            isced_level=2,
            occupational_field=self.fields[field],
            duration_months=6,
            summary=text,
            body=[section(ProfileTopic.LEARNING_OBJECTIVES, text)],
        )
        page.reference_occupations.set([self.occupations[occupation]])
        return self.add(country, page)
