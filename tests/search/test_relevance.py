"""Relevance, judged: what a chamber editor expects among the first three results.

The judged queries are in relevance.json, at least 40 per language and of every kind an editor
types: a title, its words in another order, a name in the original language, a German reference
occupation, a misspelling, umlauts written out or left off, a country's own name, and the other
language's word. The corpus is the demo content's profiles with distractors
(relevance_corpus.py), built once for the module; the searches go through the search page, as
visitors search, on whichever database the suite runs (SQLite, or PostgreSQL with DATABASE_URL).
"""

import json
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import transaction

from pages import public_cache
from tests.search.relevance_corpus import build
from tests.search.test_search import titles

JUDGED = json.loads((Path(__file__).parent / "relevance.json").read_text(encoding="utf-8"))
SEARCH_PAGES = {"de": "/de/suche/", "en": "/en/search/"}
CASES = [
    pytest.param(language, case, id=f"{language}-{case['kind']}-{case['q']}")
    for language in SEARCH_PAGES
    for case in JUDGED[language]
]


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """The corpus, in a transaction that stays open for the module and is rolled back after it
    (as conftest.built_tree)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        cache.clear()
        public_cache.memo.clear()
        count = build()
    yield count
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


def test_at_least_forty_judged_queries_per_language():
    for language in SEARCH_PAGES:
        assert len(JUDGED[language]) >= 40


@pytest.mark.parametrize(("language", "case"), CASES)
def test_expected_profile_in_the_first_three(client, db, corpus, language, case):
    shown = titles(client.get(SEARCH_PAGES[language], {"q": case["q"]}))
    assert set(case["expect"]) & set(shown[:3]), shown[:5]
    if "above" in case:
        higher, lower = case["above"]
        assert higher in shown
        assert lower not in shown or shown.index(higher) < shown.index(lower)
