"""The four-eyes rules asked of many task states at once (`FourEyesTask.conflicts`, in SQL) give
what `can_act` gives for each: the dashboards and Wagtail's "awaiting my review" filters list
exactly what the reviewer may approve."""

import pytest
from django.utils import timezone
from wagtail.models import Page, TaskState

from pages.models import CountryIndexPage
from portal import roles
from tests.factories.moderation import chamber_editor, user_with
from tests.factories.pages import (
    ChamberFactory,
    CountryProfilePageFactory,
    ProfessionalProfilePageFactory,
)


@pytest.fixture
def country(db):
    countries = CountryIndexPage.objects.get(locale__language_code="de")
    return CountryProfilePageFactory(parent=countries, title="Prüfland", slug="pruefland")


def draft(country, author, title):
    page = ProfessionalProfilePageFactory(parent=country, title=title, live=False)
    page.save_revision(user=author)
    return page


def test_sql_rules_agree_with_can_act(country):
    editor = chamber_editor(ChamberFactory(), username="editor")
    reviewer = user_with(roles.REVIEWERS, username="reviewer")
    other_reviewer = user_with(roles.REVIEWERS, username="other-reviewer")
    both = user_with(roles.REVIEWERS, roles.COMPETENT_EDITORS, username="both")
    competent = user_with(roles.COMPETENT_EDITORS, username="competent")
    superuser = user_with(username="super", is_superuser=True)
    inactive = user_with(roles.REVIEWERS, username="inactive", is_active=False)

    edited = draft(country, editor, "Mitbearbeitet")
    edited.save_revision(user=reviewer)  # the reviewer edited it: not theirs to review
    edited.get_workflow().start(edited, editor)

    republished = draft(country, reviewer, "Wiederveröffentlicht")
    Page.objects.filter(pk=republished.pk).update(last_published_at=timezone.now())
    republished = Page.objects.get(pk=republished.pk).specific
    republished.save_revision(user=editor)  # the reviewer's revision predates the publication
    republished.get_workflow().start(republished, editor)

    by_superuser = draft(country, superuser, "Vom Superuser")
    by_superuser.get_workflow().start(by_superuser, superuser)

    second_stage = draft(country, editor, "Zweite Stufe")
    second_stage.get_workflow().start(second_stage, editor)
    state = second_stage.current_workflow_task_state
    state.task.specific.on_action(state, both, "approve")  # stage 1 by `both`

    in_progress = TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS)
    assert in_progress.count() == 4
    users = [editor, reviewer, other_reviewer, both, competent, superuser, inactive]
    for user in users:
        listed = set(TaskState.objects.reviewable_by(user).values_list("pk", flat=True))
        allowed = {state.pk for state in in_progress if state.task.specific.can_act(state, user)}
        assert listed == allowed, user.username
    titles = {
        state.workflow_state.content_object.title for state in TaskState.objects.reviewable_by(both)
    }
    assert titles == {"Mitbearbeitet", "Wiederveröffentlicht", "Vom Superuser"}  # not stage 2
    reviewable = TaskState.objects.reviewable_by(reviewer)
    assert {state.workflow_state.content_object.title for state in reviewable} == {
        "Wiederveröffentlicht",
        "Vom Superuser",
    }
