"""Show synchronised relations in the reader's language with one query.

Profiles keep pointing at the German (source) snippet in both locales, so a relation is set once
and can never diverge between languages. For display, the whole list is swapped for the
translations of the active locale in one query; a snippet without translation stays German.
"""


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
