"""A staff member's own data (page and JSON download) and deletion by pseudonymisation, through
HTTP: only their own data, nothing restricted they may no longer read, only administrators
carry a deletion out, and content and audit keep pointing at the pseudonymised account."""

import json

import pytest
from axes.models import AccessFailureLog
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Page, PageLogEntry

from accounts import two_factor
from accounts.models import DeletionRequest, RegistrationRequest, StaffProfile
from accounts.personal_data import pseudonymise as account_pseudonymise
from api.models import ApiKey
from forum.models import ForumPage
from portal import personal_data, roles
from tests.clients import VerifiedClient
from tests.factories.api import ApiClientFactory
from tests.factories.forum import topic_with_posts
from tests.factories.moderation import chamber_editor, user_with
from tests.factories.pages import ChamberFactory, StandardPageFactory

User = get_user_model()
MY_DATA = "/admin/my-data/"
DOWNLOAD = "/admin/my-data/download/"
REQUEST_DELETION = "/admin/my-data/request-deletion/"
SECRET = "NUR-FUER-STAFF-4b2e"


def erase_url(user):
    return reverse("staff_accounts:erase", args=[user.pk])


@pytest.fixture
def chamber(db):
    return ChamberFactory(name="Handwerkskammer Köln")


@pytest.fixture
def member(chamber):
    user = chamber_editor(
        chamber,
        username="erika@hwk-koeln.de",
        email="erika@hwk-koeln.de",
        first_name="Erika",
        last_name="Mustermann",
    )
    RegistrationRequest.objects.create(
        user=user,
        chamber=chamber,
        position="Sachbearbeiterin",
        reason="Profile schreiben",
        status=RegistrationRequest.Status.APPROVED,
    )
    return user


@pytest.fixture
def colleague(chamber):
    return chamber_editor(
        chamber, username="karl", email="karl@hwk-koeln.de", first_name="Karl", last_name="Kollege"
    )


@pytest.fixture
def forum(german):
    return ForumPage.objects.get(locale=german)


@pytest.fixture
def world(member, colleague, forum, home):
    """The member's and a colleague's forum posts, page edits and audit entries, an API key."""
    topic = topic_with_posts(
        forum,
        member,
        f"Thema {SECRET}",
        [(member, f"Mein Beitrag {SECRET}"), (colleague, "Antwort von Karl")],
    )
    page = StandardPageFactory(parent=home, title="Anerkennung in Köln")
    revision = page.save_revision(user=member, log_action=True)
    page.save_revision(user=colleague, log_action=True)
    log(colleague, "wagtail.edit", user=colleague)
    key, _plaintext = ApiKey.issue(ApiClientFactory(name="Fachverfahren Köln"), created_by=member)
    return {"topic": topic, "page": page, "revision": revision, "key": key}


def page_entries(made):
    """(id, title) of the audit entries about pages of an export's "log_entries_made" (signing in
    makes entries about one's own account too)."""
    page = str(Page._meta.verbose_name)
    return [(entry["object_id"], entry["title"]) for entry in made if entry["object_type"] == page]


def download(client):
    response = client.get(DOWNLOAD)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="bq-portal-my-data-')
    return json.loads(response.content)


# My data ----------------------------------------------------------------------------------------


def test_the_account_page_offers_my_data(client, member):
    client.force_login(member)
    response = client.get("/admin/account/")
    assert response.status_code == 200
    assert f'href="{MY_DATA}"' in response.content.decode()


