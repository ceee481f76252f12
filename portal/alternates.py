"""A view that is not a page, in each language: for the language switcher and hreflang links.

Pages know their translations (pages.models.base); the registration form, the sign-in form and
the search are the same named view under each language's prefix.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def view_alternates(request, url_name, query=""):
    """`url_name`'s address in each language, with `query` (a query string) kept."""
    alternates = []
    current = translation.get_language()
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            url = reverse(url_name) + (f"?{query}" if query else "")
        alternates.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": request.build_absolute_uri(url),
                "is_translation": True,
                "is_current": code == current,
            }
        )
    return alternates
