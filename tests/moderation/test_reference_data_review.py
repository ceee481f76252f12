"""Reference data under quality control: a change to a reference occupation (and the other
snippets) is a draft until someone else approves it; only then do profiles show it; its
history and comparison are in the admin; a never-published snippet is shown to nobody."""

import pytest
from wagtail.models import WorkflowState

from pages.models import ChamberOutcomesPage
from pages.snippets import Chamber, ReferenceOccupation
from portal import roles
from tests.factories import pages as factories
from tests.factories.moderation import user_with
from tests.leaks import body

ADMIN = "/admin/snippets/pages/referenceoccupation"


@pytest.fixture
def people(db):
    return {
        "writer": user_with(roles.REGISTERED_STAFF, roles.REVIEWERS, username="writer"),
        "checker": user_with(roles.REGISTERED_STAFF, roles.COMPETENT_EDITORS, username="checker"),
    }


def form(occupation, **changes):
    data = {
        "name": occupation.name,
        "kldb_code": occupation.kldb_code,
        "chamber_type": occupation.chamber_type,
        "regulated": "",
        "occupational_field": "",
    }
    return {**data, **changes}


def submit(client, occupation, name):
    response = client.post(
        f"{ADMIN}/edit/{occupation.pk}/", {**form(occupation, name=name), "action-submit": "on"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return WorkflowState.objects.get(
        object_id=str(occupation.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )


def act(client, occupation, state, action):
    url = f"{ADMIN}/workflow/action/{occupation.pk}/{action}/{state.current_task_state.pk}/"
    return client.post(url, {"comment": ""})


def test_a_changed_occupation_reaches_profiles_only_after_another_persons_approval(
    client, tree, people
):
    occupation = tree["occupation"]
    profile_url = tree["de"]["profile"].url
    client.force_login(people["writer"])
    state = submit(client, occupation, "Elektroniker/-in für Gebäudetechnik")
    assert state.workflow.name == "Reference data review"
    assert "Elektroniker/-in für Gebäudetechnik" not in body(client.get(profile_url))
    occupation.refresh_from_db()
    assert occupation.name == "Elektroniker/-in" and occupation.has_unpublished_changes
    # Four eyes: the writer cannot approve their own change.
    act(client, occupation, state, "approve")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    client.force_login(people["checker"])
    response = act(client, occupation, state, "approve")
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    occupation.refresh_from_db()
    assert occupation.name == "Elektroniker/-in für Gebäudetechnik" and occupation.live
    client.logout()
    assert "Elektroniker/-in für Gebäudetechnik" in body(client.get(profile_url))


def test_no_role_publishes_reference_data_directly(client, tree, people):
    occupation = tree["occupation"]
    for user in people.values():
        client.force_login(user)
        client.post(
            f"{ADMIN}/edit/{occupation.pk}/",
            {**form(occupation, name="Direkt veröffentlicht"), "action-publish": "on"},
        )
        occupation.refresh_from_db()
        assert occupation.name == "Elektroniker/-in"


def test_history_and_comparison_of_reference_data(client, tree, people):
    occupation = tree["occupation"]
    client.force_login(people["writer"])
    submit(client, occupation, "Elektroniker/-in (neu)")
    history = client.get(f"{ADMIN}/history/{occupation.pk}/")
    assert history.status_code == 200
    revision = occupation.revisions.order_by("-created_at").first()
    compare = client.get(f"{ADMIN}/history/{occupation.pk}/revisions/compare/live...{revision.pk}/")
    assert compare.status_code == 200
    assert "(neu)" in compare.content.decode()


def test_a_never_published_occupation_is_shown_to_nobody(client, tree):
    draft = factories.ReferenceOccupationFactory(name="Entwurfsberuf", live=False)
    profile = tree["de"]["profile"]
    ReferenceOccupation.objects.filter(pk=draft.pk).update(live=False)
    profile.reference_occupations.add(draft)
    countries = tree["de"]["countries"]
    route = countries.url + countries.reverse_subpage("reference_occupation", args=[draft.pk])
    assert client.get(route).status_code == 404
    api = client.get("/api/v1/reference-occupations/?locale=de&limit=100").content.decode()
    assert "Entwurfsberuf" not in api
    assert "Entwurfsberuf" not in body(client.get(profile.url))


def test_a_chamber_under_review_gets_its_group_and_outcomes_page_when_published(db):
    chamber = Chamber(
        name="Handwerkskammer Neu",
        chamber_type="hwk",
        federal_state="BY",
        town="Neu",
        live=False,
    )
    chamber.save()
    assert chamber.group_id is None
    assert not ChamberOutcomesPage.objects.filter(chamber=chamber).exists()
    chamber.save_revision().publish()
    chamber.refresh_from_db()
    assert chamber.group is not None
    assert ChamberOutcomesPage.objects.filter(chamber=chamber).exists()
