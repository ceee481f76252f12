"""translation.bulk writes the rows of wagtail-localize's models that localize's own path
(TranslationSource.update_or_create_from_instance, StringTranslations, Translation.save_target)
writes for the same content, and an English page with the same content."""

import json

import pytest
from django.db.models import Model
from django.test import TestCase
from wagtail.models import PageLogEntry, Revision
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    StringTranslation,
    TemplateSegment,
    Translation,
    TranslationLog,
    TranslationSource,
)

from moderation.publishing import trusted_publication
from pages.choices import ProfileTopic
from pages.models import CountryIndexPage, ProfessionalProfilePage
from profile_io.writes import create_pages
from tests.factories.pages import (
    CountryProfilePageFactory,
    ProfessionalProfilePageFactory,
    ReferenceOccupationFactory,
)
from translation.bulk import log_translations, translate_in_bulk
from translation.localize import translate_with_localize


def body():
    """Sections with paragraphs (one with a link and bold text), a subjects table and sources
    with a web address: string, template and overridable segments."""
    return [
        {
            "type": "section",
            "id": "5c8e2c0e-0d4b-4a59-8f4a-000000000001",
            "value": {
                "topic": ProfileTopic.LEARNING_OBJECTIVES,
                "heading": "Ziele",
                "content": [
                    {
                        "type": "paragraph",
                        "id": "5c8e2c0e-0d4b-4a59-8f4a-000000000002",
                        "value": '<p>Erster Satz mit <b>Fett</b>.</p><p>Siehe <a href="https://'
                        'example.org/a">die Quelle</a>.</p>',
                    },
                    {
                        "type": "callout",
                        "id": "5c8e2c0e-0d4b-4a59-8f4a-000000000003",
                        "value": {"kind": "info", "text": "<p>Ein Hinweis.</p>"},
                    },
                ],
            },
        },
        {
            "type": "section",
            "id": "5c8e2c0e-0d4b-4a59-8f4a-000000000004",
            "value": {
                "topic": ProfileTopic.SUBJECTS,
                "heading": "",
                "content": [
                    {
                        "type": "subjects_table",
                        "id": "5c8e2c0e-0d4b-4a59-8f4a-000000000005",
                        "value": {
                            "caption": "Stundentafel",
                            "rows": [
                                {
                                    "type": "item",
                                    "id": "5c8e2c0e-0d4b-4a59-8f4a-000000000006",
                                    "value": {"subject": "Mathematik", "hours": 120},
                                }
                            ],
                        },
                    },
                    {
                        "type": "sources",
                        "id": "5c8e2c0e-0d4b-4a59-8f4a-000000000007",
                        "value": {
                            "items": [
                                {
                                    "type": "item",
                                    "id": "5c8e2c0e-0d4b-4a59-8f4a-000000000008",
                                    "value": {
                                        "title": "Verordnung",
                                        "url": "https://example.org/v",
                                        "accessed": None,
                                    },
                                }
                            ]
                        },
                    },
                ],
            },
        },
    ]


def english(text, path):
    if path == "slug":
        return f"{text}-en"
    return f"EN {text}"


@pytest.fixture
def profiles(home, english_locale, translate):
    """Two German profiles with the same content (but their keys and addresses), in a country
    that has an English version."""
    index = CountryIndexPage.objects.get(locale=home.locale)
    country = CountryProfilePageFactory(parent=index, title="Türkei", slug="tuerkei")
    translate(country)
    occupation = ReferenceOccupationFactory()
    pages = []
    for slug in ("koch-a", "koch-b"):
        page = ProfessionalProfilePageFactory(
            parent=country, title="Koch", slug=slug, external_id=slug, body=body()
        )
        page.reference_occupations.set([occupation])
        page.save()
        with trusted_publication():
            page.save_revision().publish()
        pages.append(ProfessionalProfilePage.objects.get(pk=page.pk))
    return country, pages


@pytest.fixture
def english_locale(english):
    return english


