"""Cached search answers: facet counts, the number of results, pages of results.

An answer depends on the search documents, on what the user may see and on what was asked, so
it is cached under all three: the content version (pages.public_cache, replaced with every write
to the documents, read from the database so that every process sees it at once), the user's
visibility (signed in or not, and the tree paths of every restriction the user does not pass)
and the normalised search (locales, folded query words, sorted filter values). An anonymous
visitor and a signed-in user never share an entry, and neither do two users who may see
different pages. Entries also expire after settings.PORTAL_CACHE_SECONDS["search_answers"],
and searching writes nothing to the database (only to the cache).
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from pages import public_cache

from .text import words


def timeout():
    return settings.PORTAL_CACHE_SECONDS["search_answers"]


def answer_key(kind, search, extra=None, per_search=True, params=None):
    """The cache key of one kind of answer ("facets", "ranked", ...) to `search`; without
    `per_search`, of an answer that depends on what the user may see but not on what was asked
    (facet labels). `params` stand in for the search's own (a part of its answer, search.query).
    """
    params = params or search.params
    parts = {
        "kind": kind,
        "extra": extra,
        "language": translation.get_language(),
        "display_locale": search.locale.pk,
        "index": search.index_token,
        "signed_in": bool(search.user.is_authenticated),
        "hidden": sorted(search.hidden),
    }
    if per_search:
        parts.update(
            locales=sorted(locale.pk for locale in search.locales),
            q=words(params.q),
            # A query of no words ("!!!") finds nothing; without a query, every document counts.
            wordless_query=bool(params.q) and not words(params.q),
            filters=[sorted(set(getattr(params, name)), key=str) for name in FILTER_ATTRIBUTES],
            valid_at=params.valid_at.isoformat() if params.valid_at else None,
        )
    return public_cache.key(f"search-{kind}", parts)


FILTER_ATTRIBUTES = ("countries", "qualification_types", "isced_levels", "fields", "occupations")


def get_many(keys):
    return cache.get_many(list(keys))


def set_many(answers):
    cache.set_many(answers, timeout())


def cached(kind, search, compute, extra=None, per_search=True):
    """The cached answer, or `compute()`'s, stored for the next identical search; without
    `per_search` (an answer for every search the user may make), also kept in the process."""
    key = answer_key(kind, search, extra, per_search)
    if per_search:
        return public_cache.get_or_compute(key, compute, timeout())
    return public_cache.memo.get(key, search.index_token, compute)
