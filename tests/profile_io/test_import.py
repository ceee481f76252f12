"""Import of professional profiles from CSV and JSON: validation, all or nothing, idempotence,
quality control, permissions, the command and the admin upload (DESIGN section 7)."""

import datetime
import io
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import (
    Page,
    PageLogEntry,
    ReferenceIndex,
    Revision,
    TaskState,
    WorkflowState,
)
from wagtail.search.models import IndexEntry

from moderation.publishing import trusted_publication
from pages.models import ChamberOutcomesPage, ProfessionalProfilePage
from pages.slugs import german_slug
from portal import roles
from profile_io.importing import MODEL_COLUMNS, import_profiles
from profile_io.outcome_import import COLUMNS as OUTCOME_COLUMNS
from profile_io.outcome_import import import_outcomes
from profile_io.reading import COLUMNS, ProfileImportError
from tests.clients import VerifiedClient
from tests.factories.imports import csv_bytes, demo_reference_data, json_bytes, profile_row
from tests.factories.moderation import chamber_editor, user_with
from tests.factories.pages import ChamberFactory, ProfessionalProfilePageFactory
from tests.queue import database_queue, work_off

SAMPLES = Path(settings.BASE_DIR) / "docs" / "samples"
IMPORT_URL = "/admin/import-profiles/"


@pytest.fixture
def world(home):
    return demo_reference_data(home)


@pytest.fixture
def people(db):
    chamber = ChamberFactory()
    return {
        "editor": chamber_editor(chamber, username="importer"),
        "reviewer": user_with(roles.REVIEWERS, username="reviewer"),
        "competent": user_with(roles.COMPETENT_EDITORS, username="competent"),
        "translator": user_with(roles.TRANSLATORS, username="translator"),
        "staff": user_with(roles.REGISTERED_STAFF, username="staff"),
    }


@pytest.fixture
def editor(people):
    return people["editor"]


def imported():
    return ProfessionalProfilePage.objects.exclude(external_id="")


def counts():
    """Everything an import writes."""
    return (
        Page.objects.count(),
        Revision.objects.count(),
        WorkflowState.objects.count(),
        TaskState.objects.count(),
        PageLogEntry.objects.count(),
    )


def error_keys(failure):
    return {(error.row, error.field) for error in failure.value.errors}


def assert_draft_in_quality_control(page, user):
    page.refresh_from_db()
    assert not page.live
    assert page.first_published_at is None
    assert page.locale.language_code == "de"
    assert page.owner == user
    revision = page.latest_revision
    assert revision is not None and revision.user == user
    state = page.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Quality control"
    assert state.requested_by == user
    task_state = state.current_task_state
    assert task_state.task.specific.__class__.__name__ == "ReviewTask"
    assert task_state.revision_id == revision.pk


# -- good files ---------------------------------------------------------------------------------


def test_good_csv_creates_drafts_in_quality_control(world, editor):
    rows = [
        profile_row(1),
        profile_row(2, country="PL", reference_occupations="43412; 26212", isco_code=""),
        profile_row(3, country="tr", valid_until="2030-07-31", occupational_field=""),
    ]
    result = import_profiles(csv_bytes(rows, bom=True), editor, name="profiles.csv")
    assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
    assert imported().count() == 3
    for page in result.created_pages:
        assert_draft_in_quality_control(page, editor)
    first = ProfessionalProfilePage.objects.get(external_id="test-0001")
    assert first.get_parent().specific == world["countries"]["TR"]
    assert first.title == "Elektroinstallateur 1"
    assert first.slug == german_slug("Elektroinstallateur 1")
    assert first.isced_level == 3
    assert first.duration_months == 48
    assert first.valid_from == datetime.date(2016, 9, 1)
    assert first.valid_until is None
    assert first.occupational_field == world["fields"]["electrical"]
    assert list(first.reference_occupations.all()) == [
        world["occupations"]["elektroniker-energie-gebaeudetechnik"]
    ]
    second = ProfessionalProfilePage.objects.get(external_id="test-0002")
    assert second.get_parent().specific == world["countries"]["PL"]
    assert {item.kldb_code for item in second.reference_occupations.all()} == {"43412", "26212"}
    third = ProfessionalProfilePage.objects.get(external_id="test-0003")
    assert third.valid_until == datetime.date(2030, 7, 31)
    assert third.occupational_field is None
    assert Revision.objects.filter(object_id=str(first.pk)).count() == 1
    assert PageLogEntry.objects.filter(page=first, action="wagtail.workflow.start").exists()


