"""What of a page goes into its SearchDocument, and keeping the documents in step with publishing.

The text comes from the page type's own `search_fields` (the same declaration Wagtail's admin
search reads) and the names a page is also known by (search.related): the title weighs most (A),
names in the original language, transliterations, reference occupations and a country's own
names next (B), everything else (C), a profile's country's names included. The words of A and B
are the page's names: the search ranks the documents whose names match first, and corrects
misspellings to them (search.spelling). Facets are copied from professional and country profiles.
"""

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import OuterRef, Subquery, TextField, Value
from django.utils import translation
from django_tasks import task
from wagtail.models import Page
from wagtail.search import index

from pages import public_cache
from pages.models import (
    CountryProfilePage,
    GuidelinePage,
    NewsPage,
    ProfessionalProfilePage,
    RecognitionOutcomePage,
    StandardPage,
)
from pages.snippets import OccupationalField

from . import related, spelling
from .models import SearchDocument, SearchWord
from .text import config_for, facet_term, facet_terms, is_facet_term, stems, words

INDEXED_TYPES = (
    CountryProfilePage,
    ProfessionalProfilePage,
    StandardPage,
    NewsPage,
    GuidelinePage,
    RecognitionOutcomePage,
)
SECOND_WEIGHT = {"original_name", "transliteration"}


def is_indexed(page):
    return isinstance(page, INDEXED_TYPES)


def _flatten(value):
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [text for item in value for text in _flatten(item)]
    text = str(value).strip()
    return [text] if text else []


def weighted_text(page):
    """(A, B, C) texts of a page from its search fields."""
    second, rest = [], []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        target = second if field.field_name in SECOND_WEIGHT else rest
        target.extend(_flatten(field.get_value(page)))
    return page.title, " ".join(second), " ".join(rest)


def facets(page, country=None):
    """The page's facet columns; a profile's country code is its parent's (`country`, the
    parent's specific page, is read unless given)."""
    if isinstance(page, ProfessionalProfilePage):
        return {
            "country_code": (country or page.get_parent().specific).iso_code,
            "qualification_type": page.qualification_type,
            "isced_level": page.isced_level,
            "occupational_field_id": page.occupational_field_id,
            "valid_from": page.valid_from,
            "valid_until": page.valid_until,
        }
    if isinstance(page, CountryProfilePage):
        return {
            "country_code": page.iso_code,
            "valid_from": page.valid_since,
            "valid_until": page.valid_until,
        }
    return {}


def subtitle(page):
    if isinstance(page, ProfessionalProfilePage):
        return page.original_name
    return ""


def names(page):
    """What suggestions match besides the title: names in the original language (the unstemmed
    words of `title_vector`, weight D; its B also holds the related names, by which search.sql
    ranks)."""
    if isinstance(page, ProfessionalProfilePage):
        return f"{page.original_name} {page.transliteration}"
    return ""


def document_fields(page, country=None, known_occupations=None):
    """(The SearchDocument's column values, its (A, B, C) texts) of a live page; `country`: a
    professional profile's parent (specific), read unless given; `known_occupations`: every
    reference occupation's names (search.related.known_occupation_names), read unless given."""
    language = page.locale.language_code
    with translation.override(language):  # choice labels in blocks: in the page's language
        title, own_second, own_rest = weighted_text(page)
    also_second, also_rest = related.names(page, country, known_occupations)
    second, rest = f"{own_second} {also_second}".strip(), f"{own_rest} {also_rest}".strip()
    postgres = connection.vendor == "postgresql"  # matches the vector; SQLite the stems
    fields = {
        "locale_id": page.locale_id,
        "path": page.path,
        "kind": page._meta.label_lower,
        "title": title,
        "title_folded": " ".join(words(title))[:255],
        "subtitle": subtitle(page),
        "body": f"{own_second} {own_rest}".strip(),  # what snippets show: the page's own
        "terms": "" if postgres else sqlite_terms(f"{title} {second} {rest}", language),
        "name_terms": "" if postgres else sqlite_terms(f"{title} {second}", language),
        **facets(page, country),
    }
    return fields, (title, second, rest)


