"""Outcomes research for registered staff: the recognition outcomes of every chamber, filtered,
counted per result, checked for chambers that decided differently, and exported.

The list is the restricted area's outcome index (OutcomeIndexPage), so Wagtail's view restriction
guards the list and its export alike; nothing here is shown to anyone but registered staff. Its
filter choices are public reference data (countries, reference occupations, chambers), kept per
content version; a screen costs one query for its rows and their counts and one for the
divergences, whatever the number of outcomes.

A divergence: in the last DIVERGENCE_YEARS years (this one included), at least two chambers
decided on the same professional profile and reference occupation, with different results.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.core.paginator import Page as ListPage
from django.core.paginator import Paginator
from django.db.models import Case, Count, Exists, OuterRef, Q, Subquery, Sum, When, Window
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from portal.spreadsheets import Spreadsheet
from portal.widgets import QuickSelect

from .choices import OutcomeResult
from .localized import ReferenceTable
from .models.base import PAGE_SIZE
from .models.countries import CountryProfilePage
from .models.professions import ProfessionalProfilePage
from .models.restricted import (
    ChamberOutcomesPage,
    outcomes_with_chamber_names,
)
from .public_cache import public_cached
from .snippets import Chamber, ReferenceOccupation
from .tree import parent_path

DIVERGENCE_YEARS = 5
DIVERGENCES_SHOWN = 20
FIRST_YEAR = 2012  # the Recognition Act: no decision is older


def chamber_choices(request):
    """(id, name) of every chamber, kept while the content stands."""

    def rows():
        return list(Chamber.objects.order_by("name").values_list("pk", "name"))

    return public_cached("outcome-chambers", "", rows, request)


def german_countries(request):
    """(id, title, path) of every German country profile, kept while the content stands."""

    def rows():
        countries = CountryProfilePage.objects.live().public()
        countries = countries.filter(locale__language_code=settings.LANGUAGE_CODE)
        return list(countries.order_by("title").values_list("pk", "title", "path"))

    return public_cached("outcome-countries", settings.LANGUAGE_CODE, rows, request)


class OutcomeFilterForm(forms.Form):
    """The filters of the list (GET); every choice is known without a query."""

    country = forms.TypedChoiceField(
        label=_("Country"), required=False, coerce=int, widget=QuickSelect
    )
    reference_occupation = forms.TypedChoiceField(
        label=_("Reference occupation"), required=False, coerce=int, widget=QuickSelect
    )
    result = forms.ChoiceField(label=_("Result"), required=False)
    year = forms.TypedChoiceField(label=_("Year of decision"), required=False, coerce=int)
    chamber = forms.TypedChoiceField(
        label=_("Chamber"), required=False, coerce=int, widget=QuickSelect
    )
    profile = forms.IntegerField(
        label=_("Professional profile"), required=False, widget=forms.HiddenInput
    )

    def __init__(self, data, *, countries, occupations, chambers):
        super().__init__(data)
        everything = [("", _("All"))]
        self.countries = {pk: (title, path) for pk, title, path in countries}
        self.fields["country"].choices = everything + [(pk, t) for pk, t, _path in countries]
        self.fields["reference_occupation"].choices = everything + [
            (row.pk, str(row)) for row in occupations
        ]
        self.fields["result"].choices = everything + OutcomeResult.choices
        this_year = datetime.date.today().year
        self.fields["year"].choices = everything + [
            (year, year) for year in range(this_year, FIRST_YEAR - 1, -1)
        ]
        self.fields["chamber"].choices = everything + list(chambers)

    def filter(self, outcomes):
        """`outcomes` narrowed by every valid filter (an invalid one is left out, with its
        error on the form)."""
        if not self.is_bound:
            return outcomes
        self.is_valid()  # cleaned_data: the valid fields only
        values = {
            name: value for name, value in self.cleaned_data.items() if value not in ("", None)
        }
        query = Q()
        if "country" in values:
            query &= Q(profile__path__startswith=self.countries[values["country"]][1])
        if "chamber" in values:
            pages = ChamberOutcomesPage.objects.filter(chamber_id=values["chamber"])
            query &= Q(Exists(pages.filter(path=parent_path(OuterRef("path")))))
        if "reference_occupation" in values:
            query &= Q(reference_occupation_id=values["reference_occupation"])
        if "result" in values:
            query &= Q(result=values["result"])
        if "year" in values:
            query &= Q(decision_year=values["year"])
        if "profile" in values:
            query &= Q(profile_id=values["profile"])
        return outcomes.filter(query)


def parent_url(url):
    """The address of the page above the page at `url` (Wagtail's addresses follow the tree)."""
    return url.rstrip("/").rsplit("/", 1)[0] + "/"


# The profile's long texts: no list or export shows them, and a window over every filtered row
# would read (and sort) them all.
PROFILE_TEXTS = [
    f"profile__{name}"
    for name in ("body", "summary", "legal_basis", "training_institutions",
                 "admission_requirements")
]  # fmt: skip


def listed(outcomes):
    """The outcomes as the list shows them: newest decision first."""
    return (
        outcomes.select_related("profile", "reference_occupation")
        .defer(*PROFILE_TEXTS)
        .order_by("-decision_year", "title", "pk")
    )


# What the list shows of an outcome: not its long texts (the window reads every filtered row).
OUTCOME_TEXTS = [
    "substantial_differences", "compensation_measures", "notes", "issuing_institution",
    "issuing_town",
]  # fmt: skip


def screen_rows(outcomes):
    """`outcomes` as the list's rows: the profile's title and path as subqueries, which the
    database runs for the rows of the page only (after the window and the limit), instead of
    joining every profile of every filtered outcome."""
    profile = Page.objects.filter(pk=OuterRef("profile_id"))
    return (
        outcomes.select_related("reference_occupation")
        .defer(*OUTCOME_TEXTS)
        .annotate(
            profile_title=Subquery(profile.values("title")[:1]),
            profile_path=Subquery(profile.values("path")[:1]),
        )
        .order_by("-decision_year", "title", "pk")
    )


def counted_page(request, outcomes, per_page=PAGE_SIZE):
    """One page of `outcomes` with the number of all and of each result, in one query (window
    sums over every filtered outcome); a page number beyond the last gives the last."""
    windows = {
        f"count_{value}": Window(Sum(Case(When(result=value, then=1), default=0)))
        for value in OutcomeResult.values
    }
    annotated = screen_rows(outcomes).annotate(total=Window(Count("pk")), **windows)
    paginator = Paginator(annotated, per_page)
    try:
        number = max(int(request.GET.get("page", 1)), 1)
    except ValueError:
        number = 1
    rows = list(annotated[(number - 1) * per_page : number * per_page])
    if not rows and number > 1:
        number = max(paginator.num_pages, 1)  # one query more, for a page past the last only
        rows = list(annotated[(number - 1) * per_page : number * per_page])
    first = rows[0] if rows else None
    paginator.count = first.total if first else 0
    counts = [
        (label, getattr(first, f"count_{value}", 0) or 0) for value, label in OutcomeResult.choices
    ]
    return ListPage(rows, number, paginator), counts


@dataclass
class Divergence:
    """Chambers' different decisions on one profile and reference occupation."""

    profile: object
    occupation: object
    decisions: dict = field(default_factory=dict)  # chamber name: Counter of result labels

    @property
    def side_by_side(self):
        return [
            (chamber, sorted(results.items()))
            for chamber, results in sorted(self.decisions.items())
        ]


def recent_year():
    return datetime.date.today().year - DIVERGENCE_YEARS + 1


def divergences(outcomes):
    """The divergences among `outcomes` (each with profile, reference_occupation, chamber_name,
    result and decision_year), by profile title: decisions older than DIVERGENCE_YEARS years do
    not count."""
    groups = {}
    since = recent_year()
    for outcome in outcomes:
        if outcome.decision_year < since:
            continue
        key = (outcome.profile_id, outcome.reference_occupation_id)
        if key not in groups:
            groups[key] = Divergence(outcome.profile, outcome.reference_occupation)
        results = groups[key].decisions.setdefault(outcome.chamber_name, Counter())
        results[outcome.get_result_display()] += 1
    return sorted(
        (
            group
            for group in groups.values()
            if len(group.decisions) > 1
            and len({label for results in group.decisions.values() for label in results}) > 1
        ),
        key=lambda group: (group.profile.title, str(group.occupation)),
    )


@dataclass(frozen=True)
class Named:
    """A profile or reference occupation as a divergence names it."""

    pk: int
    title: str

    def __str__(self):
        return self.title


@dataclass(frozen=True)
class DecisionRow:
    """What divergences() reads of an outcome, without loading the outcome and its profile."""

    profile: Named
    reference_occupation: Named
    chamber_name: str
    result: str
    decision_year: int

    @property
    def profile_id(self):
        return self.profile.pk

    @property
    def reference_occupation_id(self):
        return self.reference_occupation.pk

    def get_result_display(self):
        return OutcomeResult(self.result).label


def decision_rows(outcomes):
    """`outcomes` as DecisionRows, read as plain values (one query)."""
    rows = outcomes.values_list(
        "profile_id", "profile__title", "reference_occupation_id", "reference_occupation__name",
        "reference_occupation__kldb_code", "chamber_name", "result", "decision_year",
    )  # fmt: skip
    for profile, title, occupation, name, kldb, chamber, result, year in rows:
        label = f"{name} ({kldb})" if kldb else name  # as ReferenceOccupation.__str__
        yield DecisionRow(Named(profile, title), Named(occupation, label), chamber, result, year)


def divergent_outcomes(filtered):
    """Every recent outcome (of any chamber) on a profile and reference occupation where a
    filtered outcome has a partner: another chamber's recent decision with another result.
    One query."""
    since = recent_year()
    recent = outcomes_with_chamber_names().filter(decision_year__gte=since)
    partner = recent.filter(
        profile_id=OuterRef("profile_id"),
        reference_occupation_id=OuterRef("reference_occupation_id"),
    ).exclude(result=OuterRef("result"))
    partner = partner.annotate(parent=parent_path()).exclude(parent=OuterRef("parent"))
    in_filter = filtered.filter(
        profile_id=OuterRef("profile_id"),
        reference_occupation_id=OuterRef("reference_occupation_id"),
        decision_year__gte=since,
    )
    rows = recent.annotate(parent=parent_path()).filter(Exists(partner), Exists(in_filter))
    return listed(rows)


def filter_form(request, index):
    """The filters of the list on `index` (the OutcomeIndexPage), bound to the request."""
    occupations = [
        row
        for row in ReferenceTable.of(ReferenceOccupation, request).by_id.values()
        if row.locale_id == index.locale_id
    ]
    return OutcomeFilterForm(
        request.GET or None,
        countries=german_countries(request),
        occupations=sorted(occupations, key=str),
        chambers=chamber_choices(request),
    )


def research(request, index):
    """The context of the outcomes list on `index`: form, page, counts, divergences,
    chambers."""
    form = filter_form(request, index)
    filtered = form.filter(outcomes_with_chamber_names())
    page, counts = counted_page(request, filtered)
    found = divergences(decision_rows(divergent_outcomes(filtered)))
    divergent_keys = {(group.profile.pk, group.occupation.pk) for group in found}
    country_titles = {path: title for title, path in form.countries.values()}
    for outcome in page:
        outcome.country_title = country_titles.get(outcome.profile_path[: -outcome.steplen], "")
        outcome.diverges = (outcome.profile_id, outcome.reference_occupation_id) in divergent_keys
        outcome.chamber_url = parent_url(outcome.get_url(request))
    filtered_by_profile = form.is_bound and form.cleaned_data.get("profile")
    profile = (
        ProfessionalProfilePage.objects.only("title").get(pk=page[0].profile_id)
        if filtered_by_profile and page
        else None
    )
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("export", None)
    return {
        "form": form,
        "profile": profile,
        "outcomes": page,
        "counts": counts,
        "divergences": found[:DIVERGENCES_SHOWN],
        "divergence_count": len(found),
        "divergence_years": DIVERGENCE_YEARS,
        "filter_query": query.urlencode(),
    }


class OutcomeSpreadsheet(Spreadsheet):
    """Every filtered outcome, read in chunks (its queries do not grow with the rows)."""

    columns = {
        "title": _("Title"),
        "profile": _("Professional profile"),
        "profile_external_id": _("External ID of the profile"),
        "country": _("Country"),
        "reference_occupation": _("Reference occupation"),
        "kldb_code": _("KldB 2010 code"),
        "result": _("Result"),
        "decision_year": _("Year of decision"),
        "completion_year": _("Year of completion of the qualification"),
        "chamber": _("Chamber"),
        "skills_analysis": _("Skills analysis (Qualifikationsanalyse) used"),
        "issuing_institution": _("Issuing institution"),
        "issuing_town": _("Town of the issuing institution"),
        "substantial_differences": _("Substantial differences"),
        "compensation_measures": _("Compensation measures"),
        "notes": _("Notes"),
    }
    filename = "anerkennungsergebnisse"

    def __init__(self, request, countries):
        self.country_titles = {path: title for title, path in countries.values()}
        super().__init__(request)

    def row(self, outcome):
        return {
            "title": outcome.title,
            "profile": outcome.profile.title,
            "profile_external_id": outcome.profile.external_id,
            "country": self.country_titles.get(outcome.profile.path[: -outcome.steplen], ""),
            "reference_occupation": outcome.reference_occupation.name,
            "kldb_code": outcome.reference_occupation.kldb_code,
            "result": outcome.get_result_display(),
            "decision_year": outcome.decision_year,
            "completion_year": outcome.completion_year,
            "chamber": outcome.chamber_name or "",
            "skills_analysis": outcome.skills_analysis,
            "issuing_institution": outcome.issuing_institution,
            "issuing_town": outcome.issuing_town,
            "substantial_differences": outcome.substantial_differences,
            "compensation_measures": outcome.compensation_measures,
            "notes": outcome.notes,
        }


def export(request, index, spreadsheet_format):
    """The filtered outcomes of `index` as a CSV or XLSX file."""
    form = filter_form(request, index)
    outcomes = listed(form.filter(outcomes_with_chamber_names()))
    return OutcomeSpreadsheet(request, form.countries).response(outcomes, spreadsheet_format)
