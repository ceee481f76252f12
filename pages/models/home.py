"""The home page: the root of each language's tree, one per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .. import restrictions
from .base import BasePage


class HomePage(BasePage):
    """The root of each locale's tree (/de/, /en/)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.CountryIndexPage",
        "pages.StandardPage",
        "pages.NewsIndexPage",
        "pages.RestrictedAreaPage",
        "authorities.AuthorityFinderPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .countries import CountryIndexPage
        from .news import NewsPage

        context = super().get_context(request, *args, **kwargs)
        indexes = CountryIndexPage.objects.child_of(self).live()
        context["country_index"] = restrictions.public(indexes, request).first()
        news = NewsPage.objects.descendant_of(self).live()
        context["latest_news"] = restrictions.public(news, request).order_by("-date")[:3]
        return context
