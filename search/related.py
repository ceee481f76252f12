"""Names a page is also known by, indexed with its own: reference occupations and countries.

- A professional profile is found by the names of its German reference occupations, in German
  and in English whatever its language ("Elektroniker" finds an English profile, "Baker" a German
  one), and by its country's names: the country profile's title and the country's names in its
  official languages ("Polska", "Türkiye", "España", from CLDR through Babel).
- A country profile is found by the country's names in its official languages.
"""

from babel import Locale as BabelLocale
from babel import UnknownLocaleError
from babel.languages import get_official_languages

from pages.models import CountryProfilePage, ProfessionalProfilePage
from pages.snippets import ReferenceOccupation


def endonyms(code):
    """The country's names in its official languages, e.g. ["Polska"] for "PL"; none for a
    historical country (a four-letter code)."""
    names = []
    for language in get_official_languages(code) if len(code) == 2 else ():
        try:
            name = BabelLocale.parse(language).territories.get(code)
        except (UnknownLocaleError, ValueError):
            continue
        if name and name not in names:
            names.append(name)
    return names


def occupation_names(page):
    """Every translation of the profile's reference occupations' names."""
    keys = page.reference_occupations.values_list("translation_key", flat=True)
    return list(
        ReferenceOccupation.objects.filter(translation_key__in=keys)
        .order_by("locale_id", "name")
        .values_list("name", flat=True)
    )


def names(page, country=None):
    """(Names that weigh as much as the page's original names, the country's names that weigh
    as much as its text) of `page` (specific); `country`: a profile's parent (specific), read
    unless given."""
    if isinstance(page, ProfessionalProfilePage):
        country = country or page.get_parent().specific
        country_names = [country.title, *endonyms(country.iso_code)]
        return " ".join(occupation_names(page)), " ".join(country_names)
    if isinstance(page, CountryProfilePage):
        return " ".join(endonyms(page.iso_code)), ""
    return "", ""
