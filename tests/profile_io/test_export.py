"""Export of professional profiles for staff: the admin report with filters, CSV and XLSX."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import CountryIndexPage, ProfessionalProfilePage
from portal import roles
from tests.factories.moderation import chamber_editor, user_with
from tests.factories.pages import (
    ChamberFactory,
    CountryProfilePageFactory,
    OccupationalFieldFactory,
    ProfessionalProfilePageFactory,
    ReferenceOccupationFactory,
)

URL = "/admin/reports/profiles/"


@pytest.fixture
def data(home):
    index = CountryIndexPage.objects.get(locale=home.locale)
    turkey = CountryProfilePageFactory(parent=index, title="Türkei", slug="tuerkei", iso_code="TR")
    poland = CountryProfilePageFactory(parent=index, title="Polen", slug="polen", iso_code="PL")
    field = OccupationalFieldFactory(name="Elektrotechnik")
    other_field = OccupationalFieldFactory(name="Gastronomie")
    electrician = ReferenceOccupationFactory(name="Elektroniker/-in", kldb_code="26212")
    mechatronic = ReferenceOccupationFactory(name="Mechatroniker/-in", kldb_code="26112")
    cook = ReferenceOccupationFactory(name="Koch/Köchin", kldb_code="29302")

    def profile(country, title, occupations=(), **fields):
        page = ProfessionalProfilePageFactory(parent=country, title=title, **fields)
        page.reference_occupations.set(occupations)
        page.save()
        return page

    pages = {
        "tr_school_1": profile(
            turkey,
            "Elektriker Schule",
            [electrician, mechatronic],
            qualification_type="school",
            isced_level=3,
            isco_code="7411",
            occupational_field=field,
            external_id="tr-1",
        ),
        "tr_school_2": profile(
            turkey,
            "Koch Schule",
            [cook],
            qualification_type="school",
            isced_level=4,
            occupational_field=other_field,
            live=False,
        ),
        "tr_dual": profile(turkey, "Elektriker dual", [electrician], qualification_type="dual"),
        "pl_school": profile(
            poland, "Elektriker Polen", [electrician], qualification_type="school"
        ),
    }
    return {
        "turkey": turkey,
        "poland": poland,
        "field": field,
        "electrician": electrician,
        "cook": cook,
        "pages": pages,
    }


@pytest.fixture
def staff(db):
    return chamber_editor(ChamberFactory(), username="staff")


def export_csv(client, **params):
    response = client.get(URL, {**params, "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))


def export_xlsx(client, **params):
    response = client.get(URL, {**params, "export": "xlsx"})
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def titles(rows):
    header = rows[0]
    column = header.index("Title") if "Title" in header else header.index("Titel")
    return sorted(row[column] for row in rows[1:])


def test_csv_export_has_only_the_filtered_rows(client, data, staff):
    client.force_login(staff)
    filters = {"country": data["turkey"].pk, "qualification_type": "school"}
    rows = export_csv(client, **filters)
    assert titles(rows) == ["Elektriker Schule", "Koch Schule"]
    assert len(rows[0]) == 19
    by_title = {row[1]: row for row in rows[1:]}
    electrician = by_title["Elektriker Schule"]
    assert electrician[0] == "tr-1"
    assert electrician[3] == "TR"
    assert electrician[4] == "Türkei"
    assert electrician[7] == "7411"
    assert electrician[8] == "Elektrotechnik"
    assert electrician[9] == "26212; 26112"  # in the order of the names
    assert electrician[10] == "Elektroniker/-in; Mechatroniker/-in"
    assert electrician[14] == "de"
    assert electrician[18].startswith("http")
    on_screen = client.get(URL, filters)
    assert sorted(page.title for page in on_screen.context["object_list"]) == titles(rows)


def test_xlsx_export_has_the_same_rows_as_the_csv(client, data, staff):
    client.force_login(staff)
    filters = {"country": data["turkey"].pk, "qualification_type": "school"}
    csv_rows = export_csv(client, **filters)
    xlsx_rows = export_xlsx(client, **filters)
    assert xlsx_rows[0] == csv_rows[0]
    assert len(xlsx_rows) == len(csv_rows) == 3

    def normalise(row):
        return ["" if value is None else str(value) for value in row]

    by_id = {row[1]: normalise(row) for row in xlsx_rows[1:]}
    for row in csv_rows[1:]:
        xlsx = by_id[row[1]]
        for index in (0, 1, 2, 3, 4, 7, 8, 9, 10, 14, 18):
            assert xlsx[index] == row[index], (index, row[index])


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["Elektriker Polen", "Elektriker Schule", "Elektriker dual", "Koch Schule"]),
        ({"isced_level": 4}, ["Koch Schule"]),
        ({"live": "false"}, ["Koch Schule"]),
        ({"qualification_type": "dual"}, ["Elektriker dual"]),
    ],
)
def test_filters(client, data, staff, filters, expected):
    client.force_login(staff)
    assert titles(export_csv(client, **filters)) == expected


def test_relation_filters(client, data, staff):
    client.force_login(staff)
    assert titles(export_csv(client, occupational_field=data["field"].pk)) == ["Elektriker Schule"]
    assert titles(export_csv(client, reference_occupation=data["cook"].pk)) == ["Koch Schule"]
    rows = export_csv(
        client, reference_occupation=data["electrician"].pk, country=data["poland"].pk
    )
    assert titles(rows) == ["Elektriker Polen"]


def test_locale_filter_and_translations(client, data, staff, translate):
    translate(data["turkey"].get_parent().specific)
    translate(data["turkey"])
    translate(data["pages"]["tr_dual"])
    client.force_login(staff)
    english = export_csv(client, locale="en")
    assert titles(english) == ["[en] Elektriker dual"]
    both = export_csv(client, country=data["turkey"].pk, qualification_type="dual")
    assert titles(both) == ["Elektriker dual", "[en] Elektriker dual"]


def test_export_queries_do_not_grow_with_rows(client, data, staff):
    client.force_login(staff)
    export_csv(client)  # warm caches (site root paths, content types)
    with CaptureQueriesContext(connection) as few:
        export_csv(client)
    for number in range(15):
        page = ProfessionalProfilePageFactory(parent=data["turkey"], title=f"Mehr {number}")
        page.reference_occupations.set([data["electrician"], data["cook"]])
        page.save()
    with CaptureQueriesContext(connection) as many:
        rows = export_csv(client)
    assert len(rows) == 1 + 4 + 15
    assert len(many) == len(few)


def test_report_listing_and_menu(client, data, staff):
    client.force_login(staff)
    response = client.get(URL, {"country": data["turkey"].pk})
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 3
    assert b"export=xlsx" in response.content
    assert b"export=csv" in response.content
    assert URL.encode() in client.get("/admin/").content  # in the Reports menu


def test_reviewers_may_export(client, data):
    client.force_login(user_with(roles.REVIEWERS))
    assert client.get(URL, {"export": "csv"}).status_code == 200


def test_export_refused_to_anonymous_and_non_staff(client, data):
    response = client.get(URL, {"export": "csv"})
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    outsiders = Group.objects.create(name="Outsiders")  # admin access, no staff, no page edits
    outsiders.permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user_with("Outsiders"))
    assert client.get(URL, {"export": "csv"}).status_code == 403
    assert client.get(URL, {"export": "xlsx"}).status_code == 403
    assert client.get(URL).status_code == 403
    assert URL.encode() not in client.get("/admin/").content
    nobody = user_with()
    client.force_login(nobody)
    assert client.get(URL, {"export": "csv"}).status_code in (302, 403)


def test_view_restricted_profiles_only_for_registered_staff(client, data, staff, english):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(
        page=data["pages"]["tr_dual"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=roles.REGISTERED_STAFF)])
    translator = user_with(roles.TRANSLATORS, username="translator")  # edits the English tree
    client.force_login(translator)
    assert "Elektriker dual" not in titles(export_csv(client))
    client.force_login(staff)
    assert "Elektriker dual" in titles(export_csv(client))


def test_csv_cells_never_start_a_formula(client, data, staff):
    ProfessionalProfilePage.objects.filter(pk=data["pages"]["tr_dual"].pk).update(
        title='=HYPERLINK("http://evil.example")'
    )
    client.force_login(staff)
    cells = [cell for row in export_csv(client) for cell in row]
    assert '\'=HYPERLINK("http://evil.example")' in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
