"""Faults injected where they happen in production, and what a user sees afterwards.

- PostgreSQL drops every connection (a restart, a failover) while requests run: the requests
  after it succeed (CONN_HEALTH_CHECKS: a persistent connection is checked before its first use
  in a request and replaced when dead).
- A worker killed in the middle of an import, a registration approval or a workflow action:
  gunicorn kills a worker that overruns its timeout by raising SystemExit in it (then SIGKILL);
  either way the open transaction is rolled back. The fault is raised between two writes of the
  operation: nothing of it may remain, and nothing of it may wait in the task queue.
- Two editors saving the same page: Wagtail refuses the autosave that would overwrite the newer
  version (its conflict notice); a deliberate save keeps both texts in the page's history.

Redis away (served uncached, rate limits closed): tests/portal/test_cache_outage.py and
tests/operations/test_health.py. A refusing mail server (retried, nothing lost):
tests/background/test_queue.py and tests/accounts/test_registration.py.
"""

import io
import json
import threading

import psycopg
import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection, connections
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageLogEntry, Revision, TaskState, WorkflowState

from accounts import registration
from accounts.models import RegistrationRequest, StaffProfile
from pages.models import ProfessionalProfilePage
from portal import roles
from profile_io import writes
from profile_io.importing import import_profiles
from tests.factories.imports import csv_bytes, demo_reference_data, profile_row
from tests.factories.moderation import chamber_editor, user_with
from tests.factories.pages import ChamberFactory, ProfessionalProfilePageFactory
from tests.moderation.test_quality_control import profile_form
from tests.queue import database_queue

CLIENTS = 4


def killed(*args, **kwargs):
    """What gunicorn does to a worker past its timeout (sys.exit in its SIGABRT handler)."""
    raise SystemExit(1)


# PostgreSQL drops its connections -------------------------------------------------------------


def wsgi_get(handler, path):
    """A GET through Django's WSGI handler as gunicorn calls it (request_started and
    request_finished signals included: they check and recycle the thread's connection)."""
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "HTTP_HOST": "localhost",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
        "wsgi.url_scheme": "http",
    }
    statuses = []
    body = b"".join(handler(environ, lambda status, headers: statuses.append(status)))
    return int(statuses[0].split()[0]), body


def drop_every_other_connection():
    """Terminate every server process of this database but the test's own (as a restart
    ends them all), from a connection of its own."""
    settings = connection.settings_dict
    with psycopg.connect(
        dbname=connection.settings_dict["NAME"],
        user=settings["USER"],
        host=settings["HOST"],
        port=settings["PORT"] or 5432,
        autocommit=True,
    ) as admin:
        dropped = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() AND pid <> %s",
            [connection.connection.info.backend_pid],
        ).fetchone()[0]
    return dropped


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_requests_after_postgresql_dropped_its_connections_succeed():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite has no server connections to lose")
    handler = WSGIHandler()
    paths = ["/readyz", "/de/"]
    connected, dropped = threading.Barrier(CLIENTS + 1), threading.Barrier(CLIENTS + 1)
    answers = {"before": [], "after": []}

    def client():
        try:
            for path in paths:  # opens the thread's persistent connection
                answers["before"].append(wsgi_get(handler, path)[0])
            connected.wait()
            dropped.wait()
            for _ in range(3):
                for path in paths:
                    answers["after"].append(wsgi_get(handler, path)[0])
        finally:
            connections.close_all()

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    connected.wait()
    assert drop_every_other_connection() >= CLIENTS
    dropped.wait()
    for thread in threads:
        thread.join(timeout=120)
    assert answers["before"] == [200] * (CLIENTS * len(paths))
    assert answers["after"] == [200] * (CLIENTS * len(paths) * 3)


# A worker killed between two writes -----------------------------------------------------------


def import_counts():
    return (
        ProfessionalProfilePage.objects.count(),
        Revision.objects.count(),
        WorkflowState.objects.count(),
        TaskState.objects.count(),
        PageLogEntry.objects.count(),
        DBTaskResult.objects.count(),
    )


@pytest.mark.django_db
def test_an_import_killed_after_writing_its_pages_leaves_nothing(home, monkeypatch):
    demo_reference_data(home)
    editor = chamber_editor(ChamberFactory(), username="importer")
    before = import_counts()
    # The pages and their revisions are written; the workflows are not started yet.
    monkeypatch.setattr(writes, "start_workflows", killed)
    with database_queue(), pytest.raises(SystemExit):
        import_profiles(csv_bytes([profile_row(1), profile_row(2)]), editor)
    assert import_counts() == before


