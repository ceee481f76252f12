"""The portal's own counts of what readers look at: a daily number per page and per search term.

No third-party tracker and no personal data: a row holds a page (or a term and its language), a
day and a number, never who, from where or with what (reports.counting).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageViewCount(models.Model):
    """How often a page was shown on one day."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    date = models.DateField(_("date"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views of a day")
        constraints = [
            models.UniqueConstraint(fields=["page", "date"], name="one_count_per_page_and_day")
        ]

    def __str__(self):
        return f"{self.page_id} {self.date}: {self.views}"


class SearchTermCount(models.Model):
    """How often a term was searched for on one day, in one language."""

    term = models.CharField(_("search term"), max_length=100)
    language = models.CharField(_("language"), max_length=10)
    date = models.DateField(_("date"))
    searches = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("searches of a day")
        constraints = [
            models.UniqueConstraint(
                fields=["term", "language", "date"], name="one_count_per_term_and_day"
            )
        ]

    def __str__(self):
        return f"{self.term} ({self.language}) {self.date}: {self.searches}"
