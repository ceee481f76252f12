"""The portal's search as visitors and staff use it: /de/suche/ and /en/search/.

Runs on both databases: PostgreSQL full-text search with the locale's configuration, and the
SQLite fallback with the same Snowball stemmers.
"""

import datetime
import importlib
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from moderation.publishing import trusted_publication
from pages.choices import QualificationType
from pages.models import GuidelineIndexPage, GuidelinePage
from portal import roles
from search import text as search_text
from search.addresses import Addresses
from search.indexing import document_terms, index_page, rebuild
from search.models import SearchDocument
from tests.factories import pages as factories
from tests.factories.moderation import user_with


def titles(response):
    """Result titles in the order shown."""
    html = response.content.decode()
    return [re.sub(r"<[^>]+>", "", title) for title in re.findall(r"<h3><a [^>]*>(.*?)</a>", html)]


def facet(response, name):
    """{label: count} of one facet on the page."""
    html = response.content.decode()
    found = re.findall(
        rf'name="{name}" value="[^"]*"[^>]*>\s*<label[^>]*>([^<]*?) <span class="facet__count">'
        r"\((\d+)\)",
        html,
    )
    return {label: int(count) for label, count in found}


@pytest.fixture
def turkey(tree):
    return tree["de"]["country"]


@pytest.fixture
def profiles(tree, turkey):
    """Three German profiles in two countries, indexed as publishing would index them."""
    poland = factories.CountryProfilePageFactory(
        parent=tree["de"]["countries"], title="Polen", slug="polen", iso_code="PL"
    )
    created = {
        "ausbildung": factories.ProfessionalProfilePageFactory(
            parent=turkey,
            title="Berufsausbildung Elektroniker",
            original_name="Meslek Lisesi Diploması",
            summary="Eine Ausbildung im Bereich Elektrotechnik.",
            qualification_type=QualificationType.SCHOOL,
            isced_level=3,
            occupational_field=tree["field"],
        ),
        "pruefung": factories.ProfessionalProfilePageFactory(
            parent=poland,
            title="Technik der Kälteanlagen",
            summary="Die Abschlussprüfung ist staatlich.",
            qualification_type=QualificationType.DUAL,
            isced_level=4,
            valid_from=datetime.date(1990, 1, 1),
            valid_until=datetime.date(2005, 8, 31),
            body=[],
        ),
        "koch": factories.ProfessionalProfilePageFactory(
            parent=poland,
            title="Koch",
            summary="Küche und Service.",
            qualification_type=QualificationType.DUAL,
            isced_level=3,
            valid_from=None,
            body=[],
        ),
    }
    created["ausbildung"].reference_occupations.set([tree["occupation"]])
    created["ausbildung"].save()
    rebuild()
    return created


def test_german_stemming_and_folded_umlauts(client, profiles):
    assert "Berufsausbildung Elektroniker" in titles(client.get("/de/suche/?q=Ausbildungen"))
    assert titles(client.get("/de/suche/?q=Abschlussprufung")) == ["Technik der Kälteanlagen"]
    # Compounds are not split: "Prüfungen" is not "Abschlussprüfung".
    assert "Technik der Kälteanlagen" not in titles(client.get("/de/suche/?q=Prufungen"))
    assert titles(client.get("/de/suche/?q=kalteanlage")) == ["Technik der Kälteanlagen"]
    assert titles(client.get("/de/suche/?q=Meslek Lisesi")) == ["Berufsausbildung Elektroniker"]
    assert titles(client.get("/de/suche/?q=diplomasi")) == ["Berufsausbildung Elektroniker"]


