"""Searching SearchDocuments: visibility, matching, ranking, facets with counts.

Every search starts from what the user may see: live pages of the chosen locales, minus every
subtree behind a view restriction the user does not pass (anonymous visitors pass none; registered
staff pass the restricted area's). Searching writes nothing.
"""

import datetime
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import Case, Count, F, FloatField, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageViewRestriction

from pages.choices import IscedLevel, QualificationType
from pages.localized import localize_all
from pages.snippets import OccupationalField, ReferenceOccupation

from . import cache
from .models import SearchDocument
from .text import config_for, stems, tsquery, words

MAX_QUERY_LENGTH = 200


def hidden_paths(user):
    """Tree paths of every view restriction `user` does not pass, as Wagtail decides it, except
    that password restrictions (switched off in this portal) are never passed in search."""
    group_ids = set(user.groups.values_list("pk", flat=True)) if user.is_authenticated else set()
    restrictions = {}  # one query: a row per restriction and group
    rows = PageViewRestriction.objects.values_list("pk", "restriction_type", "page__path", "groups")
    for pk, kind, path, group in rows.order_by("pk"):
        restrictions.setdefault(pk, (kind, path, set()))[2].add(group)
    hidden = []
    for kind, path, groups in restrictions.values():
        if kind == PageViewRestriction.LOGIN:
            passes = user.is_authenticated
        elif kind == PageViewRestriction.GROUPS:
            passes = user.is_superuser or bool(group_ids & groups)
        else:
            passes = kind == PageViewRestriction.NONE
        if not passes:
            hidden.append(path)
    return hidden


def visible_documents(user, locales, hidden=None):
    """Documents exist for live pages only; restricted subtrees are cut off by tree path
    (`hidden`: hidden_paths(user), when already known)."""
    documents = SearchDocument.objects.filter(locale__in=locales)
    for path in hidden_paths(user) if hidden is None else hidden:
        documents = documents.exclude(path__startswith=path)
    return documents


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


def match(documents, text, locales, vector="vector", prefix=False):
    """Documents matching every word of `text`, stemmed in each document's own language.

    `vector="title_vector"` matches titles and original names only (suggestions).
    """
    if not words(text):
        return documents.none()
    if connection.vendor == "postgresql":
        condition = Q()
        for locale in locales:
            condition |= Q(locale=locale, **{vector: _query(text, locale, prefix)})
        return documents.filter(condition)
    complete = words(text)
    typed = complete.pop() if prefix else None
    condition = Q()
    for locale in locales:
        per_locale = Q(locale=locale)
        for stem in stems(" ".join(complete), locale.language_code):
            per_locale &= Q(terms__contains=f" {stem}")
        if typed:  # terms hold the unstemmed words too (search.indexing.index_page)
            per_locale &= Q(terms__contains=f" {typed}")
        condition |= per_locale
    return documents.filter(condition)


def _query(text, locale, prefix=False):
    """Every word, stemmed in the locale's language; with `prefix`, the last word is still being
    typed and matches the beginning of an unstemmed title word (search.indexing.typed_words)."""
    config = config_for(locale.language_code)
    if not prefix:
        return SearchQuery(tsquery(text), search_type="raw", config=config)
    *complete, typed = words(text)
    query = SearchQuery(tsquery(typed, prefix=True), search_type="raw", config="simple")
    if complete:
        query = SearchQuery(tsquery(" ".join(complete)), search_type="raw", config=config) & query
    return query


