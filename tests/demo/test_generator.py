"""The generated portal (demo.generator, `manage.py generate_portal`): at the tiny scale, pages
that render in both languages, found by the search, outcomes for staff only, quality control."""

from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils import translation
from wagtail.models import Page, PageLogEntry, Revision, WorkflowState
from wagtail.search.models import IndexEntry
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from pages.models import CountryProfilePage, ProfessionalProfilePage, RecognitionOutcomePage
from pages.snippets import Chamber, OccupationalField, ReferenceOccupation
from portal import roles
from search import indexing
from search.models import SearchDocument
from tests.factories.moderation import user_with

IN_REVIEW = 3


@pytest.fixture(scope="module")
def generated(django_db_setup, django_db_blocker):
    """The tiny portal, generated once for the module (rolled back after it)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        output = StringIO()
        with translation.override("de"):  # a command's language, whatever earlier tests left
            call_command(
                "generate_portal",
                "--scale",
                "tiny",
                "--seed",
                "3",
                "--in-review",
                str(IN_REVIEW),
                stdout=output,
            )
    yield output.getvalue()
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def portal(generated, db):
    return generated


def test_counts_and_tree(portal):
    assert "German profiles: 12" in portal
    german = ProfessionalProfilePage.objects.filter(locale__language_code="de")
    english = ProfessionalProfilePage.objects.filter(locale__language_code="en")
    assert german.count() == 12 and german.live().count() == 12
    assert english.count() == 4
    assert CountryProfilePage.objects.filter(locale__language_code="de").count() == 3
    assert CountryProfilePage.objects.filter(locale__language_code="en").count() == 1
    assert (
        ProfessionalProfilePage.objects.child_of(
            CountryProfilePage.objects.get(locale__language_code="de", iso_code="TR")
        ).count()
        == 6
    )
    assert RecognitionOutcomePage.objects.live().count() == 4
    assert Chamber.objects.count() == 2
    assert Page.find_problems() == ([], [], [], [], [])
    for page in german:
        blocks = sum(len(section.value["content"]) for section in page.body)
        assert 10 <= blocks <= 30
        assert page.reference_occupations.exists() and page.occupational_field_id
        assert page.live_revision_id and page.latest_revision_id
    actions = set(PageLogEntry.objects.filter(page__in=german).values_list("action", flat=True))
    assert {"wagtail.create", "wagtail.publish"} <= actions
    live_types = ("pages.professionalprofilepage", "pages.countryprofilepage")
    assert SearchDocument.objects.filter(kind__in=live_types).count() == 12 + 4 + 3 + 1
    assert Translation.objects.filter(target_locale__language_code="en").count() == (
        TranslationSource.objects.count()
    )
    assert TranslationLog.objects.filter(revision__isnull=False).count() >= 4 + 1
    assert ReferenceOccupation.objects.filter(locale__language_code="en").exists()


def test_pages_render_in_both_languages(portal, client):
    german = ProfessionalProfilePage.objects.filter(locale__language_code="de").first()
    english = ProfessionalProfilePage.objects.filter(locale__language_code="en").first()
    country = CountryProfilePage.objects.filter(locale__language_code="en").first()
    for page in (german, english, country, german.get_parent()):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()
    original = english.get_translation(german.locale)
    assert original.original_name == english.original_name
    assert english.title != original.title  # the English text, not the German


def test_a_profile_is_found_by_the_search(portal, client):
    page = ProfessionalProfilePage.objects.filter(locale__language_code="de").first()
    response = client.get("/de/suche/", {"q": page.original_name})
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_outcomes_are_for_registered_staff_only(portal, client):
    outcome = RecognitionOutcomePage.objects.live().first()
    response = client.get(outcome.url)
    assert response.status_code in (302, 403, 404)
    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff-reader"))
    assert client.get(outcome.url).status_code == 200


def test_profiles_in_review(portal):
    states = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    assert states.count() == IN_REVIEW
    for state in states:
        page = ProfessionalProfilePage.objects.get(pk=state.object_id)
        assert page.live and page.has_unpublished_changes
        assert state.current_task_state.revision_id == page.latest_revision_id
        assert page.latest_revision_id != page.live_revision_id
        assert Revision.objects.filter(object_id=str(page.pk)).count() == 2


def test_a_second_run_is_refused(portal):
    with pytest.raises(CommandError):
        call_command("generate_portal", "--scale", "tiny", stdout=StringIO())


IGNORED = {"id", "title_norm"}


def index_rows(content_types):
    """The portal's search documents and Wagtail's index entries of objects of `content_types`,
    as comparable values (the vectors as PostgreSQL prints them)."""
    vectors = {}
    if connection.vendor == "postgresql":
        vectors = {
            "vector_text": Cast("vector", TextField()),
            "title_vector_text": Cast("title_vector", TextField()),
        }
    fields = [f.attname for f in SearchDocument._meta.concrete_fields if "vector" not in f.name]
    documents = SearchDocument.objects.order_by("page_id").annotate(**vectors)
    entries = IndexEntry.objects.filter(content_type__in=content_types)
    entries = entries.order_by("content_type_id", "object_id").values()
    return (
        list(documents.values_list(*fields, *vectors)),
        # title_norm: a statistic of the whole index when the entry was written
        [{key: str(value) for key, value in row.items() if key not in IGNORED} for row in entries],
    )


def test_search_indexes_are_what_indexing_each_object_writes(portal):
    """The documents and Wagtail's index entries written in bulk equal those that indexing
    every object again writes (search.indexing.rebuild, Wagtail's `update_index`); the pages
    of the migrations, which no migration indexes, aside."""
    generated = {
        ContentType.objects.get_for_model(model).pk
        for model in (
            CountryProfilePage,
            ProfessionalProfilePage,
            RecognitionOutcomePage,
            ReferenceOccupation,
            OccupationalField,
            Chamber,
        )
    }
    bulk = index_rows(generated)
    with transaction.atomic(), translation.override("de"):  # as the fixture's command ran
        indexing.rebuild()
        call_command("update_index", stdout=StringIO())
        again = index_rows(generated)
        transaction.set_rollback(True)
    assert bulk[0] == again[0]
    assert bulk[1] == again[1]
