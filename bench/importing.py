"""`make bench` (import part): `manage.py import_profiles` against DESIGN section 8's target of
200 profiles/s, into the generated portal, beside Wagtail's own per-page path.

Copies the generated portal of `make bench` (bench/dataset.py; PORTAL_BENCH_DATABASE, by
default bqportal_portal_full) afresh for each run (bqportal_importbench), so every run measures
from the same state; writes a seeded CSV of 2,000 new profiles across 50 of its countries (every
column, one or two reference occupations) and times `import_profiles` through call_command as
the portal's competent editor, with the production settings (DEBUG off): creating the profiles,
then re-importing the same file (nothing changes, nothing is written). In the same run, the
same kind of rows (another 200) go through Wagtail's own path, page by page (`add_child`,
`save_revision`, `Workflow.start`), so the import is also stated as a ratio to it: machines of
the same kind differ by up to two times, the ratio does not. Figures go to docs/benchmarks.md
("## Import"). Nothing here is a test.
"""

import csv
import datetime
import io
import os
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SERVER = os.environ.get("BENCH_SERVER", "postgres://postgres@127.0.0.1:5432")
PORTAL = os.environ.get("PORTAL_BENCH_DATABASE", "bqportal_portal_full")
DATABASE = "bqportal_importbench"
os.environ["DATABASE_URL"] = f"{SERVER}/{DATABASE}"

from bench import environment

environment.setup("redis://127.0.0.1:6379/4")

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, connections, transaction
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale

from bench.report import write_section
from demo import corpus
from pages.choices import IscedLevel, QualificationType
from pages.models import CountryProfilePage, ProfessionalProfilePage
from profile_io.importing import ProfileImporter
from profile_io.reading import COLUMNS, read_rows

COUNTRIES = 50
PROFILES = 2_000  # imported by each run
PER_PAGE = 200  # through Wagtail's own path
IMPORTER = "gen-competent"  # the generated portal's competent editor (demo.generator)


def country_codes():
    """The ISO codes of the portal's first COUNTRIES German country profiles."""
    german = CountryProfilePage.objects.filter(locale=Locale.objects.get(language_code="de"))
    return list(german.order_by("path").values_list("iso_code", flat=True)[:COUNTRIES])


def profiles_csv(prefix, countries, count=PROFILES, seed=11):
    """A seeded file of `count` new profiles in `countries`, their external IDs starting with
    `prefix`; the reference occupations by the codes the generated portal gives them."""
    rng = corpus.seeded(seed)
    fields = [f"Berufsbereich {number}" for number in range(20)]
    codes = [f"{10000 + number * 3}" for number in range(len(corpus.OCCUPATIONS))]
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=";")
    writer.writeheader()
    for number in range(count):
        occupation = rng.randrange(len(corpus.OCCUPATIONS))
        original = corpus.original_name(rng)
        writer.writerow(
            {
                "external_id": f"{prefix}-{number:05d}",
                "country": rng.choice(countries),
                "title": f"{corpus.OCCUPATIONS[occupation][0]} ({original})",
                "original_name": original,
                "transliteration": original.lower(),
                "qualification_type": rng.choice(QualificationType.values),
                "isced_level": rng.choice(IscedLevel.values),
                "isco_code": f"{rng.randint(1000, 9999)}",
                "occupational_field": rng.choice(fields),
                "reference_occupations": ";".join(sorted({codes[occupation], rng.choice(codes)})),
                "duration_months": rng.choice((24, 36, 42, 48)),
                "valid_from": datetime.date(rng.randint(1970, 2020), 9, 1).isoformat(),
                "valid_until": "",
                "legal_basis": f"Gesetz Nr. {rng.randint(100, 9999)}",
                "training_institutions": "Berufsschulen und Betriebe",
                "admission_requirements": "Abschluss der Sekundarstufe I",
                "summary": f"{corpus.BOILERPLATE_DE} {original}.",
            }
        )
    return buffer.getvalue().encode("utf-8")


def timed_import(path):
    out = io.StringIO()
    started, cpu = time.perf_counter(), time.process_time()
    call_command("import_profiles", str(path), "--user", IMPORTER, stdout=out)
    return {
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "output": out.getvalue().strip(),
    }


