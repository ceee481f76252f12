"""Country and professional profiles rendered as PDF with WeasyPrint, in the page's language.

The dedicated print templates under templates/pdf/ are rendered to HTML, which WeasyPrint turns
into a tagged PDF; every resource it asks for goes through `pdf.fetcher.PortalURLFetcher`.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info, gettext
from weasyprint import HTML

from pages.models import ProfessionalProfilePage
from portal.public_address import public_page_url, public_url

from .fetcher import PortalURLFetcher

PROFILE_LIST_LIMIT = 200  # professional profiles listed in a country profile's PDF

TEMPLATES = {
    "countryprofilepage": "pdf/country_profile.html",
    "professionalprofilepage": "pdf/professional_profile.html",
}


def css_string(text):
    """`text` as a CSS string literal, safe inside a <style> element."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return '"' + escaped.replace("<", "\\3c ").replace(">", "\\3e ") + '"'


def page_counter_css():
    """'Page 2 of 5' in the current language, as the content of an @page margin box."""
    label = gettext("Page {page} of {pages}")
    css, rest = [], label
    for placeholder, counter in (("{page}", "counter(page)"), ("{pages}", "counter(pages)")):
        before, found, rest = rest.partition(placeholder)
        if before:
            css.append(css_string(before))
        if found:
            css.append(counter)
    if rest:
        css.append(css_string(rest))
    return mark_safe(" ".join(css))  # built from escaped CSS strings and counters only


def pdf_context(request, page):
    """The print template's context; a country's PDF lists its live, public profiles, a
    profile's shows its comparison with German occupations."""
    context = {
        "page": page,
        "language_code": page.locale.language_code,
        "direction": "rtl" if get_language_info(page.locale.language_code)["bidi"] else "ltr",
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", "BQ-Portal"),
        "public_address": public_url("/"),
        "canonical_url": public_page_url(page, request),
        "revision": page.live_revision_id,
        # The date of the content shown: of its publication (imported pages carry it too).
        "published": timezone.localdate(page.last_published_at or page.latest_revision_created_at),
        "generated": timezone.localdate(),
        "page_counter_css": page_counter_css(),
    }
    if page._meta.model_name == "countryprofilepage":
        profiles = ProfessionalProfilePage.objects.child_of(page).live().public().order_by("title")
        listed = list(profiles[: PROFILE_LIST_LIMIT + 1])
        context["profiles"] = [
            (profile, public_page_url(profile, request)) for profile in listed[:PROFILE_LIST_LIMIT]
        ]
        context["more_profiles"] = len(listed) > PROFILE_LIST_LIMIT
    if isinstance(page, ProfessionalProfilePage):
        context.update(page.comparison(request))
    return context


def render_pdf(request, page, fetcher_class=PortalURLFetcher):
    """The PDF of `page` as bytes, and the fetcher that served its resources."""
    base_url = request.build_absolute_uri(request.path)
    context = {**pdf_context(request, page), "base_url": base_url}
    with translation.override(page.locale.language_code):
        html = render_to_string(TEMPLATES[page._meta.model_name], context, request=request)
    fetcher = fetcher_class(request, base_url)
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher, media_type="print")
    return document.write_pdf(pdf_tags=True), fetcher
