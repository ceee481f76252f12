"""`make bench-page-cache`: cached anonymous pages against a trivial Django view, side by side.

The demo content in a PostgreSQL database of its own (DATABASE_URL; loaded once with the dev
settings, as `make run` does), gunicorn with 2 workers and the production settings, Redis as the
cache. The trivial view is /.well-known/security.txt: a few lines of text through the same
middleware stack. Rounds alternate between the two so that both see the same machine; the
figures go to docs/benchmarks.md ("## Page cache").
"""

import datetime
import http.client
import os
import platform
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.report import write_section

PORT = 8765
CLIENTS = 4
REQUESTS = 400  # per client and round
ROUNDS = 5
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
MANAGE = [str(ROOT / ".venv/bin/python"), "manage.py"]


def production_env():
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-only-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "REDIS_URL": REDIS_URL,
        "SECURITY_TXT_CONTACT": "mailto:security@bq-portal.example",
        "SECURITY_TXT_EXPIRES": "2027-12-31T23:00:00Z",
        "LOG_LEVEL": "WARNING",
    }


def prepare():
    dev = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    subprocess.run([*MANAGE, "migrate", "--noinput", "-v0"], cwd=ROOT, env=dev, check=True)
    subprocess.run([*MANAGE, "load_demo_content"], cwd=ROOT, env=dev, check=True)
    subprocess.run(
        [*MANAGE, "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=production_env(), check=True
    )


def get(connection, path):
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    return response


def hammer(path, counts):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    for _ in range(REQUESTS):
        if get(connection, path).status != 200:
            raise RuntimeError(path)
    counts.append(REQUESTS)


def throughput(path):
    counts = []
    threads = [threading.Thread(target=hammer, args=(path, counts)) for _ in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / (time.perf_counter() - started)


def profile_path(connection):
    """A German professional profile of the demo: the first link below a country profile."""
    connection.request("GET", "/de/laender/")
    index = connection.getresponse().read().decode()
    country = re.search(r'href="(/de/laender/[^/"]+/)"', index).group(1)
    connection.request("GET", country)
    page = connection.getresponse().read().decode()
    links = re.findall(rf'href="({re.escape(country)}[^/"]+/)"', page)
    return next(link for link in links if not link.endswith("/pdf/"))


def main():
    if "--skip-prepare" not in sys.argv:
        prepare()
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "portal.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{PORT}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=production_env(),
    )
    try:
        for _ in range(100):
            try:
                connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=5)
                get(connection, "/.well-known/security.txt")
                break
            except OSError:
                time.sleep(0.2)
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        page = profile_path(connection)
        marker = [get(connection, page).getheader("X-Page-Cache") for _ in range(4)]
        if marker[-1] != "hit":
            raise RuntimeError(f"{page} is not served from the page cache: {marker}")
        trivial, cached = [], []
        for _ in range(ROUNDS):
            trivial.append(throughput("/.well-known/security.txt"))
            cached.append(throughput(page))
    finally:
        server.terminate()
        server.wait()
    report(page, trivial, cached)


def report(page, trivial, cached):
    ratio = statistics.median(cached) / statistics.median(trivial)
    lines = [
        "## Page cache",
        "",
        f"Measured {datetime.date.today().isoformat()} by `make bench-page-cache` "
        f"(bench/page_cache.py) on {platform.node()} ({os.cpu_count()} cores, shared with "
        "other work): PostgreSQL with the demo content, gunicorn with 2 workers, production "
        f"settings (DEBUG off), Redis as the cache, {CLIENTS} clients, {REQUESTS} requests per "
        f"client and round, {ROUNDS} rounds alternating. The trivial view is "
        "/.well-known/security.txt (a few lines of text through the same middleware); the "
        f"cached page is the professional profile {page} (`X-Page-Cache: hit`: one SQL "
        "query, the content version).",
        "",
        "| what | requests/s per round | median |",
        "|---|---|---:|",
        f"| trivial Django view | {', '.join(f'{x:.0f}' for x in trivial)} "
        f"| {statistics.median(trivial):.0f} |",
        f"| cached anonymous page | {', '.join(f'{x:.0f}' for x in cached)} "
        f"| {statistics.median(cached):.0f} |",
        "",
        f"Cached page / trivial view: {ratio:.0%} (target: at least 70%).",
        "",
    ]
    write_section(lines)


if __name__ == "__main__":
    main()
