""" "Last reviewed" is a fact: the final approval in quality control sets it (and who gave it),
also for an unchanged profile an editor confirms as current; nobody types it."""

import pytest
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.models import Page
from wagtail.users.models import UserProfile

from pages.models import ProfessionalProfilePage
from tests.moderation.test_quality_control import (  # noqa: F401 (fixtures)
    act,
    current,
    draft,
    people,
    profile_form,
    submit,
)


def test_the_final_approval_sets_last_reviewed_and_the_reviewer(client, draft, people):  # noqa: F811
    submit(draft, people["editor"])
    act(client, people["reviewer"], draft, "approve")
    today = timezone.localdate()
    assert ProfessionalProfilePage.objects.get(pk=draft.pk).last_reviewed != today
    act(client, people["competent"], draft, "approve")
    page = ProfessionalProfilePage.objects.get(pk=draft.pk)
    assert page.live
    assert (page.last_reviewed, page.last_reviewed_by) == (today, people["competent"])
    assert page.live_revision.as_object().last_reviewed == today, "the revision says so too"
    html = client.get(page.url).content.decode()
    assert f'<time datetime="{today.isoformat()}">' in html
    assert date_format(today, "DATE_FORMAT") in html


@pytest.fixture
def published(client, tree, people):  # noqa: F811
    """A profile that went live through quality control a while ago, unchanged since; the
    editor who reads the admin in English."""
    profile = UserProfile.get_for_user(people["competent"])
    profile.preferred_language = "en"
    profile.save()
    page = tree["de"]["profile"]
    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes
    return page


def test_an_editor_confirms_an_unchanged_profile_as_current(client, published, people):  # noqa: F811
    before = published.last_reviewed
    client.force_login(people["competent"])
    edit_url = f"/admin/pages/{published.pk}/edit/"
    html = client.get(edit_url).content.decode()
    assert "Confirm as current" in html
    form = profile_form(
        "action-submit",
        title=published.title,
        slug=published.slug,
        original_name=published.original_name,
        qualification_type=published.qualification_type,
        isced_level=str(published.isced_level),
        duration_months=str(published.duration_months),
        summary=published.summary,
        last_reviewed="2001-01-01",  # not a field of the form: ignored
    )
    assert client.post(edit_url, form).status_code == 302
    assert current(published).task.name == "Stufe 1: Fachliche Prüfung"
    act(client, people["reviewer"], published, "approve")
    act(client, people["both"], published, "approve")
    page = ProfessionalProfilePage.objects.get(pk=published.pk)
    assert page.last_reviewed == timezone.localdate() != before
    assert page.last_reviewed_by == people["both"]
    assert page.title == published.title


def test_confirm_as_current_is_offered_only_for_unchanged_published_profiles(
    client,
    published,
    people,  # noqa: F811
):
    client.force_login(people["competent"])
    edit_url = f"/admin/pages/{published.pk}/edit/"
    published.title = "Geändert"
    published.save_revision(user=people["competent"])
    assert "Confirm as current" not in client.get(edit_url).content.decode()
    country_index = Page.objects.get(pk=published.get_parent().get_parent().pk)
    assert (
        "Confirm as current"
        not in client.get(f"/admin/pages/{country_index.pk}/edit/").content.decode()
    )


def test_a_translation_is_not_stamped_its_date_comes_from_the_german_original(
    client,
    tree,
    people,  # noqa: F811
):
    english = ProfessionalProfilePage.objects.get(pk=tree["en"]["profile"].pk)
    before = english.last_reviewed
    english.summary = "Reworded."
    english.save_revision(user=people["translator"])
    english.get_workflow().start(english, people["translator"])
    act(client, people["reviewer"], english, "approve")
    act(client, people["competent"], english, "approve")
    english = ProfessionalProfilePage.objects.get(pk=english.pk)
    assert english.live and english.summary == "Reworded."
    assert english.last_reviewed == before and english.last_reviewed_by is None
