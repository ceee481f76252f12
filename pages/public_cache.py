"""What is the same for every reader, cached until the content changes: menus, sites, public PDFs.

Entries are keyed by the content version (pages.models.ContentVersion), a token replaced in the
transaction of every change a reader could see: publishing, unpublishing, moving or deleting a
page, and changes to sites, locales and the snippets pages show (connected in pages.apps), view
restrictions (privacy) and what search answers show (search). The page cache (pages.page_cache)
keys whole pages by it. Keys are read from the database once per request, so every
process sees a change at once. Only what is the same for every reader may be cached
here: made of live, public pages and sites, or shown alike to every reader a rule admits and to
nobody else (the restricted area's link, for registered staff: portal_tags); per-user answers go
elsewhere (search.cache). Entries also expire after
settings.PORTAL_CACHE_SECONDS["content"].
"""

import hashlib
import json
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from wagtail.models import Site

from portal.frameworks.django import raw_host
from portal.frameworks.wagtail import remember_site

from .models.versions import ContentVersion

PREFIX = "content"


def timeout():
    return settings.PORTAL_CACHE_SECONDS["content"]


def version(request=None):
    """The current content version; "" before the first change. Read once per `request`."""
    if request is not None and hasattr(request, "_content_version"):
        return request._content_version
    with connection.cursor() as cursor:  # one row, read by nearly every request
        cursor.execute(f"SELECT token FROM {ContentVersion._meta.db_table} WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
    token = row[0] if row else ""
    if request is not None:
        request._content_version = token
    return token


def changed(sender=None, **kwargs):
    """Every cached entry is out of date: call (or connect) in the transaction of the change."""
    token = uuid.uuid4().hex
    if not ContentVersion.objects.filter(pk=1).update(token=token):
        ContentVersion.objects.update_or_create(pk=1, defaults={"token": token})


def key(kind, parts):
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
    return f"{PREFIX}:{kind}:{digest}"


def get_or_compute(cache_key, compute, seconds=None):
    """The cached entry, or `compute()`'s, kept for `seconds` (the content's lifetime)."""
    answer = cache.get(cache_key)
    if answer is None:
        answer = compute()
        cache.set(cache_key, answer, timeout() if seconds is None else seconds)
    return answer


class ProcessMemo:
    """Answers that nearly every request asks for (the menu, the site, what a search starts
    from, facet labels), kept in this process too while the content version stands: read from
    the cache and unpickled once per process and version rather than once per request. Their
    keys hold the version, so an entry is never out of date; the memo empties itself when it
    sees another version, and when it holds LIMIT entries (hosts and languages are few)."""

    LIMIT = 256

    def __init__(self):
        self.clear()

    def clear(self, token=None):
        self.token, self.answers = token, {}

    def get(self, cache_key, token, compute):
        if token != self.token or len(self.answers) >= self.LIMIT:
            self.clear(token)
        answers = self.answers  # another thread may start a new dict meanwhile: harmless
        if cache_key not in answers:
            answers[cache_key] = get_or_compute(cache_key, compute)
        return answers[cache_key]


memo = ProcessMemo()


def public_key(kind, extra, request=None):
    """The key of an answer that is the same for every reader, made of live public pages and
    sites only (the site menu, a public PDF): it changes with the content version."""
    return key(kind, {"extra": extra, "version": version(request)})


def public_cached(kind, extra, compute, request=None):
    """The public answer (public_key), or `compute()`'s, stored for the next request (and kept
    in the process: ProcessMemo)."""
    return memo.get(public_key(kind, extra, request), version(request), compute)


def current_site(request):
    """The request's site as Site.find_for_request finds it, without its query for every
    request: every change to a site changes the content version. Remembered on the request,
    where Wagtail looks for it."""
    host = [raw_host(request), request.get_port()]
    site = public_cached("site", host, lambda: Site.find_for_request(request), request)
    remember_site(request, site)
    return site
