"""Privacy changes land in Wagtail's audit log, also those privacy.mirroring makes, and the
admin's site history shows them."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction, PageLogEntry, PageViewRestriction
from wagtail.models.audit_log import ModelLogEntry

from portal import roles
from tests.factories.moderation import english_speaking, user_with

SITE_HISTORY = "/admin/reports/site-history/"


@pytest.fixture
def root_client(client, db):
    user = english_speaking(user_with(roles.REGISTERED_STAFF, username="root", is_superuser=True))
    client.force_login(user)
    client.user = user
    return client


def page_entries(page, action):
    return PageLogEntry.objects.filter(page=page, action=action).order_by("pk")


def test_page_privacy_and_its_mirrors_are_logged(root_client, tree):
    german, english = tree["de"]["news"], tree["en"]["news"]
    staff = Group.objects.get(name=roles.REGISTERED_STAFF)
    url = reverse("wagtailadmin_pages:set_privacy", args=[german.pk])
    response = root_client.post(url, {"restriction_type": "groups", "groups": [staff.pk]})
    assert response.status_code == 200
    assert PageViewRestriction.objects.filter(page=english).exists()  # mirrored

    [made] = page_entries(german, "wagtail.view_restriction.create")
    assert made.user == root_client.user
    groups = page_entries(german, "privacy.view_restriction.groups").last()
    assert groups.data["groups"] == [roles.REGISTERED_STAFF]
    assert groups.user == root_client.user
    mirrored = page_entries(english, "privacy.view_restriction.groups").last()
    assert mirrored.data["groups"] == [roles.REGISTERED_STAFF]
    assert mirrored.data["mirrored"] is True
    assert mirrored.user == root_client.user

    response = root_client.post(url, {"restriction_type": "none"})
    assert not PageViewRestriction.objects.filter(page=english).exists()
    assert page_entries(german, "wagtail.view_restriction.delete").exists()
    [removed] = page_entries(english, "wagtail.view_restriction.delete")  # a bulk delete
    assert removed.data["mirrored"] is True
    assert removed.user == root_client.user

    html = root_client.get(SITE_HISTORY).content.decode()
    assert f"for the groups {roles.REGISTERED_STAFF}" in html
    assert "(mirrored from another language version or alias)" in html
    assert "Removed the &#x27;Private, accessible to users in specific groups&#x27;" in html


def test_a_deleted_page_does_not_log_its_restriction_again(root_client, tree):
    page = tree["de"]["about"]
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert restriction.pk
    page.delete()
    assert not PageLogEntry.objects.filter(
        page_id=page.pk, action="wagtail.view_restriction.delete"
    ).exists()


def test_collection_privacy_is_logged(root_client, db):
    collection = Collection.get_first_root_node().add_child(name="Bescheide")
    staff = Group.objects.get(name=roles.REGISTERED_STAFF)
    url = reverse("wagtailadmin_collections:set_privacy", args=[collection.pk])
    root_client.post(url, {"restriction_type": "groups", "groups": [staff.pk]})
    assert CollectionViewRestriction.objects.filter(collection=collection).exists()
    root_client.post(url, {"restriction_type": "login"})
    root_client.post(url, {"restriction_type": "none"})
    assert not CollectionViewRestriction.objects.filter(collection=collection).exists()

    logged = ModelLogEntry.objects.filter(
        object_id=str(collection.pk), action__startswith="privacy.collection_restriction"
    ).order_by("pk")
    actions = [entry.action.rsplit(".", 1)[1] for entry in logged]
    assert actions[0] == "create"
    assert "groups" in actions
    assert "edit" in actions
    assert actions[-1] == "delete"
    assert {entry.user for entry in logged} == {root_client.user}
    groups = logged.filter(action="privacy.collection_restriction.groups").first()
    assert groups.data["groups"] == [roles.REGISTERED_STAFF]

    html = root_client.get(SITE_HISTORY).content.decode()
    assert "Added the collection view restriction" in html
    assert "Removed the collection view restriction" in html
