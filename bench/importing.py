"""`make bench` (import part): `manage.py import_profiles` against DESIGN section 8's target of
200 profiles/s, into a portal of DESIGN section 8's size.

Builds a template database once (bqportal_importbench_base): 50 German country profiles,
occupational fields, reference occupations, a competent editor who imports, two reviewers who
get the summary e-mail, and 35,000 profiles imported in batches by the import itself (drafts in
quality control, as imported profiles are). Each run copies it afresh (bqportal_importbench), so
every run measures from the same state, writes a seeded CSV of 2,000 new profiles across the
countries (every column, one or two reference occupations) and times `import_profiles` through
call_command with the production settings (DEBUG off): creating the profiles, then re-importing
the same file (nothing changes, nothing is written). Figures go to docs/benchmarks.md
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
import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SERVER = os.environ.get("BENCH_SERVER", "postgres://postgres@127.0.0.1:5432")
BASE, DATABASE = "bqportal_importbench_base", "bqportal_importbench"
os.environ["DATABASE_URL"] = f"{SERVER}/{BASE}"

from bench import environment

environment.setup(
    "redis://127.0.0.1:6379/4", EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
)

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import connection, connections, transaction
from wagtail.models import Locale

from bench.report import write_section
from demo import corpus
from pages.choices import ChamberType, IscedLevel, QualificationType, Region
from pages.models import CountryIndexPage, CountryProfilePage, ProfessionalProfilePage
from pages.slugs import german_slug
from pages.snippets import OccupationalField, ReferenceOccupation
from portal import roles
from profile_io.reading import COLUMNS

COUNTRIES = 50
PROFILES = 2_000  # imported by each run
EXISTING = 35_000  # in the template
BATCH = 5_000  # profiles per import while building the template
IMPORTER = "bench-importer"
CODES = sorted(country.alpha_2 for country in pycountry.countries)[:COUNTRIES]


@transaction.atomic
def populate():
    """Countries, fields, occupations and the people of an import (once per database)."""
    german = Locale.objects.get(language_code="de")
    index = CountryIndexPage.objects.get(locale=german)
    for number, (name, _english) in enumerate(corpus.country_names(COUNTRIES)):
        index.add_child(
            instance=CountryProfilePage(
                title=name,
                slug=german_slug(name),
                iso_code=country_code(number),
                region=Region.ASIA,
                summary=f"Bildungssystem von {name}.",
                locale=german,
            )
        )
    fields = [
        OccupationalField.objects.create(name=f"Berufsbereich {number}", locale=german)
        for number in range(20)
    ]
    ReferenceOccupation.objects.bulk_create(
        [
            ReferenceOccupation(
                name=german_title,
                kldb_code=f"{10000 + number}",
                chamber_type=ChamberType.values[number % len(ChamberType.values)],
                occupational_field=fields[number % len(fields)],
                locale=german,
            )
            for number, (german_title, _english) in enumerate(corpus.OCCUPATIONS)
        ]
    )
    users = get_user_model()._default_manager
    importer = users.create_user(IMPORTER, f"{IMPORTER}@example.org", first_name="Bench")
    importer.groups.add(Group.objects.get(name=roles.COMPETENT_EDITORS))
    for number in range(2):
        reviewer = users.create_user(f"bench-reviewer-{number}", f"reviewer{number}@example.org")
        reviewer.groups.add(Group.objects.get(name=roles.REVIEWERS))


def country_code(number):
    return CODES[number]


def profiles_csv(prefix, count=PROFILES, seed=11):
    """A seeded file of `count` new profiles, their external IDs starting with `prefix`."""
    rng = corpus.seeded(seed)
    fields = [f"Berufsbereich {number}" for number in range(20)]
    codes = [f"{10000 + number}" for number in range(len(corpus.OCCUPATIONS))]
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=";")
    writer.writeheader()
    for number in range(count):
        occupation = rng.randrange(len(corpus.OCCUPATIONS))
        original = corpus.original_name(rng)
        writer.writerow(
            {
                "external_id": f"{prefix}-{number:05d}",
                "country": country_code(rng.randrange(COUNTRIES)),
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


def admin_cursor():
    return psycopg.connect(f"{SERVER}/postgres", autocommit=True).cursor()


def exists(cursor, name):
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
    return cursor.fetchone() is not None


def build_template(directory):
    """The portal before each run: reference data, people and EXISTING imported profiles."""
    print(f"Building {BASE} (once) ...", flush=True)
    call_command("migrate", verbosity=0)
    populate()
    for batch in range(EXISTING // BATCH):
        path = Path(directory) / f"existing-{batch}.csv"
        path.write_bytes(profiles_csv(f"existing-{batch}", BATCH, seed=100 + batch))
        call_command("import_profiles", str(path), "--user", IMPORTER, stdout=io.StringIO())
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def use_database(name):
    connections.close_all()
    connection.settings_dict["NAME"] = name


def main():
    cursor = admin_cursor()
    with tempfile.TemporaryDirectory() as directory:
        if not exists(cursor, BASE):
            cursor.execute(f'CREATE DATABASE "{BASE}"')
            try:
                build_template(directory)
            except BaseException:
                use_database("postgres")
                cursor.execute(f'DROP DATABASE "{BASE}"')  # built whole or not at all
                raise
        use_database("postgres")
        cursor.execute(f'DROP DATABASE IF EXISTS "{DATABASE}"')
        cursor.execute(f'CREATE DATABASE "{DATABASE}" TEMPLATE "{BASE}"')
        use_database(DATABASE)
        call_command("migrate", verbosity=0)  # a template from older code
        existing = ProfessionalProfilePage.objects.count()
        path = Path(directory) / "profiles.csv"
        path.write_bytes(profiles_csv("bench"))
        mail.outbox = []
        created = timed_import(path)
        mails = len(mail.outbox)
        reimported = timed_import(path)
    if ProfessionalProfilePage.objects.count() != existing + PROFILES:
        sys.exit(f"Expected {PROFILES} new profiles: {created['output']}")
    report(existing, created, reimported, mails)


def report(existing, created, reimported, mails):
    rows = [("create (new external IDs)", created), ("re-import (no changes)", reimported)]
    lines = [
        "## Import",
        "",
        f"Measured {datetime.date.today().isoformat()} by `make bench-import` (bench/importing.py) "
        "on this 2-core machine: PostgreSQL, production settings (DEBUG off), Redis as the "
        f"Django cache. `import_profiles` through call_command, a seeded CSV of {PROFILES:,} "
        f"profiles (every column, one or two reference occupations) across {COUNTRIES} German "
        "country profiles, imported by a competent editor: first as new profiles (drafts, "
        "revision, log entries, search and reference index, submitted to quality control, "
        f"{mails} summary e-mails to the reviewers), then the same file again, into a copy of "
        f"a portal holding {existing:,} imported profiles (the same state every run). Wall "
        "time includes "
        "reading and checking the file and the commit; CPU is the command's own process.",
        "",
        "| import | rows | s | CPU s | profiles/s | output |",
        "|---|---:|---:|---:|---:|---|",
        *[
            f"| {name} | {PROFILES:,} | {row['seconds']:.1f} | {row['cpu']:.1f} "
            f"| {PROFILES / row['seconds']:.0f} | {row['output']} |"
            for name, row in rows
        ],
        "",
        "Target (DESIGN section 8): import at least 200 profiles/s.",
        "",
    ]
    write_section(lines)


if __name__ == "__main__":
    main()
