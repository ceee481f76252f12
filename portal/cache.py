"""The production cache: Redis, and a portal that keeps serving while Redis is away.

Everything the portal caches (search answers, rendered facets) can be computed again, so an
unreachable Redis should cost speed, never an error page: reads miss, writes are dropped and the
outage is logged. Rate limits fail closed: a counter that cannot be raised makes `incr` raise
ValueError, which django-ratelimit (without RATELIMIT_FAIL_OPEN) answers by limiting.
"""

import logging
from contextlib import contextmanager

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis import Redis
from redis.exceptions import RedisError

from portal.frameworks.django import redis_client, redis_connection_pool, use_redis_client_class

logger = logging.getLogger(__name__)


@contextmanager
def _outage(action):
    try:
        yield
    except RedisError as error:
        logger.warning("Cache unavailable, %s skipped: %s", action, error)


class ClientPerPool(RedisCacheClient):
    """Django's client makes a new redis.Redis for every cache call, building its table of
    response callbacks each time (a search takes a dozen calls); one client per connection pool
    serves them all (redis-py clients are thread-safe)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = redis_connection_pool(self, write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = Redis(connection_pool=pool)
        return client


class FailSoftRedisCache(RedisCache):
    """Django's RedisCache, answering as an empty cache that keeps nothing when Redis fails."""

    def __init__(self, server, params):
        super().__init__(server, params)
        use_redis_client_class(self, ClientPerPool)

    def get(self, key, default=None, version=None):
        with _outage("get"):
            return super().get(key, default, version)
        return default

    def get_many(self, keys, version=None):
        with _outage("get_many"):
            return super().get_many(keys, version)
        return {}

    def has_key(self, key, version=None):
        with _outage("has_key"):
            return super().has_key(key, version)
        return False

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with _outage("set"):
            super().set(key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        with _outage("set_many"):
            return super().set_many(data, timeout, version)
        return list(data)  # the keys not stored

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with _outage("add"):
            return super().add(key, value, timeout, version)
        return False

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        with _outage("touch"):
            return super().touch(key, timeout, version)
        return False

    def delete(self, key, version=None):
        with _outage("delete"):
            return super().delete(key, version)
        return False

    def delete_many(self, keys, version=None):
        with _outage("delete_many"):
            super().delete_many(keys, version)

    def incr(self, key, delta=1, version=None):
        with _outage("incr"):
            return super().incr(key, delta, version)
        raise ValueError(f"Key {key!r} could not be incremented: the cache is unavailable.")

    def clear(self):
        with _outage("clear"):
            return super().clear()
        return False

    def ping(self):
        with _outage("ping"):
            return bool(redis_client(self).ping())
        return False


def limited_status():
    """(HTTP status, whether the cache is away) for a request a rate limit refused: 429, or 503
    when the limit could not be counted at all (Redis away), which the page then says."""
    from django.core.cache import cache

    ping = getattr(cache, "ping", None)
    away = ping is not None and not ping()
    return (503 if away else 429), away
