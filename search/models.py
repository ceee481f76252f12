from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from pages.choices import IscedLevel, QualificationType


class SearchDocument(models.Model):
    """One live page as the portal's search sees it: its text and its facets, per locale.

    One row per live page of an indexed type (search.indexing), written when the page is
    published and deleted when it is unpublished or deleted. Privacy is not stored: view
    restrictions are applied when searching, so changing a page's privacy needs no reindex.

    On PostgreSQL `vector` holds the weighted tsvector of all text and `title_vector` that of
    the title and original names, for suggestions (GIN indexes, see migration 0002), made with
    the locale's text search configuration; SQLite matches the stems in `terms`. `path` copies
    the page's tree path, so that excluding restricted subtrees needs no join.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    # No index on the locale: PostgreSQL would pick it over the GIN index and then test every
    # document of the language against the query (migration 0003).
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    path = models.CharField(max_length=255, db_index=True)
    kind = models.CharField(_("kind"), max_length=100)
    title = models.CharField(_("title"), max_length=255)
    title_folded = models.CharField(max_length=255, db_index=True)
    subtitle = models.CharField(max_length=255, blank=True)
    body = models.TextField(blank=True)
    terms = models.TextField(blank=True)
    vector = SearchVectorField(null=True)
    title_vector = SearchVectorField(null=True)

    country_code = models.CharField(max_length=4, blank=True, db_index=True)
    # Indexed so that a broad query with facets combines these with the GIN index (0006).
    qualification_type = models.CharField(
        max_length=30, blank=True, choices=QualificationType.choices, db_index=True
    )
    isced_level = models.PositiveSmallIntegerField(
        null=True, choices=IscedLevel.choices, db_index=True
    )
    occupational_field = models.ForeignKey(
        "pages.OccupationalField", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reference_occupations = models.ManyToManyField("pages.ReferenceOccupation", related_name="+")
    valid_from = models.DateField(null=True)
    valid_until = models.DateField(null=True)

    class Meta:
        verbose_name = _("search document")

    def __str__(self):
        return self.title


class IndexVersion(models.Model):
    """One row: a token that changes with every write to the search documents (search.cache).

    Cached search answers are keyed by it, so a publish, unpublish, move or rebuild makes every
    earlier answer unreachable at once, in every process. A random token rather than a counter:
    a rolled-back write never lets a later one reuse a key whose answer saw uncommitted data.
    """

    token = models.CharField(max_length=32)

    def __str__(self):
        return self.token
