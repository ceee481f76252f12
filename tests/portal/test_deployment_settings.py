"""What the production settings build from the deployment variables (docs/deployment.md), read
in a process of their own as an operator would start them: nothing changes while they are unset;
psycopg's pool, PgBouncer's settings and the replica apply to every PostgreSQL database; a pool
size that cannot be read refuses to start. (Queries through the pool and the replica's routing
run against real databases in tests/portal/test_deployment.py.)"""

import json
import sys

import pytest

from tests.portal.test_settings import NEEDED
from tests.portal.test_settings import run as run_production

PRIMARY = "postgres://portal@db.internal:5432/portal"
UNSET = dict.fromkeys(
    ["DATABASE_POOL", "DATABASE_PGBOUNCER", "DATABASE_REPLICA_URL", "MEDIA_S3_BUCKET"]
)  # whatever the test run's environment holds
REPLICA = "postgres://reader@replica.internal:5432/portal"
CODE = """
import django, json
django.setup()
from django.conf import settings
databases = {
    alias: {
        "NAME": database["NAME"],
        "HOST": database["HOST"],
        "CONN_MAX_AGE": database["CONN_MAX_AGE"],
        "DISABLE_SERVER_SIDE_CURSORS": database.get("DISABLE_SERVER_SIDE_CURSORS", False),
        "OPTIONS": database.get("OPTIONS", {}),
    }
    for alias, database in settings.DATABASES.items()
}
print(json.dumps({
    "databases": databases,
    "routers": settings.DATABASE_ROUTERS,
    "media": settings.STORAGES["default"]["BACKEND"],
}))
"""


def start(**variables):
    environment = {**NEEDED, "DATABASE_URL": PRIMARY, **UNSET, **variables}
    return run_production([sys.executable, "-c", CODE], **environment)


def production_settings(**variables):
    result = start(**variables)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_without_the_variables_one_database_and_files_on_disk():
    built = production_settings()
    assert list(built["databases"]) == ["default"]
    assert built["databases"]["default"]["CONN_MAX_AGE"] > 0  # persistent connections
    assert "pool" not in built["databases"]["default"]["OPTIONS"]
    assert built["routers"] == []
    assert built["media"] == "django.core.files.storage.FileSystemStorage"


@pytest.mark.parametrize(
    ("value", "sizes"), [("true", [2, 10]), ("1,4", [1, 4]), (" 0,3 ", [0, 3]), ("false", None)]
)
def test_the_pool_of_every_database(value, sizes):
    built = production_settings(DATABASE_POOL=value, DATABASE_REPLICA_URL=REPLICA)
    for database in built["databases"].values():
        if sizes is None:
            assert "pool" not in database["OPTIONS"]
            continue
        assert database["OPTIONS"]["pool"] == {"min_size": sizes[0], "max_size": sizes[1]}
        assert database["CONN_MAX_AGE"] == 0  # Django refuses persistent connections with a pool


@pytest.mark.parametrize("value", ["3", "10,2", "0,0", "2,10,20", "many"])
def test_a_pool_size_that_cannot_be_read_refuses_to_start(value):
    result = start(DATABASE_POOL=value)
    assert result.returncode != 0
    assert "DATABASE_POOL takes" in result.stderr


def test_pgbouncer_in_transaction_mode_gets_no_server_side_state():
    built = production_settings(DATABASE_PGBOUNCER="true", DATABASE_REPLICA_URL=REPLICA)
    for database in built["databases"].values():
        assert database["DISABLE_SERVER_SIDE_CURSORS"] is True
        assert database["OPTIONS"]["prepare_threshold"] is None


def test_a_replica_is_a_second_database_with_the_router():
    built = production_settings(DATABASE_REPLICA_URL=REPLICA)
    assert built["databases"]["replica"]["HOST"] == "replica.internal"
    assert built["databases"]["default"]["HOST"] == "db.internal"
    assert built["routers"] == ["portal.replica.ReplicaRouter"]


def test_media_on_s3_under_production_settings():
    built = production_settings(MEDIA_S3_BUCKET="bq-media")
    assert built["media"] == "portal.storages.PrivateS3Storage"
