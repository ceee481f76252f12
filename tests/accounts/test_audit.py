"""Permission changes and registration decisions land in Wagtail's audit log, and the admin's
site history (Reports > Site history) shows them."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.urls import reverse
from wagtail.log_actions import LogContext
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page
from wagtail.models.audit_log import ModelLogEntry

from accounts.models import RegistrationRequest
from portal import roles
from tests.factories.moderation import english_speaking, user_with
from tests.factories.pages import ChamberFactory

SITE_HISTORY = "/admin/reports/site-history/"


@pytest.fixture
def root_user(db):
    return english_speaking(user_with(username="root", is_superuser=True))


@pytest.fixture
def root_client(client, root_user):
    client.force_login(root_user)
    return client


def entries(action, **filters):
    return ModelLogEntry.objects.filter(action=action, **filters)


def test_groups_cleared_from_either_side_are_logged_as_removed(db):
    account = user_with(roles.TRANSLATORS, roles.REVIEWERS, username="erika")
    account.groups.clear()
    changes = [entry.data for entry in entries("accounts.user.groups", object_id=str(account.pk))]
    removed = [change["removed"] for change in changes if "removed" in change]
    assert {roles.REVIEWERS, roles.TRANSLATORS} <= set(*removed)
    reviewer = user_with(roles.REVIEWERS, username="max")
    Group.objects.get(name=roles.REVIEWERS).user_set.clear()
    changes = [entry.data for entry in entries("accounts.user.groups", object_id=str(reviewer.pk))]
    assert {"removed": [roles.REVIEWERS]} in changes  # one entry per user, from the group side


def test_a_users_groups_and_superuser_flag_changed_in_the_admin(root_client, root_user):
    account = user_with(roles.TRANSLATORS, username="erika", email="erika@example.org")
    reviewers = Group.objects.get(name=roles.REVIEWERS)
    response = root_client.post(
        reverse("wagtailusers_users:edit", args=[account.pk]),
        {
            "username": "erika",
            "email": "erika@example.org",
            "first_name": "Erika",
            "last_name": "Muster",
            "is_active": "on",
            "is_superuser": "on",
            "groups": [reviewers.pk],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    groups = entries("accounts.user.groups", object_id=str(account.pk), user=root_user)
    assert any(roles.REVIEWERS in entry.data.get("added", []) for entry in groups)
    assert any(roles.TRANSLATORS in entry.data.get("removed", []) for entry in groups)
    superuser = entries("accounts.user.superuser", object_id=str(account.pk)).get()
    assert superuser.user == root_user
    assert superuser.data == {"is_superuser": True}

    html = root_client.get(SITE_HISTORY).content.decode()
    assert "Made a superuser" in html
    assert f"Groups changed (added: {roles.REVIEWERS}" in html


def test_a_groups_permissions_changed(root_client, root_user):
    group = Group.objects.create(name="Prüfgruppe")
    home = Page.objects.get(depth=2, locale__language_code="de")
    collection = Collection.get_first_root_node()
    with LogContext(user=root_user):  # what an admin request runs in
        group.permissions.add(Permission.objects.get(codename="add_document"))
        page_permission = GroupPagePermission.objects.create(
            group=group, page=home, permission=Permission.objects.get(codename="publish_page")
        )
        GroupCollectionPermission.objects.create(
            group=group,
            collection=collection,
            permission=Permission.objects.get(codename="change_document"),
        )
        page_permission.delete()
        group.permissions.clear()

    logged = list(
        ModelLogEntry.objects.filter(object_id=str(group.pk), action__startswith="accounts.group")
        .order_by("pk")
        .values_list("action", "data", "user")
    )
    assert [action for action, _data, _user in logged] == [
        "accounts.group.permissions",
        "accounts.group.page_permission.add",
        "accounts.group.collection_permission.add",
        "accounts.group.page_permission.remove",
        "accounts.group.permissions",
    ]
    assert logged[0][1] == {"added": ["wagtaildocs.add_document"]}
    assert logged[4][1] == {"removed": ["wagtaildocs.add_document"]}
    assert {user for _action, _data, user in logged} == {root_user.pk}

    html = root_client.get(SITE_HISTORY).content.decode()
    assert "Group permissions changed (added: wagtaildocs.add_document)" in html
    assert "Page permission “publish_page” on “" in html
    assert "Collection permission “change_document” on “Root” added" in html


def test_group_permissions_changed_in_the_admins_group_view_are_logged(root_client, root_user):
    group = Group.objects.create(name="Leser")
    response = root_client.get(reverse("wagtailusers_groups:edit", args=[group.pk]))
    assert response.status_code == 200
    data = {"name": "Leser"}
    for panel in response.context["permission_panels"]:
        # Formsets send their management form; the site settings' panel is a plain form.
        management = getattr(panel, "management_form", [])
        for field in management:
            data[field.html_name] = field.value() if field.value() is not None else 0
    data["permissions"] = [Permission.objects.get(codename="access_admin").pk]
    response = root_client.post(reverse("wagtailusers_groups:edit", args=[group.pk]), data)
    assert response.status_code == 302
    entry = entries("accounts.group.permissions", object_id=str(group.pk)).get()
    assert entry.user == root_user
    assert entry.data == {"added": ["wagtailadmin.access_admin"]}


@pytest.fixture
def requests(client, db):
    """Two pending registration requests, made through the public form."""
    chamber = ChamberFactory(name="Handwerkskammer Audit", email_domain="hwk-audit.de")
    for name in ("Erika", "Max"):
        response = client.post(
            "/en/register/",
            {
                "first_name": name,
                "last_name": "Muster",
                "email": f"{name.lower()}@hwk-audit.de",
                "chamber": chamber.pk,
                "position": "Sachbearbeitung",
                "reason": "Berufsprofile",
            },
        )
        assert response.status_code == 302
        cache.clear()  # the form's rate limit
    return list(RegistrationRequest.objects.order_by("pk"))


def test_registration_decisions_are_shown_in_the_site_history(portal_admin_client, requests):
    approved, rejected = requests
    client = portal_admin_client
    assert client.post(reverse("registration_requests:approve", args=[approved.pk])).status_code
    client.post(
        reverse("registration_requests:reject", args=[rejected.pk]), {"reason": "Keine Kammer."}
    )
    html = client.get(SITE_HISTORY).content.decode()  # a portal administrator, no superuser
    assert "Registration approved" in html
    assert "Registration rejected: Keine Kammer." in html
