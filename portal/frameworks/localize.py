"""wagtail-localize's private APIs: the keys of strings and of context paths, and the field
path of a context without saving it."""

from wagtail_localize.models import String, TranslationContext


def string_data_hash(data):
    """The key by which localize finds a String of `data` (with its locale).

    Why private (`String._get_data_hash`): a bulk writer of strings must find the rows localize
    would find; localize has no public function for its key."""
    return String._get_data_hash(data)


def context_path_id(path):
    """The key by which localize finds a TranslationContext of `path` (with its object).

    Why private (`TranslationContext._get_path_id`): as for strings, no public function."""
    return TranslationContext._get_path_id(path)


def unsaved_context(object_id, path, instance):
    """A new TranslationContext of `path` in `instance` (the translation source's object), with
    the field path that localize computes for it, unsaved.

    Why a workaround (the context's `save` replaced while `get_field_path` runs): that public
    method computes the field path and saves the context in one; a bulk writer inserts many
    contexts at once and must not save them one by one."""
    context = TranslationContext(object_id=object_id, path=path, path_id=context_path_id(path))
    context.save = lambda **kwargs: None
    try:
        context.get_field_path(instance)
    finally:
        del context.save
    return context
