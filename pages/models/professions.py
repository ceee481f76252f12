"""Professional profiles: one per foreign qualification, with outcomes for registered staff."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Case, Sum, When, Window
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..blocks import ProfileSectionsBlock
from ..choices import IscedLevel, OutcomeResult, QualificationType
from ..localized import ReferenceTable
from ..snippets import SOURCE_LOCALE_FILTER, OccupationalField, ReferenceOccupation
from .base import BasePage, ReviewedMixin
from .pdf_route import PdfRouteMixin


class ProfessionalProfilePage(PdfRouteMixin, ReviewedMixin, BasePage):
    """One foreign qualification, described so that it can be compared with German occupations.

    The page title is the name in the page's language; the original name keeps the original
    language and script. Relations point at the German snippets in both locales (synchronised).
    """

    external_id = models.CharField(
        _("external ID"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("The profile's key in import files (set by the import, unique per language)."),
    )
    original_name = models.CharField(_("name in the original language"), max_length=255)
    transliteration = models.CharField(
        _("transliteration"),
        max_length=255,
        blank=True,
        help_text=_("Latin transliteration when the original script is not Latin."),
    )
    qualification_type = models.CharField(
        _("qualification type"), max_length=30, choices=QualificationType.choices
    )
    isced_level = models.PositiveSmallIntegerField(
        _("ISCED 2011 level"), choices=IscedLevel.choices
    )
    isco_code = models.CharField(
        _("ISCO-08 code"),
        max_length=4,
        blank=True,
        validators=[RegexValidator(r"^\d{4}$", _("An ISCO-08 unit group code has four digits."))],
    )
    occupational_field = models.ForeignKey(
        OccupationalField,
        verbose_name=_("occupational field"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=SOURCE_LOCALE_FILTER,
    )
    reference_occupations = ParentalManyToManyField(
        ReferenceOccupation,
        verbose_name=_("German reference occupations"),
        blank=True,
        related_name="profiles",
        limit_choices_to=SOURCE_LOCALE_FILTER,
    )
    duration_months = models.PositiveSmallIntegerField(_("duration in months"))
    valid_from = models.DateField(_("training regulation valid from"), null=True, blank=True)
    valid_until = models.DateField(
        _("training regulation valid until"),
        null=True,
        blank=True,
        help_text=_("Leave empty while the regulation is in force."),
    )
    legal_basis = models.TextField(_("legal basis"), blank=True)
    training_institutions = models.TextField(_("training institutions"), blank=True)
    admission_requirements = models.TextField(_("admission requirements"), blank=True)
    summary = models.TextField(_("short description"))
    body = StreamField(ProfileSectionsBlock(), blank=True, verbose_name=_("content"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("original_name"),
                FieldPanel("transliteration"),
                FieldRowPanel([FieldPanel("qualification_type"), FieldPanel("isced_level")]),
                FieldRowPanel([FieldPanel("isco_code"), FieldPanel("duration_months")]),
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
                ReviewedMixin.review_panel(),
                FieldPanel("external_id", read_only=True),
            ],
            heading=_("Qualification"),
        ),
        MultiFieldPanel(
            [FieldPanel("occupational_field"), FieldPanel("reference_occupations")],
            heading=_("Comparison with Germany"),
        ),
        FieldPanel("summary"),
        FieldPanel("legal_basis"),
        FieldPanel("training_institutions"),
        FieldPanel("admission_requirements"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("original_name", boost=2),
        index.SearchField("transliteration"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("original_name"),
        index.FilterField("qualification_type"),
        index.FilterField("isced_level"),
        index.FilterField("occupational_field"),
    ]
    override_translatable_fields = [
        SynchronizedField("external_id"),
        SynchronizedField("original_name"),
        SynchronizedField("transliteration"),
        SynchronizedField("isco_code"),
        SynchronizedField("duration_months"),
        SynchronizedField("valid_from"),
        SynchronizedField("valid_until"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("last_reviewed_by"),
        SynchronizedField("occupational_field"),
        SynchronizedField("reference_occupations"),
    ]

    parent_page_types = ["pages.CountryProfilePage"]
    subpage_types = []
    # A copy is a new profile, not the imported record (translations get it as synchronised).
    exclude_fields_in_copy = ["external_id"]

    class Meta:
        verbose_name = _("professional profile")

    def clean(self):
        """An external ID names one profile per language. (A database constraint cannot say so:
        the locale lives in wagtailcore_page, and the translation shares the ID.)"""
        super().clean()
        if self.slug == "pdf":
            raise ValidationError({"slug": _("This address is reserved for the country's PDF.")})
        if self.external_id:
            duplicate = ProfessionalProfilePage.objects.filter(
                external_id=self.external_id, locale_id=self.locale_id
            ).exclude(pk=self.pk)
            if duplicate.exists():
                raise ValidationError(
                    _("Another professional profile has the external ID %(id)s.")
                    % {"id": self.external_id}
                )

    @property
    def country(self):
        return self.trail[-1]

    @property
    def country_index(self):
        return self.trail[-2]

    def recorded_outcomes(self):
        """The recognition outcomes recorded for this qualification (the newest 50), their
        counts per result (over all of them, as window sums) and where chambers decided
        differently among them (pages.outcomes.divergences), in one query.
        Registered staff only: the template asks privacy before calling."""
        from ..outcomes import DIVERGENCE_YEARS, divergences
        from .restricted import outcomes_with_chamber_names

        counted = {
            f"count_{value}": Window(Sum(Case(When(result=value, then=1), default=0)))
            for value in OutcomeResult.values
        }
        outcomes = list(
            outcomes_with_chamber_names()
            .filter(profile__translation_key=self.translation_key)
            .annotate(**counted)
            .order_by("-decision_year", "title")[:50]
        )
        newest = outcomes[0] if outcomes else None
        return {
            "outcomes": outcomes,
            "divergences": divergences(outcomes),
            "divergence_years": DIVERGENCE_YEARS,
            "counts": [
                (label, getattr(newest, f"count_{value}", 0) or 0)
                for value, label in OutcomeResult.choices
            ],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.comparison(request))
        return context

    def comparison(self, request):
        """The occupational field and the reference occupations in the page's language: one
        query for the page's occupations, the tables themselves kept (pages.localized)."""
        occupations = ReferenceTable.of(ReferenceOccupation, request)
        fields = ReferenceTable.of(OccupationalField, request)
        field_ids = [self.occupational_field_id] if self.occupational_field_id else []
        return {
            "occupational_field": next(iter(fields.localized(field_ids, self.locale_id)), None),
            "reference_occupations": occupations.localized(
                [occupation.pk for occupation in self.reference_occupations.all()],
                self.locale_id,
            ),
        }
