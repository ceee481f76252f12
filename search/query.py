"""Searching SearchDocuments: visibility, matching, ranking, facets with counts.

Every search starts from what the user may see: live pages of the chosen locales, minus every
subtree behind a view restriction the user does not pass (anonymous visitors pass none; registered
staff pass the restricted area's). Searching writes nothing.
"""

import datetime
from collections import namedtuple
from dataclasses import dataclass, field, replace
from functools import cached_property

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, Count, F, FloatField, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _

from pages import public_cache
from pages.choices import IscedLevel, QualificationType
from pages.snippets import OccupationalField, ReferenceOccupation
from pages.tree import under
from privacy.rules import hidden_paths

from . import cache, spelling
from . import sql as search_sql
from .models import SearchDocument
from .text import TERM_FACETS, config_for, facet_term, stem, tsquery, words

MAX_QUERY_LENGTH = 200


def visible_documents(user, locales, hidden=None):
    """Documents exist for live pages only; restricted subtrees are cut off by tree path
    (`hidden`: hidden_paths(user), when already known)."""
    hidden = hidden_paths(user) if hidden is None else hidden
    documents = SearchDocument.objects.filter(locale__in=locales)
    return documents.exclude(under(hidden)) if hidden else documents


def _int_list(values, allowed=None):
    numbers = []
    for value in values:
        try:
            number = int(value)
        except (TypeError, ValueError):
            continue
        if 0 < number < 2**63 and (allowed is None or number in allowed):  # a database id
            numbers.append(number)
    return numbers


@dataclass
class SearchParams:
    """What a search asks for, read leniently from a query string: unknown values are dropped."""

    q: str = ""
    countries: list = field(default_factory=list)
    qualification_types: list = field(default_factory=list)
    isced_levels: list = field(default_factory=list)
    fields: list = field(default_factory=list)
    occupations: list = field(default_factory=list)
    valid_at: datetime.date | None = None
    all_languages: bool = False
    errors: dict = field(default_factory=dict)

    @classmethod
    def from_query(cls, data):
        params = cls(
            q=" ".join(data.get("q", "").split())[:MAX_QUERY_LENGTH],
            countries=[
                code.upper() for code in data.getlist("country") if code.isalnum() and len(code) < 5
            ],
            qualification_types=[
                value for value in data.getlist("type") if value in QualificationType.values
            ],
            isced_levels=_int_list(data.getlist("isced"), set(IscedLevel.values)),
            fields=_int_list(data.getlist("field")),
            occupations=_int_list(data.getlist("occupation")),
            all_languages=data.get("languages") == "all",
        )
        if data.get("valid_at"):
            try:
                params.valid_at = datetime.date.fromisoformat(data["valid_at"])
            except ValueError:
                params.errors["valid_at"] = _("Enter a date as YYYY-MM-DD.")
        return params

    @property
    def is_empty(self):
        return not (self.q or self.has_filters)

    @property
    def has_filters(self):
        return any(
            (
                self.countries,
                self.qualification_types,
                self.isced_levels,
                self.fields,
                self.occupations,
                self.valid_at,
            )
        )


# Facet name -> (document column, SearchParams attribute)
FACETS = {
    "country": ("country_code", "countries"),
    "type": ("qualification_type", "qualification_types"),
    "isced": ("isced_level", "isced_levels"),
    "field": ("occupational_field_id", "fields"),
    "occupation": ("reference_occupations", "occupations"),
}
Occupations = SearchDocument.reference_occupations.through
# The raw SQL below is built from these names and constants only; values are parameters.
OCCUPATIONS_TABLE = Occupations._meta.db_table


def apply_filters(documents, params, skip=None):
    """The facet filters (values of one facet OR-ed, facets AND-ed) but `skip`'s own."""
    for name, (column, attribute) in FACETS.items():
        values = getattr(params, attribute)
        if not values or name == skip:
            continue
        if name == "occupation":  # a subquery, so that a document never comes twice
            linked = Occupations.objects.filter(referenceoccupation_id__in=values)
            documents = documents.filter(pk__in=linked.values("searchdocument_id"))
        else:
            documents = documents.filter(**{f"{column}__in": values})
    if params.valid_at:
        documents = documents.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=params.valid_at),
            Q(valid_until__isnull=True) | Q(valid_until__gte=params.valid_at),
        )
    return documents


