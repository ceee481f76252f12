"""A search's SQL on PostgreSQL, written out rather than built by the ORM.

A cold search counts three sets of documents and ranks one, and building and compiling those
querysets would cost more time in Python than PostgreSQL takes to count the smaller sets
(docs/benchmarks.md). The facet filters of search.text.TERM_FACETS are terms of the vector, joined
to the words in one tsquery: the GIN index finds what matches both in one scan, and the planner
cannot choose a btree scan of a facet followed by a test of each document's (TOASTed) vector, which
it would cost as cheap. The conditions are otherwise those of the querysets SQLite runs
(search.query: visible_documents, match, apply_filters, rank), and the tests run every search on
both. Only constants and column names go into the text; every value is a parameter.
"""

from django.db import connection
from wagtail.models import Page

from . import spelling
from .models import SearchDocument
from .text import config_for, words

TABLE = SearchDocument._meta.db_table
PAGES = Page._meta.db_table
# ts_rank's weights of D (facet terms), C (text), B (names), A (title): a word's many mentions
# in the text weigh less than one in the names.
RANK_WEIGHTS = "{0.02, 0.1, 0.4, 1.0}"


def _like_prefix(path):
    return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def found(search, terms, skip=None):
    """(WHERE condition, params) of the documents `search` finds without `skip`'s filter;
    `terms`: the facet terms to match (search.query.term_query), or None."""
    params = search.params
    locale_ids = [locale.pk for locale in search.locales]
    conditions = ["d.locale_id IN ({})".format(", ".join(["%s"] * len(locale_ids)))]
    args = [*locale_ids]
    for path in search.hidden:
        conditions.append("NOT (d.path LIKE %s)")
        args.append(_like_prefix(path))
    if params.q and not words(params.q):
        conditions.append("FALSE")  # a query of no words finds nothing
    elif params.q:
        matches = []
        for locale in search.locales:
            query = "to_tsquery(%s::regconfig, %s)"
            text = spelling.tsquery(search.groups[locale.language_code])
            args += [locale.pk, config_for(locale.language_code), text]
            if terms:
                query += " && to_tsquery('simple'::regconfig, %s)"
                args.append(terms)
            matches.append(f"(d.locale_id = %s AND d.vector @@ ({query}))")
        conditions.append("({})".format(" OR ".join(matches)))
    elif terms:
        conditions.append("d.vector @@ to_tsquery('simple'::regconfig, %s)")
        args.append(terms)
    if params.countries and skip != "country":
        listed = ", ".join(["%s"] * len(params.countries))
        conditions.append(f"d.country_code IN ({listed})")
        args += params.countries
    if params.valid_at:
        conditions.append("(d.valid_from IS NULL OR d.valid_from <= %s)")
        conditions.append("(d.valid_until IS NULL OR d.valid_until >= %s)")
        args += [params.valid_at, params.valid_at]
    return " AND ".join(conditions), args


def select(search, columns, terms, skip=None):
    """(SELECT of `columns` of the documents found without `skip`'s filter, params)."""
    where, args = found(search, terms, skip)
    listed = ", ".join(f"d.{column}" for column in columns)
    return f"SELECT {listed} FROM {TABLE} d WHERE {where}", args  # noqa: S608


def ranked(search, terms, start, stop, columns):
    """(SELECT of `columns` (d: the document, p: its page) of results start to stop in rank
    order, params), ordered as search.query.rank orders them: exact title first, then how many
    of the words (by any alternative, search.spelling) match the names (the title and what weighs
    B, as `title_vector` holds them: small, so cheap to read for every match), then
    how close the alternatives the title holds are, then ts_rank in each document's language
    (RANK_WEIGHTS), then title. The ranking reads the
    matches' ids and sort keys only; the shown columns are joined to the page of results it
    keeps."""
    where, args = found(search, terms)
    keys, key_args = [], []
    if search.params.q:
        keys.append("CASE WHEN d.title_folded = %s THEN 1 ELSE 0 END")
        key_args.append(" ".join(words(search.params.q)))
        names, ranks = [], []
        for locale in search.locales:
            config, groups = config_for(locale.language_code), search.groups[locale.language_code]
            named = (
                " + ".join(
                    "(d.title_vector @@ to_tsquery(%s::regconfig, %s))::int" for _group in groups
                )
                or "0"
            )
            names.append(f"WHEN d.locale_id = %s THEN {named}")
            key_args.append(locale.pk)
            for group in groups:
                key_args += [config, spelling.tsquery([group])]
        title = []
        for scored in spelling.title_scores(words(search.params.q), search.groups):
            title.append(
                "CASE {} ELSE 0 END".format(
                    " ".join(["WHEN d.title_folded LIKE %s THEN %s"] * len(scored))
                )
            )
            for word, score in scored:
                key_args += [f"%{word}%", score]
        for locale in search.locales:
            ranks.append(
                f"WHEN d.locale_id = %s THEN ts_rank('{RANK_WEIGHTS}', d.vector, "
                "to_tsquery(%s::regconfig, %s))"
            )
            text = spelling.tsquery(search.groups[locale.language_code])
            key_args += [locale.pk, config_for(locale.language_code), text]
        keys.append("CASE {} ELSE NULL END".format(" ".join(names)))
        keys.append(" + ".join(title) or "0")
        keys.append("CASE {} ELSE NULL END".format(" ".join(ranks)))
    named = [f"{key} AS k{number}" for number, key in enumerate(keys)]
    order = [f"k{number} DESC" for number in range(len(keys))] + ["title_folded", "page_id"]
    inner = (
        f"SELECT {', '.join(['d.page_id', 'd.title_folded', *named])} FROM {TABLE} d "  # noqa: S608
        f"WHERE {where} ORDER BY {', '.join(order)} LIMIT %s OFFSET %s"
    )
    outer_order = ", ".join(f"r.{item}" for item in order)
    sql = (
        f"SELECT {', '.join(columns)} FROM ({inner}) r "  # noqa: S608
        f"JOIN {TABLE} d ON d.page_id = r.page_id JOIN {PAGES} p ON p.id = r.page_id "
        f"ORDER BY {outer_order}"
    )
    return sql, [*key_args, *args, stop - start, start]


def rows(sql, args, through_index):
    """The rows of `sql`; with `through_index`, its text matches found through the GIN index.

    The planner does not count the cost of testing each row's (TOASTed) vector against the
    query, so for a common word it would rather scan the whole table and test every vector;
    the index needs no such test. `SET LOCAL` goes in the same query string: PostgreSQL runs
    the statements of one simple-protocol query (psycopg's client-side cursors, Django's
    default) as one transaction, so the setting holds for this query alone, in one round trip
    rather than four (BEGIN, SET, the query, COMMIT). Inside a transaction of the caller's, it
    is set back at once.
    """
    with connection.cursor() as cursor:
        if not through_index:
            cursor.execute(sql, args)
            return cursor.fetchall()
        reset = "; SET LOCAL enable_seqscan = on" if connection.in_atomic_block else ""
        cursor.execute(f"SET LOCAL enable_seqscan = off; {sql}{reset}", args)
        cursor.nextset()  # past the SET
        return cursor.fetchall()
