"""The search page (/de/suche/, /en/search/) and its suggestions as you type."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.apps import apps
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from pages import public_cache
from portal.alternates import view_alternates
from portal.http_cache import cache_publicly
from portal.replica import reads_from_replica
from privacy.rules import view_restrictions

from . import cache
from .addresses import Addresses
from .facet_html import facets_html, results_html
from .query import Search, SearchParams
from .text import snippet, words

PAGE_SIZE = 20


@dataclass
class Result:
    """One result as the page shows it."""

    title: str
    url: str
    language_code: str
    kind_label: str
    subtitle: str
    snippet: str


def kind_label(document):
    return str(apps.get_model(document.kind)._meta.verbose_name)


def _results(request, search, start, stop):
    terms = words(search.params.q)
    languages = {locale.pk: locale.language_code for locale in search.all_locales}
    addresses = Addresses(request)
    return [
        Result(
            title=document.title,
            url=addresses.url(document.page__url_path),
            language_code=languages[document.locale],
            kind_label=kind_label(document),
            subtitle=document.subtitle,
            snippet=snippet(document.body, terms, languages[document.locale]),
        )
        for document in search.documents(start, stop)
    ]


class Results:
    """The ranked results as the paginator sees them: counted with the facets, and shown a page
    at a time, from the cache when it has the page (addresses depend on the host asked)."""

    def __init__(self, request, search, total):
        self.request = request
        self.search = search
        self.total = total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("only pages of results are shown")
        start, stop = index.start or 0, min(index.stop, self.total)
        return cache.cached(
            "results",
            self.search,
            lambda: _results(self.request, self.search, start, stop),
            extra=[self.request.get_host(), start, stop],
        )


def _rendered_facets(search):
    facets, total = search.facets()
    return facets_html(facets), total


def _search(request):
    """The search asked for; what every search needs to know of the site (its locales and view
    restrictions) comes from the cache while the content version stands (pages.public_cache)."""
    locales, restrictions = public_cache.public_cached(
        "visibility", [], lambda: (list(Locale.objects.all()), view_restrictions()), request
    )
    locale = next((item for item in locales if item.language_code == get_language()), locales[0])
    params = SearchParams.from_query(request.GET)
    search = Search(params, request.user, locale, locales, restrictions)
    search.index_token = public_cache.version(request)  # read once: also for the menu and site
    public_cache.current_site(request)  # for the results' addresses
    return search


def _cacheable_for_anonymous(request, response):
    """Anonymous answers are the same for everyone; signed-in ones are private (middleware)."""
    if not request.user.is_authenticated:
        cache_publicly(response, "search")
    return response


@require_GET
@reads_from_replica
def search(request):
    search = _search(request)
    params = search.params
    context = {
        "params": params,
        "query": params.q,
        "searched": not params.is_empty,
        "alternates": view_alternates(request, "search", request.META.get("QUERY_STRING", "")),
    }
    if not params.is_empty:
        request.search_term = params.q  # counted, without the reader (reports.counting)
        facets, total = cache.cached("facets", search, lambda: _rendered_facets(search))
        paginator = Paginator(Results(request, search, total), PAGE_SIZE)
        page_obj = paginator.get_page(request.GET.get("page"))
        context.update(
            page_obj=page_obj,
            results_html=results_html(page_obj, get_language()),
            facets_html=facets,
            extra_query=urlencode(
                [
                    (key, value)
                    for key, values in request.GET.lists()
                    if key != "page"
                    for value in values
                ]
            ),
        )
    return _cacheable_for_anonymous(request, render(request, "search/search.html", context))


@require_GET
@reads_from_replica
def suggestions(request):
    """JSON for the search field's autocomplete: up to eight titles with their addresses, from
    the cache when the same letters were typed before (search.cache)."""
    search = _search(request)

    def suggest():
        addresses = Addresses(request)
        return [
            {
                "title": document.title,
                "subtitle": document.subtitle,
                "kind": kind_label(document),
                "url": addresses.url(document.page__url_path),
            }
            for document in search.suggestions()
        ]

    # Addresses depend on the host asked.
    items = cache.cached("suggestions", search, suggest, extra=[request.get_host()])
    response = JsonResponse({"query": search.params.q, "suggestions": items})
    return _cacheable_for_anonymous(request, response)
