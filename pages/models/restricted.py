"""The restricted area (Arbeitsbereich): for registered chamber staff only (DESIGN section 6).

One RestrictedAreaPage per locale, made by a data migration with a view restriction to the group
Registered staff; everything below inherits it. Nobody but portal administrators changes its
privacy (moderation.permissions), and every channel that lists pages filters with `.public()`.
Recognition outcomes live in the German tree only: they are records, not texts to translate.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import StandardBodyBlock
from ..choices import OutcomeResult
from ..forms import PortalPageForm
from ..snippets import SOURCE_LOCALE_FILTER, Chamber, ReferenceOccupation
from ..tree import parent_path
from .base import BasePage, paginate


class RestrictedAreaPage(BasePage):
    """The entry page of one language's restricted area, listing its sections."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    # The forum page is made by the forum app's data migration, never by editors.
    subpage_types = ["pages.OutcomeIndexPage", "pages.GuidelineIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("restricted area")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live()
        return context


class OutcomeIndexPage(BasePage):
    """The recognition outcomes of every chamber: one list to research them (filters, counts per
    result, chambers that decided differently, CSV and XLSX export: pages.outcomes), and one
    page per chamber."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.RestrictedAreaPage"]
    subpage_types = ["pages.ChamberOutcomesPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("recognition outcomes")

    def serve(self, request, *args, **kwargs):
        from .. import outcomes

        spreadsheet_format = request.GET.get("export")
        if spreadsheet_format in outcomes.OutcomeSpreadsheet.FORMATS:
            return outcomes.export(request, self, spreadsheet_format)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..outcomes import research

        context = super().get_context(request, *args, **kwargs)
        context.update(research(request, self))
        return context


class ChamberOutcomesPage(BasePage):
    """One per chamber, made with the chamber; its staff group may add outcomes only here."""

    chamber = models.OneToOneField(
        Chamber,
        verbose_name=_("chamber"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="outcomes_page",
    )

    parent_page_types = ["pages.OutcomeIndexPage"]
    subpage_types = ["pages.RecognitionOutcomePage"]

    class Meta:
        verbose_name = _("outcomes of a chamber")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        outcomes = (
            RecognitionOutcomePage.objects.child_of(self)
            .live()
            .select_related("profile", "reference_occupation")
            .order_by("-decision_year", "title")
        )
        context["outcomes"] = paginate(request, outcomes)
        return context


PERSONAL_DATA_PATTERNS = {
    _("an e-mail address"): re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
    _("a date (of birth?)"): re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](19|20)?\d{2}\b"),
    _("a phone number"): re.compile(r"(\+|\b0)\d[\d /()-]{6,}\d"),
    _("a file number"): re.compile(
        r"\b(Az|AZ|Aktenzeichen|Gz|GZ|Geschäftszeichen|file no)\b\.?:?\s*[\w./-]*\d", re.I
    ),
    _("a person's name"): re.compile(r"\b(Herrn?|Frau|Mr|Mrs|Ms)\.?\s+[A-ZÄÖÜ][\w-]+"),
}


def personal_data_in(text):
    """The kinds of personal data that `text` seems to hold (PERSONAL_DATA_PATTERNS)."""
    return [label for label, pattern in PERSONAL_DATA_PATTERNS.items() if pattern.search(text)]


class OutcomeForm(PortalPageForm):
    """Outcomes are anonymised: the form has no field for a person, and it refuses free text
    that looks like personal data unless the editor confirms it is none."""

    free_text_fields = ["title", "substantial_differences", "compensation_measures", "notes"]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("no_personal_data_confirmed"):
            return cleaned_data
        for name in self.free_text_fields:
            found = personal_data_in(cleaned_data.get(name) or "")
            if found:
                self.add_error(
                    name,
                    ValidationError(
                        _(
                            "This looks like personal data (%(kinds)s). Outcomes are anonymised: "
                            "remove it, or confirm below that it is not personal data."
                        )
                        % {"kinds": ", ".join(str(kind) for kind in found)}
                    ),
                )
        return cleaned_data


def current_year():
    return datetime.date.today().year


class RecognitionOutcomePage(BasePage):
    """The anonymised outcome of one recognition procedure; never a person's data."""

    profile = models.ForeignKey(
        "pages.ProfessionalProfilePage",
        verbose_name=_("professional profile"),
        on_delete=models.PROTECT,
        related_name="outcomes",
        limit_choices_to=SOURCE_LOCALE_FILTER,
    )
    reference_occupation = models.ForeignKey(
        ReferenceOccupation,
        verbose_name=_("reference occupation"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=SOURCE_LOCALE_FILTER,
    )
    result = models.CharField(_("result"), max_length=10, choices=OutcomeResult.choices)
    substantial_differences = models.TextField(_("substantial differences"), blank=True)
    compensation_measures = models.TextField(_("compensation measures"), blank=True)
    skills_analysis = models.BooleanField(
        _("skills analysis (Qualifikationsanalyse) used"), default=False
    )
    decision_year = models.PositiveSmallIntegerField(
        _("year of decision"),
        validators=[MinValueValidator(2012), MaxValueValidator(2100)],
        default=current_year,
    )
    completion_year = models.PositiveSmallIntegerField(
        _("year of completion of the qualification"),
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    issuing_institution = models.CharField(_("issuing institution"), max_length=255, blank=True)
    issuing_town = models.CharField(
        _("town of the issuing institution"), max_length=120, blank=True
    )
    notes = models.TextField(_("notes"), blank=True)
    no_personal_data_confirmed = models.BooleanField(
        _("I confirm that the texts contain no personal data"),
        default=False,
        help_text=_("Only needed when the form warns about personal data."),
    )

    base_form_class = OutcomeForm
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("profile"),
                FieldPanel("reference_occupation"),
                FieldRowPanel([FieldPanel("result"), FieldPanel("skills_analysis")]),
                FieldRowPanel([FieldPanel("decision_year"), FieldPanel("completion_year")]),
                FieldRowPanel([FieldPanel("issuing_institution"), FieldPanel("issuing_town")]),
            ],
            heading=_("Outcome"),
        ),
        FieldPanel("substantial_differences"),
        FieldPanel("compensation_measures"),
        FieldPanel("notes"),
        FieldPanel("no_personal_data_confirmed"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("substantial_differences"),
        index.SearchField("compensation_measures"),
        index.SearchField("issuing_institution"),
        index.SearchField("issuing_town"),
        index.SearchField("notes"),
    ]
    parent_page_types = ["pages.ChamberOutcomesPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("recognition outcome")

    def clean(self):
        super().clean()
        if (
            self.completion_year
            and self.decision_year
            and self.completion_year > self.decision_year
        ):
            raise ValidationError(
                {"completion_year": _("The qualification was completed after the decision?")}
            )


def outcomes_with_chamber_names():
    """Live outcomes annotated with their chamber page's title, in the same query."""
    parent = Page.objects.filter(path=parent_path(OuterRef("path"))).values("title")[:1]
    return RecognitionOutcomePage.objects.live().annotate(chamber_name=Subquery(parent))


class GuidelineIndexPage(BasePage):
    """The practical guidelines, listed by title."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.RestrictedAreaPage"]
    subpage_types = ["pages.GuidelinePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("practical guidelines")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guidelines"] = paginate(
            request, GuidelinePage.objects.child_of(self).live().order_by("title")
        )
        return context


class GuidelinePage(BasePage):
    """A practical guideline (Arbeitshilfe) with attached documents."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StandardBodyBlock(), blank=True, verbose_name=_("content"))

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    template = "pages/standard_page.html"
    parent_page_types = ["pages.GuidelineIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("practical guideline")
