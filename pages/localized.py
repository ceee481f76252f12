"""Show synchronised relations in the reader's language.

Profiles keep pointing at the German (source) snippet in both locales, so a relation is set once
and can never diverge between languages. For display, each snippet is swapped for its
translation in the active locale; a snippet without translation stays German.

The small reference tables a page shows (occupational fields, reference occupations) are read
whole once per process while the content stands (pages.public_cache: every change to them
changes the content version), so their translations cost no query per request.
"""

from .public_cache import public_cached
from .snippets import published


def localize_all(objects, locale_id):
    """Return `objects` (translatable snippets) as their translations in `locale_id`."""
    objects = list(objects)
    if not objects:
        return objects
    if all(obj.locale_id == locale_id for obj in objects):
        return objects
    model = type(objects[0])
    translations = {
        obj.translation_key: obj
        for obj in model.objects.filter(
            locale_id=locale_id, translation_key__in=[obj.translation_key for obj in objects]
        )
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


class ReferenceTable:
    """Every row of a small translatable snippet table, by id and by translation key and
    locale: the same for every reader, so kept while the content version stands."""

    def __init__(self, rows):
        self.by_id = {row.pk: row for row in rows}
        self.by_key = {(row.translation_key, row.locale_id): row for row in rows}

    @classmethod
    def of(cls, model, request):
        return public_cached(
            "reference-table",
            model._meta.label,
            lambda: cls(list(published(model.objects.all()))),
            request,
        )

    def localized(self, pks, locale_id):
        """The rows of `pks` (in their order; unknown ones left out) in `locale_id`, or as
        they are where that locale has no translation."""
        rows = [self.by_id[pk] for pk in pks if pk in self.by_id]
        return [self.by_key.get((row.translation_key, locale_id), row) for row in rows]
