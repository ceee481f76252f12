"""Counting page views and searches, without a tracker and without personal data.

Rules: a page view is a 200 answer of Wagtail's page view (or of the page cache, which stores
only those), whoever asked; a search is the first page of a search's results. The page and the
term come from request attributes the page view, the page cache and the search set
(`served_page_id`, `search_term`); nothing about the reader is read or kept. Counts gather in
the process and are written in one transaction every PORTAL_VIEW_COUNTS["views"] counts or
["seconds"] seconds, whichever comes first, so a page view costs no query; a worker that stops
loses at most that much.
"""

import threading
import time
from collections import Counter

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import get_language_from_path
from wagtail.models import Page

from .models import PageViewCount, SearchTermCount

TERM_LENGTH = 100


class Counts:
    """The counts of this process not yet written."""

    def __init__(self):
        self.lock = threading.Lock()
        self.pages, self.terms = Counter(), Counter()
        self.pending = 0
        self.since = time.monotonic()

    def add(self, page_id=None, term=None):
        today = timezone.localdate()
        with self.lock:
            if page_id:
                self.pages[(page_id, today)] += 1
            if term:
                self.terms[(term, today)] += 1
            self.pending += 1
            limits = settings.PORTAL_VIEW_COUNTS
            due = (
                self.pending >= limits["views"]
                or time.monotonic() - self.since >= limits["seconds"]
            )
            if not due:
                return
            pages, terms = self.pages, self.terms
            self.pages, self.terms, self.pending = Counter(), Counter(), 0
            self.since = time.monotonic()
        write(pages, terms)


def write(pages, terms):
    """Add the counts to their rows (made where missing), all in one transaction."""
    existing = set(
        Page.objects.filter(pk__in={key[0] for key in pages}).values_list("pk", flat=True)
    )
    with transaction.atomic():
        for (page_id, date), number in pages.items():
            if page_id not in existing:
                continue  # deleted since it was shown
            updated = PageViewCount.objects.filter(page_id=page_id, date=date).update(
                views=F("views") + number
            )
            if not updated:
                PageViewCount.objects.create(page_id=page_id, date=date, views=number)
        for ((term, language), date), number in terms.items():
            rows = SearchTermCount.objects.filter(term=term, language=language, date=date)
            if not rows.update(searches=F("searches") + number):
                SearchTermCount.objects.create(
                    term=term, language=language, date=date, searches=number
                )


counts = Counts()


def search_term(request):
    """The normalised term of a first page of search results, with its language, or None."""
    term = getattr(request, "search_term", None)
    if not term or request.GET.get("page"):
        return None
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    return (" ".join(term.lower().split())[:TERM_LENGTH], language)


class ViewCountMiddleware:
    """Counts what the inner layers (page cache, page view, search) say they served."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 200 and request.method == "GET":
            page_id = getattr(request, "served_page_id", None)
            term = search_term(request)
            if page_id or term:
                counts.add(page_id, term)
        return response
