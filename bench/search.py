"""`make bench` (search part): the portal's search at DESIGN section 8's scale, served by gunicorn.

Fills a separate PostgreSQL database with 920 country profiles, 35,000 professional profiles and
English versions of a third of them (pages and search documents written in bulk, texts from a
seeded generator, so every run builds the same data), starts gunicorn with the production
settings (2 workers, DEBUG off), and times searches with two facets from one and from four
concurrent clients. Figures go to docs/benchmarks.md. Nothing here is a test.
"""

import datetime
import http.client
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bqportal_bench")
os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"

import django

django.setup()

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from pages.choices import IscedLevel, QualificationType
from pages.models import (
    CountryIndexPage,
    CountryProfilePage,
    ProfessionalProfilePage,
)
from pages.snippets import OccupationalField, ReferenceOccupation
from search.indexing import weighted_vector
from search.models import SearchDocument
from search.text import words

COUNTRIES = 920
PROFILES = 35_000
ENGLISH_SHARE = 3  # every third profile and country has an English version
PORT = 8765
CLIENTS = 4
REQUESTS_PER_CLIENT = 150

WORDS_DE = (
    "Ausbildung Berufsausbildung Prüfung Abschlussprüfung Zeugnis Diplom Fachschule Berufsschule "
    "Lehre Meister Geselle Techniker Elektroniker Mechaniker Mechatroniker Koch Bäcker Maurer "
    "Tischler Schlosser Friseur Kaufmann Kauffrau Pflege Landwirtschaft Gartenbau Metallbau "
    "Elektrotechnik Kraftfahrzeug Anlagen Heizung Klima Sanitär Buchhaltung Verwaltung Handel "
    "Lebensmittel Textil Chemie Labor Informatik Netzwerk Bauwesen Holz Druck Medien Hotel Küche "
    "praktisch theoretisch schulisch betrieblich staatlich zweijährig dreijährig Lernfeld "
    "Werkstatt Praktikum Unterricht Fachtheorie Fachpraxis Grundlagen Sicherheit Qualität"
).split()
WORDS_EN = (
    "training apprenticeship examination certificate diploma college school master journeyman "
    "technician electronics mechanic mechatronics cook baker bricklayer carpenter locksmith "
    "hairdresser clerk nursing agriculture horticulture metalwork electrical vehicle plant "
    "heating climate plumbing accounting administration trade food textile chemistry laboratory "
    "computing network construction wood printing media hotel kitchen practical theoretical "
    "school-based in-company state two-year three-year workshop internship lessons theory"
).split()


def sentence(rng, vocabulary, length):
    return " ".join(rng.choice(vocabulary) for _ in range(length)).capitalize() + "."


def text(rng, vocabulary, sentences):
    return " ".join(sentence(rng, vocabulary, rng.randint(8, 16)) for _ in range(sentences))


def bulk_children(parent, model, rows):
    """Page rows under `parent` without treebeard's per-row queries (paths computed here)."""
    content_type = ContentType.objects.get_for_model(model)
    pages = []
    for position, (title, slug) in enumerate(rows, start=1):
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                locale_id=parent.locale_id,
                live=True,
                first_published_at=timezone.now(),
                path=Page._get_path(parent.path, parent.depth + 1, position),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
            )
        )
    Page.objects.bulk_create(pages, batch_size=2000)
    Page.objects.filter(pk=parent.pk).update(numchild=len(pages))
    return list(Page.objects.filter(path__in=[page.path for page in pages]).order_by("path"))


def documents_for(pages, language, rng, vocabulary, facets):
    documents, vectors = [], []
    for page, facet in zip(pages, facets, strict=True):
        second = text(rng, vocabulary, 1)
        rest = text(rng, vocabulary, 12)
        documents.append(
            SearchDocument(
                page_id=page.pk,
                locale_id=page.locale_id,
                path=page.path,
                kind=facet.pop("kind"),
                title=page.title,
                title_folded=" ".join(words(page.title)),
                body=f"{second} {rest}",
                **facet,
            )
        )
        vectors.append((page.pk, (page.title, second, rest)))
    SearchDocument.objects.bulk_create(documents, batch_size=2000)
    for pk, texts in vectors:
        SearchDocument.objects.filter(pk=pk).update(
            vector=weighted_vector(texts, language),
            title_vector=weighted_vector((texts[0], "", ""), language),
        )