@pytest.mark.django_db
def test_an_approval_killed_before_its_email_leaves_the_request_pending(client, monkeypatch):
    chamber = ChamberFactory(email_domain="hwk-muenchen.de")
    applicant = user_with(email="erika@hwk-muenchen.de", is_active=False, username="erika")
    request = RegistrationRequest.objects.create(
        user=applicant, chamber=chamber, position="Sachbearbeiterin", reason="Profile"
    )
    admin = user_with(roles.REGISTERED_STAFF, roles.PORTAL_ADMINISTRATORS, username="admin")
    # The account is activated and given its groups; the e-mail is not queued yet.
    monkeypatch.setattr(registration, "send_set_password_link", killed)
    client.force_login(admin)
    with database_queue(), pytest.raises(SystemExit):
        client.post(f"/admin/registration_requests/{request.pk}/approve/")
    request.refresh_from_db()
    applicant.refresh_from_db()
    assert request.status == RegistrationRequest.Status.PENDING
    assert not applicant.is_active and not applicant.groups.exists()
    assert not StaffProfile.objects.filter(user=applicant).exists()
    assert not DBTaskResult.objects.exists()


@pytest.mark.django_db
def test_a_final_approval_killed_before_publishing_leaves_the_page_in_review(
    client, tree, monkeypatch
):
    editor = chamber_editor(ChamberFactory(), username="editor")
    reviewer = user_with(roles.REVIEWERS, username="reviewer")
    competent = user_with(roles.COMPETENT_EDITORS, username="competent")
    page = ProfessionalProfilePageFactory(parent=tree["de"]["country"], slug="neu", live=False)
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    page.refresh_from_db()
    page.current_workflow_task_state.approve(user=reviewer)
    page.refresh_from_db()
    final = page.current_workflow_task_state
    logged = PageLogEntry.objects.filter(page=page).count()
    # The task state is approved and logged; the approved revision is not published yet.
    monkeypatch.setattr(Revision, "publish", killed)
    client.force_login(competent)
    with database_queue(), pytest.raises(SystemExit):
        client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{final.pk}/")
    page.refresh_from_db()
    final.refresh_from_db()
    assert not page.live
    assert final.status == TaskState.STATUS_IN_PROGRESS
    assert page.current_workflow_task_state == final
    assert PageLogEntry.objects.filter(page=page).count() == logged
    assert not DBTaskResult.objects.exists()


# Two editors, one page ------------------------------------------------------------------------


def edit_form(page, title, loaded):
    """The editor's form as its browser posts it, with the revision it was loaded from."""
    return profile_form(
        "action-save",
        title=title,
        slug=page.slug,
        loaded_revision_id=str(loaded.pk),
        loaded_revision_created_at=loaded.created_at.isoformat(),
    )


@pytest.mark.django_db
def test_two_editors_saving_the_same_page_lose_no_text(client, tree):
    chamber = ChamberFactory()
    first, second = (chamber_editor(chamber, username=name) for name in ("anna", "ben"))
    page = ProfessionalProfilePageFactory(parent=tree["de"]["country"], slug="neu", live=False)
    loaded = page.save_revision(user=first)  # both open the editor on this revision
    edit_url = f"/admin/pages/{page.pk}/edit/"

    client.force_login(first)
    saved = client.post(edit_url, edit_form(page, "Fassung Anna", loaded))
    assert saved["Location"] == edit_url  # saved, back in the editor

    client.force_login(second)
    autosave = client.post(
        edit_url, edit_form(page, "Fassung Ben", loaded), HTTP_ACCEPT="application/json"
    )
    answer = json.loads(autosave.content)
    assert (answer["success"], answer["error_code"]) == (False, "invalid_revision")
    assert "neuere Version überschrieben" in answer["error_message"]  # "overwrite a newer"
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().title == "Fassung Anna"

    assert client.post(edit_url, edit_form(page, "Fassung Ben", loaded)).status_code == 302
    titles = [revision.as_object().title for revision in page.revisions.order_by("created_at")]
    assert titles[-2:] == ["Fassung Anna", "Fassung Ben"]  # both kept in the history
