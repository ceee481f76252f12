"""News: one news index under each home page, news items under it, newest first.

A news item's date is the same in every language (synchronised).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .. import restrictions
from ..blocks import StandardBodyBlock
from .base import BasePage, paginate


class NewsIndexPage(BasePage):
    """The news of one language, newest first, twenty a page."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = restrictions.public(NewsPage.objects.child_of(self).live(), request)
        news = news.order_by("-date", "-pk")
        context["news"] = paginate(request, news, per_page=20)
        return context


class NewsPage(BasePage):
    """A news item: its date, an introduction and content."""

    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"))
    body = StreamField(StandardBodyBlock(), blank=True, verbose_name=_("content"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    override_translatable_fields = [SynchronizedField("date")]

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
