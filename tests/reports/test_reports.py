"""The operator's reports: each report's numbers against the data, its export, and nobody but
portal administrators reading them."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from feedback.models import ErrorReport
from moderation.publishing import trusted_publication
from pages.models import ChamberOutcomesPage, RecognitionOutcomePage
from portal import roles
from tests.factories import pages as factories
from tests.factories.moderation import chamber_editor, user_with

REPORTS = {
    "country-coverage": "/admin/reports/country-coverage/",
    "overdue-review": "/admin/reports/overdue-review/",
    "outcome-statistics": "/admin/reports/outcome-statistics/",
    "error-reports": "/admin/reports/error-reports/",
    "translation-coverage": "/admin/reports/translation-coverage/",
    "out-of-date-translations": "/admin/reports/out-of-date-translations/",
    "page-views": "/admin/reports/page-views/",
    "search-terms": "/admin/reports/search-terms/",
}


def exported(client, url):
    response = client.get(url + ("&" if "?" in url else "?") + "export=csv")
    assert response.status_code == 200, url
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))[1:]


def test_countries_without_and_with_few_profiles(portal_admin_client, tree):
    index = tree["de"]["countries"]
    factories.CountryProfilePageFactory(parent=index, title="Polen", iso_code="PL")
    many = factories.CountryProfilePageFactory(parent=index, title="Indien", iso_code="IN")
    for number in range(6):
        factories.ProfessionalProfilePageFactory(parent=many, slug=f"beruf-{number}")
    factories.ProfessionalProfilePageFactory(parent=many, slug="entwurf", live=False)
    url = REPORTS["country-coverage"]
    rows = {row[0]: int(row[2]) for row in exported(portal_admin_client, url)}
    assert rows == {"Polen": 0, "Türkei": 1, "Indien": 6}
    assert [r[0] for r in exported(portal_admin_client, url + "?profiles=none")] == ["Polen"]
    few = {r[0] for r in exported(portal_admin_client, url + "?profiles=few")}
    assert few == {"Polen", "Türkei"}
    assert "Indien" in portal_admin_client.get(url).content.decode()


def test_profiles_overdue_for_review_by_chamber(portal_admin_client, tree):
    chamber = factories.ChamberFactory(name="Handwerkskammer Alt")
    owner = chamber_editor(chamber, username="owner-alt")
    country = tree["de"]["country"]
    old = timezone.localdate() - datetime.timedelta(days=800)
    factories.ProfessionalProfilePageFactory(
        parent=country, title="Alt", last_reviewed=old, owner=owner
    )
    factories.ProfessionalProfilePageFactory(parent=country, title="Nie", last_reviewed=None)
    factories.ProfessionalProfilePageFactory(
        parent=country, title="Frisch", last_reviewed=timezone.localdate()
    )
    url = REPORTS["overdue-review"]
    rows = {row[0]: row for row in exported(portal_admin_client, url)}
    assert set(rows) == {"Alt", "Nie"}
    assert rows["Alt"][2:4] == ["Türkei", "Handwerkskammer Alt"]
    only = exported(portal_admin_client, f"{url}?chamber={chamber.pk}")
    assert [row[0] for row in only] == ["Alt"]


def test_outcomes_per_chamber_year_and_result(portal_admin_client, tree, german):
    chambers = [factories.ChamberFactory(name=f"Kammer {name}") for name in "AB"]

    def outcome(chamber, result, year):
        ChamberOutcomesPage.objects.get(chamber=chamber).add_child(
            instance=RecognitionOutcomePage(
                title=f"{chamber.name} {result} {year}",
                profile=tree["de"]["profile"],
                reference_occupation=tree["occupation"],
                result=result,
                decision_year=year,
                completion_year=2000,
                locale=german,
            )
        )

    for chamber, result, year in [
        (chambers[0], "full", 2024),
        (chambers[0], "full", 2024),
        (chambers[0], "none", 2024),
        (chambers[0], "partial", 2023),
        (chambers[1], "partial", 2024),
    ]:
        outcome(chamber, result, year)
    url = REPORTS["outcome-statistics"]
    assert exported(portal_admin_client, url) == [
        ["Kammer A", "2024", "2", "0", "1", "3"],
        ["Kammer A", "2023", "0", "1", "0", "1"],
        ["Kammer B", "2024", "0", "1", "0", "1"],
    ]
    assert len(exported(portal_admin_client, url + "?decision_year=2023")) == 1


def test_error_reports_per_chamber(portal_admin_client, tree):
    chambers = [factories.ChamberFactory(name=f"Kammer {name}") for name in "AB"]
    for chamber, status in [
        (chambers[0], "open"),
        (chambers[0], "open"),
        (chambers[0], "resolved"),
        (chambers[1], "dismissed"),
        (None, "open"),
    ]:
        ErrorReport.objects.create(
            page=tree["de"]["profile"],
            chamber=chamber,
            text="Falsch.",
            language="de",
            status=status,
        )
    assert exported(portal_admin_client, REPORTS["error-reports"]) == [
        ["Kammer A", "2", "1", "0", "3"],
        ["", "1", "0", "0", "1"],
        ["Kammer B", "0", "0", "1", "1"],
    ]


def test_translation_coverage_and_out_of_date_translations(portal_admin_client, tree):
    factories.ProfessionalProfilePageFactory(parent=tree["de"]["country"], title="Unübersetzt")
    german = tree["de"]["profile"]
    german.title = "Elektrotechniker (geändert)"
    with trusted_publication():
        german.save_revision().publish()
    rows = exported(portal_admin_client, REPORTS["translation-coverage"])
    profiles = next(row for row in rows if row[1] == "professional profile")
    assert profiles[2:] == ["2", "1", "50", "1"]
    listed = exported(portal_admin_client, REPORTS["out-of-date-translations"])
    assert [row[:2] for row in listed] == [["[en] Elektrotechniker", "en"]]


@pytest.mark.parametrize(
    "roles_of_user",
    [
        (roles.TRANSLATORS,),
        (roles.REGISTERED_STAFF, roles.CHAMBER_EDITORS),
        (roles.REGISTERED_STAFF, roles.REVIEWERS),
        (roles.REGISTERED_STAFF, roles.COMPETENT_EDITORS),
    ],
)
def test_nobody_but_portal_administrators_reads_them(client, db, roles_of_user):
    client.force_login(user_with(*roles_of_user, username="someone"))
    for url in REPORTS.values():
        assert client.get(url).status_code == 403, url
        assert client.get(url + "?export=csv").status_code == 403, url
    menu = client.get("/admin/").content.decode()
    assert all(url not in menu for url in REPORTS.values())


def test_portal_administrators_find_them_in_the_menu(portal_admin_client):
    html = portal_admin_client.get("/admin/").content.decode()
    for url in REPORTS.values():
        assert url in html
