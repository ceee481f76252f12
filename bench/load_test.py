"""`make bench-load`: 50 concurrent users for 2 minutes (locust) against gunicorn and PostgreSQL
at the generated portal's size, with 0 errors as the target.

Copies the generated portal of `make bench` (PORTAL_BENCH_DATABASE, by default
bqportal_portal_full) to bqportal_loadbench, serves the copy with gunicorn (production
settings, 4 sync workers on loopback, Redis as the cache, PDF renders not rate-limited: every
user comes from 127.0.0.1), adds the editors' drafts (profiles of the biggest country, to save
and submit), makes the signed-in users' sessions (second factor given, as bench/targets.py
makes them: the sign-in form with its second factor and lockout is not what is measured), and
runs bench/locustfile.py headless. p50/p95 per request type go to docs/benchmarks.md ("## Load")
and docs/benchmarks.json; it exits non-zero when any request failed. Nothing here is a test.
"""

import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SERVER = os.environ.get("BENCH_SERVER", "postgres://postgres@127.0.0.1:5432")
PORTAL = os.environ.get("PORTAL_BENCH_DATABASE", "bqportal_portal_full")
DATABASE = "bqportal_loadbench"
PORT = int(os.environ.get("BENCH_PORT", "8767"))
USERS, SPAWN_RATE, DURATION = 50, 10, "2m"
EDITORS, DRAFTS = 5, 40
os.environ["DATABASE_URL"] = f"{SERVER}/{DATABASE}"
os.environ["PDF_RENDER_RATE"] = "100000/m"


def admin(sql):
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(sql)


def copy_portal():
    admin(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    admin(f'CREATE DATABASE "{DATABASE}" TEMPLATE "{PORTAL}"')


copy_portal()

from bench import environment

environment.setup("redis://127.0.0.1:6379/5")

from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from bench import targets
from bench.report import write_section
from bench.server import Server, collect_static
from pages.models import CountryProfilePage, ProfessionalProfilePage, RecognitionOutcomePage


def sample(queryset, count):
    urls = [page.url for page in queryset.order_by("?")[:count]]
    return [url for url in urls if url]


def draft(country, editor, number):
    """A new profile of `country` saved as a draft by `editor`: its id and its form."""
    page = ProfessionalProfilePage(
        title=f"Lastprobe {editor.pk}-{number}",
        slug=f"lastprobe-{editor.pk}-{number}",
        locale=country.locale,
        live=False,
        original_name="Meslek",
        qualification_type="school",
        isced_level=3,
        duration_months=36,
        summary="Kurz.",
    )
    country.add_child(instance=page)
    page.save_revision(user=editor)
    form = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "original_name": "Meslek",
            "qualification_type": "school",
            "isced_level": "3",
            "duration_months": "36",
            "summary": "Kurz, unter Last gespeichert.",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    return {"id": page.pk, "title": page.title, "form": form}


def load_targets():
    profiles = ProfessionalProfilePage.objects.live().public()
    countries = CountryProfilePage.objects.live().public()
    country = targets.biggest_country()
    editors = targets.chamber_editors()[:EDITORS]
    with translation.override("de"):
        search, suggestions = reverse("search"), reverse("search_suggestions")
    words = [
        max(title.split(), key=len) for title in profiles.values_list("title", flat=True)[:500]
    ]
    return {
        "pages": sample(profiles, 300) + sample(countries, 60),
        "pdfs": [f"{url}pdf/" for url in sample(profiles, 40) + sample(countries, 10)],
        "search": search,
        "suggestions": suggestions,
        "words": sorted({word.strip("()-,./") for word in words if len(word) > 4}),
        "outcomes": sample(RecognitionOutcomePage.objects.live(), 200),
        "staff_sessions": targets.session_cookies(targets.chamber_editors(), USERS),
        "editor_sessions": targets.session_cookies(editors, USERS),
        "drafts": [
            [draft(country, editor, number) for number in range(DRAFTS)] for editor in editors
        ]
        * (USERS // EDITORS),
    }


def run_locust(target_file, folder):
    command = [
        str(ROOT / ".venv/bin/locust"),
        "--locustfile", str(ROOT / "bench/locustfile.py"),
        "--headless", "--users", str(USERS), "--spawn-rate", str(SPAWN_RATE),
        "--run-time", DURATION, "--host", f"http://127.0.0.1:{PORT}",
        "--csv", str(folder / "load"), "--only-summary", "--loglevel", "WARNING",
    ]  # fmt: skip
    env = {**os.environ, "LOAD_TARGETS": str(target_file)}
    subprocess.run(command, cwd=ROOT, env=env, check=False)
    with (folder / "load_stats.csv").open() as stats:
        return list(csv.DictReader(stats))


def report(rows, seconds, load):
    lines = [
        "## Load",
        "",
        f"`make bench-load` on this project's machine (2 cores, 24 GiB; load average "
        f"{load:.1f} before the run): {USERS} locust users started at {SPAWN_RATE}/s and run "
        f"for {DURATION} against gunicorn (4 sync workers, production settings, Redis) and "
        "PostgreSQL on the same machine, on a copy of the generated portal (35,000 profiles): "
        "readers of profile pages in both languages and their PDFs, searchers, registered staff "
        "reading recognition outcomes, chamber editors saving drafts and submitting them to "
        "quality control through the admin's edit form (signed-in sessions made beforehand). "
        "Locust itself runs on the same 2 cores. Times in ms.",
        "",
        "| request | requests | failures | p50 | p95 | max | per s |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['Name']} | {row['Request Count']} | {row['Failure Count']} | "
            f"{row['50%']} | {row['95%']} | {float(row['Max Response Time']):.0f} | "
            f"{float(row['Requests/s']):.1f} |"
        )
    lines += ["", f"- run (s): {seconds:.0f}", ""]
    write_section(lines)


def main():
    call_command("migrate", verbosity=0)  # a portal generated before the newest migrations
    collect_static()
    cache.clear()  # this bench's Redis database only
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        target_file = folder / "targets.json"
        random.seed(20)
        target_file.write_text(json.dumps(load_targets()))
        load = os.getloadavg()[0]
        with Server(PORT, os.environ.copy(), ROOT / "var/bench-load-server.log", workers=4):
            started = time.perf_counter()
            rows = run_locust(target_file, folder)
            seconds = time.perf_counter() - started
    admin(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    report(rows, seconds, load)
    failed = sum(int(row["Failure Count"]) for row in rows if row["Name"] == "Aggregated")
    if failed:
        sys.exit(f"{failed} requests failed: see the Load section of docs/benchmarks.md")


if __name__ == "__main__":
    main()
