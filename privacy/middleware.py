"""No admin view answers about a page, document or image that the user may not read.

Wagtail's admin views check page permissions, but some show a page's title before or without
asking (the explorer of a page above one's permissions, wagtail-localize's views). Every admin
URL that names a page, a translation of one, a document or an image is answered 404 here when
the user may not read what it names (privacy.rules), before any view runs: a new view of any
app is covered as soon as its URL names the object with one of the parameters below.

Admin views that count or list pages across the whole tree without asking page permissions
(Wagtail's page types usage report) are for Registered staff only.
"""

from functools import cache

from django.http import Http404
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from .rules import can_see_media, is_hidden, is_registered_staff

PAGE_PARAMETERS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")
PAGE_NAMESPACES = {"wagtailadmin_pages", "wagtailadmin_api"}
DOCUMENT_PARAMETERS = ("document_id", "doc_id")
STAFF_ONLY_VIEWS = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
}
CHOSEN_MEDIA = {"wagtaildocs_chooser": get_document_model, "wagtailimages_chooser": get_image_model}


@cache
def admin_prefix():
    return reverse("wagtailadmin_home")


def _pages_by_ids(ids):
    return Page.objects.filter(pk__in=[pk for pk in ids if str(pk).isdigit()]).only("path")


def _pages_by_translation(kwargs):
    keys = []
    if "translation_id" in kwargs:
        translation = Translation.objects.filter(pk=kwargs["translation_id"]).first()
        keys.append(translation.source.object_id if translation else None)
    if "translation_source_id" in kwargs:
        source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
        keys.append(source.object_id if source else None)
    keys = [key for key in keys if key]
    return Page.objects.filter(translation_key__in=keys).only("path") if keys else []


def named_pages(match):
    ids = [match.kwargs[name] for name in PAGE_PARAMETERS if name in match.kwargs]
    if "pk" in match.kwargs and PAGE_NAMESPACES & set(match.namespaces):
        ids.append(match.kwargs["pk"])
    return [*_pages_by_ids(ids), *_pages_by_translation(match.kwargs)]


def named_media(match):
    items = []
    documents = [match.kwargs[name] for name in DOCUMENT_PARAMETERS if name in match.kwargs]
    if documents:
        items += get_document_model().objects.filter(pk__in=documents)
    if "image_id" in match.kwargs:
        items += get_image_model().objects.filter(pk=match.kwargs["image_id"])
    for namespace, model in CHOSEN_MEDIA.items():
        if namespace in match.namespaces and str(match.kwargs.get("pk", "")).isdigit():
            items += model().objects.filter(pk=match.kwargs["pk"])
    return items


class AdminPrivacyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = request.user
        if user.is_superuser or not request.path.startswith(admin_prefix()):
            return None
        if match.view_name in STAFF_ONLY_VIEWS and not is_registered_staff(user):
            raise Http404
        if not view_kwargs:
            return None
        if any(is_hidden(page, user) for page in named_pages(match)):
            raise Http404
        if any(not can_see_media(item, user) for item in named_media(match)):
            raise Http404
        return None
