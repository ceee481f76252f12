"""Deployment pieces on engines this machine runs, each in a process of its own (settings are
read once per process from the environment), run by tests/portal/test_deployment.py:

- `build DIR`: migrate the database of DATABASE_URL and publish a country profile.
- `replica`: with DATABASE_REPLICA_URL set (a copy of that database whose country has another
  title), what the public read API, the search and a page answer, and where a write goes.
- `pool`: with DATABASE_POOL set, whether the connection comes from psycopg's pool, and queries
  from several threads.
- `s3`: with MEDIA_S3_BUCKET set, the storage the settings build and a file's address.
Each prints one JSON line.
"""

import json
import sys
import threading

import django

django.setup()

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from django.test.utils import setup_test_environment
from django.urls import reverse
from django.utils import translation

COUNTRY = "Türkei"


def build():
    from moderation.publishing import trusted_publication
    from pages.models import CountryIndexPage
    from search.indexing import rebuild
    from tests.factories.pages import CountryProfilePageFactory

    call_command("migrate", verbosity=0)
    countries = CountryIndexPage.objects.get(locale__language_code="de")
    with trusted_publication():
        CountryProfilePageFactory(parent=countries, title=COUNTRY, slug="tuerkei", iso_code="TR")
    rebuild()
    return {"built": True}


def replica():
    from django.contrib.auth import get_user_model

    from portal.replica import replica_reads

    client = Client()
    api = client.get("/api/v1/countries/?locale=de").json()
    with translation.override("de"):
        suggestions = client.get(reverse("search_suggestions"), {"q": "Türk"}).json()["suggestions"]
    page = client.get("/de/laender/tuerkei/").content.decode()
    with replica_reads():  # an opted-in view that writes: the write goes to the primary
        editor = get_user_model().objects.create_user("editor", "editor@example.org")
    return {
        "api": [country["title"] for country in api["results"]],
        "search_suggests": [suggestion["title"] for suggestion in suggestions],
        "page_shows": [name for name in ("Replikaland", COUNTRY) if name in page],
        "written_to_primary": get_user_model()
        .objects.using("default")
        .filter(pk=editor.pk)
        .exists(),
        "written_to_replica": get_user_model()
        .objects.using("replica")
        .filter(pk=editor.pk)
        .exists(),
    }


def pool():
    answers = []

    def query():
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            answers.append(cursor.fetchone()[0])
        connections.close_all()  # gives the connection back to the pool

    threads = [threading.Thread(target=query) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"pooled": connection.pool is not None, "answers": answers}


def s3():
    storage = settings.STORAGES["default"]
    options = {k: v for k, v in storage["OPTIONS"].items() if k != "secret_key"}
    return {
        "backend": storage["BACKEND"],
        "options": options,
        "url": default_storage.url("original_images/Bild 1.jpg"),
    }


if __name__ == "__main__":
    setup_test_environment()
    phases = {"build": build, "replica": replica, "pool": pool, "s3": s3}
    print(json.dumps(phases[sys.argv[1]]()))
