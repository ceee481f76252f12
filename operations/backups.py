"""Backups of the portal: its database and uploaded files in one dated archive, and restores.

An archive `bqportal-YYYYMMDD-HHMMSS.tar` (in settings.BACKUP_DIR) holds `manifest.json`
(when, which database engine, the migrations applied, counts of what it holds), the database
(PostgreSQL: `database.dump`, pg_dump's custom format; SQLite: `database.sqlite3`, made by
SQLite's online backup, safe while the portal runs) and `media.tar` (MEDIA_ROOT). Beside it,
`<archive>.sha256` in sha256sum's format: `sha256sum -c` checks it.

Rules of a restore: the checksum and the manifest are checked before anything is touched (a
changed byte, an archive of the other engine or of a newer set of migrations is refused); then
the database's whole content is replaced (PostgreSQL: `pg_restore --clean --single-transaction`,
all or nothing; SQLite: the backup API copies the archived database over the live one, in one
step), then the media folder (extracted beside it, then swapped in). Credentials reach pg_dump
and pg_restore through their environment (PGPASSWORD), never a command line.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import connection, connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1
CHUNK = 1024 * 1024


class BackupError(Exception):
    """An archive that cannot be restored here, or a dump or restore that failed."""


def counted():
    """What an archive holds, as the manifest records it and the restore checks it."""
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision, WorkflowState

    models = {
        "pages": Page,
        "revisions": Revision,
        "workflow_states": WorkflowState,
        "documents": get_document_model(),
        "images": get_image_model(),
        "users": get_user_model(),
    }
    return {name: model.objects.count() for name, model in models.items()}


def migrations():
    rows = MigrationRecorder(connection).migration_qs.values_list("app", "name")
    return sorted([app, name] for app, name in rows)


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def postgres_environment():
    """pg_dump's and pg_restore's connection, from the database settings."""
    database = connection.settings_dict
    values = {
        "PGDATABASE": database["NAME"],
        "PGHOST": database["HOST"],
        "PGPORT": str(database["PORT"] or ""),
        "PGUSER": database["USER"],
        "PGPASSWORD": database["PASSWORD"],
    }
    return {**os.environ, **{name: value for name, value in values.items() if value}}


def run_postgres_tool(command):
    result = subprocess.run(  # noqa: S603 (fixed commands; the settings give the database)
        command, env=postgres_environment(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def dump_database(folder):
    """The database into `folder`; the file's name."""
    if connection.vendor == "postgresql":
        target = folder / "database.dump"
        run_postgres_tool(["pg_dump", "--format=custom", "--no-owner", f"--file={target}"])
    elif connection.vendor == "sqlite":
        target = folder / "database.sqlite3"
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
    else:
        raise BackupError(f"No backup for {connection.vendor} databases.")
    return target.name


def restore_database(folder, name):
    connections.close_all()  # nothing of the portal's may hold a lock while tables are replaced
    if connection.vendor == "postgresql":
        command = ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction"]
        run_postgres_tool(
            [
                *command,
                "--exit-on-error",
                f"--dbname={connection.settings_dict['NAME']}",
                str(folder / name),
            ]
        )
    else:
        archived = sqlite3.connect(folder / name)
        try:
            connection.ensure_connection()
            archived.backup(connection.connection)
        finally:
            archived.close()


def back_up(directory=None):
    """Write an archive of the database and the media; its path."""
    directory = Path(directory or settings.BACKUP_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    created = timezone.now()
    archive = directory / f"bqportal-{created.strftime('%Y%m%d-%H%M%S')}.tar"
    with tempfile.TemporaryDirectory(dir=directory) as work:
        folder = Path(work)
        manifest = {
            "format": FORMAT,
            "created": created.isoformat(),
            "engine": connection.vendor,
            "database": dump_database(folder),
            "migrations": migrations(),
            "counts": counted(),
        }
        media = Path(settings.MEDIA_ROOT)
        with tarfile.open(folder / "media.tar", "w") as media_tar:
            if media.is_dir():
                media_tar.add(media, arcname=".")
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=2))
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w") as tar:
            for name in ("manifest.json", manifest["database"], "media.tar"):
                tar.add(folder / name, arcname=name)
        partial.rename(archive)
    Path(f"{archive}.sha256").write_text(f"{sha256(archive)}  {archive.name}\n")
    return archive


def checked_manifest(archive):
    """The archive's manifest, once its checksum and contents fit this portal."""
    checksum = Path(f"{archive}.sha256")
    if not checksum.exists():
        raise BackupError(f"{checksum.name} is missing: the archive cannot be checked.")
    if checksum.read_text().split()[0] != sha256(archive):
        raise BackupError("The archive does not match its checksum: it is damaged or altered.")
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    if manifest.get("format") != FORMAT:
        raise BackupError("The archive is of an unknown format.")
    if manifest["engine"] != connection.vendor:
        raise BackupError(
            f"The archive holds a {manifest['engine']} database; this portal runs on "
            f"{connection.vendor}."
        )
    unknown = {tuple(applied) for applied in manifest["migrations"]} - known_migrations()
    if unknown:
        raise BackupError(
            f"The archive has {len(unknown)} migrations this code does not know: upgrade first."
        )
    return manifest


def known_migrations():
    """(app, name) of every migration this code has."""
    return set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)


def replace_media(folder):
    """The archived media in place of MEDIA_ROOT: extracted beside it, then swapped in."""
    media = Path(settings.MEDIA_ROOT)
    media.parent.mkdir(parents=True, exist_ok=True)
    incoming = Path(tempfile.mkdtemp(prefix=".restoring-", dir=media.parent))
    with tarfile.open(folder / "media.tar") as media_tar:
        media_tar.extractall(incoming, filter="data")
    outgoing = media.with_name(f".replaced-{media.name}-{datetime.now().strftime('%H%M%S%f')}")
    if media.exists():
        media.rename(outgoing)
    incoming.rename(media)
    shutil.rmtree(outgoing, ignore_errors=True)


def restore(archive):
    """Replace the database and the media with the archive's; the manifest's counts."""
    archive = Path(archive)
    manifest = checked_manifest(archive)
    with tempfile.TemporaryDirectory(dir=archive.parent) as work:
        folder = Path(work)
        with tarfile.open(archive) as tar:
            tar.extractall(folder, filter="data")
        restore_database(folder, manifest["database"])
        replace_media(folder)
    found = counted()
    if found != manifest["counts"]:
        raise BackupError(f"Restored, but the counts differ: {found} != {manifest['counts']}.")
    return manifest
