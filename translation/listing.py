"""wagtail-localize's buttons in the admin's page listings ("Translate this page", "Sync
translated pages"), answered from what the listing fetched.

localize asks the database three times for every row of the explorer and the admin search
(is a locale left to translate into, is the page a translation source, has it translations),
for everyone who may submit translations. Wagtail's listings already annotate whether a locale
is left (`_has_untranslated_locale`); `with_translation_sources` adds the source (the explorer
through its hook, the admin search through portal.frameworks.wagtail); the buttons
come from these two (`install`, once all apps' hooks are registered, puts them in the place of
localize's own). A page that was fetched otherwise (the header of the explorer, other
callers of the hook) gets localize's own answer. The buttons are localize's, with its labels,
URLs, priorities and icons; tests/translation/test_listing.py compares them with localize's.
"""

from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from portal.frameworks.wagtail import annotate_admin_search, replace_hook

BUTTON_HOOKS = ("register_page_listing_more_buttons", "register_page_header_buttons")

SOURCE = "_portal_translation_source_id"


def with_translation_sources(pages):
    """`pages` with the id of the translation source of each that has enabled translations."""
    sources = TranslationSource.objects.filter(
        object__translation_key=OuterRef("translation_key"),
        object__content_type=ContentType.objects.get_for_model(Page),
        locale_id=OuterRef("locale_id"),
        translations__enabled=True,
    ).values("pk")[:1]
    return pages.annotate(**{SOURCE: Subquery(sources)})


def translation_buttons(page, user, view_name=None, next_url=None):
    """localize's `page_listing_more_buttons`, without its queries for an annotated page."""
    if not (hasattr(page, "_has_untranslated_locale") and hasattr(page, SOURCE)):
        yield from localize_buttons()(page, user, view_name=view_name, next_url=next_url)
        return
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if page._has_untranslated_locale:
        page_id = page.alias_of_id or page.id
        url = reverse("wagtail_localize:submit_page_translation", args=[page_id])
        yield Button(
            _("Translate this page"), url, priority=60, icon_name="wagtail-localize-language"
        )
    source_id = getattr(page, SOURCE)
    if source_id is not None:
        url = reverse("wagtail_localize:update_translations", args=[source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield Button(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


def localize_buttons():
    """localize's own hook function (its module registers all its hooks when imported: only
    once Wagtail searched for hooks, so that the portal's come first)."""
    from wagtail_localize.wagtail_hooks import page_listing_more_buttons

    return page_listing_more_buttons


def install():
    """Put `translation_buttons` in the place of localize's hook, and have the admin search
    fetch the translation sources (TranslationConfig.ready)."""
    hooks.search_for_hooks()
    for name in BUTTON_HOOKS:
        replace_hook(name, localize_buttons(), translation_buttons)
    annotate_admin_search(with_translation_sources)