def per_page_import(content):
    """The rows of `content` created as Wagtail creates a page, one by one: each row checked by
    the import, then `add_child`, `save_revision` and its country's `Workflow.start` in the
    importer's name (a mail to the reviewers per page). Timed with the commit, as the import."""
    user = get_user_model().objects.get(username=IMPORTER)
    rows, _errors = read_rows(content, format="csv")
    started, cpu = time.perf_counter(), time.process_time()
    with transaction.atomic():
        importer = ProfileImporter(user)
        importer.load(rows)
        for number, row in rows:
            plan, errors = importer.check(number, row)
            if errors:
                sys.exit(f"Row {number}: {errors}")
            plan.country.add_child(instance=plan.page)
            plan.page.save_revision(user=user, clean=False)
            plan.workflow.start(plan.page, user)
    return {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu}


def queued_emails():
    """E-mails waiting in the task queue (production queues them: background.mail)."""
    return DBTaskResult.objects.filter(task_path="background.mail.send_email").count()


def admin_cursor():
    return psycopg.connect(f"{SERVER}/postgres", autocommit=True).cursor()


def use_database(name):
    connections.close_all()
    connection.settings_dict["NAME"] = name


def main():
    cursor = admin_cursor()
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [PORTAL])
    if cursor.fetchone() is None:
        sys.exit(f"{PORTAL} does not exist: make bench builds the generated portal first.")
    use_database("postgres")
    cursor.execute(f'DROP DATABASE IF EXISTS "{DATABASE}"')
    cursor.execute(f'CREATE DATABASE "{DATABASE}" TEMPLATE "{PORTAL}"')
    use_database(DATABASE)
    existing = ProfessionalProfilePage.objects.count()
    countries = country_codes()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "profiles.csv"
        path.write_bytes(profiles_csv("bench", countries))
        queued = queued_emails()
        created = timed_import(path)
        mails = queued_emails() - queued
        reimported = timed_import(path)
    if ProfessionalProfilePage.objects.count() != existing + PROFILES:
        sys.exit(f"Expected {PROFILES} new profiles: {created['output']}")
    per_page = per_page_import(profiles_csv("wagtail", countries, PER_PAGE, seed=12))
    use_database("postgres")
    cursor.execute(f'DROP DATABASE "{DATABASE}"')
    report(existing, len(countries), created, reimported, mails, per_page)


def report(existing, countries, created, reimported, mails, per_page):
    rows = [
        ("create (new external IDs)", PROFILES, created),
        ("re-import (no changes)", PROFILES, reimported),
        ("Wagtail's per-page path (add_child, save_revision, Workflow.start)", PER_PAGE, per_page),
    ]
    ratio = (PROFILES / created["seconds"]) / (PER_PAGE / per_page["seconds"])
    lines = [
        "## Import",
        "",
        f"Measured {datetime.date.today().isoformat()} by `make bench-import` (bench/importing.py) "
        "on this 2-core machine: PostgreSQL, production settings (DEBUG off), Redis as the "
        f"Django cache. `import_profiles` through call_command, a seeded CSV of {PROFILES:,} "
        f"profiles (every column, one or two reference occupations) across {countries} German "
        "country profiles, imported by a competent editor: first as new profiles (drafts, "
        "revision, log entries, search and reference index, submitted to quality control, "
        f"{mails} summary e-mails to the reviewers), then the same file again, into a copy of "
        f"the generated portal holding {existing:,} profiles (the same state every run); "
        f"then {PER_PAGE} rows of the same kind through Wagtail's own path, page by page. "
        "Wall time includes reading and checking the rows and the commit; CPU is this "
        "process's own.",
        "",
        "| import | rows | s | CPU s | profiles/s | output |",
        "|---|---:|---:|---:|---:|---|",
        *[
            f"| {name} | {count:,} | {row['seconds']:.1f} | {row['cpu']:.1f} "
            f"| {count / row['seconds']:.0f} | {row.get('output', '')} |"
            for name, count, row in rows
        ],
        "",
        f"The import creates profiles {ratio:.0f} times as fast as Wagtail's per-page path in "
        "the same run.",
        "",
        "Target (DESIGN section 8): import at least 200 profiles/s.",
        "",
    ]
    write_section(lines)


if __name__ == "__main__":
    main()
