"""Health answers for load balancers and orchestrators: `/healthz` and `/readyz`.

- `/healthz`: the process answers (200, `ok`); nothing else is asked, so a slow database never
  gets an app server restarted.
- `/readyz`: every service a request may need answers: each database, the cache, the media
  storage and the task queue. 200 `{"status": "ready", "failed": []}`, or 503 with the names
  of what failed (`{"status": "unavailable", "failed": ["cache"]}`): a load balancer sends no
  visitors to a server that is not ready.

Rules: answered by the first middleware, before anything else runs: outside the language
prefixes, before the host check (probes come by address), the HTTPS redirect, sessions and the
page cache; GET and HEAD only; never cached (`Cache-Control: no-store`). The answers name no
host, version, setting or error text: what failed and why goes to the log.
"""

import json
import logging
import os
from pathlib import Path

from django.core.cache import cache
from django.core.files.storage import storages
from django.db import connections
from django.http import HttpResponse, HttpResponseNotAllowed
from django.utils.cache import add_never_cache_headers
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

PROBE_KEY = "readyz-probe"


def database():
    for alias in connections:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")


def cache_answers():
    """The cache keeps what it is given: a fail-soft cache that drops writes while Redis is away
    (portal.cache) raises on `incr` of the key it did not keep."""
    cache.set(PROBE_KEY, 0, 30)
    cache.incr(PROBE_KEY)


def storage():
    """Uploads can be stored: a local folder that is (or can be made) a writable directory; a
    remote storage (S3) that answers."""
    media = storages["default"]
    try:
        location = Path(media.path(""))
    except NotImplementedError:
        media.exists(PROBE_KEY)
        return
    while not location.exists():
        location = location.parent
    if not location.is_dir() or not os.access(location, os.W_OK):
        raise OSError(f"media folder {location} is not a writable directory")


def task_queue():
    """The queue's table answers when tasks wait in the database (production)."""
    for backend in task_backends.all():
        if isinstance(backend, DatabaseBackend):
            DBTaskResult.objects.order_by().values_list("pk")[:1].exists()


CHECKS = {"database": database, "cache": cache_answers, "storage": storage, "tasks": task_queue}


def failed_checks():
    failed = []
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # any failure of a dependency means "not ready"
            logger.warning("Readiness check %s failed", name, exc_info=True)
            failed.append(name)
    return failed


def answer(content, content_type, status=200):
    response = HttpResponse(content, content_type=content_type, status=status)
    add_never_cache_headers(response)
    return response


def healthz():
    return answer("ok\n", "text/plain; charset=utf-8")


def readyz():
    failed = failed_checks()
    body = {"status": "unavailable" if failed else "ready", "failed": failed}
    return answer(json.dumps(body), "application/json", status=503 if failed else 200)


PROBES = {"/healthz": healthz, "/readyz": readyz}


class HealthMiddleware:
    """Answers the probes' paths before any other middleware runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = PROBES.get(request.path_info.rstrip("/"))
        if probe is None:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return probe()
