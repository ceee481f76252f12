"""modelsearch's private API: the task that saving an indexed object enqueues; search field
values read once for several indexes."""

from contextlib import contextmanager

from django.utils import translation
from modelsearch.index import BaseField
from modelsearch.tasks import insert_or_update_object_task


def index_update_task():
    """The task that modelsearch's post_save handler enqueues for every saved indexed object,
    with (app label, model name, primary key): it rebuilds the object's search index entry
    from its stored state.

    Why private (`modelsearch.tasks`): modelsearch documents neither the task nor a way to
    defer or batch the index updates of many saves; a loader that saves an object several
    times recognises the task by it, to run it once per object."""
    return insert_or_update_object_task


@contextmanager
def search_values_read_once():
    """Within the block, the value of each search field of each object is read once, however
    many indexes and index columns ask for it in the same language (the objects are held until
    the block ends).

    Why a patch (`BaseField.get_value` replaced for the block's duration): a bulk writer indexes
    each new page in Wagtail's search backends (`add_bulk`, whose database backend reads every
    field three times: for the title, the body and the autocomplete column) and in the
    portal's search documents (search.indexing); a StreamField's value is its text extracted
    block by block, rich text stripped of its tags, most of a page's indexing time. Neither
    takes values read before. The objects must not change inside the block. Not thread-safe:
    for one-process bulk writers (demo.generator)."""
    original = BaseField.get_value
    read = {}

    def get_value(self, obj):
        key = (self.field_name, id(obj), translation.get_language())  # labels are translated
        if key not in read:
            read[key] = (obj, original(self, obj))  # the object held: its id stays its own
        value = read[key][1]
        return list(value) if isinstance(value, list) else value

    BaseField.get_value = get_value
    try:
        yield
    finally:
        BaseField.get_value = original