def test_english_pages_are_searched_in_english(client, tree, translate, profiles):
    english = translate(
        profiles["koch"],
        lambda text, path: (
            {"title": "Cooks and chefs"}.get(path, f"[en] {text}") if path != "slug" else "cook"
        ),
    )
    assert english.live
    assert titles(client.get("/en/search/?q=cook")) == ["Cooks and chefs"]
    assert titles(client.get("/en/search/?q=chef")) == ["Cooks and chefs"]
    # Never a page of the other locale unless asked for.
    assert titles(client.get("/en/search/?q=Koch")) == []
    assert "Koch" not in titles(client.get("/en/search/?q=chefs"))
    both = titles(client.get("/de/suche/?q=Koch&languages=all"))
    assert "Koch" in both
    assert titles(client.get("/de/suche/?q=cooks&languages=all")) == ["Cooks and chefs"]
    assert titles(client.get("/de/suche/?q=cooks")) == []


def test_exact_title_first_then_title_before_text(client, profiles, turkey):
    body_only = factories.ProfessionalProfilePageFactory(
        parent=turkey, title="Gastronomie", summary="Der Koch lernt drei Jahre.", body=[]
    )
    longer = factories.ProfessionalProfilePageFactory(
        parent=turkey, title="Koch und Köchin in der Hotellerie", body=[]
    )
    index_page(body_only)
    index_page(longer)
    found = titles(client.get("/de/suche/?q=koch"))
    assert found[0] == "Koch"
    assert found.index("Koch und Köchin in der Hotellerie") < found.index("Gastronomie")


def test_facets_count_and_combine(client, tree, profiles):
    response = client.get("/de/suche/?q=")
    assert response.status_code == 200
    everything = client.get("/de/suche/?type=dual&type=school&type=other")
    assert set(titles(everything)) == {
        "Berufsausbildung Elektroniker",
        "Elektrotechniker",  # the tree's profile
        "Technik der Kälteanlagen",
        "Koch",
    }
    countries = facet(everything, "country")
    assert countries == {"Polen": 2, "Türkei": 2}
    types = facet(everything, "type")
    # A chosen value stays on offer even when nothing has it.
    assert types == {"Duale Berufsausbildung": 2, "Schulische Berufsausbildung": 2, "Sonstige": 0}

    dual_in_poland = client.get("/de/suche/?country=PL&type=dual&isced=3")
    assert titles(dual_in_poland) == ["Koch"]
    # A facet's counts ignore its own selection: choosing Poland still shows Turkey's count.
    assert facet(dual_in_poland, "country") == {"Polen": 1}
    poland = client.get("/de/suche/?country=PL")
    # The country facet ignores its own selection; country pages count as their country.
    assert facet(poland, "country") == {"Polen": 3, "Türkei": 3}
    assert facet(poland, "isced") == {
        "ISCED 3: Sekundarbereich II": 1,
        "ISCED 4: postsekundärer, nicht tertiärer Bereich": 1,
    }

    field = client.get(f"/de/suche/?q=ausbildung&field={tree['field'].pk}")
    assert titles(field) == ["Berufsausbildung Elektroniker", "Elektrotechniker"]
    occupation = client.get(f"/de/suche/?q=Meslek&occupation={tree['occupation'].pk}")
    assert titles(occupation) == ["Berufsausbildung Elektroniker"]
    assert facet(occupation, "occupation") == {"Elektroniker/-in": 1}

    every_facet = client.get(
        f"/de/suche/?q=ausbildung&country=TR&type=school&isced=3&field={tree['field'].pk}"
        f"&occupation={tree['occupation'].pk}"
    )
    assert titles(every_facet) == ["Berufsausbildung Elektroniker", "Elektrotechniker"]
    assert facet(every_facet, "country") == {"Türkei": 2}


def test_valid_at_a_date(client, profiles):
    in_1995 = titles(client.get("/de/suche/?type=dual&valid_at=1995-06-01"))
    assert in_1995 == ["Koch", "Technik der Kälteanlagen"]
    assert titles(client.get("/de/suche/?type=dual&valid_at=2010-01-01")) == ["Koch"]
    bad = client.get("/de/suche/?type=dual&valid_at=gestern")
    assert bad.status_code == 200
    assert "JJJJ-MM-TT" in bad.content.decode()


