"""Background work as production runs it: e-mails wait in the database queue, a worker
delivers them, a refusing mail server costs retries and loses nothing, and administrators see
the queue in the admin without the messages' contents."""

import re

import pytest
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives, send_mail
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from portal import roles
from tests.factories.moderation import user_with
from tests.queue import database_queue, refusing_smtp, work_off

RECIPIENT = "erika.mustermann@hwk-muenchen.de"
SUBJECT = "Ihr Zugang / Your account"

pytestmark = pytest.mark.django_db


def cells(html, text):
    """How many cells of the listing's table say `text`."""
    return len(re.findall(rf"<td[^>]*>\s*{text}\s*</td>", html))


@pytest.fixture(autouse=True)
def queue():
    with database_queue():
        yield


def test_a_message_waits_in_the_queue_and_the_worker_delivers_it_whole():
    message = EmailMultiAlternatives(
        SUBJECT, "Text", "portal@bq-portal.example", [RECIPIENT], cc=["cc@hwk.example"]
    )
    message.extra_headers["Reply-To"] = "redaktion@bq-portal.example"
    message.attach_alternative("<p>Text</p>", "text/html")
    message.send()
    assert mail.outbox == []
    assert DBTaskResult.objects.get().status == "READY"

    [task] = work_off()
    assert task.status == "SUCCESSFUL"
    [delivered] = mail.outbox
    assert (delivered.subject, delivered.body, delivered.to, delivered.cc) == (
        SUBJECT,
        "Text",
        [RECIPIENT],
        ["cc@hwk.example"],
    )
    assert delivered.from_email == "portal@bq-portal.example"
    assert delivered.extra_headers["Reply-To"] == "redaktion@bq-portal.example"
    assert delivered.alternatives[0][:2] == ("<p>Text</p>", "text/html")


def test_a_rolled_back_transaction_sends_nothing():
    with transaction.atomic():
        send_mail(SUBJECT, "Text", None, [RECIPIENT])
        transaction.set_rollback(True)
    assert not DBTaskResult.objects.exists()
    assert work_off() == []


def test_a_refusing_mail_server_costs_retries_and_loses_nothing():
    with refusing_smtp():
        send_mail(SUBJECT, "Text", None, [RECIPIENT])
        before = timezone.now()
        [first] = work_off()
        assert first.status == "FAILED"
        assert first.exception_class_path == "builtins.ConnectionRefusedError"
        retry = DBTaskResult.objects.get(status="READY")
        assert retry.args_kwargs["kwargs"] == {"attempt": 2}
        assert (retry.run_after - before).total_seconds() >= 60  # not before a minute
        assert work_off() == []  # not due yet
        [second] = work_off(retries_due=True)
        assert second.status == "FAILED"
    assert DBTaskResult.objects.get(status="READY").args_kwargs["kwargs"] == {"attempt": 3}
    [third] = work_off(retries_due=True)  # the server is back
    assert third.status == "SUCCESSFUL"
    assert [message.subject for message in mail.outbox] == [SUBJECT]


@override_settings(BACKGROUND_RETRY_DELAYS=[60])
def test_the_last_attempt_fails_for_good():
    with refusing_smtp():
        send_mail(SUBJECT, "Text", None, [RECIPIENT])
        work_off()
        work_off(retries_due=True)
    assert list(DBTaskResult.objects.values_list("status", flat=True)) == ["FAILED", "FAILED"]
    assert work_off(retries_due=True) == []


@override_settings(EMAIL_DELIVERY_BACKEND="background.no_such_backend.EmailBackend")
def test_a_bug_is_not_retried():
    send_mail(SUBJECT, "Text", None, [RECIPIENT])
    [task] = work_off()
    assert task.status == "FAILED"
    assert not DBTaskResult.objects.filter(status="READY").exists()


def test_attachments_are_refused_rather_than_dropped():
    message = EmailMessage(SUBJECT, "Text", None, [RECIPIENT])
    message.attach("bescheid.txt", "Inhalt", "text/plain")
    with pytest.raises(ValueError, match="no attachments"):
        message.send()
    assert not DBTaskResult.objects.exists()


def test_administrators_see_the_queue_and_never_the_messages(client):
    with refusing_smtp():
        send_mail(SUBJECT, "Vertraulicher Text", None, [RECIPIENT])
        work_off()
    client.force_login(user_with(roles.REGISTERED_STAFF, roles.PORTAL_ADMINISTRATORS))
    response = client.get("/admin/task-queue/")
    assert response.status_code == 200
    html = response.content.decode()
    assert cells(html, "Fehlgeschlagen") == cells(html, "Wartet") == 1
    for shown in ("send email", "ConnectionRefusedError"):
        assert shown in html, shown
    for hidden in (RECIPIENT, "Vertraulicher", "Ihr Zugang"):
        assert hidden not in html, hidden
    failed = client.get("/admin/task-queue/?status=FAILED").content.decode()
    assert (cells(failed, "Fehlgeschlagen"), cells(failed, "Wartet")) == (1, 0)
    assert "/admin/task-queue/" in client.get("/admin/").content.decode()  # in the menu


@pytest.mark.parametrize(
    "groups", [[roles.REGISTERED_STAFF, roles.CHAMBER_EDITORS], [roles.TRANSLATORS]]
)
def test_everyone_else_is_refused_the_queue(client, groups):
    send_mail(SUBJECT, "Text", None, [RECIPIENT])
    client.force_login(user_with(*groups))
    response = client.get("/admin/task-queue/")
    assert response.status_code in (302, 403)
    assert RECIPIENT not in response.content.decode()
    assert "/admin/task-queue/" not in client.get("/admin/").content.decode()
