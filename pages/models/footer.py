"""The pages every page's footer links: those a German federal site must carry.

A site setting (Settings → Footer links) names each page once, in any language; the footer shows
the live, public version of the page in the reader's language (portal.templatetags.portal_tags).
The pages themselves are standard pages, under the editorial review like every information page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# The footer's links in their order: field name and its label.
LEGAL_LINKS = (
    ("imprint", _("legal notice (Impressum)")),
    ("privacy_notice", _("privacy notice")),
    ("accessibility_statement", _("accessibility statement")),
    ("easy_language", _("information in easy-to-read language")),
    ("sign_language", _("information in German Sign Language")),
)


def page_link(label):
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=label,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="list-ul")
class FooterLinks(BaseSiteSetting):
    """Which pages the footer links (the legal notice, privacy, accessibility, easy-to-read
    language, sign language)."""

    imprint = page_link(LEGAL_LINKS[0][1])
    privacy_notice = page_link(LEGAL_LINKS[1][1])
    accessibility_statement = page_link(LEGAL_LINKS[2][1])
    easy_language = page_link(LEGAL_LINKS[3][1])
    sign_language = page_link(LEGAL_LINKS[4][1])

    panels = [FieldPanel(name) for name, _label in LEGAL_LINKS]

    class Meta:
        verbose_name = _("footer links")

    def page_ids(self):
        """The chosen pages' ids, in the footer's order."""
        return [
            getattr(self, f"{name}_id")
            for name, _label in LEGAL_LINKS
            if getattr(self, f"{name}_id")
        ]
