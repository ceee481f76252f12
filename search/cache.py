"""Cached search answers: facet counts, the number of results and the first ranked results.

An answer depends on the search documents, on what the user may see and on what was asked, so
it is cached under all three: the index version (search.models.IndexVersion, a new token with
every write to the documents, read from the database so that every process sees it at once),
the user's visibility (signed in or not, and the tree paths of every restriction the user does
not pass) and the normalised search (locales, folded query words, sorted filter values). An
anonymous visitor and a signed-in user never share an entry, and neither do two users who may
see different pages. Entries also expire after TIMEOUT, and searching writes nothing to the
database (only to the cache).
"""

import hashlib
import json
import uuid

from django.core.cache import cache
from django.utils import translation

from .models import IndexVersion
from .text import words

TIMEOUT = 10 * 60  # also in templates/search/search.html
PREFIX = "search-answer"


def index_token():
    """The current index version; "" before the first write."""
    return IndexVersion.objects.values_list("token", flat=True).first() or ""


def on_label_or_site_changed(sender, **kwargs):
    bump_generation()


def bump_generation():
    """Every cached answer is out of date: call in the transaction that writes documents (or
    what answers show besides them: facet labels, the sites that page addresses depend on)."""
    token = uuid.uuid4().hex
    if not IndexVersion.objects.filter(pk=1).update(token=token):
        IndexVersion.objects.update_or_create(pk=1, defaults={"token": token})


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
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
    return f"{PREFIX}:{kind}:{digest}"


FILTER_ATTRIBUTES = ("countries", "qualification_types", "isced_levels", "fields", "occupations")


def get_many(keys):
    return cache.get_many(list(keys))


def set_many(answers):
    cache.set_many(answers, TIMEOUT)


def cached(kind, search, compute, extra=None, per_search=True):
    """The cached answer, or `compute()`'s, stored for the next identical search."""
    key = answer_key(kind, search, extra, per_search)
    answer = cache.get(key)
    if answer is None:
        answer = compute()
        cache.set(key, answer, TIMEOUT)
    return answer
