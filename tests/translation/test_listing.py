"""The listing buttons of wagtail-localize, from what the listing fetched: the same buttons as
localize's own hook, without a query."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import hooks
from wagtail.models import Page
from wagtail_localize.wagtail_hooks import page_listing_more_buttons

from tests.factories.moderation import user_with
from tests.factories.pages import ProfessionalProfilePageFactory
from translation.listing import BUTTON_HOOKS, translation_buttons, with_translation_sources


def shown(buttons):
    return [(str(b.label), b.url, b.priority, b.icon_name) for b in buttons]


def test_same_buttons_as_localize_without_queries(tree):
    superuser = user_with(username="super", is_superuser=True)
    untranslated = ProfessionalProfilePageFactory(parent=tree["de"]["country"], title="Neu")
    for page in (tree["de"]["profile"], tree["en"]["profile"], untranslated, tree["de"]["home"]):
        listed = (
            with_translation_sources(Page.objects.filter(pk=page.pk))
            .annotate_has_untranslated_locale()
            .get()
        )
        expected = shown(page_listing_more_buttons(page, superuser, next_url="/admin/x/"))
        with CaptureQueriesContext(connection) as queries:
            ours = shown(translation_buttons(listed, superuser, next_url="/admin/x/"))
        assert ours == expected, page.title
        assert len(queries) <= 1  # the user's permissions, read once
    assert shown(translation_buttons(untranslated, superuser)) == shown(
        page_listing_more_buttons(untranslated, superuser)
    )  # not fetched by a listing: localize's own answer
    for name in BUTTON_HOOKS:
        registered = hooks.get_hooks(name)
        assert translation_buttons in registered and page_listing_more_buttons not in registered