def test_the_download_holds_the_members_data_and_nothing_of_anyone_else(client, member, world):
    client.force_login(member)
    data = download(client)
    member.refresh_from_db()
    assert data["account"] == [
        {
            "username": "erika@hwk-koeln.de",
            "first_name": "Erika",
            "last_name": "Mustermann",
            "email": "erika@hwk-koeln.de",
            "is_active": True,
            "date_joined": member.date_joined.isoformat(),
            "last_login": member.last_login.isoformat(),
            "chamber": "Handwerkskammer Köln",
            "position": "",
            "preferred_language": "",
            "time_zone": "",
            "has_avatar": False,
        }
    ]
    names = {group["name"] for group in data["groups"]}
    assert names == set(member.groups.values_list("name", flat=True))
    assert {roles.REGISTERED_STAFF, roles.CHAMBER_EDITORS} < names
    assert data["registration"][0]["reason"] == "Profile schreiben"
    assert [post["text"] for post in data["forum_posts"]] == [f"Mein Beitrag {SECRET}"]
    assert [topic["title"] for topic in data["forum_topics"]] == [f"Thema {SECRET}"]
    assert page_entries(data["log_entries_made"]) == [
        (str(world["page"].pk), "Anerkennung in Köln")
    ]
    assert [key["prefix"] for key in data["api_keys"]] == [world["key"].prefix]
    text = json.dumps(data, ensure_ascii=False)
    for other in ("Karl", "karl@hwk-koeln.de", "Antwort von Karl"):
        assert other not in text


def test_the_page_shows_the_same_data(client, member, world):
    client.force_login(member)
    response = client.get(MY_DATA)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Mein Beitrag {SECRET}" in html and "Anerkennung in Köln" in html
    assert "Antwort von Karl" not in html and "karl@hwk-koeln.de" not in html
    assert f'href="{DOWNLOAD}"' in html


def test_downloads_are_audited(client, member):
    client.force_login(member)
    download(client)
    entry = ModelLogEntry.objects.get(action="accounts.personal_data.export")
    assert entry.user_id == member.pk and entry.object_id == str(member.pk)


