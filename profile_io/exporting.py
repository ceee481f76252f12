"""The rows of the professional profiles report and its CSV and XLSX export.

Pages are listed with their country and reference occupations, read in three queries for a
screen of the report (`decorate`); the export reads the filtered pages in chunks and decorates
each alike (`ExportRows`), so its queries do not grow with the rows. A CSV cell is never a
spreadsheet formula (portal.spreadsheets.defuse_formula, applied by the report's view).
"""

from wagtail.models import Page

from pages.models import CountryIndexPage, ProfessionalProfilePage
from pages.tree import under

EXPORT_CHUNK = 2000


def country_trees():
    """The country trees of every locale (where professional profiles live)."""
    return under(CountryIndexPage.objects.values_list("path", flat=True))


def decorate(pages):
    """Country, reference occupations and URLs of a list of pages, in three queries in all."""
    countries = {
        page.path: page
        for page in Page.objects.filter(
            path__in={page.path[: -page.steplen] for page in pages}
        ).specific()
    }
    through = ProfessionalProfilePage.reference_occupations.through
    links = (
        through.objects.filter(professionalprofilepage_id__in=[page.pk for page in pages])
        .select_related("referenceoccupation")
        .order_by("referenceoccupation__name")
    )
    occupations = {}
    for link in links:
        occupations.setdefault(link.professionalprofilepage_id, []).append(link.referenceoccupation)
    for page in pages:
        country = countries.get(page.path[: -page.steplen])
        page.country_title = country.title if country else ""
        page.country_code = getattr(country, "iso_code", "")
        items = occupations.get(page.pk, [])
        page.occupation_codes = "; ".join(item.kldb_code for item in items if item.kldb_code)
        page.occupation_names = "; ".join(item.name for item in items)
    return pages


class ExportRows:
    """The filtered pages in chunks, each decorated with a bounded number of queries."""

    def __init__(self, queryset):
        self.queryset = queryset
        self.model = queryset.model

    def __iter__(self):
        chunk = []
        for page in self.queryset.iterator(chunk_size=EXPORT_CHUNK):
            chunk.append(page)
            if len(chunk) == EXPORT_CHUNK:
                yield from decorate(chunk)
                chunk = []
        if chunk:
            yield from decorate(chunk)