def values(obj, exclude=()):
    """A row's values but ids, keys, times and what names the page itself."""
    differ = {
        "id",
        "pk",
        "uuid",
        "created_at",
        "updated_at",
        "last_updated_at",
        "object_id",
        "source_id",
        "context_id",
        "translation_of_id",
        "string_id",
        "template_id",
        "revision_id",
        "page_ptr_id",
        "path",
        "url_path",
        "slug",
        "translation_key",
        "external_id",
        "latest_revision_id",
        "live_revision_id",
        "latest_revision_created_at",
        "first_published_at",
        "last_published_at",
        "draft_title",
        "content_json",
    }
    data = {}
    for field in obj._meta.concrete_fields:
        if field.attname in differ or field.attname in exclude:
            continue
        value = getattr(obj, field.attname)
        data[field.attname] = value.pk if isinstance(value, Model) else value
    return data


def rows_of(german_page, locale):
    source = TranslationSource.objects.get(object_id=german_page.translation_key)
    target = german_page.get_translation(locale).specific
    slug = german_page.slug

    def own(text):  # the page's own address, the one string that differs
        return text.replace(slug, "SLUG") if isinstance(text, str) else text

    return {
        "source": values(source),
        "strings": sorted(
            (s.context.path, s.context.field_path, s.order, own(s.string.data), s.attrs)
            for s in StringSegment.objects.filter(source=source).select_related("context", "string")
        ),
        "templates": sorted(
            (s.context.path, s.order, s.template.template, s.template.string_count)
            for s in TemplateSegment.objects.filter(source=source).select_related(
                "context", "template"
            )
        ),
        "overridable": sorted(
            (s.context.path, s.order, own(s.data_json))
            for s in OverridableSegment.objects.filter(source=source).select_related("context")
        ),
        "translation": [values(t) for t in Translation.objects.filter(source=source)],
        "string_translations": sorted(
            (
                t.context.path,
                own(t.translation_of.data),
                own(t.data),
                t.translation_type,
                t.tool_name,
                t.has_error,
                t.field_error,
                t.last_translated_by_id,
            )
            for t in StringTranslation.objects.filter(
                context__object_id=source.object_id
            ).select_related("context", "translation_of")
        ),
        "logs": [
            (log.locale_id, log.revision_id == target.latest_revision_id)
            for log in TranslationLog.objects.filter(source=source)
        ],
        "page": values(target),
        "body": json.dumps(list(target.body.raw_data), indent=1, sort_keys=True).splitlines(),
        "occupations": list(target.reference_occupations.values_list("pk", flat=True)),
    }


def test_bulk_rows_equal_localizes_own(profiles, english_locale):
    country, (by_localize, by_bulk) = profiles
    with TestCase.captureOnCommitCallbacks(execute=True), trusted_publication():
        translate_with_localize(by_localize, english_locale, english)
    made = translate_in_bulk([by_bulk], english_locale, english)
    targets = [target for _source, target in made]
    create_pages([(country.get_translation(english_locale), targets[0])], None, live=True)
    log_translations([source for source, _target in made], targets, english_locale)
    ours, theirs = rows_of(by_bulk, english_locale), rows_of(by_localize, english_locale)
    for key in theirs:
        assert ours[key] == theirs[key], key
    assert ours["strings"] and ours["templates"] and ours["overridable"]
    assert ours["page"]["title"] == "EN Koch" and ours["page"]["live"]


def test_what_the_bulk_path_writes_differently(profiles, english_locale):
    """Localize's path copies the page (a revision and a "wagtail.copy_for_translation" entry),
    then saves and publishes a second revision; the bulk path writes the page once, with one
    revision, created and published ("wagtail.create", "wagtail.publish")."""
    country, (by_localize, by_bulk) = profiles
    with TestCase.captureOnCommitCallbacks(execute=True), trusted_publication():
        translate_with_localize(by_localize, english_locale, english)
    made = translate_in_bulk([by_bulk], english_locale, english)
    create_pages([(country.get_translation(english_locale), made[0][1])], None, live=True)
    theirs = by_localize.get_translation(english_locale)
    ours = by_bulk.get_translation(english_locale)
    assert Revision.objects.filter(object_id=str(theirs.pk)).count() == 2
    assert Revision.objects.filter(object_id=str(ours.pk)).count() == 1
    assert list(
        PageLogEntry.objects.filter(page=ours).order_by("pk").values_list("action", flat=True)
    ) == [
        "wagtail.create",
        "wagtail.publish",
    ]
    assert theirs.live and ours.live
