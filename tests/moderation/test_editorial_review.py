"""Information pages, news and the restricted area's guidelines go live through a review with
four eyes, as profiles do: nobody publishes the German tree alone."""

import pytest
from django.core.exceptions import PermissionDenied
from wagtail.models import Page

from moderation.publishing import trusted_publication
from pages.models import GuidelineIndexPage, NewsPage, StandardPage
from tests.factories.pages import NewsPageFactory, StandardPageFactory
from tests.moderation.test_quality_control import act, current, people  # noqa: F401 (fixtures)


@pytest.mark.parametrize(
    ("name", "workflow"),
    [
        ("home", "Editorial review"),
        ("about", "Editorial review"),
        ("news_index", "Editorial review"),
        ("news", "Editorial review"),
        ("finder", "Editorial review"),
        ("profile", "Quality control"),
        ("country", "Quality control"),
    ],
)
def test_every_german_page_has_a_review_with_four_eyes(tree, name, workflow):
    assert tree["de"][name].get_workflow().name == workflow
    english = tree["en"][name].get_workflow().name
    assert english == ("Quality control" if workflow == "Quality control" else "Translation review")


def test_guidelines_are_reviewed_too(tree, german):
    guidelines = GuidelineIndexPage.objects.get(locale=german)
    assert guidelines.get_workflow().name == "Editorial review"


def test_a_competent_editor_cannot_publish_news_alone(client, tree, people):  # noqa: F811
    news = NewsPageFactory(parent=tree["de"]["news_index"], slug="entwurf", live=False)
    client.force_login(people["competent"])
    edit_url = f"/admin/pages/{news.pk}/edit/"
    html = client.get(edit_url).content.decode()
    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html
    revision = news.save_revision(user=people["competent"])
    with pytest.raises(PermissionDenied):
        revision.publish(user=people["competent"])
    assert not NewsPage.objects.get(pk=news.pk).live


def test_a_live_page_is_not_changed_around_the_review(tree):
    about = StandardPage.objects.get(pk=tree["de"]["about"].pk)
    about.intro = "Unreviewed."
    with pytest.raises(PermissionDenied):
        about.save()


def test_a_second_person_approves_and_publishes(client, tree, people):  # noqa: F811
    page = StandardPageFactory(parent=tree["de"]["home"], slug="neu", live=False)
    page.title = "Barrierefreiheit"
    page.save_revision(user=people["competent"])
    page.get_workflow().start(page, people["competent"])
    act(client, people["competent"], page, "approve")  # the author: refused
    assert not Page.objects.get(pk=page.pk).live
    assert current(page).task.name == "Redaktionelle Prüfung"
    act(client, people["reviewer"], page, "approve")
    published = StandardPage.objects.get(pk=page.pk)
    assert published.live and published.title == "Barrierefreiheit"
    assert client.get(published.url).status_code == 200


def test_system_seeding_still_writes_live_content(tree):
    about = StandardPage.objects.get(pk=tree["de"]["about"].pk)
    about.intro = "Seeded."
    with trusted_publication():
        about.save()
    assert StandardPage.objects.get(pk=about.pk).intro == "Seeded."