@transaction.atomic
def populate():
    rng = random.Random(8)
    german, english = Locale.objects.get(language_code="de"), Locale.objects.get(language_code="en")
    indexes = {
        index.locale_id: index for index in CountryIndexPage.objects.select_related("locale")
    }
    fields = [
        OccupationalField.objects.create(name=f"Berufsbereich {number}", locale=german)
        for number in range(20)
    ]
    occupations = ReferenceOccupation.objects.bulk_create(
        [
            ReferenceOccupation(
                name=f"{rng.choice(WORDS_DE)}-Referenzberuf {number}",
                kldb_code=f"{10000 + number}",
                chamber_type="hwk",
                locale=german,
            )
            for number in range(300)
        ]
    )
    codes = [f"{chr(65 + number // 26 % 26)}{chr(65 + number % 26)}" for number in range(COUNTRIES)]
    per_country = PROFILES // COUNTRIES + 1
    for locale, vocabulary in ((german, WORDS_DE), (english, WORDS_EN)):
        share = 1 if locale == german else ENGLISH_SHARE
        country_numbers = range(0, COUNTRIES, share)
        countries = bulk_children(
            indexes[locale.pk],
            CountryProfilePage,
            [
                (f"Land {code} {number}", f"land-{number}")
                for number in country_numbers
                for code in [codes[number]]
            ],
        )
        documents_for(
            countries,
            locale.language_code,
            rng,
            vocabulary,
            [
                {"kind": "pages.countryprofilepage", "country_code": codes[number]}
                for number in country_numbers
            ],
        )
        for country, number in zip(countries, country_numbers, strict=True):
            profiles = bulk_children(
                country,
                ProfessionalProfilePage,
                [
                    (
                        f"{rng.choice(vocabulary).capitalize()} {rng.choice(vocabulary)} {item}",
                        f"profil-{item}",
                    )
                    for item in range(per_country)
                ],
            )
            facets = [
                {
                    "kind": "pages.professionalprofilepage",
                    "country_code": codes[number],
                    "qualification_type": rng.choice(QualificationType.values),
                    "isced_level": rng.choice(IscedLevel.values),
                    "occupational_field_id": rng.choice(fields).pk,
                    "valid_from": datetime.date(rng.randint(1970, 2020), 1, 1),
                    "valid_until": None,
                }
                for _ in profiles
            ]
            documents_for(profiles, locale.language_code, rng, vocabulary, facets)
            through = SearchDocument.reference_occupations.through
            through.objects.bulk_create(
                [
                    through(searchdocument_id=page.pk, referenceoccupation_id=occupation.pk)
                    for page in profiles
                    for occupation in rng.sample(occupations, 2)
                ]
            )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


SCENARIOS = [
    "/de/suche/?q=Ausbildung&type=dual&isced=3",
    "/de/suche/?q=Elektroniker+Prüfung&type=school&country=AB",
    "/de/suche/?q=Mechaniker&isced=4&field={field}",
    "/de/suche/?q=Bäcker+Lehre&type=dual&valid_at=2000-01-01",
    "/en/search/?q=training&type=dual&isced=3",
    "/en/search/?q=electronics+examination&type=school&isced=4",
]
SUGGEST = ["/de/suche/vorschlaege/?q=Elek", "/en/search/suggestions/?q=mech"]


def timed_requests(paths, count, latencies):
    connection_ = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    for number in range(count):
        path = paths[number % len(paths)]
        started = time.perf_counter()
        connection_.request("GET", path)
        response = connection_.getresponse()
        response.read()
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            raise RuntimeError(f"{path}: {response.status}")


def measure(paths, clients, count):
    latencies = []
    threads = [
        threading.Thread(target=timed_requests, args=(paths, count, latencies))
        for _ in range(clients)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "p50": statistics.median(latencies),
        "p95": latencies[int(len(latencies) * 0.95) - 1],
        "max": latencies[-1],
        "throughput": len(latencies) / elapsed,
    }


def main():
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # the manifest production needs
    profiles = SearchDocument.objects.filter(kind="pages.professionalprofilepage")
    if profiles.filter(locale__language_code="de").count() < PROFILES:
        print("Building the dataset (once per database) ...", flush=True)
        started = time.perf_counter()
        populate()
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    counts = {
        "German professional profiles": profiles.filter(locale__language_code="de").count(),
        "English professional profiles": profiles.filter(locale__language_code="en").count(),
        "country profiles (both languages)": SearchDocument.objects.filter(
            kind="pages.countryprofilepage"
        ).count(),
    }
    field = OccupationalField.objects.filter(name__startswith="Berufsbereich").first()
    paths = [quote(path.format(field=field.pk if field else 0), safe="/?=&+") for path in SCENARIOS]

    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "portal.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{PORT}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
    )
    try:
        for _ in range(50):
            try:
                http.client.HTTPConnection("127.0.0.1", PORT, timeout=1).request("GET", "/de/")
                break
            except OSError:
                time.sleep(0.2)
        measure(paths + SUGGEST, 2, 30)  # warm both workers
        results = {
            "search, two facets, 1 client": measure(paths, 1, REQUESTS_PER_CLIENT),
            "search, two facets, 4 clients": measure(paths, CLIENTS, REQUESTS_PER_CLIENT),
            "suggestions, 4 clients": measure(SUGGEST, CLIENTS, REQUESTS_PER_CLIENT),
        }
    finally:
        server.terminate()
        server.wait()
    report(counts, results)


def report(counts, results):
    lines = [
        "## Search",
        "",
        f"Measured {datetime.date.today().isoformat()} by `make bench` (bench/search.py) on this "
        "2-core machine: PostgreSQL, gunicorn with 2 workers, production settings (DEBUG off), "
        "no cache in front; every request is a fresh search.",
        "",
        *[f"- {label}: {value:,}" for label, value in counts.items()],
        "",
        "| scenario | requests | p50 ms | p95 ms | max ms | requests/s |",
        "|---|---:|---:|---:|---:|---:|",
        *[
            f"| {name} | {row['requests']} | {row['p50']:.1f} | {row['p95']:.1f} "
            f"| {row['max']:.1f} | {row['throughput']:.1f} |"
            for name, row in results.items()
        ],
        "",
        "Target (DESIGN section 8): search with two facets p95 under 100 ms at four clients.",
        "",
    ]
    print("\n".join(lines))
    path = ROOT / "docs" / "benchmarks.md"
    existing = path.read_text() if path.exists() else "# Benchmarks\n\n"
    head, _, rest = existing.partition("## Search\n")
    tail = rest[rest.find("\n## ") + 1 :] if "\n## " in rest else ""
    path.write_text(head + "\n".join(lines) + ("\n" + tail if tail else ""))


if __name__ == "__main__":
    main()