def rank(documents, text, locales, vector="vector", prefix=False):
    """Exact title matches first, then relevance (PostgreSQL's ts_rank; on SQLite: title hits)."""
    exact = Case(
        When(title_folded=" ".join(words(text)), then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    if connection.vendor == "postgresql":
        relevance = Case(
            *[
                When(locale=locale, then=SearchRank(F(vector), _query(text, locale, prefix)))
                for locale in locales
            ],
            output_field=FloatField(),
        )
    else:
        title_hits = [When(title_folded__contains=word, then=Value(1)) for word in words(text)]
        relevance = Case(*title_hits, default=Value(0), output_field=IntegerField())
    return documents.annotate(exact=exact, relevance=relevance).order_by(
        "-exact", "-relevance", "title_folded", "pk"
    )


@dataclass
class FacetValue:
    value: object
    label: str
    count: int
    selected: bool


def _labels(name, values, visible, locale):
    if name == "country":
        titles = dict(
            visible.filter(
                locale=locale, kind="pages.countryprofilepage", country_code__in=values
            ).values_list("country_code", "title")
        )
        return {value: titles.get(value, value) for value in values}
    if name == "type":
        return {value: QualificationType(value).label for value in values}
    if name == "isced":
        return {value: IscedLevel(value).label for value in values}
    model = OccupationalField if name == "field" else ReferenceOccupation
    german = list(model.objects.filter(pk__in=values))
    return {
        source.pk: local.name
        for source, local in zip(german, localize_all(german, locale.pk), strict=True)
    }


def _counts_by_query(matched, params):
    """{facet: {value: count}} with one grouped query per facet (any database)."""
    counts = {}
    for name, (column, _attribute) in FACETS.items():
        rows = (
            apply_filters(matched, params, skip=name)
            .exclude(**{f"{column}__isnull": True})
            .exclude(**{column: ""} if name in ("country", "type") else {})
            .order_by()
            .values(column)
            .annotate(total=Count("pk"))
        )
        counts[name] = {row[column]: row["total"] for row in rows}
    return counts, None


def _sql_filters(params, skip=None):
    """apply_filters as SQL over the columns of `m` (see _counts_in_one_pass)."""
    clauses, args = [], []
    for name, (column, attribute) in FACETS.items():
        values = getattr(params, attribute)
        if not values or name == skip:
            continue
        if name == "occupation":
            clauses.append(
                f"m.page_id IN (SELECT searchdocument_id FROM {OCCUPATIONS_TABLE} "  # noqa: S608
                "WHERE referenceoccupation_id = ANY(%s))"
            )
        else:
            clauses.append(f"m.{column} = ANY(%s)")
        args.append(list(values))
    if params.valid_at:
        clauses.append("(m.valid_from IS NULL OR m.valid_from <= %s)")
        clauses.append("(m.valid_until IS NULL OR m.valid_until >= %s)")
        args += [params.valid_at, params.valid_at]
    return " AND ".join(clauses) or "TRUE", args


def _counts_in_one_pass(matched, params):
    """Every facet's counts and the number of results in one PostgreSQL query.

    The text match (the expensive part) runs once into a materialised CTE of a few narrow
    columns; each facet then groups that CTE with every filter but its own (facets without a
    filter of their own, and the total, in one pass of grouping sets).
    """
    columns = ["page_id", "country_code", "qualification_type", "isced_level"]
    columns += ["occupational_field_id", "valid_from", "valid_until"]
    try:
        base, args = matched.order_by().values(*columns).query.sql_with_params()
    except EmptyResultSet:  # a query without a single word matches nothing
        return {name: {} for name in FACETS}, 0
    args = list(args)
    branches, shared = [], []
    for name, (column, attribute) in FACETS.items():
        if name != "occupation" and not getattr(params, attribute):
            shared.append(column)  # counted with every filter, like the total: one pass below
            continue
        where, where_args = _sql_filters(params, skip=name)
        if name == "occupation":
            branches.append(
                "SELECT 'occupation', o.referenceoccupation_id::text, count(*) FROM m "  # noqa: S608
                f"JOIN {OCCUPATIONS_TABLE} o ON o.searchdocument_id = m.page_id "
                f"WHERE {where} GROUP BY 2"
            )
        else:
            branches.append(
                f"SELECT '{name}', m.{column}::text, count(*) FROM m "  # noqa: S608
                f"WHERE {where} GROUP BY 2"
            )
        args += where_args
    # The facets without a filter of their own and the total share the full filter: one scan
    # with a grouping set per facet and () for the total.
    names = {column: name for name, (column, _attribute) in FACETS.items()}
    label = (
        "CASE {} ELSE 'total' END".format(
            " ".join(f"WHEN GROUPING(m.{column}) = 0 THEN '{names[column]}'" for column in shared)
        )
        if shared
        else "'total'"
    )
    value = ", ".join([f"m.{column}::text" for column in shared] + ["NULL"])
    sets = ", ".join([f"(m.{column})" for column in shared] + ["()"])
    where, where_args = _sql_filters(params)
    branches.append(
        f"SELECT {label}, COALESCE({value}), count(*) FROM m "  # noqa: S608
        f"WHERE {where} GROUP BY GROUPING SETS ({sets})"
    )
    args += where_args
    sql = f"WITH m AS MATERIALIZED ({base}) " + " UNION ALL ".join(branches)
    counts, total = {name: {} for name in FACETS}, 0
    with connection.cursor() as cursor:
        cursor.execute(sql, args)
        rows = cursor.fetchall()
    for name, value, count in rows:
        if name == "total":
            total = count
        elif value not in (None, ""):  # no country, type or field: not a facet value
            counts[name][value if name in ("country", "type") else int(value)] = count
    return counts, total


@contextmanager
def text_match_through_index(params):
    """Queries inside find text matches through the GIN index (PostgreSQL, with a query).

    The planner does not count the cost of testing each row's (TOASTed) vector against the
    query, so for a common word it would rather scan the whole table and test every vector;
    the index needs no such test. Set for this transaction only, and set back.
    """
    if not params.q or connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        try:
            yield
        finally:
            cursor.execute("SET LOCAL enable_seqscan = on")


def count_matches(matched, params):
    """({facet: {value: count}}, number of results): what search.cache keeps per search."""
    if connection.vendor == "postgresql":
        return _counts_in_one_pass(matched, params)
    counts, _total = _counts_by_query(matched, params)
    return counts, apply_filters(matched, params).count()


def facet_values(counts, visible, params, locale, limit=20):
    """Per facet: its most frequent values (and every chosen one) with labels and counts.

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
        labels = _labels(name, list(shown), visible, locale)
        result[name] = sorted(
            (
                FacetValue(value, labels.get(value, str(value)), total_, value in selected)
                for value, total_ in shown.items()
            ),
            key=lambda item: (-item.count, str(item.label).casefold()),
        )
    return result


# How many of the best results are kept per search (search.cache): the first ten pages.
RANKED_KEPT = 200


@dataclass
class Search:
    """A search by `user` in `locale` (and, when asked, in every locale)."""

    params: SearchParams
    user: object
    locale: object
    all_locales: list

    @property
    def locales(self):
        return self.all_locales if self.params.all_languages else [self.locale]

    @cached_property
    def hidden(self):
        """Tree paths of the restrictions the user does not pass."""
        return hidden_paths(self.user)

    @cached_property
    def index_token(self):
        return cache.index_token()

    @cached_property
    def visible(self):
        return visible_documents(self.user, self.locales, self.hidden)

    def matched(self):
        if self.params.q:
            return match(self.visible, self.params.q, self.locales)
        return self.visible

    def results(self):
        documents = apply_filters(self.matched(), self.params)
        documents = documents.select_related("page", "page__locale", "locale")
        if self.params.q:
            return rank(documents, self.params.q, self.locales)
        return documents.order_by("title_folded", "pk")

    def _counts(self):
        with text_match_through_index(self.params):
            return count_matches(self.matched(), self.params)

    def _facets(self):
        counts, total = self._counts()
        return facet_values(counts, self.visible, self.params, self.locale), total

    def facets(self):
        """({facet: [FacetValue]}, number of results), from the cache when it has them."""
        return cache.cached("facets", self, self._facets)

    def _ranked_ids(self):
        with text_match_through_index(self.params):
            return list(self.results().values_list("pk", flat=True)[:RANKED_KEPT])

    def documents(self, start, stop):
        """Results start to stop (exclusive) in rank order; the first RANKED_KEPT by cached ids."""
        if stop <= start:
            return []
        if stop > RANKED_KEPT:
            with text_match_through_index(self.params):
                return list(self.results()[start:stop])
        ids = cache.cached("ranked", self, self._ranked_ids)[start:stop]
        found = SearchDocument.objects.select_related("page", "page__locale", "locale").in_bulk(ids)
        return [found[pk] for pk in ids if pk in found]

    def suggestions(self, limit=8):
        """Titles and original names starting with what has been typed so far."""
        if not words(self.params.q):
            return []
        options = {"vector": "title_vector", "prefix": True}
        documents = match(self.visible, self.params.q, self.locales, **options)
        documents = rank(documents, self.params.q, self.locales, **options)
        return list(documents.select_related("page", "page__locale", "locale")[:limit])
