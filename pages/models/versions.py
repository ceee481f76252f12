"""The content version: one row whose token changes with every change readers could see."""

from django.db import models


class ContentVersion(models.Model):
    """One row: a token that changes with every publish, unpublish, move or deletion of a page,
    every change to sites, locales, view restrictions and facet labels, and every write to the
    search documents (pages.public_cache).

    What is cached for everyone (menus, sites, public PDFs, search answers) is keyed by it, so
    such a change makes every earlier entry unreachable at once, in every process. A random token
    rather than a counter: a rolled-back change never lets a later one reuse a key whose entry
    saw uncommitted data. The table keeps the name it had in the search app.
    """

    token = models.CharField(max_length=32)

    class Meta:
        db_table = "search_indexversion"

    def __str__(self):
        return self.token
