"""What the search stores: a document per live page of an indexed type.

Cached answers are keyed by the content version (pages.public_cache, search.cache). Privacy is
not stored: view restrictions are applied when searching.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from pages.choices import IscedLevel, QualificationType


class SearchDocument(models.Model):
    """One live page as the portal's search sees it: its text and its facets, per locale.

    One row per live page of an indexed type (search.indexing), written when the page is
    published and deleted when it is unpublished or deleted. Privacy is not stored: view
    restrictions are applied when searching, so changing a page's privacy needs no reindex.

    On PostgreSQL `vector` holds the weighted tsvector of all text, made with the locale's text
    search configuration, and the facet values as terms (search.text.facet_term); `title_vector`
    that of the title and original names, for suggestions (GIN indexes, see migration 0002).
    SQLite matches the stems in `terms`, ranks by those of the names in `name_terms`, and
    filters the facet columns. `path` copies
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
    # SQLite: the stems of the names (weights A and B), which rank a document first.
    name_terms = models.TextField(blank=True)
    vector = SearchVectorField(null=True)
    title_vector = SearchVectorField(null=True)

    country_code = models.CharField(max_length=4, blank=True, db_index=True)
    # Not indexed: on PostgreSQL these facets are also terms of `vector`, filtered through its
    # GIN index together with the words (search.query.Search.found).
    qualification_type = models.CharField(
        max_length=30, blank=True, choices=QualificationType.choices
    )
    isced_level = models.PositiveSmallIntegerField(null=True, choices=IscedLevel.choices)
    occupational_field = models.ForeignKey(
        "pages.OccupationalField",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    reference_occupations = models.ManyToManyField("pages.ReferenceOccupation", related_name="+")
    valid_from = models.DateField(null=True)
    valid_until = models.DateField(null=True)

    class Meta:
        verbose_name = _("search document")
        indexes = [
            # The country facet's labels (search.query.facet_labels) without reading every row;
            # partial, so that no text search is ever planned through it.
            models.Index(
                fields=["locale"],
                condition=models.Q(kind="pages.countryprofilepage"),
                name="search_country_pages",
            ),
        ]

    def __str__(self):
        return self.title


class SearchWord(models.Model):
    """A word of the names of the indexed pages (titles, names in the original language,
    reference occupations, countries), folded and unstemmed, per language: what a misspelt
    query word is corrected to (search.spelling).

    Written when a page is indexed and never deleted one by one (a rebuild starts afresh): a word
    no page has any more corrects to a word that finds nothing. Corrections are never shown, and
    what they find goes through the same view restrictions as every search.
    """

    language_code = models.CharField(max_length=15)
    word = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language_code", "word"], name="search_word_unique")
        ]

    def __str__(self):
        return self.word
