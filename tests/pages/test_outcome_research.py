"""Outcomes research: one list of every chamber's outcomes for registered staff, its filters and
counts, the warning where chambers decided differently, its export, and recording an outcome
from a profile."""

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from pages.models import ChamberOutcomesPage, OutcomeIndexPage, RecognitionOutcomePage
from portal import roles
from tests.factories import pages as factories
from tests.factories.moderation import chamber_editor, user_with
from tests.leaks import body

THIS_YEAR = datetime.date.today().year
RESULT_LABELS = {"full": "Volle Gleichwertigkeit", "partial": "Teilweise Gleichwertigkeit"}


@pytest.fixture
def research(tree, german):
    """Three chambers' outcomes on two profiles in two countries; chambers A and B decided
    differently on the Turkish profile this year, A and C long ago."""
    chambers = {name: factories.ChamberFactory(name=f"Handwerkskammer {name}") for name in "ABC"}
    poland = factories.CountryProfilePageFactory(
        parent=tree["de"]["countries"], title="Polen", iso_code="PL"
    )
    polish = factories.ProfessionalProfilePageFactory(parent=poland, title="Technik Elektryk")
    turkish = tree["de"]["profile"]
    occupation = tree["occupation"]
    other_occupation = factories.ReferenceOccupationFactory(name="Mechatroniker/-in")
    made = {}

    def outcome(name, chamber, profile, result, year, reference_occupation=occupation):
        page = ChamberOutcomesPage.objects.get(chamber=chambers[chamber]).add_child(
            instance=RecognitionOutcomePage(
                title=name,
                profile=profile,
                reference_occupation=reference_occupation,
                result=result,
                decision_year=year,
                completion_year=2005,
                notes="=HYPERLINK(1)" if name == "A1" else "",
                locale=german,
            )
        )
        made[name] = page

    outcome("A1", "A", turkish, "full", THIS_YEAR)
    outcome("B1", "B", turkish, "partial", THIS_YEAR - 1)
    outcome("B2", "B", turkish, "partial", THIS_YEAR)
    outcome("A2", "A", polish, "none", THIS_YEAR - 10)
    outcome("C1", "C", polish, "full", THIS_YEAR - 10)
    outcome("C2", "C", polish, "full", THIS_YEAR, reference_occupation=other_occupation)
    return {
        "chambers": chambers,
        "outcomes": made,
        "poland": poland,
        "polish": polish,
        "turkish": turkish,
        "occupation": occupation,
        "index": OutcomeIndexPage.objects.get(locale=german),
    }


@pytest.fixture
def staff(client, db):
    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff"))
    return client


def listed(response):
    """The outcome titles in the list, in its order."""
    html = body(response)
    return [title for title in ("A1", "A2", "B1", "B2", "C1", "C2") if f">{title}</a></th>" in html]


def test_staff_research_every_chambers_outcomes_with_counts(staff, research):
    response = staff.get(research["index"].url)
    assert response.status_code == 200
    assert set(listed(response)) == {"A1", "A2", "B1", "B2", "C1", "C2"}
    html = body(response)
    assert "6 Ergebnisse" in html
    assert f"{RESULT_LABELS['full']}: 3" in html
    assert f"{RESULT_LABELS['partial']}: 2" in html
    assert "Keine Gleichwertigkeit: 1" in html
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country={poland}", {"A2", "C1", "C2"}),
        ("profile={turkish}", {"A1", "B1", "B2"}),
        ("reference_occupation={occupation}", {"A1", "A2", "B1", "B2", "C1"}),
        ("result=partial", {"B1", "B2"}),
        (f"year={THIS_YEAR}", {"A1", "B2", "C2"}),
        ("chamber={chamber_b}", {"B1", "B2"}),
        ("chamber={chamber_a}&result=none", {"A2"}),
        ("country={poland}&result=partial", set()),
    ],
)
def test_each_filter_lists_what_the_data_says(staff, research, query, expected):
    query = query.format(
        poland=research["poland"].pk,
        turkish=research["turkish"].pk,
        occupation=research["occupation"].pk,
        chamber_a=research["chambers"]["A"].pk,
        chamber_b=research["chambers"]["B"].pk,
    )
    response = staff.get(f"{research['index'].url}?{query}")
    assert set(listed(response)) == expected
    partial = len(expected & {"B1", "B2"})
    assert f"{RESULT_LABELS['partial']}: {partial}" in body(response)


def test_a_bad_filter_is_named_and_the_others_still_apply(staff, research):
    response = staff.get(f"{research['index'].url}?year=1999&result=partial")
    assert response.status_code == 200
    html = body(response)
    assert "Jahr des Bescheids" in html and "error-summary" in html
    assert set(listed(response)) == {"B1", "B2"}


