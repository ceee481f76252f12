"""A chamber imports its outcomes from CSV or XLSX: all rows or none, into its own chamber
only, no personal data, every problem named by row and column in the user's language; then the
outcome check."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from wagtail.models import WorkflowState

from pages.models import ChamberOutcomesPage, ProfessionalProfilePage, RecognitionOutcomePage
from portal import roles
from profile_io.outcome_import import COLUMNS, OutcomeImporter, import_outcomes
from tests.factories.imports import csv_bytes
from tests.factories.moderation import chamber_editor, english_speaking, user_with
from tests.factories.pages import ChamberFactory

URL = "/admin/outcomes/import/"


@pytest.fixture
def setting(tree, db):
    ProfessionalProfilePage.objects.filter(pk=tree["de"]["profile"].pk).update(
        external_id="TR-0001"
    )
    own, other = ChamberFactory(name="Handwerkskammer Eigen"), ChamberFactory(name="HWK Fremd")
    return {
        "own": ChamberOutcomesPage.objects.get(chamber=own),
        "other": ChamberOutcomesPage.objects.get(chamber=other),
        "editor": chamber_editor(own, username="editor-own"),
        "kldb": tree["occupation"].kldb_code,
    }


def row(setting, **values):
    return {
        "profile": "TR-0001",
        "reference_occupation": setting["kldb"],
        "result": "partial",
        "decision_year": "2025",
        "completion_year": "2014",
        "skills_analysis": "nein",
        "substantial_differences": "Fehlende Praxis im Betrieb.",
        **values,
    }


def as_csv(rows):
    return csv_bytes(rows, columns=list(dict.fromkeys(name for item in rows for name in item)))


def as_xlsx(rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(rows[0]))
    for item in rows:
        sheet.append([int(v) if v.isdigit() else v for v in item.values()])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def upload(client, setting, content, name="ergebnisse.csv", chamber=None):
    chamber = chamber or setting["own"]
    return client.post(URL, {"file": SimpleUploadedFile(name, content), "chamber": chamber.pk})


def errors_of(response):
    return [(error.row, error.field, error.message) for error in response.context["errors"]]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_chamber_imports_its_outcomes_into_the_outcome_check(client, setting, kind):
    client.force_login(setting["editor"])
    rows = [row(setting), row(setting, result="Volle Gleichwertigkeit", skills_analysis="ja")]
    content = as_csv(rows) if kind == "csv" else as_xlsx(rows)
    response = upload(client, setting, content, name=f"ergebnisse.{kind}")
    assert response.status_code == 200
    assert "2 Ergebnisse" in response.content.decode()
    outcomes = RecognitionOutcomePage.objects.child_of(setting["own"])
    assert sorted(outcomes.values_list("result", flat=True)) == ["full", "partial"]
    assert not outcomes.filter(live=True).exists()  # drafts until the outcome check
    for outcome in outcomes:
        state = WorkflowState.objects.get(object_id=str(outcome.pk))
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert state.workflow.name == "Outcome check"
        assert outcome.get_latest_revision().user == setting["editor"]
    assert outcomes.get(result="full").skills_analysis is True


def test_every_bad_row_is_named_and_nothing_is_written(client, setting):
    client.force_login(setting["editor"])
    rows = [
        row(setting),
        row(setting, profile="XX-9"),
        row(setting, reference_occupation="99999", result="vielleicht"),
        row(setting, decision_year="2030x", completion_year="1800"),
        row(setting, decision_year="2015", completion_year="2020", skills_analysis="oft"),
    ]
    response = upload(client, setting, as_csv(rows))
    errors = errors_of(response)
    assert {(number, column) for number, column, _message in errors} == {
        (3, "profile"),
        (4, "reference_occupation"),
        (4, "result"),
        (5, "decision_year"),
        (5, "completion_year"),
        (6, "completion_year"),
        (6, "skills_analysis"),
    }
    assert "Kein deutsches Berufsprofil hat diese externe ID." in [e[2] for e in errors]
    assert "Nichts wurde gespeichert" in response.content.decode()
    assert not RecognitionOutcomePage.objects.child_of(setting["own"]).exists()


def test_errors_come_in_the_users_language(client, setting):
    client.force_login(english_speaking(setting["editor"]))
    response = upload(client, setting, as_csv([row(setting, profile="XX-9")]))
    assert errors_of(response)[0][2] == "No German professional profile has this external ID."


@pytest.mark.parametrize(
    "text",
    [
        "Antrag von Frau Yilmaz",
        "Az. 4711/2025",
        "geboren am 03.04.1990",
        "Rückfragen an a.yilmaz@example.com",
        "Tel. 0171 2345678",
    ],
)
def test_personal_data_refuses_the_row(client, setting, text):
    client.force_login(setting["editor"])
    response = upload(client, setting, as_csv([row(setting), row(setting, notes=text)]))
    assert [(n, column) for n, column, _m in errors_of(response)] == [(3, "notes")]
    assert "personenbezogenen Daten" in errors_of(response)[0][2]
    assert not RecognitionOutcomePage.objects.child_of(setting["own"]).exists()


def test_only_into_the_importers_own_chamber(client, setting):
    client.force_login(setting["editor"])
    response = upload(client, setting, as_csv([row(setting)]), chamber=setting["other"])
    assert response.status_code == 200
    assert "chamber" in response.context["form"].errors
    response = upload(client, setting, as_csv([row(setting, chamber="HWK Fremd")]))
    assert "chamber" in {column for _n, column, _m in errors_of(response)}
    assert not RecognitionOutcomePage.objects.exists()


def test_a_failure_while_writing_leaves_nothing_behind(client, setting, monkeypatch):
    written = []
    real_write = OutcomeImporter.write

    def write_then_fail(self, outcome):
        if written:
            raise RuntimeError("the database went away")
        written.append(outcome)
        real_write(self, outcome)

    monkeypatch.setattr(OutcomeImporter, "write", write_then_fail)
    with pytest.raises(RuntimeError):
        import_outcomes(
            as_csv([row(setting), row(setting)]), "x.csv", setting["editor"], setting["own"]
        )
    assert written
    assert not RecognitionOutcomePage.objects.child_of(setting["own"]).exists()


def test_unreadable_files_and_missing_columns_are_named(client, setting):
    client.force_login(setting["editor"])
    response = upload(client, setting, b"not a workbook", name="ergebnisse.xlsx")
    assert errors_of(response) == [(0, "", "Keine gültige XLSX-Datei.")]
    response = upload(client, setting, b"profile;result\nTR-0001;full\n")
    missing = {column for _n, column, _m in errors_of(response)}
    assert missing == {"reference_occupation", "decision_year", "completion_year"}
    assert set(COLUMNS) >= missing


def test_nobody_without_a_chamber_imports(client, setting):
    assert client.get(URL).status_code == 302  # to the sign-in
    for user in (
        user_with(roles.TRANSLATORS, username="translator"),
        user_with(roles.REGISTERED_STAFF, roles.CHAMBER_EDITORS, username="no-chamber"),
    ):
        client.force_login(user)
        assert client.get(URL).status_code == 403
        assert upload(client, setting, as_csv([row(setting)])).status_code == 403
        assert "import-outcomes" not in client.get("/admin/").content.decode()
    client.force_login(setting["editor"])
    assert "import-outcomes" in client.get("/admin/").content.decode()
    assert not RecognitionOutcomePage.objects.exists()