def name_words(texts):
    """The words of a document's names (its A and B texts), which spelling corrects to."""
    return words(f"{texts[0]} {texts[1]}")


def vectors(page, document, texts, occupations):
    """The document's tsvector expressions (PostgreSQL only; SQLite matches `terms`), made of
    values alone: an UPDATE or the INSERT of a new document computes them."""
    language = page.locale.language_code
    title = texts[0]
    return {
        "vector": weighted_vector(texts, language)
        + term_vector(document_terms(document, occupations)),
        # B: the original names and the related ones (search.related), by which search.sql ranks
        "title_vector": weighted_vector((title, texts[1], ""), language)
        + typed_words(f"{title} {names(page)}"),
    }


def write_vectors(page, document, texts, occupations):
    """Compute the stored document's tsvectors (PostgreSQL only)."""
    if connection.vendor != "postgresql":
        return
    SearchDocument.objects.filter(pk=page.pk).update(**vectors(page, document, texts, occupations))


@transaction.atomic
def index_page(page, new_version=True):
    """Write the page's document (its live content); pages of other types are ignored.

    Every write gives the index a new version (cached answers are out of date), in the same
    transaction; rebuild() gives it one at the end instead.
    """
    page = page.specific
    if not is_indexed(page):
        return None
    if not page.live:
        return remove_page(page)
    if new_version:
        public_cache.changed()
    fields, texts = document_fields(page)
    spelling.remember(name_words(texts), page.locale.language_code)
    document, _ = SearchDocument.objects.update_or_create(page_id=page.pk, defaults=fields)
    occupations = []
    if isinstance(page, ProfessionalProfilePage):
        occupations = list(page.reference_occupations.values_list("pk", flat=True))
        document.reference_occupations.set(occupations)
    if isinstance(page, CountryProfilePage):  # its profiles are found under its (new) code
        SearchDocument.objects.filter(
            path__startswith=page.path, kind=ProfessionalProfilePage._meta.label_lower
        ).exclude(country_code=page.iso_code).update(country_code=page.iso_code)
    write_vectors(page, document, texts, occupations)
    return document


@transaction.atomic
def index_new_pages(pages, countries=None):
    """Write the documents of new live pages of indexed types, as `index_page` writes them one
    by one, with one insert per batch (bulk writers: demo.generator). `countries`: each
    professional profile's parent (specific), by the parent's path, so that no parent is read.
    A new content version at the end."""
    countries = countries or {}
    postgres = connection.vendor == "postgresql"
    known_occupations = related.known_occupation_names()
    documents, links, names_by_language = [], [], {}
    for page in pages:
        if not is_indexed(page) or not page.live:
            continue
        country = countries.get(page.path[: -page.steplen])
        fields, texts = document_fields(page, country, known_occupations)
        document = SearchDocument(page_id=page.pk, **fields)
        names_by_language.setdefault(page.locale.language_code, []).extend(name_words(texts))
        occupations = []
        if isinstance(page, ProfessionalProfilePage):
            occupations = [item.pk for item in page.reference_occupations.all()]
        if postgres:  # computed by the INSERT
            for name, expression in vectors(page, document, texts, occupations).items():
                setattr(document, name, expression)
        documents.append(document)
        links += [(page.pk, pk) for pk in occupations]
    SearchDocument.objects.bulk_create(documents, batch_size=500)
    for language, found in names_by_language.items():
        spelling.remember(found, language)
    through = SearchDocument.reference_occupations.through
    through.objects.bulk_create(
        [through(searchdocument_id=page, referenceoccupation_id=pk) for page, pk in links],
        batch_size=500,
    )
    public_cache.changed()
    return len(documents)


def weighted_vector(texts, language_code):
    """The tsvector expression of (A, B, C) texts, in the language's configuration.

    PostgreSQL gets the words as search.text.words() splits them for queries, not the raw text:
    its parser would take "Elektroniker/in" for a file path and index it as one token.
    """
    config = config_for(language_code)
    parts = [
        SearchVector(Value(plain(text), output_field=TextField()), config=config, weight=weight)
        for text, weight in zip(texts, "ABC", strict=True)
    ]
    return parts[0] + parts[1] + parts[2]


