"""Is a translation behind its original? One rule for the reader's notice and the workbench.

A translation is out of date when its original was published after wagtail-localize last
applied the translation (the newest TranslationLog of that source and locale): the original has
changed since, and the translator has not yet brought the changes over.
"""

from django.db.models import F, OuterRef, Subquery
from wagtail.models import Page
from wagtail_localize.models import TranslationLog


def last_translated(locale_id):
    """Subquery: when localize last applied the translation of the outer page into the locale."""
    return Subquery(
        TranslationLog.objects.filter(
            source__object_id=OuterRef("translation_key"), locale_id=locale_id
        )
        .order_by("-created_at")
        .values("created_at")[:1]
    )


def original_published(source_locale_id):
    return Subquery(
        Page.objects.filter(
            translation_key=OuterRef("translation_key"), locale_id=source_locale_id
        ).values("last_published_at")[:1]
    )


def out_of_date(pages, source_locale_id):
    """The translated pages of `pages` whose original changed since they were translated."""
    return pages.annotate(
        translated_at=last_translated(OuterRef("locale_id")),
        original_published_at=original_published(source_locale_id),
    ).filter(original_published_at__gt=F("translated_at"))


def original_changed_since_translation(page, original):
    """For one page whose original (a Page with last_published_at) is already loaded."""
    if original is None or original.last_published_at is None:
        return False
    translated_at = (
        TranslationLog.objects.filter(
            source__object_id=page.translation_key, locale_id=page.locale_id
        )
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    return translated_at is not None and original.last_published_at > translated_at
