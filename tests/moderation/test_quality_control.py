"""Two-stage quality control with four eyes, through the admin and through the Python API."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from wagtail.models import PageLogEntry, TaskState, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from portal import roles
from tests.factories.moderation import chamber_editor, user_with
from tests.factories.pages import ChamberFactory, ProfessionalProfilePageFactory


@pytest.fixture
def people(db):
    chamber = ChamberFactory()
    return {
        "editor": chamber_editor(chamber, username="editor"),
        "reviewer": user_with(roles.REVIEWERS, username="reviewer"),
        "reviewer2": user_with(roles.REVIEWERS, username="reviewer2"),
        "competent": user_with(roles.COMPETENT_EDITORS, username="competent"),
        "both": user_with(roles.REVIEWERS, roles.COMPETENT_EDITORS, username="both"),
        "translator": user_with(roles.TRANSLATORS, username="translator"),
        "admin": user_with(roles.PORTAL_ADMINISTRATORS, username="admin"),
    }


@pytest.fixture
def draft(tree, people):
    """A new profile the editor wrote in the German country tree, not yet live."""
    page = ProfessionalProfilePageFactory(parent=tree["de"]["country"], slug="neu", live=False)
    page.title = "Neues Berufsprofil"
    page.save_revision(user=people["editor"])
    return page


def profile_form(action, **fields):
    """What the profile editor posts (Wagtail's own form-data helpers)."""
    data = {
        "title": "Berufsprofil",
        "slug": "neu",
        "original_name": "Meslek",
        "qualification_type": "school",
        "isced_level": "3",
        "duration_months": "36",
        "summary": "Kurz.",
        "body": streamfield([]),
        "comments": inline_formset([]),
        action: action,
        **fields,
    }
    return nested_form_data(data)


def submit(page, user):
    workflow = page.get_workflow()
    assert workflow.name == "Quality control"
    return workflow.start(page, user)


def current(page):
    page.refresh_from_db()
    return page.current_workflow_task_state


def act(client, user, page, action, comment=""):
    """Take a workflow action through the admin, as the buttons in the editor do."""
    client.force_login(user)
    task_state = current(page)
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
    return client.post(url, {"comment": comment} if comment else {})


def test_both_locales_country_trees_have_quality_control(tree):
    workflow = Workflow.objects.get(name="Quality control")
    for language in ("de", "en"):
        assert tree[language]["profile"].get_workflow() == workflow
    names = [task.specific.__class__.__name__ for task in workflow.tasks]
    assert names == ["ReviewTask", "FinalCheckTask"]


def test_happy_path_review_then_final_check_publishes(client, draft, people):
    submit(draft, people["editor"])
    assert mail.outbox, "stage 1 reviewers are told"
    assert {"reviewer@example.org", "reviewer2@example.org"} <= set(mail.outbox[-1].to) | {
        address for message in mail.outbox for address in message.to
    }
    act(client, people["reviewer"], draft, "approve")
    assert current(draft).task.specific.__class__.__name__ == "FinalCheckTask"
    assert not draft.live
    act(client, people["competent"], draft, "approve")
    draft.refresh_from_db()
    assert draft.live
    assert draft.current_workflow_state is None
    actions = PageLogEntry.objects.filter(page=draft).values_list("action", "user__username")
    assert ("wagtail.workflow.start", "editor") in actions
    assert ("wagtail.workflow.approve", "reviewer") in actions
    assert ("wagtail.publish", "competent") in actions


def test_author_cannot_review_own_revision(client, draft, people):
    reviewer = people["reviewer"]
    draft.title = "Vom Prüfer geändert"
    draft.save_revision(user=reviewer)
    submit(draft, people["editor"])
    task_state = current(draft)
    assert task_state.task.specific.get_actions(draft, reviewer) == []
    act(client, reviewer, draft, "approve")
    assert current(draft).pk == task_state.pk, "the admin refused the approval"
    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, reviewer, "approve")
    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, reviewer, "reject")
    assert task_state.task.specific.get_actions(draft, people["reviewer2"])


def test_stage_two_is_never_the_stage_one_approver(client, draft, people):
    submit(draft, people["editor"])
    act(client, people["both"], draft, "approve")
    task_state = current(draft)
    final = task_state.task.specific
    assert final.get_actions(draft, people["both"]) == []
    with pytest.raises(PermissionDenied):
        final.on_action(task_state, people["both"], "approve")
    assert not final.get_task_states_user_can_moderate(people["both"]).exists()
    assert final.get_task_states_user_can_moderate(people["competent"]).exists()


