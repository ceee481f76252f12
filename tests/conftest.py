import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import TestCase
from wagtail.models import Locale

from moderation.publishing import trusted_publication
from pages import public_cache
from pages.models import CountryIndexPage, HomePage
from portal import roles
from tests.clients import VerifiedClient
from tests.factories import pages as factories
from tests.factories.moderation import english_speaking, user_with
from translation.localize import translate_with_localize


@pytest.fixture(autouse=True, scope="session")
def emails_through_the_queue(django_test_environment):
    """E-mails go through the portal's queue (background.mail) as everywhere else, delivered to
    django.core.mail.outbox (EMAIL_DELIVERY_BACKEND): Django's test set-up replaces
    EMAIL_BACKEND with its own in-memory backend, which would skip the queue."""
    settings.EMAIL_BACKEND = "background.mail.QueuedEmailBackend"


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: renditions, rate limits and site root paths are
    cached by primary keys, which repeat between test transactions, and so do content versions
    (the process's memo of answers is keyed by them)."""
    cache.clear()
    public_cache.memo.clear()


@pytest.fixture
def client():
    """pytest-django's client, signing in with the second factor (VerifiedClient)."""
    return VerifiedClient()


@pytest.fixture
def admin_client(db, admin_user):
    """pytest-django's superuser client, signed in with the second factor."""
    client = VerifiedClient()
    client.force_login(admin_user)
    return client


@pytest.fixture
def german(db):
    return Locale.objects.get(language_code="de")


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def home(german):
    """The German home page that the data migration creates in every database."""
    return HomePage.objects.get(locale=german)


SLUGS = {"home": "home-en", "laender": "countries"}  # as the data migration named them


def to_english(text, path):
    """A stand-in translator: marks every string, turns slugs into English-looking ones."""
    if path == "slug":
        return SLUGS.get(text, f"{text}-en")
    return f"[en] {text}"


def translate_into_english(english):
    """Translate a German page or snippet into English through wagtail-localize and publish it.

    The test world is set up by the system: published without review (trusted_publication);
    localize publishes in on_commit, which runs here at once.
    """

    def _translate(instance, translator=to_english, publish=True):
        with TestCase.captureOnCommitCallbacks(execute=True), trusted_publication():
            translate_with_localize(instance, english, translator, publish=publish)
        translated = instance.get_translation(english)  # fetched after localize published it
        return translated.specific if hasattr(translated, "specific") else translated

    return _translate


@pytest.fixture
def translate(english):
    return translate_into_english(english)


def build_tree(home, translate):
    """A small German tree with every public page type, all translated into English."""
    occupation = factories.ReferenceOccupationFactory(name="Elektroniker/-in")
    field = factories.OccupationalFieldFactory(name="Elektrotechnik")
    translate(occupation, lambda text, path: "Electronics technician")
    translate(field, lambda text, path: "Electrical engineering")
    countries = CountryIndexPage.objects.get(locale=home.locale)  # from the data migration
    turkey = factories.CountryProfilePageFactory(
        parent=countries, title="Türkei", slug="tuerkei", iso_code="TR"
    )
    profile = factories.ProfessionalProfilePageFactory(
        parent=turkey,
        title="Elektrotechniker",
        slug="elektrotechniker",
        occupational_field=field,
    )
    profile.reference_occupations.set([occupation])
    profile.save()
    about = factories.StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns")
    news_index = factories.NewsIndexPageFactory(parent=home)
    news = factories.NewsPageFactory(parent=news_index, title="Neu", slug="neu")
    finder = factories.AuthorityFinderPageFactory(parent=home)
    pages = {
        "home": home,
        "countries": countries,
        "country": turkey,
        "profile": profile,
        "about": about,
        "news_index": news_index,
        "news": news,
        "finder": finder,
    }
    english_pages = {name: translate(page) for name, page in pages.items()}
    return {
        "de": pages,
        "en": english_pages,
        "occupation": occupation,
        "field": field,
    }


@pytest.fixture(scope="module")
def built_tree(django_db_setup, django_db_blocker):
    """The tree of `tree`, built once for a test module: in a transaction that stays open for
    the module (each test's own transaction rolls back to it) and is rolled back after it.

    Yields (model, primary key) of every object, so that each test reads fresh instances.
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        cache.clear()
        public_cache.memo.clear()
        home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
        english = Locale.objects.get(language_code="en")
        data = build_tree(home, translate_into_english(english))
    yield {
        key: (
            {name: (type(page), page.pk) for name, page in value.items()}
            if isinstance(value, dict)
            else (type(value), value.pk)
        )
        for key, value in data.items()
    }
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def tree(built_tree, db):
    """A small German tree with every public page type, all translated into English (built
    once per module; fresh instances for each test, whose changes are rolled back)."""
    return {
        key: (
            {name: model.objects.get(pk=pk) for name, (model, pk) in value.items()}
            if isinstance(value, dict)
            else value[0].objects.get(pk=value[1])
        )
        for key, value in built_tree.items()
    }


@pytest.fixture
def admin(db):
    """A portal administrator (not a superuser) whose admin speaks English."""
    return english_speaking(user_with(roles.PORTAL_ADMINISTRATORS, username="portaladmin"))


@pytest.fixture
def portal_admin_client(client, admin):
    """Signed in as `admin` (pytest-django's own admin_client is a superuser's)."""
    client.force_login(admin)
    return client
