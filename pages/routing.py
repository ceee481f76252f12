"""The page view: a page's address found in one query, then Wagtail's serve view as always.

Wagtail's `route()` walks the tree a segment at a time (a query for each child and one for its
specific row) after finding the site, the active locale and the root's translation. Here:

- The site (pages.public_cache.current_site) and the root page of the active language are read
  once per process and content version; every change to sites, locales or a live page
  replaces the version.
- The pages along the path come in one query: each by its depth, slug (indexed) and URL path,
  below the root. Their chain from the root is the route: where it ends before the path does,
  Wagtail's own `route()` of the last page takes the rest (a routable page's sub-route, or a
  404), so every answer is the one Wagtail's walk gives. A routable page on the way whose
  sub-route matches the rest answers first, as in Wagtail.
- The page found keeps what came along: its parent, its breadcrumbs' trail (BasePage.trail)
  and the view restrictions on it and its ancestors (pages.restrictions), which Wagtail's serve
  check then evaluates for the request's user. Where an alias is on the way, Wagtail's own
  `get_view_restrictions` looks up the originals.
- Wagtail's serve view then runs unchanged: its hooks, the view restriction check among them.
- A language whose home page is not live yet (translation.languages) has no pages: its prefix
  falls back to the root in the source language, and is redirected to that language's address,
  so a page is only ever served under its own language.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from portal.frameworks.wagtail import remember_route

from . import restrictions
from .public_cache import current_site, public_cached


def serve(request, path):
    """Wagtail's serve view, given the route found here (a 404 when there is none)."""
    site = current_site(request)
    if site is not None:
        language = localized_root(request, site)[-1]
        if language != get_language():
            return HttpResponseRedirect(translate_url(request.get_full_path(), language))
    remember_route(request, find_route(request, path))
    return wagtail_views.serve(request, path)


def localized_root(request, site):
    """(id, depth, path, url_path, language code) of the site's root page in the active language
    (Wagtail's `root_page.localized`: the root itself where that language has no live
    translation)."""

    def read():
        root = site.root_page.localized
        # The site's root page is the source language's home (pages.0002).
        untranslated = root.pk == site.root_page_id
        language = settings.LANGUAGE_CODE if untranslated else get_language()
        return root.pk, root.depth, root.path, root.url_path, language

    return public_cached("localized-root", [site.pk, get_language()], read, request)


def chain_along(request, root, components):
    """The pages from the root down along `components`, as far as they exist (one query)."""
    root_id, root_depth, root_path, root_url_path, _language = root
    wanted = {root_depth: root_url_path}
    for index, _component in enumerate(components, start=1):
        wanted[root_depth + index] = root_url_path + "".join(f"{c}/" for c in components[:index])
    candidates = Page.objects.filter(pk=root_id)
    for index, component in enumerate(components, start=1):
        candidates |= Page.objects.filter(
            depth=root_depth + index,
            slug=component,
            url_path=wanted[root_depth + index],
            path__startswith=root_path,
        )
    query = candidates.select_related("locale").order_by("depth")
    chain = []
    for page in query:
        parent = chain[-1] if chain else None
        if parent is None and page.pk != root_id:
            break
        if parent is not None and not (
            page.depth == parent.depth + 1 and page.path.startswith(parent.path)
        ):
            break
        if parent is not None:
            page._cached_parent_obj = parent
        chain.append(page)
    return chain


def routable_on_the_way(chain, components):
    """The first page of `chain` above its last whose sub-routes match the rest of the path
    (Wagtail's walk asks them before their children), with that rest; else None."""
    for index, page in enumerate(chain[:-1]):
        model = page.specific_class
        if not (page.live and model and issubclass(model, RoutablePageMixin)):
            continue
        rest = components[index:]
        try:
            model.get_resolver().resolve("/" + "".join(f"{c}/" for c in rest))
        except Http404:
            continue
        return index, rest
    return None


def find_route(request, path):
    """Wagtail's RouteResult for `path` under the request's site, or None (a 404)."""
    site = current_site(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    chain = chain_along(request, localized_root(request, site), components)
    if not chain:
        return None
    ahead = routable_on_the_way(chain, components)
    if ahead is not None:
        index, rest = ahead
    else:
        index, rest = len(chain) - 1, components[len(chain) - 1 :]
    page = chain[index].specific
    keep_what_came_along(request, page, chain[:index])
    try:
        result = page.route(request, rest)
    except Http404:
        return None
    return result if isinstance(result, RouteResult) else RouteResult(*result)


def keep_what_came_along(request, page, ancestors):
    """Give `page` its parent, its trail (ancestors from depth 2) and, unless an alias is on the
    way, the view restrictions on it and its ancestors."""
    if ancestors:
        page._cached_parent_obj = ancestors[-1]
    page.__dict__["trail"] = [ancestor for ancestor in ancestors if ancestor.depth >= 2]
    if not any(item.alias_of_id for item in [*ancestors, page]):
        page_ids = {page.pk, *(ancestor.pk for ancestor in ancestors)}
        page.routed_view_restrictions = restrictions.applying_to(page_ids, request)
