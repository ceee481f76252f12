"""Reference data edited as snippets.

ReferenceOccupation, OccupationalField and GlossaryTerm are read by visitors and so are
translatable (wagtail-localize); profiles point at the German instance (relations are synchronised
fields) and templates show the translation of the current locale (see pages.localized).
Chamber names are proper names and stay German; what the competent authority finder needs of a
chamber (its postcode areas and occupations) is described at Chamber.

All four are quality-controlled like pages (ReviewedSnippet): an edit is a revision (draft) until
the workflow "Reference data review" approves and publishes it, so a changed reference occupation
reaches no profile before a second person has checked it; each has its history and comparison
in the admin. The row holds what is published; a snippet never published (`live` False) is shown
to nobody (`published`).
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .choices import ChamberType, FederalState
from .slugs import german_slug

SOURCE_LOCALE_FILTER = {"locale__language_code": settings.LANGUAGE_CODE}


class ReviewedSnippet(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """Drafts, revisions, locking and a workflow, as Wagtail gives pages."""

    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        for_concrete_model=False,
    )

    class Meta:
        abstract = True


def published(queryset):
    """Only what has been published at least once (a never-published draft is nobody's to read)."""
    return queryset.filter(live=True)


class OccupationalField(ReviewedSnippet, TranslatableMixin, index.Indexed):
    """A group of related occupations (Berufsfeld) that profiles and reference occupations belong
    to."""

    name = models.CharField(_("name"), max_length=120)

    panels = [FieldPanel("name")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("occupational field")
        verbose_name_plural = _("occupational fields")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ReferenceOccupation(ReviewedSnippet, TranslatableMixin, index.Indexed):
    """A German recognised occupation that foreign qualifications are compared with."""

    name = models.CharField(_("name"), max_length=200)
    kldb_code = models.CharField(
        _("KldB 2010 code"),
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^\d{5}$", _("A KldB 2010 code has five digits."))],
    )
    chamber_type = models.CharField(
        _("responsible chamber type"), max_length=20, choices=ChamberType.choices
    )
    regulated = models.BooleanField(
        _("regulated"),
        default=False,
        help_text=_("Regulated occupations need recognition before practising them."),
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

    panels = [
        FieldPanel("name"),
        FieldPanel("kldb_code"),
        FieldPanel("chamber_type"),
        FieldPanel("regulated"),
        FieldPanel("occupational_field"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("kldb_code"),
        index.FilterField("chamber_type"),
    ]
    override_translatable_fields = [
        SynchronizedField("kldb_code"),
        SynchronizedField("regulated"),
        SynchronizedField("occupational_field"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("reference occupation")
        verbose_name_plural = _("reference occupations")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.kldb_code})" if self.kldb_code else self.name


def postcode_prefixes(text):
    """The postcode prefixes of a chamber's areas: "80, 81, 853" -> ["80", "81", "853"]."""
    return [part for part in (piece.strip() for piece in text.replace(";", ",").split(",")) if part]


def validate_postcode_areas(text):
    for prefix in postcode_prefixes(text):
        if not (prefix.isdigit() and 1 <= len(prefix) <= 5):
            raise ValidationError(
                _("“%(prefix)s” is not a postcode prefix: use one to five digits."),
                params={"prefix": prefix},
            )


class Chamber(ReviewedSnippet, ClusterableModel, index.Indexed):
    """An assessment authority; its staff register with an e-mail address of its domain.

    The competent authority finder (authorities.finder) reads two things: the postcode areas the
    chamber serves (prefixes of German postcodes; the longest prefix that matches wins, so a
    chamber serving "8" gives way to one serving "80"), and the occupations it decides on: the
    reference occupations listed, or, when none are, every reference occupation of its type.
    A chamber without postcode areas advises but decides on nothing the finder shows.
    """

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        allow_unicode=False,
        help_text=_("Its address in the chamber directory; made from the name when empty."),
    )
    chamber_type = models.CharField(_("type"), max_length=20, choices=ChamberType.choices)
    federal_state = models.CharField(_("federal state"), max_length=2, choices=FederalState.choices)
    street = models.CharField(_("street and number"), max_length=120, blank=True)
    postcode = models.CharField(_("postcode"), max_length=5, blank=True)
    town = models.CharField(_("town"), max_length=100)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.CharField(
        _("opening hours"),
        max_length=200,
        blank=True,
        help_text=_("As the chamber states them, e.g. “Mo–Th 8:00–16:00, Fr 8:00–12:00”."),
    )
    postcode_areas = models.CharField(
        _("postcode areas served"),
        max_length=500,
        blank=True,
        validators=[validate_postcode_areas],
        help_text=_(
            "Prefixes of the German postcodes the chamber is responsible for, separated by "
            "commas, e.g. “80, 81, 82”; the digits 0 to 9 mean all of Germany."
        ),
    )
    occupations = ParentalManyToManyField(
        "pages.ReferenceOccupation",
        verbose_name=_("reference occupations decided on"),
        blank=True,
        related_name="+",
        limit_choices_to=SOURCE_LOCALE_FILTER,
        help_text=_("Only these; when none are chosen, every reference occupation of its type."),
    )
    email_domain = models.CharField(
        _("e-mail domain"),
        max_length=100,
        blank=True,
        validators=[
            RegexValidator(
                r"^[a-z0-9.-]+\.[a-z]{2,}$", _("Enter a domain such as hwk-muenchen.de.")
            )
        ],
    )

    group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("staff group"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="chamber",
        help_text=_("Made and renamed together with the chamber."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("chamber_type"), FieldPanel("federal_state")]),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("postcode_areas"), FieldPanel("occupations")],
            heading=_("Responsibility"),
        ),
        FieldPanel("email_domain"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("town"),
        index.FilterField("chamber_type"),
        index.FilterField("federal_state"),
    ]

    class Meta:
        verbose_name = _("chamber")
        verbose_name_plural = _("chambers")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.free_slug()
        super().save(*args, **kwargs)

    def free_slug(self):
        """A slug from the name that no other chamber has (long names may share their start)."""
        base = german_slug(self.name)[:90]
        others = Chamber.objects.exclude(pk=self.pk)
        taken = set(others.filter(slug__startswith=base).values_list("slug", flat=True))
        return next(
            slug
            for slug in (base if number == 1 else f"{base}-{number}" for number in range(1, 1000))
            if slug not in taken
        )

    @property
    def prefixes(self):
        return postcode_prefixes(self.postcode_areas)


class GlossaryTerm(ReviewedSnippet, TranslatableMixin, index.Indexed):
    """A term and its definition, listed by the glossary block in the page's language."""

    term = models.CharField(_("term"), max_length=120)
    definition = models.TextField(_("definition"))

    panels = [FieldPanel("term"), FieldPanel("definition")]
    search_fields = [index.SearchField("term"), index.SearchField("definition")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]

    def __str__(self):
        return self.term
