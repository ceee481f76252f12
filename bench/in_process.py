"""What one request costs the application, measured in this process beside the served figures.

Django's test client against the same database and cache as the server, with the same
settings: the SQL queries of one request (counted by an execute wrapper on the connection:
CaptureQueriesContext loses them, as Django empties the query log when a request starts) and
its CPU time (time.process_time, the median of several). Each address is requested twice
first, so the process's own caches (and the page cache) are as warm as a busy worker's. The
page cache's marker must say what the row claims: "hit" for a cached page, "skip" for one
that was rendered.
"""

import statistics
import time

from django.db import connection
from django.test import Client

from pages.page_cache import MARKER

HOST = "127.0.0.1"
WARM_UP = 2


def client_with(cookies):
    """A test client that sends `cookies` (none: an anonymous visitor)."""
    client = Client(HTTP_HOST=HOST)
    for name, value in cookies.items():
        client.cookies[name] = value
    return client


def cost(client, path, renders, marker=None):
    """{"queries": n, "cpu_ms": median} of GET `path` by `client`."""
    for _ in range(WARM_UP):
        check(client.get(path), path, None)
    queries = []

    def counted(execute, sql, *arguments):
        queries.append(sql)
        return execute(sql, *arguments)

    with connection.execute_wrapper(counted):
        check(client.get(path), path, marker)
    cpu = []
    for _ in range(renders):
        started = time.process_time()
        client.get(path)
        cpu.append((time.process_time() - started) * 1000)
    return {"queries": len(queries), "cpu_ms": round(statistics.median(cpu), 1)}


def check(response, path, marker):
    if response.status_code != 200:
        raise RuntimeError(f"GET {path} in process: {response.status_code}")
    if marker is not None and response.get(MARKER) != marker:
        raise RuntimeError(f"GET {path}: page cache {response.get(MARKER)!r}, not {marker!r}")
