"""The search page (/de/suche/, /en/search/) and its suggestions as you type."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from .query import Search, SearchParams, text_match_through_index
from .text import snippet, words

PAGE_SIZE = 20
PUBLIC_MAX_AGE = 60


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
    context = {"params": params, "query": params.q, "searched": not params.is_empty}
    if not params.is_empty:
        with text_match_through_index(params):
            facets, total = search.facets()
            paginator = Paginator(search.results(), PAGE_SIZE)
            if total is not None:
                paginator.count = total  # counted with the facets; saves the paginator's COUNT
            page_obj = paginator.get_page(request.GET.get("page"))
            page_obj.object_list = list(page_obj.object_list)
        terms = words(params.q)
        for document in page_obj:
            document.url = document.page.get_url(request)
            document.snippet = snippet(document.body, terms, document.locale.language_code)
            document.kind_label = document.page.specific_class._meta.verbose_name
        context.update(
            page_obj=page_obj,
            facets=facets,
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
    """JSON for the search field's autocomplete: up to eight titles with their addresses."""
    search = _search(request)
    items = [
        {
            "title": document.title,
            "subtitle": document.subtitle,
            "kind": str(document.page.specific_class._meta.verbose_name),
            "url": document.page.get_url(request),
        }
        for document in search.suggestions()
    ]
    response = JsonResponse({"query": search.params.q, "suggestions": items})
    return _cacheable_for_anonymous(request, response)