def test_good_json_creates_drafts_in_quality_control(world, editor):
    rows = [
        {
            **profile_row(1),
            "isced_level": 4,
            "duration_months": 36,
            "reference_occupations": ["26212", "Mechatroniker/-in"],
            "valid_until": None,
        },
        {
            "external_id": "json-2",
            **{k: v for k, v in profile_row(2).items() if k != "external_id"},
        },
    ]
    result = import_profiles(json_bytes(rows), editor, name="profiles.json")
    assert result.created == 2
    page = ProfessionalProfilePage.objects.get(external_id="test-0001")
    assert page.isced_level == 4
    assert page.duration_months == 36
    assert {item.name for item in page.reference_occupations.all()} == {
        "Elektroniker/-in – Fachrichtung Energie- und Gebäudetechnik",
        "Mechatroniker/-in",
    }
    for page in result.created_pages:
        assert_draft_in_quality_control(page, editor)


def test_format_is_found_without_extension_and_comma_csv_with_quoted_lines(world, editor):
    rows = [profile_row(1, summary="Erste Zeile,\nzweite Zeile; mit Trennzeichen")]
    content = csv_bytes(rows, delimiter=",")
    result = import_profiles(content, editor)
    assert result.created == 1
    page = imported().get()
    assert page.summary == "Erste Zeile,\nzweite Zeile; mit Trennzeichen"
    assert import_profiles(json_bytes([profile_row(2)]), editor).created == 1