def sqlite_terms(text, language_code):
    """SQLite's stand-in for the vectors: the stems, and the words unstemmed for suggestions."""
    terms = dict.fromkeys([*stems(text, language_code), *words(text)])
    return f" {' '.join(terms)} "


def document_terms(document, occupations):
    """The document's facet values as terms (search.text.TERM_FACETS): its filters then match in
    the same GIN index scan as its words."""
    return facet_terms(
        {
            "type": [document.qualification_type],
            "isced": [document.isced_level],
            "field": [document.occupational_field_id],
            "occupation": occupations,
        }
    )


def term_vector(terms):
    """Terms that are not words of a language: configuration "simple", lowest weight."""
    return SearchVector(Value(terms, output_field=TextField()), config="simple", weight="D")


def typed_words(text):
    """The words unstemmed (configuration "simple", lowest weight), for suggestions as you type:
    a stem is not always a prefix of what is being typed ("elektroni" -> stem "elektron")."""
    return term_vector(plain(text))


def plain(text):
    """Folded words separated by spaces, what PostgreSQL's parser reads as the query does, but
    none that reads as a facet term."""
    return " ".join(word for word in words(text) if not is_facet_term(word))


@transaction.atomic
def remove_page(page):
    SearchDocument.objects.filter(page_id=page.pk).delete()
    public_cache.changed()  # also for a page of no document: a menu may have shown it


def rebuild(log=None):
    """Index every live page of the indexed types again (after a change to what is indexed)."""
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        SearchWord.objects.all().delete()
        pages = Page.objects.live().type(*INDEXED_TYPES).specific().select_related("locale")
        count = 0
        for page in pages.iterator(chunk_size=500):
            index_page(page, new_version=False)
            count += 1
        public_cache.changed()
    if log:
        log(f"{count} pages indexed")
    return count


def on_published(sender, instance, **kwargs):
    if is_indexed(instance.specific):
        index_page(instance)
    else:  # an index page's title shows in menus, its slug in the addresses below it
        public_cache.changed()


def on_unpublished(sender, instance, **kwargs):
    remove_page(instance)


def on_moved(sender, instance, **kwargs):
    """A move changes the tree paths of the page and everything below it, and a moved
    professional profile's country."""
    with transaction.atomic():
        SearchDocument.objects.filter(page__path__startswith=instance.path).update(
            path=Subquery(Page.objects.filter(pk=OuterRef("pk")).values("path")[:1])
        )
        public_cache.changed()
    if isinstance(instance.specific, ProfessionalProfilePage) and instance.live:
        index_page(instance)


def on_occupation_saved(sender, instance, created=False, **kwargs):
    """A renamed reference occupation (or a new translation of one) renames it in the documents
    of the live profiles that have it (search.related): hundreds of profiles may have it, so the
    task queue indexes them once the change is committed."""
    key = str(instance.translation_key)
    transaction.on_commit(lambda: index_profiles_with_occupation.enqueue(key))


@task()
def index_profiles_with_occupation(translation_key):
    """The task of on_occupation_saved; the number of profiles indexed again."""
    profiles = ProfessionalProfilePage.objects.live().filter(
        reference_occupations__translation_key=translation_key
    )
    count = 0
    for page in profiles.distinct().specific():
        index_page(page)
        count += 1
    return count


def on_facet_value_deleted(sender, instance, **kwargs):
    """A deleted occupational field or reference occupation leaves the vectors of the documents
    that had it (PostgreSQL), so that no filter on its id finds them any more."""
    if connection.vendor != "postgresql":
        return  # SQLite filters the documents' columns and links, which the deletion clears
    name = "field" if isinstance(instance, OccupationalField) else "occupation"
    term = facet_term(name, instance.pk)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {SearchDocument._meta.db_table} SET vector = ts_delete(vector, %s) "  # noqa: S608
            "WHERE vector @@ %s::tsquery",
            [term, term],
        )