def test_results_are_paged(client, turkey):
    for number in range(25):
        factories.ProfessionalProfilePageFactory(parent=turkey, title=f"Maurer {number:02}")
    rebuild()
    first = client.get("/de/suche/?q=maurer")
    assert len(titles(first)) == 20
    assert "25 Ergebnisse" in first.content.decode()
    second = client.get("/de/suche/?q=maurer&page=2")
    assert titles(second) == [f"Maurer {number}" for number in range(20, 25)]
    assert titles(client.get("/de/suche/?q=maurer&page=99")) == titles(second)


def test_snippets_mark_the_match_and_escape_content(client, turkey):
    profile = factories.ProfessionalProfilePageFactory(
        parent=turkey,
        title="Schlosser",
        summary="Die Ausbildung <script>alert(1)</script> endet mit der Gesellenprüfung.",
    )
    index_page(profile)
    html = client.get("/de/suche/?q=Ausbildungen").content.decode()
    assert "<mark>Ausbildung</mark>" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize(
    ("text", "terms", "language", "marked"),
    [
        ("Die Ärztin und der Arzt", ["arztin"], "de", ["Ärztin"]),  # a folded first letter
        ("STRASSE, Straße", ["strasse"], "de", ["STRASSE", "Straße"]),
        ("A study of studies", ["studies"], "en", ["study", "studies"]),  # same stem, no prefix
        ("Οδηγός und Водитель", ["οδηγοσ", "водитель"], "de", ["Οδηγός", "Водитель"]),
    ],
)
def test_snippets_mark_every_form_of_a_query_word(text, terms, language, marked):
    assert re.findall("<mark>(.*?)</mark>", search_text.snippet(text, terms, language)) == marked


def test_suggestions_as_you_type(client, profiles):
    response = client.get("/de/suche/vorschlaege/?q=Berufsaus")
    assert response.status_code == 200
    suggestions = response.json()["suggestions"]
    assert suggestions[0]["title"] == "Berufsausbildung Elektroniker"
    assert suggestions[0]["url"] == profiles["ausbildung"].url
    assert client.get("/de/suche/vorschlaege/?q=Mes").json()["suggestions"][0]["subtitle"] == (
        "Meslek Lisesi Diploması"
    )
    assert client.get("/de/suche/vorschlaege/?q=").json()["suggestions"] == []
    assert "public" in response["Cache-Control"]


def test_every_prefix_of_a_title_word_suggests_it(client, profiles):
    """As the visitor types: "Elektroni" is no prefix of the German stem "elektron", and the
    suggestion must not vanish between "Elektron" and "Elektroniker"."""
    word = "Elektroniker"
    for length in range(3, len(word) + 1):
        typed = word[:length]
        suggestions = client.get(f"/de/suche/vorschlaege/?q={typed}").json()["suggestions"]
        assert "Berufsausbildung Elektroniker" in [s["title"] for s in suggestions], typed
    two_words = client.get("/de/suche/vorschlaege/?q=Berufsausbildung Elektroni").json()
    assert two_words["suggestions"][0]["title"] == "Berufsausbildung Elektroniker"


def test_the_search_field_is_an_accessible_combobox(client, profiles):
    html = client.get("/de/suche/?q=Koch").content.decode()
    assert 'role="search"' in html
    assert 'role="combobox"' in html
    assert 'aria-controls="search-q-suggestions"' in html
    assert 'role="listbox"' in html
    assert 'data-suggestions-url="/de/suche/vorschlaege/"' in html
    assert '<label for="search-q">' in html
    assert 'role="status"' in html