def test_sample_files_import_cleanly_into_the_demo_data(world, editor):
    csv_result = import_profiles((SAMPLES / "profiles.csv").read_bytes(), editor, name="a.csv")
    json_result = import_profiles((SAMPLES / "profiles.json").read_bytes(), editor, name="a.json")
    assert csv_result.created == 5
    assert json_result.created == 3
    header = (SAMPLES / "profiles.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(";") == list(COLUMNS)
    assert set(json.loads((SAMPLES / "profiles.json").read_text())[0]) == set(COLUMNS)
    medical = ProfessionalProfilePage.objects.get(external_id="import-ua-002")
    assert (
        medical.reference_occupations.get() == world["occupations"]["medizinische-fachangestellte"]
    )


def test_the_outcomes_sample_imports_after_the_profiles_sample(world, people):
    editor = people["editor"]
    import_profiles((SAMPLES / "profiles.csv").read_bytes(), editor, name="profiles.csv")
    target = ChamberOutcomesPage.objects.get(chamber=editor.staff_profile.chamber)
    sample = SAMPLES / "outcomes.csv"
    outcomes = import_outcomes(sample.read_bytes(), sample.name, editor, target)
    assert [outcome.result for outcome in outcomes] == ["partial", "full", "none"]
    assert sample.read_text(encoding="utf-8").splitlines()[0].split(";") == list(OUTCOME_COLUMNS)
    assert outcomes[0].profile.path.startswith(world["countries"]["TR"].path)


def test_slugs_are_unique_among_siblings(world, editor):
    ProfessionalProfilePageFactory(
        parent=world["countries"]["TR"], title="Koch", slug="koch", live=False
    )
    rows = [profile_row(1, title="Koch"), profile_row(2, title="Koch")]
    import_profiles(csv_bytes(rows), editor)
    slugs = set(
        ProfessionalProfilePage.objects.child_of(world["countries"]["TR"]).values_list(
            "slug", flat=True
        )
    )
    assert slugs == {"koch", "koch-test-0001", "koch-test-0002"}


# -- bad files: nothing written, every error listed -----------------------------------------------


def test_bad_file_writes_nothing_and_lists_every_error(world, editor):
    rows = [
        profile_row(1),  # valid: line 2
        profile_row(2, title=""),  # line 3
        profile_row(3, qualification_type="apprenticeship", isced_level="9"),  # line 4
        profile_row(4, isco_code="12a", duration_months="vier"),  # line 5
        profile_row(5, country="ZZ", occupational_field="Unbekanntes Feld"),  # line 6
        profile_row(6, reference_occupations="26212|99999;Kein Beruf"),  # line 7
        profile_row(7, valid_from="01.09.2016"),  # line 8
        profile_row(8, valid_from="2020-01-01", valid_until="2019-12-31"),  # line 9
        profile_row(1),  # line 10: the same external ID as line 2
        profile_row(9, external_id=""),  # line 11
        profile_row(10, reference_occupations="81102"),  # line 12: two occupations have it
        profile_row(11, original_name="x" * 300),  # line 13
    ]
    before = counts()
    with pytest.raises(ProfileImportError) as failure:
        import_profiles(csv_bytes(rows), editor, name="bad.csv")
    assert counts() == before
    assert error_keys(failure) == {
        (3, "title"),
        (4, "qualification_type"),
        (4, "isced_level"),
        (5, "isco_code"),
        (5, "duration_months"),
        (6, "country"),
        (6, "occupational_field"),
        (7, "reference_occupations"),
        (8, "valid_from"),
        (9, "valid_until"),
        (10, "external_id"),
        (11, "external_id"),
        (12, "reference_occupations"),
        (13, "original_name"),
    }
    with translation.override("en"):
        lines = str(failure.value).splitlines()
    assert "row 3, field title: " in lines[0]
    assert len(lines) == len(failure.value.errors)


def test_unknown_columns_are_errors_together_with_row_errors(world, editor):
    content = csv_bytes([{**profile_row(1), "colour": "blau"}, profile_row(2, summary="")])
    with pytest.raises(ProfileImportError) as failure:
        import_profiles(content, editor)
    assert error_keys(failure) == {(1, "colour"), (3, "summary")}
    json_rows = [{**profile_row(1), "Farbe": "blau"}, {**profile_row(2), "isced_level": True}]
    with pytest.raises(ProfileImportError) as failure:
        import_profiles(json_bytes(json_rows), editor)
    assert error_keys(failure) == {(1, "Farbe"), (2, "isced_level")}
    assert not imported().exists()


def test_missing_columns_of_a_new_profile_are_required(world, editor):
    content = csv_bytes([{"external_id": "neu", "country": "TR", "title": "Neu"}])
    with pytest.raises(ProfileImportError) as failure:
        import_profiles(content, editor)
    assert error_keys(failure) == {
        (2, "original_name"),
        (2, "qualification_type"),
        (2, "isced_level"),
        (2, "duration_months"),
        (2, "summary"),
    }


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"", "empty.csv"),
        (b"title;country\nA;TR\n", "no-id.csv"),
        (b"\xff\xfe\x00t", "utf16.csv"),
        (b'{"external_id": "a"}', "object.json"),
        (b"[{]", "broken.json"),
        (b"[]", "empty.json"),
    ],
)
def test_unreadable_files_are_refused(world, editor, content, name):
    with pytest.raises(ProfileImportError) as failure:
        import_profiles(content, editor, name=name)
    assert failure.value.errors
    assert not imported().exists()


def test_json_entries_that_are_not_objects(world, editor):
    with pytest.raises(ProfileImportError) as failure:
        import_profiles(json_bytes([profile_row(1), "text", [1]]), editor)
    assert error_keys(failure) == {(2, ""), (3, "")}


# -- re-import: idempotent by external ID ---------------------------------------------------------


def test_reimport_of_the_same_file_is_a_no_op(world, editor):
    rows = [profile_row(number) for number in range(1, 4)]
    import_profiles(csv_bytes(rows), editor)
    before = counts()
    result = import_profiles(csv_bytes(rows), editor)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 3)
    assert counts() == before
    json_rows = [{**row, "isced_level": 3, "reference_occupations": ["26212"]} for row in rows]
    result = import_profiles(json_bytes(json_rows), editor)
    assert result.unchanged == 3
    assert counts() == before


def test_reimport_with_changes_updates_the_draft_without_duplicates(world, editor):
    rows = [profile_row(1), profile_row(2)]
    import_profiles(csv_bytes(rows), editor)
    page = ProfessionalProfilePage.objects.get(external_id="test-0002")
    revisions = page.revisions.count()
    rows[1] = profile_row(2, summary="Neu gefasst.", reference_occupations="25212")
    result = import_profiles(csv_bytes(rows), editor)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert imported().count() == 2
    page.refresh_from_db()
    assert page.revisions.count() == revisions + 1
    assert page.summary == "Neu gefasst."
    assert page.get_latest_revision().content["summary"] == "Neu gefasst."
    assert [item.kldb_code for item in page.reference_occupations.all()] == ["25212"]
    assert not page.live


