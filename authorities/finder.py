"""The competent authority finder's rules: which chamber decides on an occupation at a place.

- **Occupation**: a chamber decides on the reference occupations it lists, or, listing none, on
  every reference occupation of its type (crafts, commerce and industry, ...).
- **Place**: a postcode is served by the chambers whose postcode areas hold the longest prefix of
  it (a chamber serving "80" wins over one serving "8"); a federal state by the chambers of that
  state, or, where none of them decides on the occupation, by those serving all of Germany.
- **Postcodes**: five digits; a region that German postcodes do not use (the first two digits) is
  an unknown postcode, not an area without a chamber.
- **Occupation names**: the visitor's text is compared folded (case, umlauts, hyphens), in German
  and in the page's language: names equal to it win, then names whose main name (before " – ",
  the specialisation) is, then every name containing it; several are offered to choose from.

Only published chambers and reference occupations count; both tables are small and read once per
process while the content stands (pages.public_cache).
"""

import unicodedata
from dataclasses import dataclass, field

from pages.localized import ReferenceTable
from pages.public_cache import public_cached
from pages.snippets import SOURCE_LOCALE_FILTER, Chamber, ReferenceOccupation, published

# The first two digits of German postcodes that no region uses (Deutsche Post's Leitregionen).
UNUSED_REGIONS = {"00", "05", "43", "62"}
SPECIALISATION = " – "


def fold(text):
    """Lower case without diacritics, hyphens and slashes as spaces: how names are compared."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(text.replace("-", " ").replace("/", " ").split())


def postcode_problem(postcode):
    """None for a German postcode in use, else why not: "format" or "unknown"."""
    if len(postcode) != 5 or not postcode.isdigit():
        return "format"
    if postcode[:2] in UNUSED_REGIONS:
        return "unknown"
    return None


@dataclass
class ChamberTable:
    """Every published chamber, with the ids of the reference occupations it lists."""

    chambers: list
    listed: dict = field(default_factory=dict)

    @classmethod
    def of(cls, request=None):
        def read():
            chambers = list(published(Chamber.objects.all()).prefetch_related("occupations"))
            listed = {
                chamber.pk: {occupation.pk for occupation in chamber.occupations.all()}
                for chamber in chambers
            }
            return cls(chambers, listed)

        return public_cached("chamber-table", "all", read, request)

    def deciding_on(self, occupation):
        """The chambers that decide on `occupation` (a German reference occupation)."""
        return [
            chamber
            for chamber in self.chambers
            if chamber.chamber_type == occupation.chamber_type
            and (occupation.pk in self.listed[chamber.pk] or not self.listed[chamber.pk])
        ]

    def by_slug(self, slug):
        return next((chamber for chamber in self.chambers if chamber.slug == slug), None)


def serving_postcode(chambers, postcode):
    """The chambers among `chambers` whose areas hold the longest prefix of `postcode`."""
    best, found = 0, []
    for chamber in chambers:
        length = max((len(p) for p in chamber.prefixes if postcode.startswith(p)), default=0)
        if length and length > best:
            best, found = length, [chamber]
        elif length and length == best:
            found.append(chamber)
    return found


def serves_all_of_germany(chamber):
    return set("0123456789") <= set(chamber.prefixes)


def serving_state(chambers, state):
    """The chambers of `state` that serve an area, else those serving all of Germany."""
    local = [c for c in chambers if c.federal_state == state and c.prefixes]
    return local or [chamber for chamber in chambers if serves_all_of_germany(chamber)]


def german_occupations(request=None):
    """The published German reference occupations: the finder decides by them."""
    return public_cached(
        "finder-occupations",
        "source",
        lambda: list(published(ReferenceOccupation.objects.filter(**SOURCE_LOCALE_FILTER))),
        request,
    )


def names_of(occupation, locale_id, table):
    """The German name of `occupation` and its name in `locale_id`, where translated (`table`:
    the reference occupations' ReferenceTable)."""
    local = table.by_key.get((occupation.translation_key, locale_id), occupation)
    return {occupation.name, local.name}


def main_name(folded_name):
    """A folded name without its specialisation ("elektroniker in – fachrichtung …")."""
    return folded_name.split(fold(SPECIALISATION))[0].strip()


def matching_occupations(text, locale_id, request=None):
    """The German occupations `text` names in German or in `locale_id`'s language: those it
    names exactly, else those it names by their main name, else every one containing it."""
    wanted = fold(text)
    if not wanted:
        return []
    table = ReferenceTable.of(ReferenceOccupation, request)
    named = [
        (occupation, [fold(name) for name in names_of(occupation, locale_id, table)])
        for occupation in german_occupations(request)
    ]
    for matches in (
        lambda name: name == wanted,
        lambda name: main_name(name) == wanted,
        lambda name: wanted in name,
    ):
        found = [occupation for occupation, names in named if any(map(matches, names))]
        if found:
            return found
    return []


@dataclass
class Answer:
    """The chambers responsible for one German reference occupation at the place asked for."""

    occupation: object
    chambers: list


def responsible(occupations, postcode="", state="", request=None):
    """An Answer per occupation (German reference occupations) for a postcode or a state."""
    table = ChamberTable.of(request)
    answers = []
    for occupation in occupations:
        deciding = table.deciding_on(occupation)
        place = serving_postcode(deciding, postcode) if postcode else serving_state(deciding, state)
        answers.append(Answer(occupation, place))
    return answers
