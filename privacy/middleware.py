"""No admin view answers about a page, document or image that the user may not read.

Wagtail's admin views check page permissions, but some show a page's title before or without
asking (the explorer of a page above one's permissions, wagtail-localize's views, the chooser's
"chosen" answers, bulk actions, the parent and copy forms). Every admin request that names a
page, a translation of one, a document or an image is answered 404 here when the user may not
read what it names (privacy.rules), before any view runs:
- in the URL, by one of the parameters below (a new view of any app is covered as soon as its
  URL names the object so);
- in the query or the form, for the views listed in PAGE_FIELDS; a bulk action over "all"
  pages is for Registered staff only.

Only users with admin access are checked (everyone else is sent to the admin's sign-in by the
admin itself, and must not learn which ids are restricted from a different answer). Admin views
that count or list pages across the whole tree without asking page permissions (Wagtail's page
types usage report) are for Registered staff only.
"""

from functools import cache

from django.http import Http404
from django.urls import reverse
from wagtail.admin.views.chooser import page_models_from_string
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from .rules import can_see_media, is_hidden, is_registered_staff

PAGE_PARAMETERS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")
DOCUMENT_PARAMETERS = ("document_id", "doc_id")
CHOSEN_MEDIA = {"wagtaildocs_chooser": get_document_model, "wagtailimages_chooser": get_image_model}
# View name -> (query or form, field names) that carry page ids.
PAGE_FIELDS = {
    "wagtailadmin_choose_page_chosen_multiple": ("GET", ("id",)),
    "wagtail_bulk_action": ("GET", ("id", "childOf")),
    "wagtailadmin_pages:choose_parent": ("POST", ("parent_page",)),
    "wagtailadmin_pages:copy": ("POST", ("new_parent_page",)),
    "wagtailadmin_pages:move": ("POST", ("new_parent_page",)),
}
PAGE_CHOOSERS = {"wagtailadmin_choose_page", "wagtailadmin_choose_page_search"}
STAFF_ONLY_VIEWS = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
}


@cache
def admin_prefix():
    return reverse("wagtailadmin_home")


def ids(values):
    """The whole numbers among `values` (anything else names nothing)."""
    return [int(value) for value in values if str(value).isascii() and str(value).isdecimal()]


def _pages_by_translation(kwargs):
    keys = []
    if "translation_id" in kwargs:
        translation = Translation.objects.filter(pk=kwargs["translation_id"]).first()
        keys.append(translation.source.object_id if translation else None)
    if "translation_source_id" in kwargs:
        source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
        keys.append(source.object_id if source else None)
    keys = [key for key in keys if key]
    return list(Page.objects.filter(translation_key__in=keys).only("path")) if keys else []


def _chooser_parent(request):
    """The page a chooser limited to page types opens at: the types' common ancestor."""
    try:
        classes = page_models_from_string(request.GET.get("page_type") or "wagtailcore.page")
    except (ValueError, LookupError):
        return []
    if classes == (Page,):
        return []
    pages = Page.objects.type(*classes)
    return [pages.first_common_ancestor()] if pages.exists() else []


def named_pages(request, match):
    named = [match.kwargs[name] for name in PAGE_PARAMETERS if name in match.kwargs]
    if "pk" in match.kwargs and (
        "wagtailadmin_pages" in match.namespaces
        or match.view_name.startswith("wagtailadmin_api:pages")
    ):
        named.append(match.kwargs["pk"])
    method, fields = PAGE_FIELDS.get(match.view_name, ("GET", ()))
    data = request.POST if method == "POST" else request.GET
    for field in fields:
        named += data.getlist(field)
    pages = list(Page.objects.filter(pk__in=ids(named)).only("path"))
    pages += _pages_by_translation(match.kwargs)
    if match.view_name in PAGE_CHOOSERS:
        pages += _chooser_parent(request)
    return pages


def named_media(match):
    items = []
    documents = ids(match.kwargs[name] for name in DOCUMENT_PARAMETERS if name in match.kwargs)
    if documents:
        items += get_document_model().objects.filter(pk__in=documents)
    if "image_id" in match.kwargs:
        items += get_image_model().objects.filter(pk__in=ids([match.kwargs["image_id"]]))
    for namespace, model in CHOSEN_MEDIA.items():
        if namespace in match.namespaces:
            items += model().objects.filter(pk__in=ids([match.kwargs.get("pk", "")]))
    return items


def refused(request, match):
    """Whether the admin request names something the user may not read (or may not list)."""
    user = request.user
    if not is_registered_staff(user):
        if match.view_name in STAFF_ONLY_VIEWS:
            return True
        if match.view_name == "wagtail_bulk_action" and "all" in request.GET.getlist("id"):
            return True
    if any(is_hidden(page, user) for page in named_pages(request, match)):
        return True
    return any(not can_see_media(item, user) for item in named_media(match))


class AdminPrivacyMiddleware:
    """Answers 404 to an admin request that names what the user may not read (superusers pass)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if (
            user.is_superuser
            or not request.path.startswith(admin_prefix())
            or not user.has_perm("wagtailadmin.access_admin")
        ):
            return None
        if refused(request, request.resolver_match):
            raise Http404
        return None