def test_partial_rows_update_only_their_columns(world, editor):
    import_profiles(csv_bytes([profile_row(1)]), editor)
    result = import_profiles(csv_bytes([{"external_id": "test-0001", "isco_code": "7412"}]), editor)
    assert result.updated == 1
    page = imported().get()
    assert page.isco_code == "7412"
    assert page.summary == profile_row(1)["summary"]
    assert page.reference_occupations.count() == 1


def test_update_of_a_live_page_never_touches_the_live_version(world, editor):
    import_profiles(csv_bytes([profile_row(1)]), editor)
    page = imported().get()
    page.current_workflow_state.cancel(user=editor)
    with trusted_publication():
        page.get_latest_revision().publish()
    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes
    result = import_profiles(csv_bytes([profile_row(1, summary="Geändert.")]), editor)
    assert result.updated == 1
    page.refresh_from_db()
    assert page.live
    assert page.summary == profile_row(1)["summary"], "the live version is as it was"
    assert page.has_unpublished_changes
    assert page.get_latest_revision().content["summary"] == "Geändert."
    assert page.live_revision_id != page.latest_revision_id
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    # Identical to the latest revision (not to the live version): nothing to do.
    assert import_profiles(csv_bytes([profile_row(1, summary="Geändert.")]), editor).unchanged == 1


def test_moving_to_another_country_is_an_error(world, editor):
    import_profiles(csv_bytes([profile_row(1)]), editor)
    before = counts()
    with pytest.raises(ProfileImportError) as failure:
        import_profiles(csv_bytes([profile_row(1, country="PL", summary="x")]), editor)
    assert error_keys(failure) == {(2, "country")}
    assert counts() == before


# -- quality control for pages already in review --------------------------------------------------


def approve(page, user):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, user, "approve")


def test_new_revision_during_review_goes_back_to_stage_one(world, people, editor):
    import_profiles(csv_bytes([profile_row(1)]), editor)
    page = imported().get()
    state = page.current_workflow_state
    approve(page, people["reviewer"])
    page.refresh_from_db()
    assert page.current_workflow_task_state.task.specific.__class__.__name__ == "FinalCheckTask"
    old_task_state = page.current_workflow_task_state
    import_profiles(csv_bytes([profile_row(1, summary="Während der Prüfung.")]), editor)
    page.refresh_from_db()
    assert page.current_workflow_state.pk == state.pk, "the same workflow stays in progress"
    task_state = page.current_workflow_task_state
    assert task_state.task.specific.__class__.__name__ == "ReviewTask"
    assert task_state.revision_id == page.latest_revision_id, "reviewers see the new revision"
    old_task_state.refresh_from_db()
    assert old_task_state.status == TaskState.STATUS_CANCELLED
    approve(page, people["reviewer"])
    approve(page, people["competent"])
    page.refresh_from_db()
    assert page.live
    assert page.summary == "Während der Prüfung."


def test_changes_requested_are_resubmitted_with_the_new_revision(world, people, editor):
    import_profiles(csv_bytes([profile_row(1)]), editor)
    page = imported().get()
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, people["reviewer"], "reject", comment="Quelle?")
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    import_profiles(csv_bytes([profile_row(1, summary="Mit Quelle.")]), editor)
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.revision_id == page.latest_revision_id


def test_reviewers_get_one_summary_instead_of_a_mail_per_page(
    world, people, editor, django_capture_on_commit_callbacks
):
    user_with(roles.REVIEWERS, username="reviewer2")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        import_profiles(csv_bytes([profile_row(number) for number in range(1, 6)]), editor)
    to = sorted(address for message in mail.outbox for address in message.to)
    assert to == ["reviewer2@example.org", "reviewer@example.org"]
    for page in imported():
        assert f"/admin/pages/{page.pk}/edit/" in mail.outbox[0].body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        import_profiles(csv_bytes([profile_row(1)]), editor, dry_run=True)
        with pytest.raises(ProfileImportError):
            import_profiles(csv_bytes([profile_row(6), profile_row(7, title="")]), editor)
    assert mail.outbox == []
    page = imported().first()
    approve(page, people["reviewer"])  # outside imports, Wagtail's notifications are as usual
    assert mail.outbox


