"""`make bench-backup`: how long a backup and a restore of the generated portal take.

Copies the generated portal of `make bench` (bench/dataset.py; PORTAL_BENCH_DATABASE, by default
bqportal_portal_full: 35,000 profiles) to bqportal_backupbench, then times `manage.py backup`
and `manage.py restore --noinput` of that copy as an operator runs them (processes of their own,
the production settings), and the archive's size. Figures go to docs/benchmarks.md ("## Backup
and restore"); docs/operations.md#backups quotes them. Nothing here is a test.
"""

import os
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
DATABASE = "bqportal_backupbench"

from bench.report import write_section


def admin(sql):
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        cursor = connection.execute(sql)
        return cursor.fetchall() if cursor.description else None


def manage(*arguments, media):
    env = {
        **os.environ,
        "DATABASE_URL": f"{SERVER}/{DATABASE}",
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "LOG_LEVEL": "WARNING",
    }
    env["MEDIA_ROOT"] = str(media)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - started, result.stdout.strip()


def counts():
    with psycopg.connect(f"{SERVER}/{DATABASE}") as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in (
                "wagtailcore_page",
                "wagtailcore_revision",
                "pages_professionalprofilepage",
            )
        }


def main():
    if not admin(f"SELECT 1 FROM pg_database WHERE datname = '{PORTAL}'"):  # noqa: S608
        sys.exit(f"{PORTAL} does not exist: make bench builds the generated portal first.")
    admin(f'DROP DATABASE IF EXISTS "{DATABASE}"')
    admin(f'CREATE DATABASE "{DATABASE}" TEMPLATE "{PORTAL}"')
    database_size = admin(f"SELECT pg_size_pretty(pg_database_size('{DATABASE}'))")[0][0]
    held = counts()
    profiles = held["pages_professionalprofilepage"]
    with tempfile.TemporaryDirectory() as folder:
        backup_s, archive = manage("backup", "--dir", folder, media=Path(folder) / "media")
        size_mb = Path(archive).stat().st_size / 1e6
        restore_s, _output = manage("restore", archive, "--noinput", media=Path(folder) / "media")
    if counts() != held:
        sys.exit(f"The restore did not bring back what the backup held: {counts()} != {held}")
    admin(f'DROP DATABASE "{DATABASE}" WITH (FORCE)')
    write_section(
        [
            "## Backup and restore",
            "",
            "`make bench-backup` on this project's machine (2 cores, 24 GiB; PostgreSQL 15 on "
            f"the same machine): the generated portal ({profiles:,} professional profile pages in "
            "both languages, "
            f"{held['wagtailcore_page']:,} pages, {held['wagtailcore_revision']:,} revisions; "
            f"database {database_size}), backed up "
            "by `manage.py backup` (pg_dump, custom format) and restored over itself by "
            "`manage.py restore --noinput` (pg_restore --clean --single-transaction), each a "
            "process of its own. The generated portal has no uploaded files.",
            "",
            f"- backup (s): {backup_s:.1f}",
            f"- archive (MB): {size_mb:.1f}",
            f"- restore (s): {restore_s:.1f}",
            "",
        ]
    )


if __name__ == "__main__":
    main()
