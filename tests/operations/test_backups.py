"""A backup restores: a portal with every kind of thing is backed up, wiped and restored, and
everything is found again and served as before; a damaged archive, or one of the other database
engine, is refused with the portal untouched. The scenario (tests/operations/backup_scenario.py)
runs in a process of its own on a scratch database of the engine this run tests."""

import psycopg
import pytest
from django.db import connection

from tests.processes import json_answer


@pytest.fixture(scope="module")
def scratch_database(tmp_path_factory):
    """A DATABASE_URL of a new, empty database on this run's engine."""
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'portal.sqlite3'}"
        return
    settings = connection.settings_dict
    name = f"{settings['NAME']}_backup"[:63]
    server = {"user": settings["USER"], "host": settings["HOST"], "port": settings["PORT"] or 5432}
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"postgres://{server['user']}@{server['host']}:{server['port']}/{name}"
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def report(scratch_database, tmp_path_factory):
    work = tmp_path_factory.mktemp("backup")
    return json_answer(
        ["-m", "tests.operations.backup_scenario", str(work)], DATABASE_URL=scratch_database
    )


@pytest.mark.django_db
def test_a_wiped_portal_is_restored_whole(report):
    before = report["before"]
    assert all(before.values()), [name for name, found in before.items() if not found]
    assert report["checksum_verified"]  # `sha256sum -c` accepts the archive
    assert report["wiped"]
    for kind, found in before.items():
        assert report["after"][kind] == found, kind


@pytest.mark.django_db
def test_the_restored_portal_serves_what_it_served(report):
    served = report["served"]
    assert served["english_profile"][0] == 200 and served["english_profile_shows_title"]
    assert served["country"] == 200
    assert served["outcome_first_answer"] == 302  # the restricted area is still restricted
    assert not served["outcome_leaks"]


@pytest.mark.django_db
def test_damaged_and_foreign_archives_are_refused_untouched(report):
    message, untouched = report["damaged"]
    assert "does not match its checksum" in message and untouched
    (message, untouched), engine = report["other_engine"]
    other = "sqlite" if engine == "postgresql" else "postgresql"
    assert f"holds a {other} database" in message and untouched
