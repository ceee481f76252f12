"""Page view restrictions as pages read them while serving: once per process and content version.

Every change to a view restriction (or its groups) replaces the content version in its own
transaction (privacy connects it), and the version is read once per request, so a restriction
added closes its pages in every process at the next request. Rules:

- `restrictions(request)` are Wagtail's PageViewRestriction rows with their groups, read once
  per version: what Wagtail's own serve check (`accept_request`) evaluates, unchanged.
- `public(pages, request)` is `PageQuerySet.public()` without its query: pages at or under a
  restricted page are left out, whatever the restriction's kind.
- Nothing here is about a user; who passes a restriction is privacy's business (privacy.rules)
  and Wagtail's `accept_request`, asked anew on every request.
"""

from wagtail.models import PageViewRestriction

from .public_cache import public_cached
from .tree import under


def read_restrictions():
    rows = PageViewRestriction.objects.select_related("page").only(
        "id", "restriction_type", "password", "page__id", "page__path", "page__depth"
    )
    return list(rows.prefetch_related("groups").order_by("pk"))


def restrictions(request):
    """Every page view restriction, with its page's path and its groups (none per request once
    the process holds them for the current content version)."""
    return public_cached("page-restrictions", [], read_restrictions, request)


def restricted_paths(request):
    return sorted({restriction.page.path for restriction in restrictions(request)})


def public(pages, request):
    """`pages` (a PageQuerySet or a queryset of a page type) without restricted pages, as
    `.public()` decides, from the restrictions the process holds."""
    paths = restricted_paths(request)
    return pages.exclude(under(paths)) if paths else pages


def is_public(page, request):
    return not any(page.path.startswith(path) for path in restricted_paths(request))


def applying_to(page_ids, request):
    """The restrictions on the pages of `page_ids` (Wagtail's `get_view_restrictions` asks for
    a page and its ancestors, aliases replaced by their originals)."""
    return [restriction for restriction in restrictions(request) if restriction.page_id in page_ids]