def test_nobody_can_fetch_anothers_data(client, member, colleague, world):
    client.force_login(colleague)
    for url in (
        f"{DOWNLOAD}?user={member.pk}",
        f"{DOWNLOAD}?user_id={member.pk}",
        f"{MY_DATA}?user={member.pk}",
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert b"erika@hwk-koeln.de" not in response.content
        assert b"Mein Beitrag" not in response.content
    assert client.get(f"{MY_DATA}{member.pk}/", follow=True).status_code == 404
    client.logout()
    assert client.get(DOWNLOAD).status_code == 302  # to the admin's login


def test_restricted_content_the_member_may_no_longer_read_is_withheld(client, member, world):
    member.groups.clear()  # left the staff: the forum is closed to them now
    member.groups.add(Group.objects.get(name=roles.TRANSLATORS))
    client.force_login(member)
    data = download(client)
    assert [post["text"] for post in data["forum_posts"]] == [""]
    assert [topic["title"] for topic in data["forum_topics"]] == [""]
    assert len(data["forum_posts"]) == 1
    assert SECRET not in json.dumps(data, ensure_ascii=False)
    assert SECRET not in client.get(MY_DATA).content.decode()


def test_titles_of_restricted_pages_in_the_members_log_are_withheld(client, member, forum):
    forum.save_revision(user=member, log_action=True)  # an edit of a page in the restricted area
    member.groups.clear()
    member.groups.add(Group.objects.get(name=roles.TRANSLATORS))
    client.force_login(member)
    assert page_entries(download(client)["log_entries_made"]) == [(str(forum.pk), "")]


# Deletion ---------------------------------------------------------------------------------------


def test_a_member_asks_for_deletion_and_the_administrators_are_told(
    client, member, admin, django_capture_on_commit_callbacks
):
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(REQUEST_DELETION)
    assert response.status_code == 302
    request = DeletionRequest.objects.get()
    assert request.user == member and request.is_open
    assert [message.to for message in mail.outbox] == [[admin.email]]
    assert f"http://testserver{erase_url(member)}" in mail.outbox[0].body
    assert ModelLogEntry.objects.filter(
        action="accounts.personal_data.request_deletion", user=member
    ).exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(REQUEST_DELETION)  # a second click: still one request, no second mail
    assert DeletionRequest.objects.count() == 1 and len(mail.outbox) == 1
    assert "Ask for the deletion of my data" not in client.get(MY_DATA).content.decode()


def test_asking_needs_a_post(client, member):
    client.force_login(member)
    assert client.get(REQUEST_DELETION).status_code == 405
    assert not DeletionRequest.objects.exists()


def test_administrators_see_open_requests(portal_admin_client, member):
    DeletionRequest.objects.create(user=member)
    response = portal_admin_client.get("/admin/deletion_requests/")
    assert response.status_code == 200
    assert f'href="{erase_url(member)}"' in response.content.decode()
    edit = portal_admin_client.get(reverse("staff_accounts:edit", args=[member.pk]))
    assert f'href="{erase_url(member)}"' in edit.content.decode()


@pytest.mark.parametrize("who", ["member", "colleague", "reviewer", "competent"])
def test_only_administrators_carry_a_deletion_out(client, member, colleague, who):
    DeletionRequest.objects.create(user=member)
    users = {
        "member": member,
        "colleague": colleague,
        "reviewer": user_with(roles.REGISTERED_STAFF, roles.REVIEWERS),
        "competent": user_with(roles.REGISTERED_STAFF, roles.COMPETENT_EDITORS),
    }
    client.force_login(users[who])
    assert client.get(erase_url(member)).status_code == 403
    assert client.post(erase_url(member)).status_code == 403
    assert client.get("/admin/deletion_requests/").status_code == 403
    member.refresh_from_db()
    assert member.email == "erika@hwk-koeln.de" and member.is_active


def test_administrators_cannot_erase_peers_or_themselves(portal_admin_client, admin):
    peer = user_with(roles.PORTAL_ADMINISTRATORS, email="peer@example.org")
    assert portal_admin_client.post(erase_url(peer)).status_code == 403
    assert portal_admin_client.post(erase_url(admin)).status_code == 403
    peer.refresh_from_db()
    assert peer.email == "peer@example.org"


def test_a_deletion_pseudonymises_the_account_and_keeps_content_and_audit(
    portal_admin_client, admin, member, colleague, world, forum
):
    request = DeletionRequest.objects.create(user=member)
    registration = RegistrationRequest.objects.get(user=member)
    log(registration, "moderation.registration.approve", user=admin, data={"email": member.email})
    member_client = VerifiedClient()
    member_client.force_login(member)

    assert portal_admin_client.get(erase_url(member)).status_code == 200
    response = portal_admin_client.post(erase_url(member))
    assert response.status_code == 302

    member.refresh_from_db()
    pseudonym = f"deleted-user-{member.pk}"
    assert (member.username, member.first_name, member.last_name, member.email) == (
        pseudonym,
        "",
        "",
        "",
    )
    assert not member.is_active and not member.has_usable_password()
    assert not member.groups.exists()
    assert not StaffProfile.objects.filter(user=member).exists()
    assert not RegistrationRequest.objects.filter(user=member).exists()
    request.refresh_from_db()
    assert request.executed_by == admin and request.executed_at is not None
    erased = ModelLogEntry.objects.get(action="accounts.personal_data.erase")
    assert (erased.user, erased.object_id, erased.label) == (admin, str(member.pk), pseudonym)
    # Audit entries about the account no longer name the person.
    for entry in ModelLogEntry.objects.all():
        assert "erika" not in f"{entry.label} {entry.data}".lower()
    # Their session is over.
    assert member_client.get("/admin/").status_code == 302

    # Revisions and audit entries still point at the account and render with the pseudonym.
    page, revision = world["page"], world["revision"]
    revision.refresh_from_db()
    assert revision.user_id == member.pk
    assert PageLogEntry.objects.filter(user=member, page=page).exists()
    client = VerifiedClient()
    client.force_login(user_with(is_superuser=True))
    history = client.get(f"/admin/pages/{page.pk}/history/")
    assert history.status_code == 200
    assert pseudonym in history.content.decode()
    assert "Erika" not in history.content.decode()
    site_history = client.get("/admin/reports/site-history/")
    assert site_history.status_code == 200 and pseudonym in site_history.content.decode()
    assert client.get(f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/").status_code == 200

    # Forum posts stay and show the pseudonym to the colleagues.
    client.force_login(colleague)
    topic = world["topic"]
    response = client.get(forum.url + forum.reverse_subpage("topic", args=[topic.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Mein Beitrag {SECRET}" in html and pseudonym in html and "Erika" not in html


def test_an_erased_address_can_register_again(client, portal_admin_client, member, chamber):
    portal_admin_client.post(erase_url(member))
    response = client.post(
        "/en/register/",
        {
            "first_name": "Erika",
            "last_name": "Mustermann",
            "email": "erika@hwk-koeln.de",
            "chamber": chamber.pk,
            "position": "Sachbearbeiterin",
            "reason": "Wieder da",
            "confirm_domain": "on",
        },
    )
    assert response.status_code == 302
    assert User.objects.filter(email="erika@hwk-koeln.de", is_active=False).exists()


# Withdrawn registrations ------------------------------------------------------------------------


def test_an_administrator_marks_a_registration_withdrawn(portal_admin_client, chamber):
    applicant = user_with(is_active=False, email="neu@hwk-koeln.de")
    request = RegistrationRequest.objects.create(
        user=applicant, chamber=chamber, position="Leitung", reason="Profile"
    )
    review = portal_admin_client.get(reverse("registration_requests:review", args=[request.pk]))
    withdraw = reverse("registration_requests:withdraw", args=[request.pk])
    assert f'action="{withdraw}"' in review.content.decode()
    assert portal_admin_client.post(withdraw).status_code == 302
    request.refresh_from_db()
    assert request.status == RegistrationRequest.Status.WITHDRAWN
    assert request.decided_at is not None
    applicant.refresh_from_db()
    assert not applicant.is_active
    assert mail.outbox == []
    assert ModelLogEntry.objects.filter(action="moderation.registration.withdraw").exists()
    assert portal_admin_client.post(withdraw).status_code == 302  # decided: nothing changes
    request.refresh_from_db()
    assert request.status == RegistrationRequest.Status.WITHDRAWN


def test_registered_erasures_see_the_account_before_it_is_renamed(
    portal_admin_client, member, monkeypatch
):
    seen = []
    monkeypatch.setitem(personal_data._erasures, "probe", lambda user: seen.append(user.email))
    portal_admin_client.post(erase_url(member))
    assert seen == ["erika@hwk-koeln.de"]


def test_a_failing_erasure_leaves_the_account_whole(portal_admin_client, member, monkeypatch):
    def fail(user):
        raise RuntimeError("device store away")

    monkeypatch.setitem(personal_data._erasures, "probe", fail)
    DeletionRequest.objects.create(user=member)
    with pytest.raises(RuntimeError):
        portal_admin_client.post(erase_url(member))
    member.refresh_from_db()
    assert member.email == "erika@hwk-koeln.de" and member.is_active and member.groups.exists()
    assert DeletionRequest.objects.get().is_open
    assert not ModelLogEntry.objects.filter(action="accounts.personal_data.erase").exists()


def test_a_deletion_takes_the_second_factor_and_the_sign_in_attempts_along(member, admin):
    two_factor.give_demo_device(member)
    AccessFailureLog.objects.create(
        username=member.get_username().lower(),
        ip_address="192.0.2.1",
        user_agent="",
        http_accept="",
        path_info="/admin/login/",
    )
    account_pseudonymise(member, by=admin)
    assert not two_factor.has_second_factor(member)
    assert not StaticDevice.objects.filter(user=member).exists()
    assert not AccessFailureLog.objects.exists()
