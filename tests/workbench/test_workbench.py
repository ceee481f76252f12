"""My workbench: the admin dashboard shows each user their drafts, submissions and tasks."""

import datetime

import pytest

from moderation.publishing import trusted_publication
from portal import roles
from tests.factories.moderation import chamber_editor, restrict_to_registered_staff, user_with
from tests.factories.pages import ChamberFactory, ProfessionalProfilePageFactory


@pytest.fixture
def chamber(db):
    return ChamberFactory(name="Handwerkskammer Test")


@pytest.fixture
def editor(chamber):
    return chamber_editor(chamber, username="editor", first_name="Erika", last_name="Editor")


@pytest.fixture
def reviewer(db):
    return user_with(roles.REVIEWERS, username="reviewer")


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def write(tree, editor, title):
    page = ProfessionalProfilePageFactory(
        parent=tree["de"]["country"], title=title, live=False, last_reviewed=datetime.date.today()
    )
    page.save_revision(user=editor)
    return page


def test_draft_then_submission_then_changes_requested(client, tree, editor, reviewer):
    page = write(tree, editor, "Mein Entwurf")
    html = dashboard(client, editor)
    assert "Meine Entwürfe" in html or "My drafts" in html
    assert "Mein Entwurf" in html

    page.get_workflow().start(page, editor)
    html = dashboard(client, editor)
    assert "Stufe 1: Fachliche Prüfung" in html

    reviewer_html = dashboard(client, reviewer)
    assert "Mein Entwurf" in reviewer_html, "awaiting the reviewer"

    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(
        task_state, reviewer, "reject", comment="Bitte Quellen ergänzen"
    )
    html = dashboard(client, editor)
    assert "Bitte Quellen ergänzen" in html


def test_reviewer_does_not_see_own_work_awaiting_review(client, tree, editor, reviewer):
    page = write(tree, editor, "Gemeinsamer Text")
    page.save_revision(user=reviewer)
    page.get_workflow().start(page, editor)
    assert "Gemeinsamer Text" not in dashboard(client, reviewer)
    other = user_with(roles.REVIEWERS, username="other")
    assert "Gemeinsamer Text" in dashboard(client, other)


def test_chamber_content_and_content_due_for_review(client, tree, editor, chamber):
    write(tree, editor, "Kammerinhalt")
    colleague = chamber_editor(chamber, username="colleague")
    html = dashboard(client, colleague)
    assert "Kammerinhalt" in html
    old = tree["de"]["profile"]
    old.last_reviewed = datetime.date(2023, 1, 15)
    with trusted_publication():  # test setup writes live content directly
        old.save()
    html = dashboard(client, colleague)
    assert old.title in html
    outsider = chamber_editor(ChamberFactory(), username="outsider")
    assert "Kammerinhalt" not in dashboard(client, outsider)


def test_registered_staff_see_new_forum_topics(client, german):
    from forum.models import ForumPage
    from tests.factories.forum import topic_with_posts

    author = user_with(roles.REGISTERED_STAFF, roles.CHAMBER_EDITORS, username="author")
    topic_with_posts(
        ForumPage.objects.get(locale=german), author, "Erfahrungen mit Syrien", [(author, "Hallo")]
    )
    assert "Erfahrungen mit Syrien" in dashboard(client, author)
    assert "Erfahrungen mit Syrien" not in dashboard(client, user_with(roles.TRANSLATORS))


def test_translators_get_to_work_and_learn_no_restricted_title(client, tree):
    """Untranslated pages link to starting their translation; restricted ones are listed only
    to translators who are registered staff."""
    country = tree["de"]["country"]
    public = ProfessionalProfilePageFactory(parent=country, title="Fliesenleger")
    secret = ProfessionalProfilePageFactory(parent=country, title="Vertrauliches Berufsprofil")
    restrict_to_registered_staff(secret)

    html = dashboard(client, user_with(roles.TRANSLATORS, username="translator"))
    assert "Fliesenleger" in html
    assert f'href="/admin/localize/submit/page/{public.pk}/"' in html
    assert "Vertrauliches Berufsprofil" not in html

    staff = user_with(roles.TRANSLATORS, roles.REGISTERED_STAFF, username="staff-translator")
    assert "Vertrauliches Berufsprofil" in dashboard(client, staff)
