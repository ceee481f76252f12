"""modelsearch's private API: the task that saving an indexed object enqueues."""

from modelsearch.tasks import insert_or_update_object_task


def index_update_task():
    """The task that modelsearch's post_save handler enqueues for every saved indexed object,
    with (app label, model name, primary key): it rebuilds the object's search index entry
    from its stored state.

    Why private (`modelsearch.tasks`): modelsearch documents neither the task nor a way to
    defer or batch the index updates of many saves; a loader that saves an object several
    times recognises the task by it, to run it once per object."""
    return insert_or_update_object_task
