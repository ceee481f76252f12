"""The competent authority finder and the chamber directory, as a visitor uses them.

The chambers are built once per module: a crafts chamber for Upper Bavaria, a nationwide body
for commerce and industry, a chamber of a liberal profession deciding on one occupation only,
and an unpublished draft chamber that nobody may see.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from moderation.publishing import trusted_publication
from pages import public_cache
from pages.choices import ChamberType, FederalState
from tests.factories import pages as factories

ELEKTRONIKER = "Elektroniker/-in – Fachrichtung Energie- und Gebäudetechnik"


@pytest.fixture(scope="module")
def chambers(built_tree, django_db_blocker):
    """The finder's world, on top of the module's tree (rolled back with it)."""
    with django_db_blocker.unblock():
        crafts = factories.ReferenceOccupationFactory(
            name=ELEKTRONIKER, chamber_type=ChamberType.CRAFTS
        )
        industry = factories.ReferenceOccupationFactory(
            name="Elektroniker/-in für Betriebstechnik", chamber_type=ChamberType.COMMERCE
        )
        medical = factories.ReferenceOccupationFactory(
            name="Medizinische/-r Fachangestellte/-r", chamber_type=ChamberType.LIBERAL
        )
        tax = factories.ReferenceOccupationFactory(
            name="Steuerfachangestellte/-r", chamber_type=ChamberType.LIBERAL
        )
        munich = factories.ChamberFactory(
            name="Handwerkskammer für München und Oberbayern",
            street="Max-Joseph-Straße 4",
            postcode="80333",
            town="München",
            phone="+49 89 5119-0",
            email="info@hwk-muenchen.de",
            website="https://www.hwk-muenchen.de",
            opening_hours="Mo–Do 8:00–16:00",
            postcode_areas="80, 81, 82, 83, 85",
        )
        factories.ChamberFactory(
            name="Handwerkskammer Niederbayern-Oberpfalz",
            town="Passau",
            postcode_areas="8, 93, 94",
        )
        factories.ChamberFactory(
            name="IHK FOSA",
            chamber_type=ChamberType.COMMERCE,
            town="Nürnberg",
            postcode_areas="0, 1, 2, 3, 4, 5, 6, 7, 8, 9",
        )
        doctors = factories.ChamberFactory(
            name="Ärztekammer Nordrhein",
            chamber_type=ChamberType.LIBERAL,
            federal_state=FederalState.NW,
            town="Düsseldorf",
            postcode_areas="40, 41, 50",
        )
        doctors.occupations.set([medical])
        doctors.save()
        factories.ChamberFactory(
            name="Entwurfskammer GEHEIM", town="München", postcode_areas="80", live=False
        )
    return {"crafts": crafts, "industry": industry, "tax": tax, "munich": munich}


def answer(client, url, **query):
    response = client.get(url, query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("language", ["de", "en"])
def test_elektroniker_in_80331_is_the_munich_chamber_of_crafts(client, tree, chambers, language):
    text = answer(
        client, tree[language]["finder"].url, occupation="Elektroniker/-in", postcode="80331"
    )
    assert "Handwerkskammer für München und Oberbayern" in text
    assert "Max-Joseph-Straße 4" in text and "+49 89 5119-0" in text
    assert "info@hwk-muenchen.de" in text and "Mo–Do 8:00–16:00" in text
    # The longer prefix wins over the chamber serving all of "8"; industry is another body.
    assert "Niederbayern" not in text and "IHK FOSA" not in text


def test_a_postcode_outside_the_longer_prefixes_goes_to_the_wider_area(client, tree, chambers):
    text = answer(client, tree["de"]["finder"].url, occupation=ELEKTRONIKER, postcode="84028")
    assert "Handwerkskammer Niederbayern-Oberpfalz" in text
    assert "München und Oberbayern" not in text


def test_the_occupation_decides_the_kind_of_chamber(client, tree, chambers):
    text = answer(
        client,
        tree["de"]["finder"].url,
        occupation="Elektroniker/-in für Betriebstechnik",
        postcode="80331",
    )
    assert "IHK FOSA" in text and "Handwerkskammer" not in text


def test_a_chamber_listing_occupations_decides_on_those_only(client, tree, chambers):
    url = tree["de"]["finder"].url
    medical = answer(client, url, occupation="Medizinische/-r Fachangestellte/-r", postcode="40212")
    assert "Ärztekammer Nordrhein" in medical
    tax = answer(client, url, occupation="Steuerfachangestellte/-r", postcode="40212")
    assert "Ärztekammer" not in tax
    assert "+49 30 1815-1111" in tax  # no chamber known: the federal hotline


def test_a_federal_state_gives_its_chambers_or_the_nationwide_body(client, tree, chambers):
    url = tree["en"]["finder"].url
    bavaria = answer(client, url, occupation=ELEKTRONIKER, state="BY")
    assert "München und Oberbayern" in bavaria
    hamburg = answer(client, url, occupation="Elektroniker/-in für Betriebstechnik", state="HH")
    assert "IHK FOSA" in hamburg


def test_several_matching_occupations_are_offered_to_choose_from(client, tree, chambers):
    text = answer(client, tree["de"]["finder"].url, occupation="elektroniker", postcode="80331")
    assert "Welchen Beruf meinen Sie?" in text
    assert ELEKTRONIKER in text and "Elektroniker/-in für Betriebstechnik" in text


def test_the_english_name_and_folded_spelling_find_the_occupation(client, tree, chambers):
    text = answer(
        client, tree["en"]["finder"].url, occupation="electronics TECHNICIAN", postcode="80331"
    )
    # The tree's "Elektroniker/-in" is translated "Electronics technician" (its chamber: crafts).
    assert "Handwerkskammer für München und Oberbayern" in text


@pytest.mark.parametrize(
    ("language", "postcode", "message"),
    [
        ("de", "00123", "Die deutsche Postleitzahl 00123 gibt es nicht."),
        ("en", "00123", "There is no German postcode 00123."),
        ("de", "8033", "Geben Sie eine deutsche Postleitzahl mit fünf Ziffern an"),
        ("en", "abcde", "Enter a German postcode of five digits"),
    ],
)
def test_a_bad_postcode_gets_a_clear_answer_and_the_fallback(
    client, tree, chambers, language, postcode, message
):
    text = answer(client, tree[language]["finder"].url, occupation=ELEKTRONIKER, postcode=postcode)
    assert message in text
    assert "+49 30 1815-1111" in text and "anerkennung-in-deutschland.de" in text


@pytest.mark.parametrize(
    ("language", "message", "fallback"),
    [
        ("de", "Kein deutscher Referenzberuf gefunden", "/html/de/pro/anerkennungs-finder.php"),
        ("en", "No German reference occupation found", "/html/en/pro/anerkennungs-finder.php"),
    ],
)
def test_an_occupation_no_one_knows_gets_the_fallback(
    client, tree, chambers, language, message, fallback
):
    url = tree[language]["finder"].url
    text = answer(client, url, occupation="Xylophonbauer", postcode="80331")
    assert message in text and fallback in text


def test_missing_fields_are_named(client, tree, chambers):
    text = answer(client, tree["en"]["finder"].url, occupation="", postcode="")
    assert "Enter the German reference occupation." in text
    assert "Enter a postcode or choose a federal state." in text


def test_a_profile_links_to_the_finder_prefilled_and_is_answered(client, tree, chambers):
    profile = tree["de"]["profile"]
    page = client.get(profile.url).content.decode()
    link = f"{tree['de']['finder'].url}?profile={profile.pk}"
    assert f'href="{link}"' in page
    text = answer(client, tree["de"]["finder"].url, profile=profile.pk, postcode="80331")
    assert "Elektrotechniker" in text  # the profile it answers for
    assert "Handwerkskammer für München und Oberbayern" in text


def test_an_unpublished_chamber_is_never_shown(client, tree, chambers):
    url = tree["de"]["finder"].url
    for query in ({"occupation": ELEKTRONIKER, "postcode": "80331"}, {"state": "BY"}):
        assert "GEHEIM" not in answer(client, url, **query)
    assert "GEHEIM" not in answer(client, url + "kammern/")
    assert client.get(url + "kammern/entwurfskammer-geheim/").status_code == 404


def test_the_directory_lists_chambers_a_z_and_by_state(client, tree, chambers):
    german = answer(client, tree["de"]["finder"].url + "kammern/")
    assert german.index("Ärztekammer Nordrhein") < german.index("Handwerkskammer für München")
    bavaria = answer(client, tree["en"]["finder"].url + "chambers/", state="BY")
    assert "München und Oberbayern" in bavaria and "Ärztekammer" not in bavaria


def test_a_chamber_has_its_page_in_both_languages(client, tree, chambers):
    slug = chambers["munich"].slug
    assert slug == "handwerkskammer-fuer-muenchen-und-oberbayern"
    german = answer(client, tree["de"]["finder"].url + f"kammern/{slug}/")
    english = answer(client, tree["en"]["finder"].url + f"chambers/{slug}/")
    for text in (german, english):
        assert "Max-Joseph-Straße 4" in text and "https://www.hwk-muenchen.de" in text
    # The language switcher leads to the same chamber in the other language.
    assert f'href="{tree["en"]["finder"].url}chambers/{slug}/"' in german


def test_the_finder_answers_from_what_the_process_keeps(client, tree, chambers):
    url = tree["de"]["finder"].url
    query = {"occupation": ELEKTRONIKER, "postcode": "80331"}
    client.get(url, query)
    with CaptureQueriesContext(connection) as captured:
        client.get(url, query)
    assert len(captured) <= 4


def test_a_changed_chamber_is_shown_at_once(client, tree, chambers):
    url = tree["de"]["finder"].url
    query = {"occupation": ELEKTRONIKER, "postcode": "80331"}
    client.get(url, query)
    munich = type(chambers["munich"]).objects.get(pk=chambers["munich"].pk)
    munich.phone = "+49 89 0000-0"
    munich.save()
    assert "+49 89 0000-0" in answer(client, url, **query)


def test_a_restricted_profile_is_not_named_by_the_finder(client, tree, chambers):
    profile = tree["de"]["profile"]
    PageViewRestriction.objects.create(page=profile, restriction_type="login")
    public_cache.changed()
    text = answer(client, tree["de"]["finder"].url, profile=profile.pk, postcode="80331")
    assert profile.title not in text


def test_an_unpublished_occupation_of_a_profile_is_left_out(client, tree, chambers):
    profile = tree["de"]["profile"]
    draft = factories.ReferenceOccupationFactory(name="Entwurfsberuf GEHEIM", live=False)
    profile.reference_occupations.add(draft)
    with trusted_publication():
        profile.save()
    text = answer(client, tree["de"]["finder"].url, profile=profile.pk, postcode="80331")
    assert "GEHEIM" not in text
    assert "Handwerkskammer für München und Oberbayern" in text