def test_the_importer_cannot_approve_what_they_imported(world, people):
    importer = user_with(roles.REVIEWERS, roles.CHAMBER_EDITORS, username="both")
    import_profiles(csv_bytes([profile_row(1)]), importer)
    page = imported().get()
    task_state = page.current_workflow_task_state
    assert task_state.task.specific.get_actions(page, importer) == []
    assert task_state.task.specific.get_actions(page, people["reviewer"])


# -- permissions ----------------------------------------------------------------------------------


def test_users_who_may_not_add_pages_get_row_errors(world, people):
    rows = [profile_row(1), profile_row(2, country="PL")]
    for user in (people["translator"], people["staff"]):
        with pytest.raises(ProfileImportError) as failure:
            import_profiles(csv_bytes(rows), user)
        assert error_keys(failure) == {(2, "country"), (3, "country")}
    assert not imported().exists()


def test_users_who_may_not_edit_the_page_get_row_errors(world, people, editor):
    import_profiles(csv_bytes([profile_row(1)]), editor)
    english_tree_only = user_with(roles.TRANSLATORS)
    with pytest.raises(ProfileImportError) as failure:
        import_profiles(csv_bytes([profile_row(1, summary="x")]), english_tree_only)
    assert error_keys(failure) == {(2, "external_id")}


def test_locked_pages_are_not_updated(world, people, editor):
    import_profiles(csv_bytes([profile_row(1)]), editor)
    page = imported().get()
    ProfessionalProfilePage.objects.filter(pk=page.pk).update(
        locked=True, locked_by=people["reviewer"]
    )
    with pytest.raises(ProfileImportError) as failure:
        import_profiles(csv_bytes([profile_row(1, summary="x")]), editor)
    assert error_keys(failure) == {(2, "external_id")}


def test_dry_run_writes_nothing(world, editor):
    before = counts()
    result = import_profiles(csv_bytes([profile_row(1), profile_row(2)]), editor, dry_run=True)
    assert result.dry_run and result.created == 2
    assert counts() == before


def test_external_id_is_unique_per_language_and_not_copied(world, editor, translate):
    import_profiles(csv_bytes([profile_row(1)]), editor)
    page = imported().get()
    other = ProfessionalProfilePageFactory(parent=world["countries"]["PL"], live=False)
    other.external_id = "test-0001"
    with pytest.raises(Exception, match="test-0001"):
        other.full_clean()
    country = world["countries"]["TR"]
    copy = page.copy(to=country, update_attrs={"slug": "kopie", "title": "Kopie"})
    assert copy.external_id == ""


