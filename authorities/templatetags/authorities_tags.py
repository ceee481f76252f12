"""Links to the competent authority finder from other pages (a profile asks it, pre-filled).

The finder page of the active language (or of a fallback language, for a language without a
finder of its own) is the same for every reader: found once per process while the content
stands (pages.public_cache), so a profile pays no query for its link.
"""

from django import template
from django.conf import settings
from django.utils.http import urlencode
from django.utils.translation import get_language

from pages import restrictions
from pages.public_cache import public_cached

from ..models import AuthorityFinderPage

register = template.Library()


@register.simple_tag(takes_context=True)
def authority_finder_url(context, profile=None):
    """The finder's address in the active language, else in the first of
    settings.FALLBACK_LANGUAGES that has one (None without a live public finder), pre-filled
    with `profile` (a professional profile) when given."""
    request = context.get("request")
    language = get_language()

    def find():
        preferred = [language, *settings.FALLBACK_LANGUAGES]
        pages = AuthorityFinderPage.objects.live().filter(locale__language_code__in=preferred)
        found = {
            page.locale.language_code: page
            for page in restrictions.public(pages.select_related("locale"), request)
        }
        page = next((found[code] for code in preferred if code in found), None)
        return page and page.get_url(request)

    url = public_cached("authority-finder", [language, request.get_host()], find, request)
    if url and profile is not None:
        return f"{url}?{urlencode({'profile': profile.pk})}"
    return url
