"""The task queue as production has it (django-tasks-db), its worker, and a refusing mail server.

`database_queue()` puts tasks into the database instead of running them at once; `work_off()`
runs the due ones with django-tasks-db's own worker (one task at a time, as `db_worker` does,
without its loop's connection recycling, which would end the test's transaction);
`refusing_smtp()` points Django's SMTP backend at a port of this machine where nothing listens:
every delivery is refused, as by a mail server that is down.
"""

import socket

from django.test import override_settings
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def database_queue():
    return override_settings(TASKS=DATABASE_QUEUE)


def closed_port():
    """A loopback port nothing listens on (the system gave it, then it was closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def refusing_smtp():
    return override_settings(
        EMAIL_DELIVERY_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=closed_port(),
        EMAIL_TIMEOUT=2,
    )


def work_off(retries_due=False):
    """Run every due task, in order; with `retries_due`, the retries' waiting is over first.
    The tasks run."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    if retries_due:
        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    ran = []
    while (task := DBTaskResult.objects.ready().get_locked()) is not None:
        task.claim(worker.worker_id)
        worker.run_task(task)
        ran.append(task)
    return ran
