"""Names a page is also known by, indexed with its own: reference occupations and countries.

- A professional profile is found by the names of its German reference occupations, in German
  and in English whatever its language ("Elektroniker" finds an English profile, "Baker" a German
  one), and by its country's names: the country profile's title and the country's names in its
  official languages ("Polska", "Türkiye", "España", from CLDR through Babel).
- A country profile is found by the country's names in its official languages.
"""

from functools import cache

from babel import Locale as BabelLocale
from babel import UnknownLocaleError
from babel.languages import get_official_languages

from pages.models import CountryProfilePage, ProfessionalProfilePage
from pages.snippets import ReferenceOccupation, published


@cache
def endonyms(code):
    """The country's names in its official languages, e.g. ["Polska"] for "PL"; none for a
    historical country (a four-letter code). CLDR's data do not change while a process runs."""
    names = []
    for language in get_official_languages(code) if len(code) == 2 else ():
        try:
            name = BabelLocale.parse(language).territories.get(code)
        except (UnknownLocaleError, ValueError):
            continue
        if name and name not in names:
            names.append(name)
    return tuple(names)


def occupation_names(page, known=None):
    """Every translation of the profile's reference occupations' names; `known`: every
    reference occupation's (locale id, name) by translation key (OccupationNames), for writers
    of many documents, instead of a query per page."""
    if known is None:
        keys = page.reference_occupations.values_list("translation_key", flat=True)
        return list(
            published(ReferenceOccupation.objects.filter(translation_key__in=keys))
            .order_by("locale_id", "name")
            .values_list("name", flat=True)
        )
    keys = {occupation.translation_key for occupation in page.reference_occupations.all()}
    return [name for _locale, name in sorted(row for key in keys for row in known.get(key, ()))]


def known_occupation_names():
    """{translation key: [(locale id, name)]} of every reference occupation (a few hundred)."""
    known = {}
    for key, locale_id, name in published(ReferenceOccupation.objects).values_list(
        "translation_key", "locale_id", "name"
    ):
        known.setdefault(key, []).append((locale_id, name))
    return known


def names(page, country=None, known_occupations=None):
    """(Names that weigh as much as the page's original names, the country's names that weigh
    as much as its text) of `page` (specific); `country`: a profile's parent (specific), read
    unless given; `known_occupations`: see occupation_names."""
    if isinstance(page, ProfessionalProfilePage):
        country = country or page.get_parent().specific
        country_names = [country.title, *endonyms(country.iso_code)]
        return " ".join(occupation_names(page, known_occupations)), " ".join(country_names)
    if isinstance(page, CountryProfilePage):
        return " ".join(endonyms(page.iso_code)), ""
    return "", ""
