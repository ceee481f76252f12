"""Drive wagtail-localize from code, exactly as a translator does in its editor.

A source is extracted from the German object, every segment gets a StringTranslation, and
localize builds the English object from them (`Translation.save_target`). So demo content and
tests make real localize translations, with sources, segments and translation logs, never
hand-made second pages. `publish` publishes as `user`: with a user, the portal's permission rules
apply (no publishing around quality control), without one it is the system acting.
"""

from django.db import transaction
from wagtail.models import DraftStateMixin
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


class MissingTranslationError(LookupError):
    """A segment had no translation, and a half-translated object must not be saved."""


@transaction.atomic
def translate_with_localize(instance, locale, translate, user=None, publish=True):
    """Translate `instance` into `locale`; `translate(text, path)` returns the translated string.

    `path` is localize's context path of the segment ("title", "slug", "body.<uuid>.content...").
    `translate` raises MissingTranslationError (or returns None) when it has no translation: nothing
    is written then. Returns the translated instance.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = translate(segment.string.data, segment.context.path)
        if text is None:
            message = f"{instance!r}: no translation of {segment.string.data!r}"
            raise MissingTranslationError(message)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text},
        )
    # Localize would publish pages in transaction.on_commit, from a page object loaded before
    # the rest of the transaction (stale tree fields when children are added meanwhile, and
    # never at all inside a test transaction). Save a draft and publish it here instead.
    has_drafts = isinstance(instance, DraftStateMixin)
    translation.save_target(user=user, publish=publish and not has_drafts)
    target = instance.get_translation(locale)
    if publish and has_drafts:
        target.get_latest_revision().publish(user=user)
    return target
