"""Django's private APIs: raw row inserts, querysets given their rows, relations given as
prefetched, the unchecked host of a request, the Redis client."""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.db.models import Model, QuerySet
from django.http import HttpRequest


def insert_rows(model: type[Model], objs, fields):
    """INSERT the `fields` of `objs` into `model`'s own table, in one query, without signals.

    Why private (`QuerySet._insert`, proxied to managers): it is the insert that bulk_create
    runs, but bulk_create refuses models with multi-table inheritance, and saving page by page
    costs a query per row; there is no public bulk insert into a child table."""
    return model._base_manager._insert(objs, fields=fields)


def already_evaluated(queryset: QuerySet, rows):
    """`queryset` as if it had been evaluated and had found `rows`: iterating it, its length
    and truth read `rows` without a query; anything derived from it (`filter`, `order_by`,
    `exists`) is a new queryset that queries the database as usual.

    Why private (`QuerySet._result_cache`, `_prefetch_done`): Wagtail's serve check takes a
    page's view restrictions as a queryset (`Page.get_view_restrictions`); the portal holds
    them per content version (pages.restrictions) and hands over the rows it holds, with their
    groups prefetched, where a queryset is expected."""
    queryset._result_cache = list(rows)
    queryset._prefetch_done = True
    return queryset


def prefetched(obj: Model, name, queryset: QuerySet):
    """Make `queryset` (evaluated) what `obj`'s relation `name` gives without a query, as
    `prefetch_related(name)` leaves it.

    Why private (`Model._prefetched_objects_cache`): Django fills it only through
    prefetch_related and prefetch_related_objects, which query; a relation read together with
    its object in one query (accounts.backends: the user with their groups) has no public way
    to be handed over."""
    obj._prefetched_objects_cache = {
        **getattr(obj, "_prefetched_objects_cache", {}),
        name: queryset,
    }


def raw_host(request: HttpRequest):
    """The request's host as the client sent it, without the ALLOWED_HOSTS check.

    Why private (`HttpRequest._get_raw_host`): Wagtail's `Site.find_for_request` matches sites
    on exactly this host; `get_host()` raises DisallowedHost where Wagtail still answers, so a
    key of the site found must be made of the same raw host."""
    return request._get_raw_host()


def use_redis_client_class(cache: RedisCache, client_class):
    """Make `cache` build its Redis client from `client_class` (a RedisCacheClient subclass).

    Why private (`RedisCache._class`): Django's RedisCache has no option for its client class
    (unlike django-redis' CLIENT_CLASS); the attribute is set in `__init__` and read once, when
    the client is first built."""
    cache._class = client_class


def redis_client(cache: RedisCache):
    """The redis.Redis client that `cache` uses for reads.

    Why private (`RedisCache._cache`, the cache's client wrapper): Django's RedisCache has no
    public accessor for its client, and a ping must go to the same server and pool."""
    return cache._cache.get_client()


def redis_connection_pool(client: RedisCacheClient, write):
    """The connection pool `client` uses for reads or (`write`) writes.

    Why private (`RedisCacheClient._get_connection_pool`): it chooses the server (the first for
    writes, another for reads) and keeps one pool per server; `get_client` makes a new
    redis.Redis around that pool on every call and there is no public way to the pool."""
    return client._get_connection_pool(write)
