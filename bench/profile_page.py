"""Where a page's CPU goes, uncached: renders in process, with pyinstrument's top frames.

A portal in a PostgreSQL database (DATABASE_URL: the generated portal of `make bench`, or the
demo content), production settings (DEBUG off, Redis as the cache: BENCH_REDIS_URL), the page
cache taken out of the middleware so that every request renders, Django's test client as the
visitor (every middleware runs, no network). For each page: the SQL queries of one warm
request, the median and p95 of the application CPU (process time) of many, and with --profile
pyinstrument's frames of a batch of renders. With --admin: the admin views of the admin bench
(bench/targets.py) as a chamber editor instead, each one's CPU and pyinstrument's frames.

Comparing two checkouts: `--against DIR` runs the same measurement on the code in DIR (another
worktree, the same database) in alternating rounds, so both see the same machine; the
difference is what counts, the absolute figures are noisy on a shared machine.

    DATABASE_URL=postgres://... python bench/profile_page.py [--against ../main] [--profile]
    DATABASE_URL=postgres://... python bench/profile_page.py --admin [--renders 20]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This folder's modules (search.py) would shadow the apps of the code measured (PYTHONPATH).
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != ROOT / "bench"]
PAGES = ("profile", "country", "home")
RESULT = "RESULT "
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")


def production_env(code):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-only-not-secret",
        "ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "REDIS_URL": REDIS_URL,
        "SECURITY_TXT_CONTACT": "mailto:security@bq-portal.example",
        "SECURITY_TXT_EXPIRES": "2027-12-31T23:00:00Z",
        "LOG_LEVEL": "WARNING",  # the request log (INFO) still writes its line per request
        "PYTHONPATH": str(code),
    }


def setup():
    """Django with the production settings, every request rendered (no page cache)."""
    import django
    from django.conf import settings

    django.setup()
    settings.MIDDLEWARE = [
        name for name in settings.MIDDLEWARE if name != "pages.page_cache.PageCacheMiddleware"
    ]


def urls():
    """A German professional profile, its country and the home page of the demo content."""
    from pages.models import ProfessionalProfilePage

    profile = ProfessionalProfilePage.objects.live().filter(locale__language_code="de")
    profile = profile.order_by("path").first()
    return {"profile": profile.url, "country": profile.get_parent().url, "home": "/de/"}


def measure(renders):
    """{page: {"url", "queries", "cpu_ms": [one per render]}} for this process's code."""
    from django.db import connection
    from django.test import Client

    client = Client()
    answers = {}
    for name, url in urls().items():
        for _ in range(5):  # warm: templates, the process's memo, connections
            assert client.get(url).status_code == 200, url
        executed = []

        def counted(run, sql, params, many, context, executed=executed):
            executed.append(sql)
            return run(sql, params, many, context)

        with connection.execute_wrapper(counted):
            client.get(url)
        samples = []
        for _ in range(renders):
            start = time.process_time()
            client.get(url)
            samples.append((time.process_time() - start) * 1000)
        answers[name] = {"url": url, "queries": len(executed), "cpu_ms": samples}
    return answers


def profile(renders):
    """pyinstrument's text of `renders` renders of the profile page."""
    from django.test import Client
    from pyinstrument import Profiler

    client = Client()
    url = urls()["profile"]
    for _ in range(5):
        client.get(url)
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(renders):
            client.get(url)
    return profiler.output_text(unicode=True, color=False, show_all=False)


def profile_admin(renders):
    """The admin views of the bench's ten editors (bench/targets.py), as a chamber editor:
    each one's median CPU of `renders` requests, then pyinstrument's functions of as many
    requests by their own time (a flat list: the admin's time is in Wagtail and Django)."""
    from pyinstrument import Profiler

    from bench import targets
    from tests.clients import VerifiedClient

    client = VerifiedClient()
    client.force_login(targets.chamber_editors()[0])
    answers = {}
    for label, path in targets.admin_pages(targets.search_word()):
        for _ in range(2):
            assert client.get(path).status_code == 200, path
        samples = []
        for _ in range(renders):
            start = time.process_time()
            client.get(path)
            samples.append((time.process_time() - start) * 1000)
        profiler = Profiler(interval=0.001)
        with profiler:
            for _ in range(renders):
                client.get(path)
        flat = profiler.output_text(unicode=True, color=False, show_all=True, flat=True)
        answers[label] = {
            "path": path,
            "cpu_ms": statistics.median(samples),
            "pyinstrument": "\n".join(flat.splitlines()[:40]),
        }
    return answers


def run_child(code, renders, with_profile, admin=False):
    command = [sys.executable, str(ROOT / "bench/profile_page.py"), "--child", str(renders)]
    if with_profile:
        command.append("--profile")
    if admin:
        command.append("--admin")
    result = subprocess.run(
        command, cwd=code, env=production_env(code), check=True, stdout=subprocess.PIPE, text=True
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith(RESULT))
    return json.loads(line.removeprefix(RESULT))


def collectstatic(code):
    """The production settings' static files (the manifest that templates' static tag reads)."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=code,
        env=production_env(code),
        check=True,
    )


def report(label, rounds):
    print(f"\n{label}")
    for name in PAGES:
        samples = [ms for answer in rounds for ms in answer[name]["cpu_ms"]]
        queries = {answer[name]["queries"] for answer in rounds}
        p95 = statistics.quantiles(samples, n=20)[-1]
        print(
            f"  {name:8} {rounds[0][name]['url']:60} queries {sorted(queries)}"
            f"  CPU median {statistics.median(samples):6.2f} ms  p95 {p95:6.2f} ms"
            f"  ({len(samples)} renders)"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--renders", type=int, default=100, help="per page and round")
    parser.add_argument("--profile", action="store_true", help="pyinstrument's top frames")
    parser.add_argument(
        "--admin", action="store_true", help="the admin views as a chamber editor instead"
    )
    args = parser.parse_args()
    if args.child is not None and args.admin:
        setup()
        print(RESULT + json.dumps(profile_admin(args.child)))
        return
    if args.admin:
        collectstatic(ROOT)
        for label, answer in run_child(ROOT, args.renders, False, admin=True).items():
            print(f"\n{label} ({answer['path']}): CPU median {answer['cpu_ms']:.1f} ms")
            print(answer["pyinstrument"])
        return
    if args.child is not None:
        setup()
        answer = measure(args.child)
        if args.profile:
            answer["pyinstrument"] = profile(args.child)
        print(RESULT + json.dumps(answer))  # after the request log's lines on stdout
        return
    codes = {"this checkout": ROOT}
    if args.against:
        codes = {f"A: {args.against.resolve()}": args.against.resolve(), f"B: {ROOT}": ROOT}
    for code in codes.values():
        collectstatic(code)
    rounds = {label: [] for label in codes}
    for number in range(args.rounds):
        for label, code in codes.items():
            with_profile = args.profile and number == args.rounds - 1
            rounds[label].append(run_child(code, args.renders, with_profile))
    for label, answers in rounds.items():
        report(label, answers)
    if args.profile:
        for label, answers in rounds.items():
            print(f"\npyinstrument, {label}, {args.renders} renders of the profile page:")
            print(answers[-1]["pyinstrument"])


if __name__ == "__main__":
    main()
