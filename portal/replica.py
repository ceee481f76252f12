"""Reads of the public read API and the public search from a read replica, when one is set.

With DATABASE_REPLICA_URL set, settings add the database alias "replica" and this module's
router. Views that opt in with `@reads_from_replica` (the public read API, the search and its
suggestions) read from the replica; everything else reads from the primary ("default"): the
admin, the restricted area, sign-in, pages, and every read inside a transaction, so that a
request reads its own writes. Writes always go to the primary. Without a replica nothing
changes.

Rules: the request's user (its session) is read from the primary before the view's reads turn
to the replica, since a replica lags behind (a session made a second ago may not be there yet);
what a replica serves may be that much older (docs/deployment.md).
"""

import functools
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import DEFAULT_DB_ALIAS, connections

REPLICA = "replica"
_reading_replica = ContextVar("reading_replica", default=False)


@contextmanager
def replica_reads():
    """Within the block, reads may go to the replica."""
    token = _reading_replica.set(True)
    try:
        yield
    finally:
        _reading_replica.reset(token)


def reads_from_replica(view):
    """A view (function, or a class-based view's `dispatch`) whose reads may go to the replica."""

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        request = next((arg for arg in args if hasattr(arg, "META")), None)
        if request is not None and hasattr(request, "user"):
            _signed_in = request.user.is_authenticated  # the lazy user, read from the primary
        with replica_reads():
            return view(*args, **kwargs)

    return wrapped


class ReplicaRouter:
    """Reads of opted-in views outside transactions to the replica; all else to the primary."""

    def db_for_read(self, model, **hints):
        if (
            _reading_replica.get()
            and REPLICA in connections.settings
            and not connections[DEFAULT_DB_ALIAS].in_atomic_block
        ):
            return REPLICA
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same data, replicated

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS  # the replica follows the primary's schema by replication
