"""The pieces of a deployment past one machine (docs/deployment.md), each configured by the
environment and tested where its engine runs here: a read replica (a second database of this
run's engine) serving the public API and search only, psycopg's connection pool (PostgreSQL),
and media on S3-compatible storage (settings and addresses: no S3 engine runs here; serving
through a storage without local files is tested in tests/privacy/test_media.py)."""

import shutil
import sqlite3

import psycopg
import pytest
from django.db import connection

from tests.processes import json_answer


def scenario(phase, **environment):
    return json_answer(["-m", "tests.portal.deployment_scenario", phase], **environment)


class Server:
    """Scratch databases on the server of this run's PostgreSQL test database."""

    def __init__(self):
        settings = connection.settings_dict
        self.user, self.host = settings["USER"], settings["HOST"]
        self.port = settings["PORT"] or 5432
        self.prefix = f"{settings['NAME']}_deploy"[:50]

    def admin(self, sql):
        with psycopg.connect(
            dbname="postgres", user=self.user, host=self.host, port=self.port, autocommit=True
        ) as admin:
            admin.execute(sql)

    def url(self, name):
        return f"postgres://{self.user}@{self.host}:{self.port}/{self.prefix}_{name}"

    def create(self, name, template=None):
        self.drop(name)
        copy = f' TEMPLATE "{self.prefix}_{template}"' if template else ""
        self.admin(f'CREATE DATABASE "{self.prefix}_{name}"{copy}')

    def drop(self, name):
        self.admin(f'DROP DATABASE IF EXISTS "{self.prefix}_{name}" WITH (FORCE)')

    def execute(self, name, sql):
        with psycopg.connect(
            dbname=f"{self.prefix}_{name}", user=self.user, host=self.host, port=self.port
        ) as database:
            database.execute(sql)


RENAME = [
    "UPDATE wagtailcore_page SET title = 'Replikaland' WHERE title = 'Türkei'",
    "UPDATE search_searchdocument SET title = 'Replikaland' WHERE title = 'Türkei'",
]


@pytest.fixture(scope="module")
def databases(tmp_path_factory):
    """(primary URL, replica URL): the replica a copy whose country has another title."""
    if connection.vendor != "postgresql":
        folder = tmp_path_factory.mktemp("replica")
        primary, copy = folder / "primary.sqlite3", folder / "replica.sqlite3"
        scenario("build", DATABASE_URL=f"sqlite:///{primary}")
        shutil.copy(primary, copy)
        with sqlite3.connect(copy) as replica:
            for sql in RENAME:
                replica.execute(sql)
        yield f"sqlite:///{primary}", f"sqlite:///{copy}"
        return
    server = Server()
    server.create("primary")
    scenario("build", DATABASE_URL=server.url("primary"))
    server.create("replica", template="primary")
    for sql in RENAME:
        server.execute("replica", sql)
    yield server.url("primary"), server.url("replica")
    server.drop("primary")
    server.drop("replica")


@pytest.mark.django_db
def test_the_public_api_and_search_read_the_replica_and_nothing_else_does(databases):
    primary, replica = databases
    answers = scenario("replica", DATABASE_URL=primary, DATABASE_REPLICA_URL=replica)
    assert answers["api"] == ["Replikaland"]
    assert answers["search_suggests"] == ["Replikaland"]
    assert answers["page_shows"] == ["Türkei"]  # pages (and all else) read the primary
    assert answers["written_to_primary"] and not answers["written_to_replica"]


@pytest.mark.django_db
def test_connections_come_from_psycopgs_pool(databases):
    if connection.vendor != "postgresql":
        pytest.skip("psycopg's pool is PostgreSQL's")
    primary, _replica = databases
    answers = scenario("pool", DATABASE_URL=primary, DATABASE_POOL="1,3")
    assert answers == {"pooled": True, "answers": [1] * 6}


@pytest.mark.django_db
def test_media_on_s3_are_private_and_addressed_through_the_portal():
    answers = scenario(
        "s3",
        MEDIA_S3_BUCKET="bq-media",
        MEDIA_S3_ENDPOINT_URL="https://s3.example.org",
        MEDIA_S3_REGION="eu-central-1",
        MEDIA_S3_ACCESS_KEY_ID="key-id",
        MEDIA_S3_SECRET_ACCESS_KEY="not-printed",
    )
    assert answers["backend"] == "portal.storages.PrivateS3Storage"
    options = answers["options"]
    assert (options["bucket_name"], options["endpoint_url"]) == (
        "bq-media",
        "https://s3.example.org",
    )
    assert (options["default_acl"], options["querystring_auth"]) == ("private", False)
    assert answers["url"] == "/media/original_images/Bild%201.jpg"  # the privacy-checking view
