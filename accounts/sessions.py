"""The session engine (SESSION_ENGINE): sessions in the database, read from a copy in the cache.

Rules:
- The database row is the session. Signing out, the end of an account's sessions
  (accounts.signals) and expiry delete or outdate it there; a session the database does not
  confirm is no session.
- A request reads the session from the cache while the database confirmed it less than
  SESSION_CONFIRM_SECONDS ago. Otherwise it reads the row (the confirmation), and the request
  writes the session back: to the database, renewing its idle expiry (SESSION_COOKIE_AGE), and
  to the cache, until that expiry. A session whose data changed is written at once, always.
- So the idle limit counts from the last confirmation: a session ends between SESSION_COOKIE_AGE
  minus SESSION_CONFIRM_SECONDS and SESSION_COOKIE_AGE after its last request, never later. A
  session deleted while its cached copy could not be deleted (the cache unreachable, or another
  process's local cache) is honoured for SESSION_CONFIRM_SECONDS after its last confirmation at
  most. With 0, every request reads and writes the row, as Django's database engine does.
- What the session proves about its user (active, the password's hash, groups, the second
  factor's device) is not kept here: the user, their groups and the device are read for every
  request (accounts.backends, django-otp).
"""

import time

from django.conf import settings
from django.contrib.sessions.backends import cached_db, db
from django.core.cache import caches

CONFIRMED_AT = "_session_confirmed_at"


def confirmation_seconds():
    return settings.SESSION_CONFIRM_SECONDS


class SessionStore(cached_db.SessionStore):
    """Django's cached_db engine, confirming each session in the database once per
    SESSION_CONFIRM_SECONDS instead of reading and writing the row for every request."""

    def load(self):
        self.confirmed = False
        try:
            data = caches[settings.SESSION_CACHE_ALIAS].get(self.cache_key)
        except Exception:  # invalid keys raise in some backends: as cached_db, no session
            data = None
        if data is not None and time.time() - data.get(CONFIRMED_AT, 0) < confirmation_seconds():
            return data
        data = db.SessionStore.load(self)  # the row; no row: no session key any more
        self.confirmed = self.session_key is not None  # the request writes it back (renewal)
        return data

    def save(self, must_create=False):
        """Writes the session (row and cache) when it is new, changed or confirmed by this
        request's read; otherwise (SESSION_SAVE_EVERY_REQUEST) the copy stands as it is."""
        if not (must_create or self.modified or getattr(self, "confirmed", False)):
            return
        self[CONFIRMED_AT] = time.time()
        super().save(must_create)
        self.confirmed = False
