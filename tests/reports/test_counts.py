"""The portal's own view counts: every page view (cached or not) and every search counted per
day, nothing about the reader kept, and the reports that show them."""

import csv
import io

import pytest

from reports import counting
from reports.models import PageViewCount, SearchTermCount


@pytest.fixture(autouse=True)
def written_at_once(settings, monkeypatch):
    """Every count written at once, from a fresh tally."""
    settings.PORTAL_VIEW_COUNTS = {"views": 1, "seconds": 10**9}
    monkeypatch.setattr(counting, "counts", counting.Counts())


def views_of(page):
    return sum(PageViewCount.objects.filter(page_id=page.pk).values_list("views", flat=True))


def test_page_views_are_counted_cached_or_not_and_for_staff_too(client, tree, admin):
    profile = tree["de"]["profile"]
    first, second = client.get(profile.url), client.get(profile.url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("stored", "hit")
    assert views_of(profile) == 2
    client.get(tree["en"]["profile"].url)
    assert views_of(tree["en"]["profile"]) == 1
    client.get("/de/gibt-es-nicht/")
    client.force_login(admin)
    client.get(profile.url)
    assert views_of(profile) == 3
    assert PageViewCount.objects.count() == 2  # one row per page and day


def test_searches_are_counted_per_term_and_language_first_pages_only(client, tree):
    for url in ("/de/suche/?q=Elektro", "/de/suche/?q=elektro ", "/de/suche/?q=Elektro&page=2"):
        client.get(url)
    client.get("/en/search/?q=Elektro")
    client.get("/de/suche/")
    rows = set(SearchTermCount.objects.values_list("term", "language", "searches"))
    assert rows == {("elektro", "de", 2), ("elektro", "en", 1)}


def test_nothing_about_the_reader_is_kept(db):
    fields = {field.name for field in PageViewCount._meta.get_fields()}
    assert fields == {"id", "page", "date", "views"}
    fields = {field.name for field in SearchTermCount._meta.get_fields()}
    assert fields == {"id", "term", "language", "date", "searches"}


def test_the_reports_show_the_counts_with_a_chart(client, tree, admin):
    for _ in range(3):
        client.get(tree["de"]["profile"].url)
    client.get("/de/suche/?q=Elektro")
    client.force_login(admin)
    html = client.get("/admin/reports/page-views/").content.decode()
    assert "data-chart" in html and "Page views per month" in html
    assert ["Elektrotechniker", "de", "3"] in exported(client, "/admin/reports/page-views/")
    assert exported(client, "/admin/reports/search-terms/") == [["elektro", "de", "1"]]


def exported(client, url):
    response = client.get(url + "?export=csv")
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))[1:]