def match(documents, text, locales, vector="vector", prefix=False, groups=None):
    """Documents matching every word of `text`, stemmed in each document's own language.

    `vector="title_vector"` matches titles and original names only (suggestions). `groups`:
    {language code: the words with their alternatives (search.spelling)}, each word matching by
    any of its alternatives (not with `prefix`).
    """
    if not words(text):
        return documents.none()
    if connection.vendor == "postgresql":
        condition = Q()
        for locale in locales:
            condition |= Q(locale=locale, **{vector: _query(text, locale, prefix, groups)})
        return documents.filter(condition)
    complete = words(text)
    typed = complete.pop() if prefix else None
    condition = Q()
    for locale in locales:
        per_locale = Q(locale=locale)
        for group in _groups(complete, locale, groups):
            per_locale &= _any_stem(group, locale, "terms")
        if typed:  # terms hold the unstemmed words too (search.indexing.index_page)
            per_locale &= Q(terms__contains=f" {typed}")
        condition |= per_locale
    return documents.filter(condition)


def _groups(terms, locale, groups):
    """The words `terms` with their alternatives in the locale's language (each on its own
    without `groups`)."""
    return groups[locale.language_code] if groups else [(term,) for term in terms]


def _any_stem(group, locale, column):
    """SQLite: a document whose `column` (terms or name_terms) holds a stem of any word of
    `group` (as a whole term, as PostgreSQL matches)."""
    config = config_for(locale.language_code)
    condition = Q()
    for word in group:
        condition |= Q(**{f"{column}__contains": f" {stem(word, config)} "})
    return condition


def _query(text, locale, prefix=False, groups=None):
    """Every word, stemmed in the locale's language (by any of its alternatives with `groups`);
    with `prefix`, the last word is still being typed and matches the beginning of an unstemmed
    title word (search.indexing.typed_words)."""
    config = config_for(locale.language_code)
    if not prefix:
        raw = spelling.tsquery(groups[locale.language_code]) if groups else tsquery(text)
        return SearchQuery(raw, search_type="raw", config=config)
    *complete, typed = words(text)
    query = SearchQuery(tsquery(typed, prefix=True), search_type="raw", config="simple")
    if complete:
        query = SearchQuery(tsquery(" ".join(complete)), search_type="raw", config=config) & query
    return query


def term_query(params, skip=None):
    """The filters of TERM_FACETS but `skip`'s as the text of a tsquery of facet terms (None
    without any): values of one facet OR-ed, facets AND-ed, as apply_filters does with columns."""
    groups = []
    for name in TERM_FACETS:
        values = getattr(params, FACETS[name][1])
        if values and name != skip:
            groups.append("(" + " | ".join(facet_term(name, value) for value in values) + ")")
    return " & ".join(groups) or None