def test_a_page_past_the_last_shows_the_last(staff, research):
    response = staff.get(f"{research['index'].url}?page=99")
    assert set(listed(response)) == {"A1", "A2", "B1", "B2", "C1", "C2"}


def test_chambers_that_decided_differently_are_flagged_in_the_list_and_on_the_profile(
    staff, research, tree
):
    html = body(staff.get(research["index"].url))
    assert "Kammern haben unterschiedlich entschieden" in html
    warning = html[html.index("divergences-heading") : html.index("</section>")]
    assert "Handwerkskammer A" in warning and "Handwerkskammer B" in warning
    assert f"{RESULT_LABELS['partial']}: 2" in warning and f"{RESULT_LABELS['full']}: 1" in warning
    # A and C differed on the Polish profile ten years ago: too old to count.
    assert "Technik Elektryk" not in warning
    assert html.count("Kammern weichen ab") == 3  # A1, B1, B2
    # Filtered to chamber B, the warning still names A's decision beside B's.
    only_b = body(staff.get(f"{research['index'].url}?chamber={research['chambers']['B'].pk}"))
    assert "Handwerkskammer A" in only_b[only_b.index("divergences-heading") :]
    # Both language versions of the profile warn registered staff.
    for language in ("de", "en"):
        profile_html = body(staff.get(tree[language]["profile"].url))
        assert "divergences-heading" in profile_html, language
    polish = body(staff.get(research["polish"].url))
    assert "divergences-heading" not in polish


def test_no_warning_when_one_chamber_alone_differs_from_itself(staff, research):
    response = staff.get(f"{research['index'].url}?profile={research['polish'].pk}")
    assert "divergences-heading" not in body(response)


def rows_of_csv(response):
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_export_holds_exactly_what_is_filtered(staff, research):
    url = f"{research['index'].url}?chamber={research['chambers']['A'].pk}"
    response = staff.get(url + "&export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"]
    rows = rows_of_csv(response)
    assert sorted(row["Titel"] for row in rows) == ["A1", "A2"]
    first = next(row for row in rows if row["Titel"] == "A1")
    assert first["Kammer"] == "Handwerkskammer A"
    assert first["Land"] == "Türkei"
    assert first["Anmerkungen"] == "'=HYPERLINK(1)"  # never a formula in a spreadsheet
    workbook = staff.get(url + "&export=xlsx")
    assert workbook.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(workbook.streaming_content))).active
    values = list(sheet.values)
    assert values[0][0] == "Titel"
    assert sorted(row[0] for row in values[1:]) == ["A1", "A2"]


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_nobody_but_staff_gets_the_list_or_its_export(client, research, who):
    if who == "outsider":
        client.force_login(user_with(roles.TRANSLATORS, username="outsider"))
    for query in ("", "?export=csv", "?export=xlsx", "?result=full&export=csv"):
        response = client.get(research["index"].url + query)
        assert response.status_code in (302, 403), query
        assert b"A1" not in response.content


def test_a_chamber_editor_records_an_outcome_from_the_english_profile(client, research, tree):
    editor = chamber_editor(research["chambers"]["B"], username="editor-b")
    client.force_login(editor)
    html = body(client.get(tree["en"]["profile"].url))
    assert "/admin/outcomes/record/" in html
    url = html[html.index("/admin/outcomes/record/") :].split('"')[0].replace("&amp;", "&")
    response = client.get(url)
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["profile"] == research["turkish"].pk  # the German profile
    assert form.initial["reference_occupation"] == research["occupation"].pk
    parent = response.context["parent_page"]
    assert parent.specific.chamber == research["chambers"]["B"]


def test_recording_asks_which_chamber_only_when_there_are_several(client, research):
    url = f"/admin/outcomes/record/{research['turkish'].pk}/"
    client.force_login(user_with(roles.REGISTERED_STAFF, roles.COMPETENT_EDITORS))
    response = client.get(url)
    assert response.status_code == 200
    html = body(response)
    for name in "ABC":
        assert f"Handwerkskammer {name}" in html
    chamber_c = ChamberOutcomesPage.objects.get(chamber=research["chambers"]["C"])
    chosen = client.get(f"{url}?chamber={chamber_c.pk}")
    assert chosen.context["parent_page"].pk == chamber_c.pk
    # Without a chamber to add outcomes to: refused.
    client.force_login(
        user_with(roles.REGISTERED_STAFF, roles.CHAMBER_EDITORS, username="no-chamber")
    )
    assert client.get(url).status_code == 403
    client.force_login(user_with(roles.TRANSLATORS, username="outsider"))
    assert client.get(url).status_code in (302, 403)