def test_index_follows_publishing_and_unpublishing(client, turkey):
    profile = factories.ProfessionalProfilePageFactory(parent=turkey, title="Bäcker", live=False)
    assert titles(client.get("/de/suche/?q=Bäcker")) == []
    with trusted_publication():
        profile.save_revision().publish()
    assert titles(client.get("/de/suche/?q=Backer")) == ["Bäcker"]
    profile.title = "Konditor"
    with trusted_publication():
        profile.save_revision()  # a draft changes nothing that visitors find
    assert titles(client.get("/de/suche/?q=Konditor")) == []
    with trusted_publication():
        profile.get_latest_revision().publish()
    assert titles(client.get("/de/suche/?q=Konditor")) == ["Konditor"]
    assert titles(client.get("/de/suche/?q=Bäcker")) == []
    profile.refresh_from_db()
    profile.unpublish()
    assert titles(client.get("/de/suche/?q=Konditor")) == []
    assert not SearchDocument.objects.filter(page_id=profile.pk).exists()


def test_restricted_content_only_for_registered_staff(client, tree, german, turkey):
    guideline = GuidelineIndexPage.objects.get(locale=german).add_child(
        instance=GuidelinePage(title="Arbeitshilfe zum Zeugnis", locale=german)
    )
    private = factories.ProfessionalProfilePageFactory(parent=turkey, title="Zeugnis privat")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([user_with(roles.REGISTERED_STAFF).groups.get()])
    rebuild()
    assert SearchDocument.objects.filter(page_id=guideline.pk).exists()

    for who in ("anonymous", "outsider"):
        if who == "outsider":
            client.force_login(user_with(roles.TRANSLATORS, username="outsider"))
        assert titles(client.get("/de/suche/?q=Zeugnis")) == [], who
        assert client.get("/de/suche/vorschlaege/?q=Zeugn").json()["suggestions"] == [], who
        assert titles(client.get("/de/suche/?q=Zeugnis&languages=all")) == [], who

    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff"))
    response = client.get("/de/suche/?q=Zeugnis")
    assert set(titles(response)) == {"Arbeitshilfe zum Zeugnis", "Zeugnis privat"}
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    suggested = client.get("/de/suche/vorschlaege/?q=Arbeitshilfe").json()["suggestions"]
    assert [item["title"] for item in suggested] == ["Arbeitshilfe zum Zeugnis"]


def test_searching_writes_nothing_and_answers_bad_input(client, profiles):
    with CaptureQueriesContext(connection) as queries:
        for url in (
            "/de/suche/?q=Ausbildung&type=dual&country=PL",
            "/de/suche/vorschlaege/?q=Aus",
            "/en/search/?q=x",
        ):
            assert client.get(url).status_code == 200
    writes = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    for url in (
        "/de/suche/?q=%27%22%29%28%26%7C%21%3A*%5C",
        "/de/suche/?q=" + "x" * 5000,
        "/de/suche/?country=%00&isced=abc&type=nope&field=1e9&occupation=-1&page=abc",
        "/de/suche/vorschlaege/?q=%21%21%21",
        "/de/suche/?q=die+der+und",
    ):
        assert client.get(url).status_code == 200, url
    assert client.post("/de/suche/", {"q": "x"}).status_code == 405


def test_rebuild_command_indexes_live_pages_only(tree, turkey):
    factories.ProfessionalProfilePageFactory(parent=turkey, title="Entwurf", live=False)
    SearchDocument.objects.all().delete()
    call_command("rebuild_search_index", "--if-empty", stdout=None)
    indexed = set(SearchDocument.objects.values_list("title", flat=True))
    assert "Elektrotechniker" in indexed
    assert "[en] Elektrotechniker" in indexed
    assert "Entwurf" not in indexed
    assert "Über uns" in indexed
    count = SearchDocument.objects.count()
    call_command("rebuild_search_index", "--if-empty", stdout=None)
    assert SearchDocument.objects.count() == count


def test_nothing_found_says_so_and_keeps_the_filters(client, profiles):
    html = client.get("/de/suche/?q=xyzzyq").content.decode()
    assert "0 Ergebnisse" in html
    assert "Nichts gefunden" in html
    html = client.get("/de/suche/?q=Koch&type=school").content.decode()
    assert "Nichts gefunden" in html
    assert 'name="type" value="school" checked' in html  # can be unticked again


