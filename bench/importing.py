"""`make bench` (import part): `manage.py import_profiles` against DESIGN section 8's target of
200 profiles/s.

Fills its own PostgreSQL database (bqportal_importbench) once with 50 German country profiles,
occupational fields, reference occupations, a competent editor who imports and two reviewers who
get the summary e-mail, then writes a seeded CSV of 2,000 new profiles across the countries
(every column, one or two reference occupations) and times `import_profiles` through
call_command with the production settings (DEBUG off): creating the profiles, then re-importing
the same file (nothing changes, nothing is written). Each run gives its profiles new external
IDs (the run number), so the database grows by 2,000 profiles per run; drop it to start afresh.
Figures go to docs/benchmarks.md ("## Import"). Nothing here is a test.
"""

import csv
import datetime
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bqportal_importbench")
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/4")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"

import django
import pycountry

django.setup()

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Locale

from bench import corpus
from moderation import roles
from pages.choices import ChamberType, IscedLevel, QualificationType, Region
from pages.importing import COLUMNS
from pages.models import CountryIndexPage, CountryProfilePage, ProfessionalProfilePage
from pages.slugs import german_slug
from pages.snippets import OccupationalField, ReferenceOccupation

COUNTRIES = 50
PROFILES = 2_000
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


def profiles_csv(run):
    """The seeded file: the same content every run, external IDs of this run."""
    rng = corpus.seeded(11)
    fields = [f"Berufsbereich {number}" for number in range(20)]
    codes = [f"{10000 + number}" for number in range(len(corpus.OCCUPATIONS))]
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=";")
    writer.writeheader()
    for number in range(PROFILES):
        occupation = rng.randrange(len(corpus.OCCUPATIONS))
        original = corpus.original_name(rng)
        writer.writerow(
            {
                "external_id": f"bench-{run}-{number:05d}",
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


def main():
    call_command("migrate", verbosity=0)
    if not get_user_model()._default_manager.filter(username=IMPORTER).exists():
        print("Building the dataset (once per database) ...", flush=True)
        populate()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    imported = ProfessionalProfilePage.objects.filter(external_id__startswith="bench-")
    existing = imported.count()
    run = existing // PROFILES + 1
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "profiles.csv"
        path.write_bytes(profiles_csv(run))
        mail.outbox = []
        created = timed_import(path)
        mails = len(mail.outbox)
        reimported = timed_import(path)
    if imported.count() != existing + PROFILES:
        sys.exit(f"Expected {PROFILES} new profiles: {created['output']}")
    report(run, existing, created, reimported, mails)


def report(run, existing, created, reimported, mails):
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
        f"{mails} summary e-mails to the reviewers), then the same file again. Run {run}: "
        f"{existing:,} imported profiles were in the database before. Wall time includes "
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
    print("\n".join(lines))
    path = ROOT / "docs" / "benchmarks.md"
    existing_text = path.read_text() if path.exists() else "# Benchmarks\n\n"
    head, found, rest = existing_text.partition("## Import\n")
    if not found:
        head, rest = existing_text.rstrip("\n") + "\n\n", ""
    tail = rest[rest.find("\n## ") + 1 :] if "\n## " in rest else ""
    path.write_text(head + "\n".join(lines) + ("\n" + tail if tail else ""))


if __name__ == "__main__":
    main()
