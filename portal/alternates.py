"""What the visitor reads, in each language: for the language switcher and hreflang links.

One shape for every kind of view: a page and its translations (pages.models.base), a view
that is the same named view under each language's prefix (registration, sign-in, search), and
each language's home page for views of neither kind (the site chrome's tags). A language
without a version of what is read links to its home page, marked `is_translation` False, and
is left out of hreflang.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from .public_address import public_page_url, public_url


@dataclass(frozen=True)
class Alternate:
    """One language's version: its address, and whether it is the same content translated."""

    code: str
    name: str
    url: str
    full_url: str
    is_translation: bool
    is_current: bool


def alternates(targets):
    """An Alternate per language of settings.LANGUAGES, in their order, for each language in
    `targets`: language code -> (url, full_url, is_translation)."""
    current = translation.get_language()
    return [
        Alternate(code, name, *targets[code], is_current=code == current)
        for code, name in settings.LANGUAGES
        if code in targets
    ]


def page_alternates(request, pages):
    """For pages: language code -> (page, is_translation)."""
    return alternates(
        {
            code: (page.get_url(request), public_page_url(page, request), is_translation)
            for code, (page, is_translation) in pages.items()
        }
    )


def view_alternates(request, url_name, query=""):
    """`url_name`'s address in each language, with `query` (a query string) kept."""
    targets = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse(url_name) + (f"?{query}" if query else "")
        targets[code] = (url, public_url(url), True)
    return alternates(targets)
