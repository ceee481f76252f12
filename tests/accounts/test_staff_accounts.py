"""Staff accounts: the narrow user management of portal administrators (no auth.change_user)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from accounts.models import RegistrationRequest, StaffProfile
from portal import roles
from tests.factories.moderation import UserFactory, chamber_editor, user_with
from tests.factories.pages import ChamberFactory

User = get_user_model()
INDEX = "/admin/staff_accounts/"


def group(name):
    return Group.objects.get(name=name)


def edit_url(user):
    return reverse("staff_accounts:edit", args=[user.pk])


def group_names(user):
    return set(user.groups.values_list("name", flat=True))


@pytest.fixture
def chamber(db):
    return ChamberFactory(name="Handwerkskammer Köln")


@pytest.fixture
def other_chamber(db):
    return ChamberFactory(name="IHK Bonn")


@pytest.fixture
def editor(chamber):
    return chamber_editor(chamber, first_name="Max", last_name="Mustermann", username="max")


def test_a_portal_administrator_is_no_superuser_and_cannot_change_users(admin):
    assert not admin.is_superuser
    assert not admin.is_staff
    assert not admin.has_perm("auth.change_user")
    # Only reading accounts (the audit log of sign-ins is logged against them): no changes.
    assert list(
        group(roles.PORTAL_ADMINISTRATORS)
        .permissions.filter(content_type__app_label="auth")
        .values_list("codename", flat=True)
    ) == ["view_user"]
    assert not Group.objects.filter(permissions__codename="change_user").exists()


def test_the_list_searches_by_name_and_filters_by_chamber(
    portal_admin_client, editor, other_chamber, chamber
):
    colleague = chamber_editor(other_chamber, first_name="Erika", last_name="Musterfrau")
    response = portal_admin_client.get(INDEX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Max Mustermann" in html and "Erika Musterfrau" in html
    assert f'href="{edit_url(editor)}"' in html

    found = portal_admin_client.get(INDEX, {"q": "max muster"}).context["object_list"]
    assert list(found) == [editor]
    found = portal_admin_client.get(INDEX, {"q": colleague.email}).context["object_list"]
    assert list(found) == [colleague]
    filtered = portal_admin_client.get(INDEX, {"chamber": other_chamber.pk}).context["object_list"]
    assert list(filtered) == [colleague]
    results = portal_admin_client.get(
        reverse("staff_accounts:index_results"), {"chamber": chamber.pk}
    )
    assert results.status_code == 200
    assert list(results.context["object_list"]) == [editor]


def test_the_list_links_only_accounts_the_administrator_may_edit(
    portal_admin_client, admin, editor
):
    superuser = UserFactory(is_superuser=True, username="root")
    peer = user_with(roles.PORTAL_ADMINISTRATORS, username="peer")
    html = portal_admin_client.get(INDEX).content.decode()
    assert f'href="{edit_url(editor)}"' in html
    for user in (superuser, peer, admin):
        assert f'href="{edit_url(user)}"' not in html


def test_a_portal_administrator_deactivates_an_editor_and_changes_their_roles(
    portal_admin_client, admin, editor, chamber
):
    form = portal_admin_client.get(edit_url(editor))
    assert form.status_code == 200
    assert form.context["form"].initial["chamber"] == chamber
    offered = {choice[1] for choice in form.context["form"].fields["roles"].choices}
    assert roles.PORTAL_ADMINISTRATORS not in offered
    assert offered == {
        roles.REGISTERED_STAFF,
        roles.CHAMBER_EDITORS,
        roles.REVIEWERS,
        roles.COMPETENT_EDITORS,
        roles.TRANSLATORS,
    }

    response = portal_admin_client.post(
        edit_url(editor),
        {
            "chamber": chamber.pk,
            "roles": [group(roles.REGISTERED_STAFF).pk, group(roles.REVIEWERS).pk],
        },  # "is_active" left out: unticked
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert not editor.is_active
    assert group_names(editor) == {roles.REGISTERED_STAFF, roles.REVIEWERS, chamber.group.name}
    entry = ModelLogEntry.objects.get(action="moderation.staff_account.change")
    assert entry.user == admin
    assert entry.object_id == str(editor.pk)
    portal_admin_client.logout()
    assert not portal_admin_client.login(username="max", password="pw")


def test_a_new_chamber_moves_the_account_to_its_group_only(
    portal_admin_client, editor, chamber, other_chamber
):
    keep = Group.objects.create(name="Newsletter")  # a group this form does not manage
    editor.groups.add(keep)
    response = portal_admin_client.post(
        edit_url(editor),
        {
            "is_active": "on",
            "chamber": other_chamber.pk,
            "roles": [group(roles.CHAMBER_EDITORS).pk],
        },
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.is_active
    assert group_names(editor) == {  # a chamber editor is Registered staff by the role
        roles.CHAMBER_EDITORS,
        roles.REGISTERED_STAFF,
        other_chamber.group.name,
        "Newsletter",
    }
    assert StaffProfile.objects.get(user=editor).chamber == other_chamber

    response = portal_admin_client.post(
        edit_url(editor), {"is_active": "on", "roles": [group(roles.TRANSLATORS).pk]}
    )
    assert response.status_code == 302
    assert group_names(editor) == {roles.TRANSLATORS, "Newsletter"}
    assert not StaffProfile.objects.filter(user=editor).exists()


def test_chamber_editors_need_a_chamber(portal_admin_client, editor):
    response = portal_admin_client.post(
        edit_url(editor), {"is_active": "on", "roles": [group(roles.CHAMBER_EDITORS).pk]}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["chamber"]


def test_nobody_becomes_administrator_superuser_or_staff_through_the_form(
    portal_admin_client, editor, chamber
):
    before = group_names(editor)
    admin_group = group(roles.PORTAL_ADMINISTRATORS)
    response = portal_admin_client.post(
        edit_url(editor),
        {
            "is_active": "on",
            "chamber": chamber.pk,
            "roles": [group(roles.CHAMBER_EDITORS).pk, admin_group.pk],
            "is_superuser": "on",
            "is_staff": "on",
        },
    )
    assert response.status_code == 200  # refused: not one of the roles on offer
    assert response.context["form"].errors["roles"]
    editor.refresh_from_db()
    assert group_names(editor) == before

    response = portal_admin_client.post(
        edit_url(editor),
        {
            "is_active": "on",
            "chamber": chamber.pk,
            "roles": [group(roles.CHAMBER_EDITORS).pk],
            "is_superuser": "on",
            "is_staff": "on",
            "groups": [admin_group.pk],
            "user_permissions": ["1"],
        },
    )
    assert response.status_code == 302  # saved, the extra fields ignored
    editor.refresh_from_db()
    assert not editor.is_superuser
    assert not editor.is_staff
    assert not editor.user_permissions.exists()
    assert roles.PORTAL_ADMINISTRATORS not in group_names(editor)


def test_superusers_peers_and_oneself_are_out_of_reach(portal_admin_client, admin):
    superuser = UserFactory(is_superuser=True, username="root")
    peer = user_with(roles.PORTAL_ADMINISTRATORS, username="peer")
    for user in (superuser, peer, admin):
        assert portal_admin_client.get(edit_url(user)).status_code == 403
        response = portal_admin_client.post(edit_url(user), {"roles": []})
        assert response.status_code == 403
        user.refresh_from_db()
        assert user.is_active
        password_link = reverse("staff_accounts:password_link", args=[user.pk])
        assert portal_admin_client.post(password_link).status_code == 403
    assert group_names(peer) == {roles.PORTAL_ADMINISTRATORS, roles.REGISTERED_STAFF}
    assert superuser.is_superuser
    assert not mail.outbox


def test_a_chamber_editor_and_anonymous_users_are_refused(client, editor, chamber):
    other = chamber_editor(chamber, username="other")
    urls = [INDEX, reverse("staff_accounts:index_results"), edit_url(other)]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    client.force_login(editor)
    for url in urls:
        assert client.get(url).status_code == 403
    response = client.post(edit_url(other), {"chamber": chamber.pk, "roles": []})
    assert response.status_code == 403
    assert client.post(reverse("staff_accounts:password_link", args=[other.pk])).status_code == 403
    other.refresh_from_db()
    assert other.is_active
    assert roles.CHAMBER_EDITORS in group_names(other)
    assert reverse("staff_accounts:index") not in client.get("/admin/").content.decode()


def test_an_account_awaiting_its_registration_decision_is_not_activated_here(
    portal_admin_client, chamber
):
    applicant = UserFactory(is_active=False, username="applicant")
    RegistrationRequest.objects.create(user=applicant, chamber=chamber, position="x", reason="y")
    response = portal_admin_client.post(
        edit_url(applicant), {"is_active": "on", "chamber": chamber.pk}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["is_active"]
    applicant.refresh_from_db()
    assert not applicant.is_active


def test_a_new_set_password_link_can_be_sent(portal_admin_client, editor, client):
    response = portal_admin_client.post(reverse("staff_accounts:password_link", args=[editor.pk]))
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [editor.email]
    path = re.search(r"http://testserver(/admin/password_reset/confirm/\S+/)", message.body)[1]
    assert client.get(path).status_code == 302  # valid: on to the set-password form
    assert ModelLogEntry.objects.filter(action="moderation.staff_account.password_link").exists()
