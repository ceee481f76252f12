"""Cached search answers (facet counts, the number of results, pages of results) and public answers.

An answer depends on the search documents, on what the user may see and on what was asked, so
it is cached under all three: the index version (search.models.IndexVersion, a new token with
every write to the documents, read from the database so that every process sees it at once),
the user's visibility (signed in or not, and the tree paths of every restriction the user does
not pass) and the normalised search (locales, folded query words, sorted filter values). An
anonymous visitor and a signed-in user never share an entry, and neither do two users who may
see different pages. Entries also expire after TIMEOUT, and searching writes nothing to the
database (only to the cache). Public answers (the main menu, a host's site, a public PDF) are
the same for everyone and keyed by the index version alone (public_key).
"""

import hashlib
import json
import uuid

from django.core.cache import cache
from django.db import connection
from django.utils import translation
from wagtail.models import Site

from portal.frameworks.django import raw_host
from portal.frameworks.wagtail import remember_site

from .models import IndexVersion
from .text import words

TIMEOUT = 10 * 60
PREFIX = "search-answer"


def index_token(request=None):
    """The current index version; "" before the first write. Read once per `request`."""
    if request is not None and hasattr(request, "_search_index_token"):
        return request._search_index_token
    with connection.cursor() as cursor:  # the one row bump_generation writes; on every search
        cursor.execute(f"SELECT token FROM {IndexVersion._meta.db_table} WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
    token = row[0] if row else ""
    if request is not None:
        request._search_index_token = token
    return token


def on_content_changed(sender, **kwargs):
    bump_generation()


def bump_generation():
    """Every cached answer is out of date: call in the transaction that writes documents (or
    what answers show besides them: facet labels, menus, the sites and page paths that
    addresses depend on)."""
    token = uuid.uuid4().hex
    if not IndexVersion.objects.filter(pk=1).update(token=token):
        IndexVersion.objects.update_or_create(pk=1, defaults={"token": token})


def _key(kind, parts):
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
    return f"{PREFIX}:{kind}:{digest}"


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
    return _key(kind, parts)


FILTER_ATTRIBUTES = ("countries", "qualification_types", "isced_levels", "fields", "occupations")


def get_many(keys):
    return cache.get_many(list(keys))


def set_many(answers):
    cache.set_many(answers, TIMEOUT)


def _get_or_compute(key, compute):
    answer = cache.get(key)
    if answer is None:
        answer = compute()
        cache.set(key, answer, TIMEOUT)
    return answer


class ProcessMemo:
    """Answers that nearly every request asks for (the menu, the site, what a search starts
    from, facet labels), kept in this process too while the index version stands: read from
    the cache and unpickled once per process and version rather than once per request. Their
    keys hold the version, so an entry is never out of date; the memo empties itself when it
    sees another version, and when it holds LIMIT entries (hosts and languages are few)."""

    LIMIT = 256

    def __init__(self):
        self.clear()

    def clear(self, token=None):
        self.token, self.answers = token, {}

    def get(self, key, token, compute):
        if token != self.token or len(self.answers) >= self.LIMIT:
            self.clear(token)
        answers = self.answers  # another thread may start a new dict meanwhile: harmless
        if key not in answers:
            answers[key] = _get_or_compute(key, compute)
        return answers[key]


memo = ProcessMemo()


def cached(kind, search, compute, extra=None, per_search=True):
    """The cached answer, or `compute()`'s, stored for the next identical search; without
    `per_search` (an answer for every search the user may make), also kept in the process."""
    key = answer_key(kind, search, extra, per_search)
    if per_search:
        return _get_or_compute(key, compute)
    return memo.get(key, search.index_token, compute)


def public_key(kind, extra, request=None):
    """The key of an answer that is the same for every user, made of live public pages and
    sites only (the site menu, a public PDF): it changes when the index version moves on."""
    return _key(kind, {"extra": extra, "index": index_token(request)})


def public_cached(kind, extra, compute, request=None):
    """The public answer (public_key), or `compute()`'s, stored for the next request (and kept
    in the process: ProcessMemo)."""
    return memo.get(public_key(kind, extra, request), index_token(request), compute)


def current_site(request):
    """The request's site as Site.find_for_request finds it, without its query for every
    request: every change to a site moves the index version on (search.apps). Remembered on
    the request, where Wagtail looks for it."""
    host = [raw_host(request), request.get_port()]
    site = public_cached("site", host, lambda: Site.find_for_request(request), request)
    remember_site(request, site)
    return site
