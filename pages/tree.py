"""Subtrees of Wagtail's trees (pages, collections) by their materialised tree paths."""

from django.db.models import Q


def under(paths, field="path"):
    """A Q matching every node at or under one of `paths` (`field`: the tree path's lookup, such
    as "page__path" for rows that point to pages). Matches nothing when `paths` is empty."""
    query = Q(pk__in=[])
    for path in paths:
        query |= Q(**{f"{field}__startswith": path})
    return query