def test_outsiders_get_no_actions_and_are_refused(client, draft, people):
    submit(draft, people["editor"])
    task_state = current(draft)
    for name in ("editor", "translator", "competent", "admin"):
        user = people[name]
        assert task_state.task.specific.get_actions(draft, user) == [], name
        with pytest.raises(PermissionDenied):
            task_state.task.specific.on_action(task_state, user, "approve")
        response = act(client, user, draft, "approve")
        assert response.status_code in (302, 403)
        assert current(draft).pk == task_state.pk


def test_request_changes_returns_to_author_with_comment(client, draft, people):
    submit(draft, people["editor"])
    mail.outbox.clear()
    act(client, people["reviewer"], draft, "reject", comment="Quelle fehlt")
    draft.refresh_from_db()
    assert draft.current_workflow_state.status == "needs_changes"
    assert not draft.live
    assert TaskState.objects.filter(status=TaskState.STATUS_REJECTED, comment="Quelle fehlt")
    to_author = [message for message in mail.outbox if "editor@example.org" in message.to]
    assert to_author
    assert "Quelle fehlt" in to_author[0].body


def test_edit_during_review_goes_back_to_stage_one(client, draft, people):
    submit(draft, people["editor"])
    act(client, people["reviewer"], draft, "approve")
    draft.title = "Während der Prüfung geändert"
    draft.save_revision(user=people["reviewer2"])
    act(client, people["competent"], draft, "approve")
    draft.refresh_from_db()
    assert not draft.live, "the edited revision was never reviewed"
    task_state = current(draft)
    assert task_state.task.specific.__class__.__name__ == "ReviewTask"
    assert task_state.task.specific.get_actions(draft, people["reviewer2"]) == []
    act(client, people["reviewer"], draft, "approve")
    act(client, people["competent"], draft, "approve")
    draft.refresh_from_db()
    assert draft.live
    assert draft.title == "Während der Prüfung geändert"


def test_competent_editor_cannot_publish_around_the_workflow(client, draft, people):
    competent = people["competent"]
    client.force_login(competent)
    response = client.post(
        f"/admin/pages/{draft.pk}/edit/", profile_form(title="Direkt", action="action-publish")
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert not draft.live
    with pytest.raises(PermissionDenied):
        draft.save_revision(user=competent).publish(user=competent)
    assert not draft.permissions_for_user(competent).can_publish()
    parent = draft.get_parent().specific
    assert not parent.permissions_for_user(competent).can_publish_subpage()


def test_editor_cannot_publish_or_delete_published_or_change_privacy(client, tree, people):
    editor = people["editor"]
    profile = tree["de"]["profile"]
    tester = profile.permissions_for_user(editor)
    assert tester.can_edit()
    assert not tester.can_publish()
    assert not tester.can_unpublish()
    assert not tester.can_delete()
    assert not tester.can_set_view_restrictions()
    client.force_login(editor)
    response = client.get(f"/admin/pages/{profile.pk}/privacy/")
    assert response.status_code in (302, 403)


def test_only_portal_administrators_change_privacy(client, tree, people):
    profile = tree["de"]["profile"]
    assert not profile.permissions_for_user(people["competent"]).can_set_view_restrictions()
    assert profile.permissions_for_user(people["admin"]).can_set_view_restrictions()
    client.force_login(people["competent"])
    assert client.get(f"/admin/pages/{profile.pk}/privacy/").status_code in (302, 403)
    client.force_login(people["admin"])
    assert client.get(f"/admin/pages/{profile.pk}/privacy/").status_code == 200


def test_translators_work_in_the_english_tree_only(tree, people):
    translator = people["translator"]
    assert tree["en"]["profile"].permissions_for_user(translator).can_edit()
    assert not tree["de"]["profile"].permissions_for_user(translator).can_edit()
    assert not tree["en"]["profile"].permissions_for_user(translator).can_publish()


def test_chamber_group_follows_the_chamber(db):
    chamber = ChamberFactory(name="Handwerkskammer Alt")
    group = chamber.group
    assert group.name == "Kammer: Handwerkskammer Alt"
    chamber.name = "Handwerkskammer Neu"
    chamber.save()
    group.refresh_from_db()
    assert group.name == "Kammer: Handwerkskammer Neu"
    assert group.permissions.filter(codename="access_admin").exists()
    chamber.delete()
    assert not type(group).objects.filter(pk=group.pk).exists()


def test_editor_submits_through_the_editor(client, draft, people):
    client.force_login(people["editor"])
    edit_url = f"/admin/pages/{draft.pk}/edit/"
    html = client.get(edit_url).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html
    response = client.post(edit_url, profile_form(title="Eingereicht", action="action-submit"))
    assert response.status_code == 302
    task_state = current(draft)
    assert task_state.task.name == "Stufe 1: Fachliche Prüfung"
    assert task_state.workflow_state.requested_by == people["editor"]
