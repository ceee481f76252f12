"""What every page type of the portal shares: breadcrumbs, language alternates, review dates,
and the rules of moderation and privacy, which attach through pages.hooks."""

import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction

from portal.alternates import page_alternates
from portal.frameworks.django import already_evaluated

from .. import hooks, public_cache, restrictions
from ..forms import PortalPageForm

PAGE_SIZE = 50


def paginate(request, queryset, per_page=PAGE_SIZE):
    """Every listing is paginated; a bad or too large page number gives the last page."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


class BasePage(Page):
    """What every page type of the portal shares: alternates, and the hooks of the rules."""

    base_form_class = PortalPageForm

    class Meta:
        abstract = True

    @cached_property
    def trail(self):
        """The ancestors from the locale's home page down to the parent (one query)."""
        return list(self.get_ancestors().filter(depth__gte=2).select_related("locale"))

    @cached_property
    def home(self):
        return self.trail[0] if self.trail else self

    def live_public_versions(self, request):
        """This page and its locale's home in every language, if live and public: made of
        public pages only, so kept in the cache until the content changes (pages.public_cache;
        one query when it is not there)."""
        if "_live_public_versions" not in self.__dict__:
            keys = sorted({str(self.translation_key), str(self.home.translation_key)})

            def read():
                candidates = Page.objects.filter(translation_key__in=keys).live()
                return {
                    (page.translation_key, page.locale.language_code): page
                    for page in candidates.select_related("locale")
                    if restrictions.is_public(page, request)
                }

            key = public_cache.public_key("versions", keys, request)
            self._live_public_versions = public_cache.get_or_compute(key, read)
        return self._live_public_versions

    def get_view_restrictions(self):
        """The view restrictions on this page and its ancestors: those the router brought along
        (pages.routing), or Wagtail's query."""
        routed = getattr(self, "routed_view_restrictions", None)
        if routed is None:
            return super().get_view_restrictions()
        queryset = PageViewRestriction.objects.filter(pk__in=[item.pk for item in routed])
        return already_evaluated(queryset, routed)

    def get_alternates(self, request):
        """The live, public versions of this page per language, for hreflang and the switcher.

        A language without a live public translation of this page links to that language's home
        page instead (`is_translation` False), and is left out of hreflang.
        """
        found = self.live_public_versions(request)
        pages = {}
        for code, _name in settings.LANGUAGES:
            page = found.get((self.translation_key, code))
            target = page or found.get((self.home.translation_key, code))
            if target is not None:
                pages[code] = (target, page is not None)
        return page_alternates(request, pages)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["alternates"] = self.get_alternates(request)
        if get_language() != settings.LANGUAGE_CODE:
            original = self.live_public_versions(request).get(
                (self.translation_key, settings.LANGUAGE_CODE)
            )
            context["original"] = original
        return context

    def permissions_for_user(self, user):
        """The portal's rules: no publishing around quality control, privacy by admins only."""
        return hooks.the_one(hooks.PERMISSION_TESTER)(user, self)

    def copy(self, *args, **kwargs):
        """A copy of a restricted page stays restricted wherever it lands (privacy.mirroring)."""
        copy = super().copy(*args, **kwargs)
        hooks.run_all(hooks.AFTER_COPY, self, copy)
        return copy

    def publish(self, revision, *args, **kwargs):
        with hooks.the_one(hooks.PUBLICATION)(self, revision):
            return super().publish(revision, *args, **kwargs)

    def save(self, *args, **kwargs):
        hooks.run_all(hooks.BEFORE_SAVE, self, kwargs.get("update_fields"))
        return super().save(*args, **kwargs)


REVIEW_INTERVAL = datetime.timedelta(days=730)  # content is due for review after 24 months


class ReviewedMixin(models.Model):
    """Profiles show when their content was last checked; due dates feed the workbench.

    The date and the reviewer are facts, not fields to type: the final approval in quality
    control sets them (moderation.workflows), also for an unchanged profile that an editor
    confirmed as current through the same workflow. An import may bring them from the
    authority's own records.
    """

    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("Set by the final approval in quality control."),
    )
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    @staticmethod
    def review_panel():
        """The review's date and reviewer in the editor, shown, never typed."""
        from wagtail.admin.panels import FieldPanel, FieldRowPanel  # imports the page models

        return FieldRowPanel(
            [
                FieldPanel("last_reviewed", read_only=True),
                FieldPanel("last_reviewed_by", read_only=True),
            ]
        )

    def mark_reviewed(self, user, on):
        """The content was checked by `user` `on` that date."""
        self.last_reviewed, self.last_reviewed_by = on, user
