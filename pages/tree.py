"""Subtrees of Wagtail's trees (pages, collections) by their materialised tree paths."""

from django.db.models import Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page


def under(paths, field="path"):
    """A Q matching every node at or under one of `paths` (`field`: the tree path's lookup, such
    as "page__path" for rows that point to pages). Matches nothing when `paths` is empty."""
    query = Q(pk__in=[])
    for path in paths:
        query |= Q(**{f"{field}__startswith": path})
    return query


def parent_path(field="path"):
    """The tree path of the parent of the node at `field` (an expression: a field name, or an
    OuterRef in a subquery)."""
    return Substr(field, 1, Length(field) - Page.steplen)
