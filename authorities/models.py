"""The finder's page: one per language (/de/zustaendige-stelle/, /en/competent-authority/).

Its routes: the finder itself (a GET form and its answer), the chamber directory (chambers/,
A–Z and by federal state) and a page per chamber (chambers/<slug>/). The "what to prepare" list
is the page's own content, edited and translated like any page.
"""

from dataclasses import replace
from itertools import groupby

from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from pages import restrictions
from pages.choices import FederalState
from pages.localized import ReferenceTable
from pages.models.base import BasePage
from pages.models.countries import initial_letter, sort_key
from pages.snippets import ReferenceOccupation, published

from . import finder
from .forms import FinderForm

# Where a visitor goes when the portal knows no chamber for their question: the federal hotline
# "Arbeiten und Leben in Deutschland" and the federal recognition finder, in the page's language.
HOTLINE = "+49 30 1815-1111"
RECOGNITION_FINDER = (
    "https://www.anerkennung-in-deutschland.de/html/{language}/pro/anerkennungs-finder.php"
)


class AuthorityFinderPage(RoutablePageMixin, BasePage):
    """Which chamber assesses a qualification: from an occupation and a place to its contacts."""

    intro = models.TextField(_("introduction"), blank=True)
    preparation = RichTextField(
        _("what to prepare"),
        blank=True,
        features=["bold", "italic", "ul", "ol", "link"],
        help_text=_("The documents and steps a visitor prepares before contacting the chamber."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("preparation")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("competent authority finder")

    def route_alternates(self, request, name, args=()):
        """The alternates of a route: each language's version of this page with the route's
        address in that language."""
        routed = []
        for alternate in self.get_alternates(request):
            if not alternate.is_translation:
                routed.append(alternate)
                continue
            with translation.override(alternate.code):
                subpath = self.reverse_subpage(name, args=args)
            routed.append(
                replace(
                    alternate, url=alternate.url + subpath, full_url=alternate.full_url + subpath
                )
            )
        return routed

    def localized_all(self, occupations, request):
        """German reference occupations as they read in this page's language."""
        table = ReferenceTable.of(ReferenceOccupation, request)
        return table.localized([occupation.pk for occupation in occupations], self.locale_id)

    def asked_profile(self, request):
        """The live, public professional profile of `?profile=<id>`, or None."""
        from pages.models import ProfessionalProfilePage

        value = request.GET.get("profile", "")
        if not value.isdigit():
            return None
        profiles = ProfessionalProfilePage.objects.live().filter(pk=int(value))
        return restrictions.public(profiles, request).first()

    @path("")
    def finder_view(self, request):
        """The form, pre-filled with a profile when one is given; the answer once a place is."""
        profile = self.asked_profile(request)
        asked = set(request.GET) - {"profile"}
        form = FinderForm(
            request.GET if asked else None, initial={"profile": profile and profile.pk}
        )
        context = {
            "form": form,
            "profile": profile,
            "unanswered": form.is_bound and not form.is_valid(),
            "hotline": HOTLINE,
            "recognition_finder": RECOGNITION_FINDER.format(language=translation.get_language()),
        }
        if form.is_valid():
            if profile is not None:
                occupations = list(published(profile.reference_occupations.all()))
            else:
                text = form.cleaned_data["occupation"]
                occupations = finder.matching_occupations(text, self.locale_id, request)
            context["no_occupation"] = not occupations
            if len(occupations) > 1 and not profile:
                context["candidates"] = self.localized_all(occupations, request)
            else:
                answers = finder.responsible(
                    occupations,
                    postcode=form.cleaned_data["postcode"],
                    state=form.cleaned_data["state"],
                    request=request,
                )
                local = self.localized_all([answer.occupation for answer in answers], request)
                for answer, occupation in zip(answers, local, strict=True):
                    answer.occupation = occupation
                context["answers"] = answers
                context["answered"] = True
                context["unanswered"] = not any(answer.chambers for answer in answers)
        context["occupation_names"] = sorted(
            {o.name for o in self.localized_all(finder.german_occupations(request), request)}
        )
        return self.render(request, context_overrides=context)

    @path(_("chambers/"), name="directory")
    def directory_view(self, request):
        state = request.GET.get("state", "")
        chambers = finder.ChamberTable.of(request).chambers
        if state in FederalState.values:
            chambers = [chamber for chamber in chambers if chamber.federal_state == state]
        else:
            state = ""
        chambers = sorted(chambers, key=lambda chamber: sort_key(chamber.name))
        groups = [
            (letter, list(items))
            for letter, items in groupby(chambers, lambda chamber: initial_letter(chamber.name))
        ]
        return self.render(
            request,
            template="authorities/chamber_directory.html",
            context_overrides={
                "groups": groups,
                "state": state,
                "states": FederalState.choices,
                "result_count": len(chambers),
                "alternates": self.route_alternates(request, "directory"),
            },
        )

    @path(_("chambers/<slug:slug>/"), name="chamber")
    def chamber_view(self, request, slug):
        table = finder.ChamberTable.of(request)
        chamber = table.by_slug(slug)
        if chamber is None:
            raise Http404
        listed = [o for o in finder.german_occupations(request) if o.pk in table.listed[chamber.pk]]
        return self.render(
            request,
            template="authorities/chamber.html",
            context_overrides={
                "chamber": chamber,
                "listed_occupations": self.localized_all(listed, request),
                "alternates": self.route_alternates(request, "chamber", args=[slug]),
            },
        )
