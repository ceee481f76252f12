"""The backup scenario, run by tests/operations/test_backups.py in a process of its own, on a
database of its own (DATABASE_URL: a scratch SQLite file or PostgreSQL database), with its own
media folder (argv[1]): it migrates, builds a small portal with every kind of thing, backs it up,
wipes the database and the media, restores, and prints a JSON report of what it found before
and after and of what the restored portal serves. A restore replaces a whole database, which
the test databases of the suite (one transaction per test) cannot take.
"""

import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import django

django.setup()

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import setup_test_environment
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, TaskState, WorkflowState
from wagtail_localize.models import Translation

from forum.models import Post
from operations.backups import back_up, sha256
from pages.models import HomePage, RecognitionOutcomePage
from tests.conftest import build_tree, translate_into_english
from tests.factories.moderation import chamber_editor
from tests.leaks import MARKER, restricted_content


def everything():
    """What a restore must bring back, by identity and content."""

    def files(model):
        return [
            [item.pk, item.title, item.file.read().hex()] for item in model.objects.order_by("pk")
        ]

    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "locale__language_code", "live")),
        "revisions": sorted(Revision.objects.values_list("pk", "object_id")),
        "translations": sorted(Translation.objects.values_list("pk", "target_locale_id")),
        "workflow_states": sorted(WorkflowState.objects.values_list("pk", "status")),
        "task_states": sorted(TaskState.objects.values_list("pk", "status")),
        "documents": files(get_document_model()),
        "images": files(get_image_model()),
        "outcomes": sorted(RecognitionOutcomePage.objects.values_list("pk", "notes")),
        "posts": sorted(Post.objects.values_list("pk", "body")),
    }


def portal():
    german, english = (Locale.objects.get(language_code=code) for code in ("de", "en"))
    tree = build_tree(HomePage.objects.get(locale=german), translate_into_english(english))
    content = restricted_content(tree, german)
    draft = tree["de"]["profile"]
    draft.title = "Elektrotechniker (überarbeitet)"
    editor = chamber_editor(content["chamber_a"], username="editor")
    draft.save_revision(user=editor)
    draft.get_workflow().start(draft, editor)
    return tree, content


def refusal(archive):
    """The restore command's refusal of `archive`, and whether the portal stayed as it was."""
    before = everything()
    try:
        call_command("restore", str(archive), interactive=False)
    except CommandError as error:
        return str(error), everything() == before
    return None, everything() == before


def damaged(archive):
    copy = archive.parent / "damaged" / archive.name
    copy.parent.mkdir()
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    copy.write_bytes(bytes(data))
    shutil.copy(f"{archive}.sha256", copy.parent)
    return copy


def other_engine(folder):
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps({"format": 1, "engine": other}))
    archive = folder / "bqportal-20260101-000000.tar"
    with tarfile.open(archive, "w") as tar:
        tar.add(folder / "manifest.json", arcname="manifest.json")
    Path(f"{archive}.sha256").write_text(f"{sha256(archive)}  {archive.name}\n")
    return archive


def served(tree, content):
    client = Client()
    english = tree["en"]["profile"]
    outcome = client.get(content["outcome"].url, follow=True)
    return {
        "english_profile": [client.get(english.url).status_code, english.title],
        "english_profile_shows_title": english.title in client.get(english.url).content.decode(),
        "country": client.get(tree["de"]["country"].url).status_code,
        "outcome_first_answer": client.get(content["outcome"].url).status_code,
        "outcome_leaks": MARKER in outcome.content.decode(),
    }


def main(work):
    setup_test_environment()
    call_command("migrate", verbosity=0)
    with override_settings(MEDIA_ROOT=str(work / "media")):
        tree, content = portal()
        report = {"before": everything()}
        archive = back_up(work / "backups")
        check = subprocess.run(
            ["sha256sum", "-c", f"{archive.name}.sha256"],  # noqa: S607
            cwd=archive.parent,
            capture_output=True,
            text=True,
            check=False,
        )
        report["checksum_verified"] = check.returncode == 0
        report["damaged"] = refusal(damaged(archive))
        report["other_engine"] = [refusal(other_engine(work / "other")), connection.vendor]
        call_command("flush", interactive=False)
        shutil.rmtree(work / "media")
        report["wiped"] = not Page.objects.exists()
        call_command("restore", str(archive), interactive=False, verbosity=0)
        report["after"] = everything()
        report["served"] = served(tree, content)
    print(json.dumps(report))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
