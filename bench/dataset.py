"""`make bench` (the dataset): the generated portal the page and admin benches run on.

One PostgreSQL database per scale, built whole or not at all: made under a temporary name
(migrate, then `manage.py generate_portal --scale S --in-review N`, every profile with a newer
revision in quality control, as after an import), renamed when done, and kept for the next run;
`--fresh` builds it anew. A kept database is migrated (new migrations only). The dev settings
build it, as `make run` builds the demo, so its staff accounts have the demo's password and
second factor (`manage.py demo_code <user>`).

Usage: bench/dataset.py --scale full|small --database NAME (server: BENCH_SERVER).
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("BENCH_SERVER", "postgres://postgres@127.0.0.1:5432")
IN_REVIEW = {"full": 35_000, "small": 1_750}  # every profile the scale generates


def manage(database, *arguments):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"{SERVER}/{database}",
    }
    subprocess.run([sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, check=True)


def server():
    return psycopg.connect(f"{SERVER}/postgres", autocommit=True)


def exists(name):
    with server() as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return found.fetchone() is not None


def execute(sql):
    with server() as connection:
        connection.execute(sql)


def build(name, scale):
    building = f"{name}_building"
    execute(f'DROP DATABASE IF EXISTS "{building}"')
    execute(f'CREATE DATABASE "{building}"')
    started = time.perf_counter()
    manage(building, "migrate", "--noinput", "-v0")
    manage(building, "generate_portal", "--scale", scale, "--in-review", str(IN_REVIEW[scale]))
    execute(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
    print(f"Dataset {name} built in {time.perf_counter() - started:.0f} s", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=list(IN_REVIEW), default="full")
    parser.add_argument("--database", required=True)
    parser.add_argument("--fresh", action="store_true")
    arguments = parser.parse_args()
    command = subprocess.run(
        [sys.executable, "manage.py", "help", "generate_portal"], cwd=ROOT, capture_output=True
    )
    if command.returncode != 0:
        sys.exit(
            "manage.py generate_portal is missing (demo/management/commands/generate_portal.py): "
            "the page and admin benches run on the portal it generates."
        )
    if arguments.fresh:
        execute(f'DROP DATABASE IF EXISTS "{arguments.database}"')
    if exists(arguments.database):
        manage(arguments.database, "migrate", "--noinput", "-v0")
    else:
        build(arguments.database, arguments.scale)


if __name__ == "__main__":
    main()
