"""`make bench` (pages, page cache, admin, memory): the generated portal served by gunicorn.

Runs on the database `make bench` prepared (bench/dataset.py: generate_portal at SCALE), with
the production settings (DEBUG off), gunicorn with 2 workers on loopback and Redis as the cache
(its database emptied first). Measures, in this order and on one server:

1. each public page type uncached and cached, and a restricted page as staff, at 1 and 4
   clients; rounds alternate uncached and cached. Uncached requests carry a cookie the page
   cache does not know (BYPASS), so it neither serves nor stores them, as for any visitor with
   a cookie of their own; the production rules are the ones measured. Beside each row, from
   this process: SQL queries and application CPU of one request (bench/in_process.py);
2. the ceiling: a trivial Django view, a static file and a cached page, rounds alternating;
3. the admin with ten signed-in editors at once (ten sessions), as chamber editors and as a
   superuser;
4. the workers' memory after all of it.

Figures go to docs/benchmarks.md ("## Pages", "## Page cache", "## Admin", "## Memory") and
docs/benchmarks.json. Nothing here is a test.
"""

import http.client
import logging
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import environment

environment.setup(os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"))

from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache

from bench import in_process, load, portal_report, targets
from bench.server import Server, collect_static

PORT = int(os.environ.get("BENCH_PORT", "8766"))
BYPASS = {"bench_uncached": "1"}
EDITORS = 10
STARTED = time.perf_counter()
SCALES = {  # requests per client and round or row, rounds, in-process renders, row time limit
    "full": {"rounds": 3, "pages": 40, "ceiling_rounds": 5, "ceiling": 400, "admin": 10,
             "renders": 10, "admin_renders": 3, "seconds": 90},
    "small": {"rounds": 2, "pages": 10, "ceiling_rounds": 3, "ceiling": 100, "admin": 3,
              "renders": 5, "admin_renders": 1, "seconds": 30},
}  # fmt: skip


def row(server, clients, path, requests, seconds):
    """One measured row: latencies of `clients` at once, and the workers' CPU per request."""
    cpu = server.cpu_seconds()
    latencies, elapsed = load.measure(clients, path, requests, seconds)
    return latencies, elapsed, server.cpu_seconds() - cpu


def rounds(server, modes, path, scale):
    """Rounds alternating between `modes` ({mode: cookies of each client}) on `path`; the rows
    pooled per mode."""
    pooled = {mode: ([], 0.0, 0.0) for mode in modes}
    for _ in range(scale["rounds"]):
        for mode, cookies in modes.items():
            http_clients = [load.Client(PORT, each) for each in cookies]
            latencies, elapsed, cpu = row(
                server, http_clients, path, scale["pages"], scale["seconds"]
            )
            previous = pooled[mode]
            pooled[mode] = (previous[0] + latencies, previous[1] + elapsed, previous[2] + cpu)
    return {
        mode: {
            **load.figures(latencies, elapsed),
            "worker_cpu_ms": round(cpu * 1000 / len(latencies), 1),
        }
        for mode, (latencies, elapsed, cpu) in pooled.items()
    }


def warm(path, cookies_list):
    """Every worker has rendered `path` (and the page cache holds it where it may)."""
    for cookies in cookies_list:
        client = load.Client(PORT, cookies)
        for _ in range(4):
            client.get(path)


def measure_pages(server, scale, staff):
    """Each page in each of its modes: {mode: (cookies of each of up to 4 clients, what the
    page cache must answer)}."""
    public = {"uncached": ([BYPASS] * 4, "skip"), "cached": ([{}] * 4, "hit")}
    pages = [(label, path, public) for label, path in targets.public_pages()]
    pages.append((*targets.search_page(), {"no page cache": ([{}] * 4, None)}))
    pages.append((*targets.restricted_page(), {"signed in": (staff, "skip")}))
    pages += [(*row, {"signed in": (staff, "skip")}) for row in targets.outcome_research()]
    results = []
    for label, path, modes in pages:
        if path is None:
            results.append({"page": label, "missing": True})
            continue
        progress(label)
        costs = {
            mode: in_process.cost(
                in_process.client_with(cookies[0]), path, scale["renders"], marker
            )
            for mode, (cookies, marker) in modes.items()
        }
        warm(path, [cookies[0] for cookies, _ in modes.values()])
        for clients in (1, 4):
            some = {mode: cookies[:clients] for mode, (cookies, _) in modes.items()}
            for mode, figures in rounds(server, some, path, scale).items():
                results.append({"page": label, "path": path, "cache": mode, "clients": clients,
                                **costs[mode], **figures})  # fmt: skip
    return results


def measure_ceiling(server, scale, page):
    """Requests/s of each round, at 4 clients, alternating trivial view, static file, page."""
    paths = {
        "trivial Django view": "/.well-known/security.txt",
        "static file": staticfiles_storage.url("css/portal.css"),
        "cached page": page,
    }
    warm(page, [{}])
    per_round = {what: [] for what in paths}
    for _ in range(scale["ceiling_rounds"]):
        for what, path in paths.items():
            clients = [load.Client(PORT) for _ in range(4)]
            latencies, elapsed, _ = row(server, clients, path, scale["ceiling"], scale["seconds"])
            per_round[what].append(load.figures(latencies, elapsed)["requests_per_s"])
    return paths, per_round


def measure_admin(server, scale, sessions):
    results = []
    for role, cookies in sessions.items():
        for label, path in targets.admin_pages(targets.search_word()):
            progress(f"{role}: {label}")
            try:
                figures = admin_row(server, scale, cookies, path)
            except (OSError, http.client.HTTPException, RuntimeError) as error:
                figures = {"error": f"{type(error).__name__}: {error}"}  # a timeout, a refusal
            results.append({"role": role, "view": label, "path": path, **figures})
    return results


def admin_row(server, scale, cookies, path):
    """One admin view by ten editors; served once first, so a view that never answers fails
    here (gunicorn's worker timeout) before the bench's own process waits for it."""
    warm(path, cookies[:1])
    costs = in_process.cost(in_process.client_with(cookies[0]), path, scale["admin_renders"])
    clients = [load.Client(PORT, session) for session in cookies]
    latencies, elapsed, cpu = row(server, clients, path, scale["admin"], scale["seconds"])
    figures = load.figures(latencies, elapsed)
    return {**costs, **figures, "worker_cpu_ms": round(cpu * 1000 / figures["requests"], 1)}


def progress(message):
    print(f"[{time.perf_counter() - STARTED:5.0f} s] {message}", flush=True)


def main():
    name = sys.argv[sys.argv.index("--scale") + 1] if "--scale" in sys.argv else "full"
    scale = SCALES[name]
    for handler in logging.getLogger().handlers:  # request lines formatted, as served, unread
        handler.setStream(open(os.devnull, "w"))  # noqa: SIM115 — for the life of the process
    collect_static()
    cache.clear()  # this bench's Redis database only: nothing of an earlier dataset
    targets.big_profile()  # before anything is measured: it changes the content version
    sessions = {
        "chamber editor": targets.session_cookies(targets.chamber_editors(), EDITORS),
        "superuser": targets.session_cookies([targets.superuser()], EDITORS),
    }
    facts = portal_report.circumstances(name, scale)
    progress("server starting")
    with Server(PORT, os.environ.copy(), ROOT / "var/bench-server.log") as server:
        progress("pages")
        pages = measure_pages(server, scale, sessions["chamber editor"][:4])
        progress("page cache and ceiling")
        profile = next(row["path"] for row in pages if row["page"].startswith("professional"))
        ceiling = measure_ceiling(server, scale, profile)
        progress("admin")
        admin = measure_admin(server, scale, sessions)
        memory = server.memory()
    portal_report.write(facts, pages, ceiling, admin, memory, time.perf_counter() - STARTED)
    progress("done")


if __name__ == "__main__":
    main()