def test_restricted_country_never_labels_a_facet(client, tree, profiles):
    poland = profiles["koch"].get_parent()
    restriction = PageViewRestriction.objects.create(
        page=poland, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([user_with(roles.REGISTERED_STAFF).groups.get()])
    response = client.get("/de/suche/?country=TR&country=PL")
    assert facet(response, "country") == {"Türkei": 3, "PL": 0}  # the country page too
    assert "Polen" not in response.content.decode()
    assert client.get("/de/suche/?field=99999999999999999999").status_code == 200
    assert client.get("/de/suche/?occupation=99999999999999999999&q=x").status_code == 200


def test_moves_and_new_country_codes_reach_the_facets(client, tree, profiles, turkey):
    koch = profiles["koch"]
    koch.move(turkey, pos="last-child")
    assert "Koch" in titles(client.get("/de/suche/?q=Koch&country=TR"))
    assert titles(client.get("/de/suche/?q=Koch&country=PL")) == []
    assert client.get("/de/suche/?q=Koch").status_code == 200
    turkey.iso_code = "CY"
    with trusted_publication():
        turkey.save_revision().publish()
    assert "Koch" in titles(client.get("/de/suche/?q=Koch&country=CY"))


def search_queries(client, url):
    """The SQL of one search that reads search documents by their text or facets."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, [
        query["sql"]
        for query in queries.captured_queries
        if "search_searchdocument" in query["sql"]
    ]


def test_repeated_searches_come_from_the_cache(client, profiles):
    url = "/de/suche/?q=Ausbildung&type=school&isced=3"
    first, cold = search_queries(client, url)
    again, warm = search_queries(client, url)
    assert titles(again) == titles(first)
    assert "Berufsausbildung Elektroniker" in titles(first)
    assert facet(again, "country") == facet(first, "country")
    assert cold and warm == []
    # The same search written differently is the same answer.
    _response, differently = search_queries(client, "/de/suche/?q=AUSBILDUNG&isced=3&type=school")
    assert differently == []


def test_cached_answers_follow_publishing_and_unpublishing(client, turkey):
    profile = factories.ProfessionalProfilePageFactory(parent=turkey, title="Bäcker", live=False)
    assert titles(client.get("/de/suche/?q=Backer")) == []
    with trusted_publication():
        profile.save_revision().publish()
    response = client.get("/de/suche/?q=Backer")
    assert titles(response) == ["Bäcker"]
    assert list(facet(response, "country").values()) == [1]
    profile.title = "Bäcker und Konditor"
    with trusted_publication():
        profile.save_revision().publish()
    assert titles(client.get("/de/suche/?q=Backer")) == ["Bäcker und Konditor"]
    profile.refresh_from_db()
    profile.unpublish()
    response = client.get("/de/suche/?q=Backer")
    assert titles(response) == []
    assert facet(response, "country") == {}


def test_a_refined_search_counts_only_what_the_search_before_did_not(client, profiles):
    """Counts without the new filter come from the search before (search.query.CountPart)."""
    refined = "/de/suche/?q=Ausbildung&type=school&isced=3"
    names = ("country", "type", "isced", "field", "occupation")

    def answer(response):
        return titles(response), {name: facet(response, name) for name in names}

    fresh, alone = search_queries(client, refined)
    cache.clear()
    client.get("/de/suche/?q=Ausbildung&type=school")
    after, refining = search_queries(client, refined)
    assert answer(after) == answer(fresh)
    assert facet(after, "isced") == {"ISCED 3: Sekundarbereich II": 2}

    def grouped(queries):
        return sum(sql.count("GROUP BY") for sql in queries)

    assert 0 < grouped(refining) < grouped(alone)


def test_a_query_without_words_never_answers_for_no_query(client, profiles):
    """ "!!!" finds nothing; its cached answer must not stand in for the same filters alone."""
    assert titles(client.get("/de/suche/?q=%21%21%21&type=dual")) == []
    assert set(titles(client.get("/de/suche/?type=dual"))) == {"Technik der Kälteanlagen", "Koch"}
    assert facet(client.get("/de/suche/?type=dual"), "country") == {"Polen": 2}


def test_repeated_suggestions_come_from_the_cache_until_the_index_changes(client, turkey):
    url = "/de/suche/vorschlaege/?q=Back"
    first, cold = search_queries(client, url)
    again, warm = search_queries(client, url)
    assert first.json() == again.json() == {"query": "Back", "suggestions": []}
    assert cold and warm == []
    profile = factories.ProfessionalProfilePageFactory(parent=turkey, title="Bäcker", live=False)
    with trusted_publication():
        profile.save_revision().publish()
    suggestions = client.get(url).json()["suggestions"]
    assert [(item["title"], item["url"]) for item in suggestions] == [("Bäcker", profile.url)]


def test_anonymous_visitors_never_get_a_staff_answer(client, tree, turkey):
    private = factories.ProfessionalProfilePageFactory(parent=turkey, title="Zeugnis privat")
    factories.ProfessionalProfilePageFactory(parent=turkey, title="Zeugnis offen")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([user_with(roles.REGISTERED_STAFF).groups.get()])
    rebuild()
    url = "/de/suche/?q=Zeugnis&country=TR&type=dual&type=school&type=other"
    staff = user_with(roles.REGISTERED_STAFF, username="staff")
    client.force_login(staff)
    assert set(titles(client.get(url))) == {"Zeugnis privat", "Zeugnis offen"}  # now cached
    client.logout()
    response = client.get(url)
    assert titles(response) == ["Zeugnis offen"]
    assert "Zeugnis privat" not in response.content.decode()
    assert facet(response, "country") == {"Türkei": 1}  # staff counted 2
    client.force_login(user_with(roles.TRANSLATORS, username="outsider"))
    assert titles(client.get(url)) == ["Zeugnis offen"]
    client.force_login(staff)
    assert set(titles(client.get(url))) == {"Zeugnis privat", "Zeugnis offen"}


def test_a_new_restriction_applies_to_cached_answers_at_once(client, tree, turkey):
    profile = factories.ProfessionalProfilePageFactory(parent=turkey, title="Zeugnis bald privat")
    index_page(profile)
    url = "/de/suche/?q=Zeugnis"
    assert titles(client.get(url)) == ["Zeugnis bald privat"]  # cached for everyone
    restriction = PageViewRestriction.objects.create(
        page=profile, restriction_type=PageViewRestriction.GROUPS
    )  # no write to the index
    restriction.groups.set([user_with(roles.REGISTERED_STAFF).groups.get()])
    assert titles(client.get(url)) == []
    assert client.get("/de/suche/vorschlaege/?q=Zeugn").json()["suggestions"] == []


def test_renamed_facet_labels_reach_cached_answers(client, tree, profiles):
    url = f"/de/suche/?q=Ausbildung&field={tree['field'].pk}"
    before = facet(client.get(url), "field")
    tree["field"].name = "Umbenannter Berufsbereich"
    tree["field"].save()
    after = facet(client.get(url), "field")
    assert list(after) == ["Umbenannter Berufsbereich"]
    assert list(after.values()) == list(before.values())


def test_occupations_with_gender_endings_are_found(client, turkey):
    profile = factories.ProfessionalProfilePageFactory(
        parent=turkey, title="Elektroniker/in (Türkei: Elektrik Teknisyeni)", body=[]
    )
    index_page(profile)
    expected = ["Elektroniker/in (Türkei: Elektrik Teknisyeni)"]
    assert titles(client.get("/de/suche/?q=Elektroniker")) == expected
    assert titles(client.get("/de/suche/?q=Elektroniker+Teknisyeni")) == expected


def test_the_language_switcher_keeps_the_search(client, profiles):
    html = client.get("/de/suche/?q=Koch&type=dual").content.decode()
    assert '<a href="/en/search/?q=Koch&amp;type=dual" hreflang="en" lang="en">' in html


def test_the_upgrade_gives_indexed_documents_the_facet_terms_indexing_writes(profiles):
    """Migration 0007 adds facet terms to vectors written before it, as search.indexing does."""
    if connection.vendor != "postgresql":
        pytest.skip("facet terms are part of PostgreSQL's vectors only")
    migration = importlib.import_module("search.migrations.0007_facets_as_terms")
    document = SearchDocument.objects.get(pk=profiles["ausbildung"].pk)
    terms = document_terms(document, [profiles["ausbildung"].reference_occupations.get().pk])
    assert len(terms.split()) == 4  # type, ISCED level, field and the occupation
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT vector::text FROM search_searchdocument WHERE page_id = %s", [document.pk]
        )
        written = cursor.fetchone()[0]
        cursor.execute(
            "UPDATE search_searchdocument SET vector = ts_delete(vector, %s::text[]) "
            "WHERE page_id = %s",
            [terms.split(), document.pk],
        )
        cursor.execute(migration.ADD_TERMS)
        cursor.execute(
            "SELECT vector::text FROM search_searchdocument WHERE page_id = %s", [document.pk]
        )
        assert cursor.fetchone()[0] == written


def test_facet_labels_are_escaped(client, tree):
    country = factories.CountryProfilePageFactory(
        parent=tree["de"]["countries"], title='Land <img src=x onerror="alert(1)">', iso_code="XK"
    )
    factories.ProfessionalProfilePageFactory(parent=country, title="Schweißer")
    rebuild()
    html = client.get("/de/suche/?q=Schweisser").content.decode()
    assert "<img" not in html
    assert "Land &lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


def test_result_texts_are_escaped_and_other_languages_marked(client, turkey):
    """Results are written in Python (search.facet_html.results_html), as the template wrote
    them: every text escaped, a result in another language with its hreflang and lang."""
    factories.ProfessionalProfilePageFactory(
        parent=turkey, title="Schweißer <script>alert(1)</script>", original_name='Usta "<b>"'
    )
    rebuild()
    html = client.get("/de/suche/?q=Schweisser").content.decode()
    assert "<script>alert" not in html
    assert "<b>" not in html
    assert ">Schweißer &lt;script&gt;alert(1)&lt;/script&gt;</a></h3>" in html
    assert '<span class="original-name" lang="und">Usta &quot;&lt;b&gt;&quot;</span>' in html
    assert 'hreflang="de"' not in html.split('class="search-results__list"')[1]
    english = client.get("/en/search/?q=Schweisser&languages=all").content.decode()
    assert re.search(r'<h3><a href="[^"]+" hreflang="de" lang="de">Schweißer &lt;', english)


def test_a_deleted_page_leaves_the_cached_answers(client, turkey):
    profile = factories.ProfessionalProfilePageFactory(parent=turkey, title="Bäcker")
    index_page(profile)
    assert titles(client.get("/de/suche/?q=Backer")) == ["Bäcker"]
    profile.delete()
    assert titles(client.get("/de/suche/?q=Backer")) == []


def test_result_addresses_are_the_ones_wagtail_gives(client, tree, english):
    """search.addresses builds them without a Page per result: the same, on every site."""
    umlaut = factories.ProfessionalProfilePageFactory(
        parent=tree["de"]["country"], title="Prüfer", slug="prüfer"
    )
    # A second site for the countries (and their translations): other pages are linked there
    # with the first site's address.
    Site.objects.create(hostname="laender.example", port=80, root_page=tree["de"]["countries"])
    pages = list(Page.objects.live().filter(depth__gte=2).specific())
    assert umlaut in pages
    seen = set()
    for host in ("localhost", "laender.example"):
        for language in ("de", "en"):
            request = RequestFactory(HTTP_HOST=host).get("/")
            with translation.override(language):
                addresses = Addresses(request)
                expected = [page.get_url(request) for page in pages]
                assert [addresses.url(page.url_path) for page in pages] == expected
                seen.update(expected)
    assert {"http://localhost/de/", "http://localhost/en/"} <= seen
    assert "/de/laender/tuerkei/pr%C3%BCfer/" in seen


def test_a_text_cannot_claim_a_facet_it_does_not_have(client, turkey):
    """Facet values are terms of the vectors ("zzisced4"); the same word in a text is not."""
    if connection.vendor != "postgresql":
        pytest.skip("facet terms are part of PostgreSQL's vectors only")
    honest = factories.ProfessionalProfilePageFactory(parent=turkey, title="Maurer", isced_level=4)
    claiming = factories.ProfessionalProfilePageFactory(
        parent=turkey, title="Maurer zzisced4 zztypedual", summary="zzisced4", isced_level=3
    )
    index_page(honest)
    index_page(claiming)
    assert titles(client.get("/de/suche/?q=Maurer&isced=4")) == ["Maurer"]
    assert "Maurer zzisced4 zztypedual" not in titles(client.get("/de/suche/?type=dual"))
    assert "Maurer zzisced4 zztypedual" in titles(client.get("/de/suche/?q=Maurer&isced=3"))


def test_a_deleted_field_or_occupation_filters_nothing_any_more(client, tree, profiles):
    occupation, field = tree["occupation"], tree["field"]
    by_occupation = f"/de/suche/?q=Berufsausbildung&occupation={occupation.pk}"
    by_field = f"/de/suche/?q=Berufsausbildung&field={field.pk}"
    assert "Berufsausbildung Elektroniker" in titles(client.get(by_occupation))
    assert "Berufsausbildung Elektroniker" in titles(client.get(by_field))
    for snippet in (occupation, *occupation.get_translations()):
        snippet.delete()
    for snippet in (field, *field.get_translations()):
        snippet.delete()
    assert titles(client.get(by_occupation)) == []
    assert titles(client.get(by_field)) == []
    assert "Berufsausbildung Elektroniker" in titles(client.get("/de/suche/?q=Berufsausbildung"))


def test_a_search_refined_by_an_occupation_counts_the_occupations(client, tree, profiles):
    """The occupation facet's part is never answered by the column facets' part, even when only
    the latter is still in the cache."""
    occupation = tree["occupation"]
    url = f"/de/suche/?q=Ausbildung&occupation={occupation.pk}"
    fresh = facet(client.get(url), "occupation")
    cache.clear()
    client.get("/de/suche/?q=Ausbildung")
    for key in [key for key in cache._cache if ":counts:occupation:" in key]:  # evicted
        del cache._cache[key], cache._expire_info[key]
    response = client.get(url)
    assert response.status_code == 200
    assert facet(response, "occupation") == fresh == {"Elektroniker/-in": 2}


def test_the_planner_setting_of_a_search_stays_with_its_queries(client, profiles):
    """search.sql.rows sends text matches through the GIN index for its own query only, also
    inside a transaction of the caller's (each test runs in one)."""
    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL planner setting")
    response = client.get("/de/suche/?q=Ausbildung&type=school")
    assert "Berufsausbildung Elektroniker" in titles(response)
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"


def test_profiles_are_found_by_reference_occupations_and_country_names(
    client, tree, django_capture_on_commit_callbacks
):
    """In both languages, also after a reference occupation is renamed; the country by its
    own name (relevance, judged: test_relevance.py)."""
    for page in (tree["de"]["country"], tree["de"]["profile"]):
        index_page(page)
    assert "Elektrotechniker" in titles(client.get("/de/suche/?q=Electronics technician"))
    assert "Elektrotechniker" in titles(client.get("/de/suche/?q=Elektroniker Türkiye"))
    assert "Türkei" in titles(client.get("/de/suche/?q=Türkiye"))
    occupation = tree["occupation"]
    occupation.name = "Elektroanlagenmonteur/-in"
    with django_capture_on_commit_callbacks(execute=True):  # the task queue indexes them
        occupation.save()
    assert titles(client.get("/de/suche/?q=Elektroanlagenmonteur")) == ["Elektrotechniker"]
    assert titles(client.get("/de/suche/?q=Elektroanlagenmontuer")) == ["Elektrotechniker"]