# -- the command ----------------------------------------------------------------------------------


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    with translation.override("en"):
        call_command("import_profiles", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_command_imports_and_prints_the_counts(world, editor, tmp_path):
    path = tmp_path / "profiles.csv"
    path.write_bytes(csv_bytes([profile_row(1), profile_row(2)]))
    out, err = run(str(path), "--user", editor.username)
    assert out.strip() == "2 created, 0 updated, 0 unchanged."
    assert err == ""
    assert imported().count() == 2
    out, _err = run(str(path), "--user", editor.username)
    assert out.strip() == "0 created, 0 updated, 2 unchanged."


def test_command_prints_every_error_and_exits_non_zero(world, editor, tmp_path):
    path = tmp_path / "profiles.txt"
    path.write_bytes(
        json_bytes([profile_row(1, qualification_type="x"), profile_row(2, country="")])
    )
    out, err = io.StringIO(), io.StringIO()
    with translation.override("en"), pytest.raises(CommandError, match="2 error"):
        call_command(
            "import_profiles",
            str(path),
            "--format",
            "json",
            "--user",
            editor.username,
            stdout=out,
            stderr=err,
        )
    lines = err.getvalue().splitlines()
    assert lines[0].startswith("row 1, field qualification_type: ")
    assert lines[1] == "row 2, field country: This field is required."
    assert not imported().exists()


def test_command_dry_run(world, editor, tmp_path):
    path = tmp_path / "profiles.json"
    path.write_bytes(json_bytes([profile_row(1)]))
    out, _err = run(str(path), "--user", editor.username, "--dry-run")
    assert out.strip() == "Dry run, rolled back: 1 created, 0 updated, 0 unchanged."
    assert not imported().exists()


def test_command_needs_an_active_user_and_a_readable_file(world, editor, tmp_path):
    path = tmp_path / "profiles.csv"
    path.write_bytes(csv_bytes([profile_row(1)]))
    with pytest.raises(CommandError):
        run(str(path))  # --user is required
    with pytest.raises(CommandError, match="No active user"):
        run(str(path), "--user", "nobody")
    with pytest.raises(CommandError, match="Cannot read"):
        run(str(tmp_path / "missing.csv"), "--user", editor.username)
    editor.is_active = False
    editor.save()
    with pytest.raises(CommandError, match="No active user"):
        run(str(path), "--user", editor.username)
    assert not imported().exists()


# -- the admin upload -----------------------------------------------------------------------------


def upload(client, content, name="profiles.csv", **data):
    return client.post(IMPORT_URL, {"file": SimpleUploadedFile(name, content), **data})


def test_admin_form_and_menu_item(client, world, people):
    client.force_login(people["editor"])
    response = client.get(IMPORT_URL)
    assert response.status_code == 200
    assert b'enctype="multipart/form-data"' in response.content
    assert b"csrfmiddlewaretoken" in response.content
    assert IMPORT_URL.encode() in client.get("/admin/").content
    client.force_login(people["translator"])
    assert IMPORT_URL.encode() not in client.get("/admin/").content


def test_admin_upload_of_a_good_file(client, world, editor):
    client.force_login(editor)
    response = upload(client, csv_bytes([profile_row(1), profile_row(2)]))
    assert response.status_code == 200
    assert response.context["result"].created == 2
    pages = imported().order_by("external_id")
    assert len(pages) == 2
    for page in pages:
        assert f"/admin/pages/{page.pk}/edit/".encode() in response.content
        assert_draft_in_quality_control(page, editor)


def test_admin_upload_of_a_bad_file_shows_every_error_and_writes_nothing(client, world, editor):
    client.force_login(editor)
    before = counts()
    rows = [profile_row(1), profile_row(2, isced_level="9"), profile_row(3, country="ZZ")]
    response = upload(client, csv_bytes(rows))
    assert response.status_code == 200
    assert counts() == before
    assert {(error.row, error.field) for error in response.context["errors"]} == {
        (3, "isced_level"),
        (4, "country"),
    }
    content = response.content.decode()
    assert "data-import-errors" in content
    assert 'data-row="3" data-field="isced_level"' in content
    assert 'data-row="4" data-field="country"' in content


def test_admin_dry_run_and_upload_limits(client, world, editor):
    client.force_login(editor)
    response = upload(client, json_bytes([profile_row(1)]), name="p.json", dry_run="on")
    assert response.context["result"].dry_run
    assert not imported().exists()
    response = upload(client, b"x", name="profiles.xlsx")
    assert response.context["form"].errors["file"]
    big = b"a" * (5 * 1024 * 1024 + 1)
    response = upload(client, big)
    assert response.context["form"].errors["file"]
    assert not imported().exists()


def test_admin_import_refused_without_add_permission(client, world, people):
    for name in ("translator", "staff"):
        client.force_login(people[name])
        assert client.get(IMPORT_URL).status_code in (302, 403)
        response = upload(client, csv_bytes([profile_row(1)]))
        assert response.status_code in (302, 403)
    client.logout()
    response = client.get(IMPORT_URL)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not imported().exists()
    client.force_login(people["translator"])
    assert client.get(IMPORT_URL).status_code == 403


def test_admin_import_is_csrf_protected(world, editor):
    client = VerifiedClient(enforce_csrf_checks=True)
    client.force_login(editor)
    response = upload(client, csv_bytes([profile_row(1)]))
    assert response.status_code == 403
    assert not imported().exists()


# -- the bulk write path writes what Wagtail's own path writes ------------------------------------


def rows_of(page):
    """Every row written for a new page, with the page's, its revision's, workflow state's and
    task state's ids replaced by names, and ids, timestamps and the page's own address left
    out: what must be the same for two pages with the same content."""
    page = ProfessionalProfilePage.objects.get(pk=page.pk)
    revision = page.latest_revision
    state = WorkflowState.objects.get(object_id=str(page.pk))
    task_state = state.current_task_state
    own = {  # links to the page's own rows: checked, then named
        "page_id": page.pk,
        "object_id": str(page.pk),
        "latest_revision_id": revision.pk,
        "revision_id": revision.pk,
        "workflow_state_id": state.pk,
        "current_task_state_id": task_state.pk,
    }
    differ = {
        "id",
        "page_ptr_id",
        "pk",
        "path",
        "slug",
        "url_path",
        "external_id",
        "translation_key",
        "created_at",
        "latest_revision_created_at",
        "timestamp",
        "started_at",
        "title_norm",  # Wagtail's index weighs a title by the average title length at the time
    }

    def values(obj, exclude=()):
        data = {}
        for model_field in obj._meta.concrete_fields:
            name = model_field.attname
            if name in differ or name in exclude:
                continue
            value = getattr(obj, name)
            if name in own and value is not None:
                assert value == own[name], (obj, name)
                value = "own"
            data[name] = value
        return data

    assert (revision.content["pk"], revision.content["path"]) == (page.pk, page.path)
    content = {key: value for key, value in revision.content.items() if key not in differ}
    relation = ProfessionalProfilePage.reference_occupations.through
    index_entries = IndexEntry.objects.filter(
        content_type=page.content_type, object_id=str(page.pk)
    )
    references = ReferenceIndex.objects.filter(
        base_content_type=page.get_base_content_type(), object_id=str(page.pk)
    )
    return {
        "page": values(page),
        "occupations": sorted(
            relation.objects.filter(professionalprofilepage=page).values_list(
                "referenceoccupation_id", flat=True
            )
        ),
        "revision": values(revision, exclude=("content",)),
        "content": content,
        "log": [
            values(entry, exclude=("data",)) | {"data": log_data(entry.data, task_state)}
            for entry in PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk")
        ],
        "workflow_state": values(state),
        "task_state": values(task_state),
        "references": sorted(
            tuple(values(reference, exclude=("content_path_hash",)).items())
            for reference in references
        ),
        "search": [values(entry) for entry in index_entries],
    }


def log_data(data, task_state):
    if "workflow" not in data:
        return data
    workflow = data["workflow"]
    assert workflow["task_state_id"] == task_state.pk
    return {"workflow": workflow | {"task_state_id": "own"}}


def test_bulk_created_profile_has_the_rows_of_wagtails_own_path(
    world, editor, django_capture_on_commit_callbacks
):
    """The import writes new profiles in bulk (profile_io.writes): the rows must be those
    that Wagtail's add_child, save_revision and Workflow.start write for the same content (the
    search index's by the task queue after the commit)."""
    country = world["countries"]["TR"]
    with django_capture_on_commit_callbacks(execute=True):
        import_profiles(csv_bytes([profile_row(1, title="Koch")]), editor)
    imported_page = imported().get()
    by_wagtail = ProfessionalProfilePage(
        locale=imported_page.locale,
        owner=editor,
        live=False,
        slug="koch-wagtail",
        external_id="wagtail-1",
        **{
            name: getattr(imported_page, name) for name in (*MODEL_COLUMNS, "occupational_field_id")
        },
    )
    by_wagtail.reference_occupations.set(imported_page.reference_occupations.all())
    country.add_child(instance=by_wagtail)
    by_wagtail.save_revision(user=editor, clean=False)
    country.get_workflow().start(by_wagtail, editor)
    ours, wagtails = rows_of(imported_page), rows_of(by_wagtail)
    for key in ours:
        assert ours[key] == wagtails[key], key
    assert ours["occupations"] and ours["references"] and ours["search"]
    assert [entry["action"] for entry in ours["log"]] == [
        "wagtail.create",
        "wagtail.workflow.start",
    ]
    assert Page.find_problems() == ([], [], [], [], [])


def test_bulk_created_profiles_keep_the_tree_consistent(world, editor):
    ProfessionalProfilePageFactory(parent=world["countries"]["TR"], title="Da", live=False)
    rows = [profile_row(number, country=("TR", "PL", "RO")[number % 3]) for number in range(30)]
    import_profiles(csv_bytes(rows), editor)
    assert Page.find_problems() == ([], [], [], [], [])
    for code, country in world["countries"].items():
        country.refresh_from_db()
        children = list(country.get_children())
        assert country.numchild == len(children), code
        for child in children:
            assert child.url_path == f"{country.url_path}{child.slug}/"
            assert child.depth == country.depth + 1
    created = PageLogEntry.objects.filter(action="wagtail.create", page__in=imported())
    assert created.count() == 30


def receivers(signal, sender):
    sync_receivers, async_receivers = signal._live_receivers(sender)
    return {f"{item.__module__}.{item.__qualname__}" for item in sync_receivers + async_receivers}


def test_the_bulk_path_knows_every_receiver_of_what_it_writes():
    """profile_io.writes writes rows without save(), so without signals: it reproduces the
    effects of exactly these receivers (Wagtail's search and reference index; the locale is
    set; the privacy app's acts only on log entries of aliases, which an import never writes).
    A new receiver of these models needs its effect added there too."""
    known = {
        "modelsearch.signal_handlers.post_save_signal_handler",
        "wagtail.signal_handlers.update_reference_index_on_save",
        "wagtail.models.i18n.set_locale_on_new_instance",
        "privacy.mirroring.page_aliased",
    }
    through = ProfessionalProfilePage.reference_occupations.through
    written = (ProfessionalProfilePage, Page, Revision, WorkflowState, TaskState, PageLogEntry)
    for model in (*written, through, ReferenceIndex, IndexEntry):
        for signal in (pre_save, post_save, m2m_changed):
            assert receivers(signal, model) <= known, (model, signal)


def test_a_workflow_without_active_tasks_is_an_error_and_nothing_is_written(world, editor):
    """Wagtail finishes a workflow without an active task at once, and finishing publishes:
    imported profiles would go live unreviewed."""
    import_profiles(csv_bytes([profile_row(1)]), editor)
    world["countries"]["TR"].get_workflow().tasks.update(active=False)
    before = counts()
    changed = {**profile_row(1), "summary": "Geändert."}
    with pytest.raises(ProfileImportError) as failure:
        import_profiles(csv_bytes([changed, profile_row(2)]), editor)
    assert error_keys(failure) == {(2, "country"), (3, "country")}
    assert "Quality control" in failure.value.errors[0].message  # the workflow to mend
    assert counts() == before
    assert not ProfessionalProfilePage.objects.filter(live=True, external_id__isnull=False).exists()


def test_slugs_are_never_reserved_and_never_too_long(world, editor):
    """ "pdf" is the address of the country's PDF; a long title and a long external ID together
    still make a slug that fits."""
    long_title = ("Ausbildung " * 23).strip()  # 252 characters
    rows = [
        {**profile_row(1), "title": "PDF"},
        {**profile_row(2), "title": long_title, "external_id": "X" * 100},
        {**profile_row(3), "title": long_title, "external_id": "Y" * 100},
    ]
    import_profiles(csv_bytes(rows), editor)
    slugs = {page.external_id: page.slug for page in imported()}
    assert slugs[profile_row(1)["external_id"]] != "pdf"
    assert all(len(slug) <= 255 for slug in slugs.values())
    assert len(set(slugs.values())) == 3


def test_new_profiles_cost_the_same_queries_however_many(world, editor):
    """New profiles are written in bulk: 3 or 30 of them, the same number of queries (after a
    first import has filled the caches of content types and the like)."""
    import_profiles(csv_bytes([profile_row(1)]), editor)
    queries = []
    for first, count in ((10, 3), (100, 30)):
        rows = [profile_row(number) for number in range(first, first + count)]
        with CaptureQueriesContext(connection) as captured:
            assert import_profiles(csv_bytes(rows), editor).created == count
        queries.append(len(captured))
    assert queries[0] == queries[1]


def profile_index_entries():
    """Wagtail's search index entries of the imported profiles."""
    return IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(ProfessionalProfilePage),
        object_id__in=[str(pk) for pk in imported().values_list("pk", flat=True)],
    )


def test_the_search_index_of_an_import_is_written_by_the_queue_after_the_commit(
    world, editor, django_capture_on_commit_callbacks
):
    rows = [profile_row(number, title=f"Koch {number}") for number in (1, 2)]
    with database_queue():
        with django_capture_on_commit_callbacks(execute=True):
            import_profiles(csv_bytes(rows), editor)
        assert not profile_index_entries().exists()
        indexed = [task for task in work_off() if task.task_path.endswith("index_in_search")]
    assert [task.return_value for task in indexed] == [2]
    assert profile_index_entries().count() == 2


def test_a_dry_run_queues_no_indexing(world, editor, django_capture_on_commit_callbacks):
    with database_queue():
        with django_capture_on_commit_callbacks(execute=True):
            import_profiles(csv_bytes([profile_row(1)]), editor, dry_run=True)
        assert work_off() == []
