"""The search page (/de/suche/, /en/search/) and its suggestions as you type."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from portal.alternates import view_alternates

from . import cache
from .query import Search, SearchParams
from .text import snippet, words

PAGE_SIZE = 20
PUBLIC_MAX_AGE = 60


@dataclass
class Result:
    """One result as the page shows it."""

    title: str
    url: str
    language_code: str
    kind_label: str
    subtitle: str
    snippet: str


def _results(request, search, start, stop):
    terms = words(search.params.q)
    return [
        Result(
            title=document.title,
            url=document.page.get_url(request),
            language_code=document.locale.language_code,
            kind_label=str(document.page.specific_class._meta.verbose_name),
            subtitle=document.subtitle,
            snippet=snippet(document.body, terms, document.locale.language_code),
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


def _search(request):
    locales = list(Locale.objects.all())
    locale = next((item for item in locales if item.language_code == get_language()), locales[0])
    return Search(SearchParams.from_query(request.GET), request.user, locale, locales)


def _cacheable_for_anonymous(request, response):
    """Anonymous answers are the same for everyone; signed-in ones are private (middleware)."""
    if not request.user.is_authenticated:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    return response


@require_GET
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
        facets, total = search.facets()
        paginator = Paginator(Results(request, search, total), PAGE_SIZE)
        page_obj = paginator.get_page(request.GET.get("page"))
        context.update(
            page_obj=page_obj,
            facets=facets,
            # The rendered facets are cached under their answer's key (search.cache).
            facets_key=cache.answer_key("facets", search),
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
def suggestions(request):
    """JSON for the search field's autocomplete: up to eight titles with their addresses, from
    the cache when the same letters were typed before (search.cache)."""
    search = _search(request)
    items = cache.cached(
        "suggestions",
        search,
        lambda: [
            {
                "title": document.title,
                "subtitle": document.subtitle,
                "kind": str(document.page.specific_class._meta.verbose_name),
                "url": document.page.get_url(request),
            }
            for document in search.suggestions()
        ],
        extra=[request.get_host()],  # addresses depend on the host asked
    )
    response = JsonResponse({"query": search.params.q, "suggestions": items})
    return _cacheable_for_anonymous(request, response)
