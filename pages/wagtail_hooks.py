"""The admin of the content model: the reference data (snippets: occupations, chambers, fields,
glossary), and the page chooser fetching what its rows show."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .snippets import Chamber, GlossaryTerm, OccupationalField, ReferenceOccupation


class ReferenceOccupationViewSet(SnippetViewSet):
    """German reference occupations in the admin."""

    model = ReferenceOccupation
    icon = "tag"
    list_display = ["name", "kldb_code", "chamber_type", "regulated"]
    list_filter = ["chamber_type", "regulated", "locale"]
    list_per_page = 50


class ChamberViewSet(SnippetViewSet):
    """Chambers in the admin (portal administrators)."""

    model = Chamber
    icon = "group"
    list_display = ["name", "chamber_type", "federal_state", "town"]
    list_filter = ["chamber_type", "federal_state"]
    list_per_page = 50


class OccupationalFieldViewSet(SnippetViewSet):
    """Occupational fields in the admin."""

    model = OccupationalField
    icon = "folder-open-inverse"
    list_display = ["name"]
    list_filter = ["locale"]


class GlossaryTermViewSet(SnippetViewSet):
    """Glossary terms in the admin."""

    model = GlossaryTerm
    icon = "help"
    list_display = ["term"]
    list_filter = ["locale"]
    list_per_page = 50


class ReferenceDataGroup(SnippetViewSetGroup):
    """The admin menu "Reference data" of the snippets."""

    menu_label = _("Reference data")
    menu_icon = "folder-inverse"
    menu_order = 300
    items = [
        ReferenceOccupationViewSet,
        ChamberViewSet,
        OccupationalFieldViewSet,
        GlossaryTermViewSet,
    ]


register_snippet(ReferenceDataGroup)


@hooks.register("before_serve_page")
def note_the_served_page(page, request, serve_args, serve_kwargs):
    """Which page this request shows, for the page cache's entry and the view counts
    (reports.counting); never anything about the reader."""
    request.served_page_id = page.pk


@hooks.register("construct_page_chooser_queryset")
def fetch_what_chooser_rows_show(pages, request):
    """The page chooser shows each page's status: whether a publication is scheduled and a
    workflow in progress, which Wagtail asks a page at a time unless the listing fetched them
    (as its explorer does)."""
    return pages.annotate_approved_schedule().prefetch_workflow_states()
