"""Country pages: the A-Z index with its filters and sub-routes, and the country profiles."""

import unicodedata
from itertools import groupby

import pycountry
from babel import Locale as BabelLocale
from babel import UnknownLocaleError
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.db.models.functions import Substr
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .. import public_cache, restrictions
from ..blocks import CountrySectionsBlock
from ..choices import Region
from ..snippets import ReferenceOccupation, published
from .base import BasePage, ReviewedMixin, paginate
from .pdf_route import PdfRouteMixin
from .professions import ProfessionalProfilePage


def base_letters(text):
    """`text` without diacritics, in any script: "Čad" -> "Cad", "Україна" -> "Украіна"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def initial_letter(title):
    """The letter a title sorts under: Ä under A, Č under C, أ under ا (diacritics folded)."""
    return base_letters(title[:1]).upper() or "#"


def sort_key(title):
    return base_letters(title).casefold()


LATIN_ALPHABET = [chr(code) for code in range(ord("A"), ord("Z") + 1)]


def alphabet_of(letters):
    """The letters of the A–Z navigation: A to Z for Latin titles, else the titles' initials."""
    return LATIN_ALPHABET if all(letter.isascii() for letter in letters) else letters


# What the index shows of each country and needs for its address: 920 countries with their
# sections would be megabytes of JSON to decode and a heap of objects for every rendering.
LISTED = ("title", "slug", "path", "depth", "url_path", "locale_id", "iso_code", "region")


class CountryIndexPage(RoutablePageMixin, BasePage):
    """Countries A–Z, filterable by first letter and region."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.CountryProfilePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("country index")

    def countries(self, request):
        return restrictions.public(CountryProfilePage.objects.child_of(self).live(), request)

    def profile_counts(self, request):
        """Live public professional profiles per country, in one grouped query (a private
        profile must not even show up as a number)."""
        prefix_length = len(self.path) + self.steplen
        profiles = ProfessionalProfilePage.objects.descendant_of(self).live()
        rows = (
            restrictions.public(profiles, request)
            .annotate(country_path=Substr("path", 1, prefix_length))
            .values("country_path")
            .annotate(total=Count("pk"))
            .order_by()
        )
        return {row["country_path"]: row["total"] for row in rows}

    @path("")
    def index_view(self, request):
        region = request.GET.get("region", "")
        letter = request.GET.get("letter", "").upper()
        countries = self.countries(request).order_by().only(*LISTED)
        if region in Region.values:
            countries = countries.filter(region=region)
        else:
            region = ""
        countries = sorted(countries, key=lambda page: sort_key(page.title))
        counts = self.profile_counts(request)
        for country in countries:
            country.initial = initial_letter(country.title)
            country.profile_count = counts.get(country.path, 0)
        letters = sorted({country.initial for country in countries})
        if letter in letters:
            countries = [country for country in countries if country.initial == letter]
        else:
            letter = ""
        groups = [(key, list(items)) for key, items in groupby(countries, lambda c: c.initial)]
        return self.render(
            request,
            context_overrides={
                "groups": groups,
                "letters": letters,
                "alphabet": alphabet_of(letters),
                "untranslated": self.untranslated(request),
                "letter": letter,
                "region": region,
                "regions": Region.choices,
                "result_count": len(countries),
            },
        )

    def untranslated(self, request):
        """Countries of the source language without a live, public translation here: each one's
        name in this language and its live, public versions in the other languages, to read
        there, as (name, [(url, language code, title)]). None in the source language itself.
        Public pages only, so kept while the content stands (pages.public_cache)."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return []

        def read():
            live = CountryProfilePage.objects.live().order_by()
            here = self.countries(request).values("translation_key")
            keys = live.filter(locale__language_code=settings.LANGUAGE_CODE).exclude(
                translation_key__in=here
            )
            versions = (
                restrictions.public(
                    live.filter(translation_key__in=keys.values("translation_key")), request
                )
                .exclude(locale=self.locale_id)
                .select_related("locale")
                .only(*LISTED, "translation_key", "locale__language_code")
            )
            countries = {}
            for version in versions:
                countries.setdefault(version.translation_key, []).append(version)
            names = territory_names(self.locale.language_code)
            rows = []
            for pages in countries.values():
                pages.sort(key=lambda page: language_order(page.locale.language_code))
                links = [(page.get_url(request), page.locale.language_code, page.title)
                         for page in pages]  # fmt: skip
                rows.append((names.get(pages[0].iso_code) or pages[0].title, links))
            return sorted(rows, key=lambda row: sort_key(row[0]))

        return public_cache.public_cached("untranslated-countries", [self.pk], read, request)

    @path(_("reference-occupation/<int:pk>/"), name="reference_occupation")
    def reference_occupation_view(self, request, pk):
        """Foreign qualifications compared with one German reference occupation."""
        occupation = published(ReferenceOccupation.objects.filter(pk=pk)).first()
        if occupation is None:
            raise Http404
        keys = ReferenceOccupation.objects.filter(translation_key=occupation.translation_key)
        profiles = (
            restrictions.public(ProfessionalProfilePage.objects.descendant_of(self).live(), request)
            .filter(reference_occupations__in=keys)
            .distinct()
            .order_by("title")
        )
        local = occupation.get_translation_or_none(self.locale) or occupation
        return self.render(
            request,
            template="pages/reference_occupation.html",
            context_overrides={"occupation": local, "profiles": paginate(request, profiles)},
        )