def rank(documents, text, locales, vector="vector", prefix=False, groups=None):
    """Exact title matches first, then the documents whose names (title, original names,
    reference occupations, a country's own names: weights A and B) match the most words, then
    those whose titles hold the words (or their closest alternatives), then, on PostgreSQL,
    ts_rank."""
    exact = Case(
        When(title_folded=" ".join(words(text)), then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    keys = {"exact": exact}
    if groups and all(groups.values()):
        keys["named"] = _named(locales, groups)
    keys["in_title"] = _title_closeness(words(text), groups)
    if connection.vendor == "postgresql":
        keys["relevance"] = Case(
            *[
                When(
                    locale=locale, then=SearchRank(F(vector), _query(text, locale, prefix, groups))
                )
                for locale in locales
            ],
            output_field=FloatField(),
        )
    order = [f"-{name}" for name in keys]
    return documents.annotate(**keys).order_by(*order, "title_folded", "pk")


def _count(conditions):
    """An expression: how many of `conditions` a row meets."""
    counts = [
        Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())
        for condition in conditions
    ]
    total = counts[0] if counts else Value(0)
    for count in counts[1:]:
        total = total + count
    return total


def _named(locales, groups):
    """SQLite: how many of the words match the document's names (search.sql.ranked on
    PostgreSQL)."""
    conditions = []
    for number in range(len(next(iter(groups.values())))):
        condition = Q()
        for locale in locales:
            group = groups[locale.language_code][number]
            condition |= Q(locale=locale) & _any_stem(group, locale, "name_terms")
        conditions.append(condition)
    return _count(conditions)


def _title_closeness(terms, groups):
    """Per word, how close the closest of its alternatives the title holds is; summed
    (search.spelling.title_scores)."""
    total = Value(0.0)
    for scored in spelling.title_scores(terms, groups):
        total = total + Case(
            *[When(title_folded__contains=word, then=Value(score)) for word, score in scored],
            default=Value(0.0),
            output_field=FloatField(),
        )
    return total


@dataclass
class FacetValue:
    """One value of a facet on the search page: the value, its label, its count, whether chosen."""

    value: object
    label: str
    count: int
    selected: bool


def facet_labels(visible, locale):
    """{facet: {value: label}} of every value a facet can show, in `locale`'s language: country
    names are the titles of the country pages the user may see, never of a restricted one."""
    countries = visible.filter(locale=locale, kind="pages.countryprofilepage")
    labels = {
        "country": dict(countries.values_list("country_code", "title")),
        # Translated now (the cache key holds the language): lazy strings are slow to unpickle.
        "type": {value: str(label) for value, label in QualificationType.choices},
        "isced": {value: str(label) for value, label in IscedLevel.choices},
    }
    for name, model in (("field", OccupationalField), ("occupation", ReferenceOccupation)):
        labels[name] = localized_names(model, locale.pk)
    return labels


def localized_names(model, locale_id):
    """{pk: name in `locale_id`} of every snippet of `model` (profiles link the German ones,
    but to be sure): the name of its translation in that locale, else its own, as
    pages.localized.localize_all swaps them; read as rows, not as model instances (the labels
    are read again with every change to the content)."""
    rows = list(model.objects.values_list("pk", "translation_key", "locale_id", "name"))
    local = {key: name for _pk, key, row_locale, name in rows if row_locale == locale_id}
    return {pk: local.get(key, name) for pk, key, _locale, name in rows}


def _active_filters(params):
    """The names of the facets (and "valid_at") whose filter the search applies."""
    names = {name for name, (_column, attribute) in FACETS.items() if getattr(params, attribute)}
    return names | ({"valid_at"} if params.valid_at else set())


# The facets counted by a column of the documents; "occupation" is counted through its link table.
COLUMN_FACETS = tuple(name for name in FACETS if name != "occupation")


@dataclass(frozen=True)
class CountPart:
    """Counts over the matches with every filter of the search but `skip`'s own: of every
    column facet and the number of results (no `skip`), of the skipped facet alone, or, with
    `occupation`, of the occupation facet.

    A facet's counts leave out its own filter, so a search needs a part for each facet with a
    filter of its own, one with every filter (for the other facets and the total), and one for
    the occupations. A part depends only on the words and the filters it applies, so it is
    cached on its own: a search refined by one more facet finds the counts without that facet's
    filter in the cache, from the search before (search.cache). A part of one facet counts only
    that facet (a common word leaves it thousands of matches to count), and is also answered by
    a part of every facet over the same filters (Search._counts).
    """

    skip: str | None = None
    occupation: bool = False

    @property
    def kind(self):
        if self.occupation:
            return "counts:occupation"
        return f"counts:{self.skip}" if self.skip else "counts"

    @property
    def facets(self):
        if self.occupation:
            return ("occupation",)
        return (self.skip,) if self.skip else COLUMN_FACETS

    def params(self, params):
        """The search's params without the filter this part leaves out."""
        return replace(params, **{FACETS[self.skip][1]: []}) if self.skip else params


def count_parts(params):
    """{facet or "total": the part it is counted in}; parts of the same filters are one."""
    active = _active_filters(params)
    parts = {name: CountPart(skip=name) for name in COLUMN_FACETS if name in active}
    full = CountPart()
    parts.update({name: full for name in COLUMN_FACETS if name not in active}, total=full)
    skip = "occupation" if "occupation" in active else None
    parts["occupation"] = CountPart(skip=skip, occupation=True)
    return parts


def _count_by_queries(search, parts):
    """{part: ({facet: {value: count}}, total)}, a grouped query per facet (any database)."""
    answers = {}
    for part in parts:
        documents = search.found(part.skip)
        counts = {}
        for name in part.facets:
            column = FACETS[name][0]
            rows = (
                documents.exclude(**{f"{column}__isnull": True})
                .exclude(**{column: ""} if name in ("country", "type") else {})
                .order_by()
                .values(column)
                .annotate(total=Count("pk"))
            )
            counts[name] = {row[column]: row["total"] for row in rows}
        answers[part] = (counts, None if part.facets != COLUMN_FACETS else documents.count())
    return answers


def _grouped(facets):
    """(select list, GROUP BY) counting each of `facets`, and the total with every column facet:
    the facet's name ('total' for the total), the value as text, the count."""
    columns = [f"m.{FACETS[name][0]}" for name in facets]
    label = "CASE {} ELSE 'total' END".format(
        " ".join(
            f"WHEN GROUPING({column}) = 0 THEN '{name}'"
            for name, column in zip(facets, columns, strict=True)
        )
    )
    value = "COALESCE({}, NULL)".format(", ".join(f"{column}::text" for column in columns))
    sets = ", ".join(f"({column})" for column in columns)
    total = ", ()" if tuple(facets) == COLUMN_FACETS else ""
    return f"{label}, {value}, count(*)", f"GROUP BY GROUPING SETS ({sets}{total})"


def _no_total(part):
    """What a part answers for the total before counting: 0, or None if it counts none."""
    return 0 if part.facets == COLUMN_FACETS else None


def _count_in_one_query(search, parts):
    """_count_by_queries in one PostgreSQL query.

    Each part reads only the documents it counts, found through the GIN index by words and
    facet terms together (search.sql), so a common word with two facets reads a few thousand
    rows rather than every match. A part's facets (and total) are counted in one pass, with a
    grouping set per facet (and () for the total). Parts over the same documents share them as a
    CTE, which PostgreSQL computes once when it is used twice.
    """
    columns = ["page_id", *(FACETS[name][0] for name in COLUMN_FACETS)]
    sources, args = {}, []
    for part in parts:
        if part.skip in sources:
            continue
        terms = term_query(search.params, part.skip)
        sql, source_args = search_sql.select(search, columns, terms, part.skip)
        sources[part.skip] = (f"m{len(sources)}", sql)
        args += source_args
    branches = []
    for number, part in enumerate(parts):
        source = sources[part.skip][0]
        if part.occupation:
            branches.append(
                f"SELECT {number}, 'occupation', o.referenceoccupation_id::text, count(*) "  # noqa: S608
                f"FROM {source} m JOIN {OCCUPATIONS_TABLE} o ON o.searchdocument_id = m.page_id "
                "GROUP BY 3"
            )
        else:
            select, group_by = _grouped(part.facets)
            branches.append(f"SELECT {number}, {select} FROM {source} m {group_by}")  # noqa: S608
    ctes = ", ".join(f"{alias} AS ({sql})" for alias, sql in sources.values())
    sql = f"WITH {ctes} " + " UNION ALL ".join(branches)
    rows = search_sql.rows(sql, args, through_index(search.params))
    answers = {part: ({name: {} for name in part.facets}, _no_total(part)) for part in parts}
    for number, name, value, count in rows:
        counts, _total = answers[parts[number]]
        if name == "total":
            answers[parts[number]] = (counts, count)
        elif value not in (None, ""):  # no country, type or field: not a facet value
            counts[name][value if name in ("country", "type") else int(value)] = count
    return answers


def count_matches(search, parts):
    """{part: ({facet: {value: count}}, total)} of each of `parts` (see CountPart)."""
    if connection.vendor == "postgresql":
        return _count_in_one_query(search, parts)
    return _count_by_queries(search, parts)


def through_index(params):
    """Whether the search's SQL matches text or facet terms (search.sql.rows)."""
    return bool(params.q or term_query(params))


def facet_values(counts, params, labels, limit=50):
    """Per facet: its most frequent values (and every chosen one) with labels and counts. The
    limit is high enough that a word found in profiles of many countries (names of reference
    occupations match, search.related) still offers the countries with one result.

    Each facet's counts apply every other facet's filter but not its own, so choosing a second
    value in the same facet (OR) shows how many more results it adds.
    """
    result = {}
    for name, (_column, attribute) in FACETS.items():
        selected = getattr(params, attribute)
        top = sorted(counts[name].items(), key=lambda item: (-item[1], str(item[0])))[:limit]
        shown = dict(top)
        for value in selected:
            shown.setdefault(value, counts[name].get(value, 0))
        result[name] = sorted(
            (
                FacetValue(value, labels[name].get(value, str(value)), total_, value in selected)
                for value, total_ in shown.items()
            ),
            key=lambda item: (-item.count, str(item.label).casefold()),
        )
    return result


def shown(documents):
    """Documents as results show them: rows of what they show and what their pages' addresses
    are made of (search.addresses), without the vectors that only the database reads."""
    return documents.values_list(*SHOWN_FIELDS, named=True)


SHOWN_FIELDS = ("pk", "title", "subtitle", "body", "kind", "locale", "page__url_path")
# The same as columns of search.sql.ranked (d: the document, p: its page), in that order.
SHOWN_COLUMNS = (
    "d.page_id",
    "d.title",
    "d.subtitle",
    "d.body",
    "d.kind",
    "d.locale_id",
    "p.url_path",
)
Shown = namedtuple("Shown", SHOWN_FIELDS)


@dataclass
class Search:
    """A search by `user` in `locale` (and, when asked, in every locale)."""

    params: SearchParams
    user: object
    locale: object
    all_locales: list
    restrictions: list | None = None  # view_restrictions(), when already known

    @property
    def locales(self):
        return self.all_locales if self.params.all_languages else [self.locale]

    @cached_property
    def hidden(self):
        """Tree paths of the restrictions the user does not pass."""
        return hidden_paths(self.user, self.restrictions)

    @cached_property
    def index_token(self):
        return public_cache.version()

    @cached_property
    def visible(self):
        return visible_documents(self.user, self.locales, self.hidden)

    def found(self, skip=None):
        """The documents matching the words and every filter but `skip`'s, as a queryset (on
        SQLite; PostgreSQL runs search.sql, where the filters of TERM_FACETS are terms of the
        vector joined to the words in one tsquery). Built once per `skip`: the counts and the
        ranking of a search both start from it.
        """
        if skip not in self._found:
            documents = self.visible
            if self.params.q:
                documents = match(documents, self.params.q, self.locales, groups=self.groups)
            self._found[skip] = apply_filters(documents, self.params, skip=skip)
        return self._found[skip]

    @cached_property
    def groups(self):
        """{language code: the query's words with their alternatives} (search.spelling)."""
        terms = words(self.params.q)
        return {
            locale.language_code: spelling.alternatives(terms, locale.language_code)
            for locale in self.locales
        }

    @cached_property
    def _found(self):
        return {}

    def _counts(self):
        """({facet: {value: count}}, number of results), each part from the cache if it has it."""
        parts = count_parts(self.params)
        keys, wider = {}, {}
        for part in set(parts.values()):
            params = part.params(self.params)
            keys[part] = cache.answer_key(part.kind, self, params=params)
            if not part.occupation and part.skip:  # an every-facet part over its filters has it
                wider[part] = cache.answer_key(CountPart().kind, self, params=params)
        answers = cache.get_many([*keys.values(), *wider.values()])
        for part, key in wider.items():
            if key in answers:
                answers.setdefault(keys[part], answers[key])
        missing = [part for part in keys if keys[part] not in answers]
        if missing:
            computed = count_matches(self, missing)
            computed = {keys[part]: answer for part, answer in computed.items()}
            cache.set_many(computed)
            answers.update(computed)
        counts = {name: answers[keys[parts[name]]][0][name] for name in FACETS}
        return counts, answers[keys[parts["total"]]][1]

    def facets(self):
        """({facet: [FacetValue]}, number of results), their counts from the cache when it has
        them (search.views caches the whole answer)."""
        counts, total = self._counts()
        labels = cache.cached(
            "labels", self, lambda: facet_labels(self.visible, self.locale), per_search=False
        )
        return facet_values(counts, self.params, labels), total

    def results(self):
        """The documents found, best first."""
        documents = self.found()
        if self.params.q:
            return rank(documents, self.params.q, self.locales, groups=self.groups)
        return documents.order_by("title_folded", "pk")

    def documents(self, start, stop):
        """Results start to stop (exclusive) in rank order (rows of SHOWN_FIELDS).

        The ranking reads ids and sort keys only; what the page shows is read for its results
        alone (ranking the shown rows at once would carry every match's text and page through
        the sort): on PostgreSQL in the same query (search.sql.ranked).
        """
        if stop <= start:
            return []
        if connection.vendor == "postgresql":
            terms = term_query(self.params)
            sql, args = search_sql.ranked(self, terms, start, stop, SHOWN_COLUMNS)
            return [Shown(*row) for row in search_sql.rows(sql, args, through_index(self.params))]
        ids = list(self.results().values_list("pk", flat=True)[start:stop])
        rows = {row.pk: row for row in shown(SearchDocument.objects.filter(pk__in=ids))}
        return [rows[pk] for pk in ids if pk in rows]

    def suggestions(self, limit=8):
        """Titles and original names starting with what has been typed so far."""
        if not words(self.params.q):
            return []
        options = {"vector": "title_vector", "prefix": True}
        documents = match(self.visible, self.params.q, self.locales, **options)
        documents = rank(documents, self.params.q, self.locales, **options)
        return list(shown(documents)[:limit])
