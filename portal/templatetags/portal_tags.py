"""Site chrome: menu, breadcrumbs and language links, each at a fixed number of queries; and what
a page shows only when a rule above the content model says so (outcomes for staff, a
translation's notice that its original changed)."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Page

from pages.public_cache import public_cached
from portal.alternates import page_alternates
from privacy.rules import is_registered_staff
from translation.status import original_changed_since_translation

register = template.Library()


def locale_home(language_code=None):
    """The home page of a language's tree (for views that are not pages, such as 404)."""
    return (
        Page.objects.filter(depth=2, locale__language_code=language_code or get_language())
        .live()
        .first()
    )


@dataclass(frozen=True)
class MenuLink:
    """A link of the main menu: a page's id, title and address, cacheable unlike the page."""

    pk: int
    title: str
    url: str
    language: str = ""  # set where it is not the reader's language


def menu_links(request):
    """The active language's home and its live, public pages shown in menus, as links: the
    same for every user, so cached until the next publish, unpublish, move or restriction
    change (pages.public_cache), for each host (addresses may name the site)."""

    def links():
        home = locale_home()
        if home is None:
            return None, []
        items = home.get_children().live().public().in_menu()
        return MenuLink(home.pk, home.title, home.get_url(request)), [
            MenuLink(item.pk, item.title, item.get_url(request)) for item in items
        ]

    host = request.get_host() if request is not None else ""
    return public_cached("menu", [get_language(), host], links, request)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    page = context.get("page")
    home, items = menu_links(context.get("request"))
    trail_ids = {ancestor.pk for ancestor in getattr(page, "trail", [])}
    return {
        "home": home,
        "items": items,
        "trail_ids": trail_ids,
        "current_id": getattr(page, "pk", None),
    }


def footer_links(request):
    """The pages the footer links (pages.models.footer), each in the active language where it
    is live and public, else in the first of settings.FALLBACK_LANGUAGES it is (marked with
    its language), as links in the setting's order: the same for every user, cached as the
    menu is (a change to the setting changes the content version)."""
    from pages import restrictions
    from pages.models import FooterLinks
    from pages.public_cache import current_site

    def links():
        site = current_site(request) if request is not None else None
        if site is None:
            return []
        # Read, never made here (for_site would write a row, and so a new content version).
        setting = FooterLinks.objects.filter(site=site).first()
        chosen = setting.page_ids() if setting else []
        # The chosen pages (for their order) and their versions in the active language, at once.
        keys = Page.objects.filter(pk__in=chosen).values("translation_key")
        preferred = [get_language(), *settings.FALLBACK_LANGUAGES]
        rows = Page.objects.live().filter(
            Q(pk__in=chosen) | Q(locale__language_code__in=preferred),
            translation_key__in=keys,
        )
        rows = list(restrictions.public(rows.select_related("locale"), request))
        order = {page.pk: page.translation_key for page in rows if page.pk in chosen}
        found = {}
        for page in sorted(rows, key=lambda page: language_rank(page, preferred), reverse=True):
            found[page.translation_key] = page  # the most preferred last, so it stays
        pages = [found[order[pk]] for pk in chosen if order.get(pk) in found]
        return [
            MenuLink(page.pk, page.title, page.get_url(request), foreign_language(page))
            for page in pages
        ]

    host = request.get_host() if request is not None else ""
    return public_cached("footer", [get_language(), host], links, request)


def language_rank(page, preferred):
    code = page.locale.language_code
    return preferred.index(code) if code in preferred else len(preferred)


def foreign_language(page):
    """The page's language code if it is not the reader's, else ""."""
    code = page.locale.language_code
    return code if code != get_language() else ""


@register.simple_tag(takes_context=True)
def legal_links(context):
    """The footer's links to the legal notice, privacy, accessibility, easy-to-read language and
    sign language pages."""
    return footer_links(context.get("request"))


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    return {"request": context.get("request"), "page": page, "trail": getattr(page, "trail", [])}


def live_languages(request):
    """The codes of the languages whose home page is live and public: a configured language
    appears on the site once its home is reviewed and published (translation.languages)."""

    def read():
        homes = Page.objects.filter(depth=2).live().public()
        return set(homes.values_list("locale__language_code", flat=True))

    return public_cached("live-languages", [], read, request)


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """Alternates from the view's context in the languages live on the site, or each live
    language's home for views without any."""
    request = context.get("request")
    if "alternates" in context and "page" in context:
        return context["alternates"]  # pages link to live homes only (BasePage.get_alternates)
    if "alternates" in context:
        live = live_languages(request)
        return [alternate for alternate in context["alternates"] if alternate.code in live]
    homes = Page.objects.filter(depth=2).live().public().select_related("locale")
    return page_alternates(request, {home.locale.language_code: (home, False) for home in homes})


@register.simple_tag(takes_context=True)
def restricted_area_for_staff(context):
    """The link to the restricted area of the active language, for registered staff only (else
    None). The same for all of them: kept as the menu is (pages.public_cache), shown to them."""
    from pages.models import RestrictedAreaPage

    request = context.get("request")
    if request is None or not is_registered_staff(request.user):
        return None

    def link():
        area = RestrictedAreaPage.objects.filter(locale__language_code=get_language()).first()
        return area and MenuLink(area.pk, area.title, area.get_url(request))

    host = request.get_host()
    return public_cached("restricted_area", [get_language(), host], link, request)


@register.simple_tag(takes_context=True)
def outcomes_for_staff(context, profile):
    """The outcomes recorded for a professional profile, for registered staff only (else None:
    for everyone else nothing of them is queried); with the address of the outcomes list and,
    for staff in the admin, links to record an outcome for each of its reference occupations."""
    from pages.models import OutcomeIndexPage
    from profile_io.outcome_entry import record_outcome_url

    request = context.get("request")
    if request is None or not is_registered_staff(request.user):
        return None
    recorded = profile.recorded_outcomes()

    def research_url():
        index = OutcomeIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        index = index.first()
        return index and index.get_url(request)

    host = request.get_host()
    recorded["research_url"] = public_cached("outcome_index", [host], research_url, request)
    if request.user.has_perm("wagtailadmin.access_admin"):
        occupations = context.get("reference_occupations") or [None]
        recorded["record_links"] = [
            (occupation, record_outcome_url(profile, occupation)) for occupation in occupations
        ]
    return recorded


@register.simple_tag
def original_changed(page, original):
    """Whether the German original of a translated page changed since it was translated."""
    if not page or not original:
        return False
    return original_changed_since_translation(page, original)