def territory_names(language_code):
    """Country names by ISO code in a language (Babel's CLDR data), or none it does not know."""
    try:
        return BabelLocale.parse(language_code).territories
    except (UnknownLocaleError, ValueError):
        return {}


def language_order(code):
    """A language's place in settings.LANGUAGES (the switcher's order)."""
    codes = [language for language, _name in settings.LANGUAGES]
    return codes.index(code) if code in codes else len(codes)


class CountryProfilePage(PdfRouteMixin, ReviewedMixin, BasePage):
    """One country (or historical state) and its education and vocational training system."""

    iso_code = models.CharField(
        _("ISO 3166 code"),
        max_length=4,
        help_text=_("ISO 3166-1 alpha-2 (TR) or, for historical states, ISO 3166-3 (YUCS)."),
    )
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    official_languages = models.CharField(_("official languages"), max_length=200, blank=True)
    valid_since = models.DateField(
        _("valid since"), null=True, blank=True, help_text=_("When this system took effect.")
    )
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("For historical states.")
    )
    summary = models.TextField(_("short description"))
    sections = StreamField(CountrySectionsBlock(), blank=True, verbose_name=_("sections"))
    pathway_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("educational pathways"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A diagram of the educational pathways."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("iso_code"), FieldPanel("region")]),
                FieldPanel("official_languages"),
                FieldRowPanel([FieldPanel("valid_since"), FieldPanel("valid_until")]),
                ReviewedMixin.review_panel(),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("summary"),
        FieldPanel("pathway_image"),
        FieldPanel("sections"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("sections"),
        index.FilterField("iso_code"),
        index.FilterField("region"),
    ]
    override_translatable_fields = [
        SynchronizedField("iso_code"),
        SynchronizedField("valid_since"),
        SynchronizedField("valid_until"),
        SynchronizedField("pathway_image"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("last_reviewed_by"),
    ]

    parent_page_types = ["pages.CountryIndexPage"]
    subpage_types = ["pages.ProfessionalProfilePage"]

    class Meta:
        verbose_name = _("country profile")

    @property
    def is_historical(self):
        return len(self.iso_code) == 4

    def clean(self):
        super().clean()
        code = (self.iso_code or "").upper()
        self.iso_code = code
        if len(code) == 4:
            known = pycountry.historic_countries.get(alpha_4=code)
        else:
            known = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
            known = known or (code == "XK")  # Kosovo: user-assigned, used by the EU and Germany
        if not known:
            raise ValidationError(
                {"iso_code": _("Enter an ISO 3166-1 alpha-2 or ISO 3166-3 code.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        profiles = ProfessionalProfilePage.objects.child_of(self).live()
        context["profiles"] = paginate(
            request, restrictions.public(profiles, request).order_by("title")
        )
        return context
