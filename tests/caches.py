"""The production cache (Redis through portal.cache) for tests, at a chosen address."""

import uuid


def production_cache(location):
    """CACHES as production has them, with a key prefix of their own and short timeouts."""
    return {
        "default": {
            "BACKEND": "portal.cache.FailSoftRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
            "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.15},
        }
    }


REDIS_AWAY = "redis://127.0.0.1:1/0"  # nothing listens on port 1
