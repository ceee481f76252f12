"""A portal with pages in review at two sizes, built once per module (see `scale_world`)."""

import types

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from pages import public_cache
from pages.models import CountryIndexPage, ProfessionalProfilePage
from portal import roles
from profile_io.writes import create_profiles, index_for_search
from tests.clients import VerifiedClient
from tests.factories.moderation import chamber_editor, user_with
from tests.factories.pages import ChamberFactory, CountryProfilePageFactory, profile_section

SMALL, LARGE = 3, 30


def in_review(country, user, count, title, sections=1):
    """`count` new profiles of `country`, drafts by `user` submitted to its workflow, written and
    indexed as an import writes them (profile_io.writes)."""
    workflow = country.get_workflow()
    first_task = workflow.tasks.filter(active=True).first().specific
    plans = [
        types.SimpleNamespace(
            page=ProfessionalProfilePage(
                title=f"{title} {number}",
                slug=f"{title.lower()}-{number}",
                locale=country.locale,
                owner=user,
                live=False,
                original_name="Meslek",
                qualification_type="school",
                isced_level=3,
                duration_months=36,
                summary="Kurz.",
                body=[profile_section() for _ in range(sections)],
            ),
            country=country,
            workflow=workflow,
            first_task=first_task,
        )
        for number in range(count)
    ]
    pages = create_profiles(plans, user, submit=True)
    # The task queue indexes an import's profiles after its commit, which this module's
    # transaction never reaches: index them as that task does.
    index_for_search(pages)
    return pages


def build_world():
    chamber = ChamberFactory(name="Handwerkskammer Skalierung")
    users = {
        "editor": chamber_editor(chamber, username="scale-editor"),
        "reviewer": user_with(roles.REVIEWERS, roles.REGISTERED_STAFF, username="scale-reviewer"),
        "competent": user_with(
            roles.COMPETENT_EDITORS, roles.REGISTERED_STAFF, username="scale-competent"
        ),
        "translator": user_with(roles.TRANSLATORS, username="scale-translator"),
        "portal_admin": user_with(
            roles.PORTAL_ADMINISTRATORS, roles.REGISTERED_STAFF, username="scale-admin"
        ),
        "superuser": user_with(username="scale-superuser", is_superuser=True, is_staff=True),
    }
    submitter = chamber_editor(chamber, username="scale-submitter")
    countries = CountryIndexPage.objects.get(locale__language_code="de")
    small = CountryProfilePageFactory(parent=countries, title="Land A", slug="land-a")
    large = CountryProfilePageFactory(parent=countries, title="Land B", slug="land-b")
    in_review(small, submitter, SMALL, "Klein")
    in_review(large, submitter, LARGE, "Gross")
    (short,) = in_review(small, submitter, 1, "Kurzprofil", sections=1)
    (long,) = in_review(small, submitter, 1, "Langprofil", sections=100)
    return {
        "users": {name: user.pk for name, user in users.items()},
        "submitter": submitter.pk,
        "small": small.pk,
        "large": large.pk,
        "short": short.pk,
        "long": long.pk,
    }


@pytest.fixture(scope="module")
def scale_world(django_db_setup, django_db_blocker):
    """Primary keys of the world of `build_world`, built in a transaction that stays open for
    the module (each test's own transaction rolls back to it)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        cache.clear()
        public_cache.memo.clear()
        world = build_world()
    yield world
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def world(scale_world, db):
    return scale_world


def signed_in(user_pk):
    from django.contrib.auth import get_user_model

    client = VerifiedClient()
    client.force_login(get_user_model().objects.get(pk=user_pk))
    return client


def queries(client, url):
    """The number of SQL queries of GET `url`, asked a second time (what a process keeps from the
    first answer is kept); asserts that it answers 200. Returns (count, response)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured), response
