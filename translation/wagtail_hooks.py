"""wagtail-localize's "translate" and "sync" views replaced by guarded ones; submit for review;
localize's listing buttons answered from what the listing fetched (translation.listing)."""

from django.urls import path
from wagtail import hooks

from .listing import with_translation_sources
from .views import (
    GuardedSubmitPageTranslationView,
    GuardedUpdateTranslationsView,
    submit_translation_for_review,
)


@hooks.register("register_admin_urls")
def register_translation_review_urls():
    """Registered before wagtail-localize's own admin URLs (INSTALLED_APPS order): the same
    paths land here."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            GuardedSubmitPageTranslationView.as_view(),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            GuardedUpdateTranslationsView.as_view(),
        ),
        path(
            "translation/<int:page_id>/submit-for-review/",
            submit_translation_for_review,
            name="translation_submit_for_review",
        ),
    ]


@hooks.register("construct_explorer_page_queryset")
def fetch_translation_sources(parent_page, pages, request):
    return with_translation_sources(pages)
