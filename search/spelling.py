"""Query words as the search matches them: each word with its alternatives.

A query word matches as typed, or
- with its umlauts written out read as umlauts ("Baecker" as "Bäcker", "Koechin" as "Köchin"),
  when that is a word of the names (SearchWord); folding already makes "Backer" "Bäcker";
- when neither is a word of the names and it has at least MIN_LENGTH letters, as the words of the
  names most like it (a misspelling: "Elektrikr" as "Elektriker"): of the words with trigram
  similarity at least SIMILARITY, as pg_trgm counts it, the MAX_CORRECTIONS closest (closeness);
  PostgreSQL finds them through the words' trigram index (migration 0010), SQLite compares every
  word in Python (it serves development only).
A word keeps its own spelling among its alternatives, so an alternative only ever adds results.
Alternatives are never shown, and what they find goes through the same view restrictions.
"""

from difflib import SequenceMatcher

from django.db import connection

from .models import SearchWord

SIMILARITY = 0.4
MIN_LENGTH = 4
MAX_CORRECTIONS = 1
UMLAUTS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


def umlauts_read(word):
    """The word with "ae", "oe", "ue" read as folded umlauts ("baecker" -> "backer"), or None."""
    read = word
    for written, folded in UMLAUTS:
        read = read.replace(written, folded)
    return read if read != word else None


def trigrams(word):
    """pg_trgm's trigrams of a folded word: padded with two spaces before and one after."""
    padded = f"  {word} "
    return {padded[start : start + 3] for start in range(len(padded) - 2)}


def similarity(first, second):
    """pg_trgm's similarity(): shared trigrams over all trigrams of both."""
    a, b = trigrams(first), trigrams(second)
    return len(a & b) / len(a | b) if a | b else 0.0


def _similar_on_postgresql(candidates, language_code):
    """{candidate: [(similarity, word)]} of the names' words like each candidate."""
    table = SearchWord._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT q.word, w.word, similarity(w.word, q.word) "  # noqa: S608
            f"FROM unnest(%s::text[]) AS q(word) JOIN {table} w "
            "ON w.language_code = %s AND w.word %% q.word "
            "AND similarity(w.word, q.word) >= %s",
            [list(candidates), language_code, SIMILARITY],
        )
        rows = cursor.fetchall()
    found = {candidate: [] for candidate in candidates}
    for candidate, word, score in rows:
        found[candidate].append((score, word))
    return found


def _similar_in_python(candidates, language_code):
    known = SearchWord.objects.filter(language_code=language_code).values_list("word", flat=True)
    found = {candidate: [] for candidate in candidates}
    for word in known.iterator():
        for candidate in candidates:
            score = similarity(word, candidate) if word != candidate else 1.0
            if score >= SIMILARITY:
                found[candidate].append((score, word))
    return found


def alternatives(terms, language_code):
    """[(word, *alternatives)] of the folded query words `terms`, in the language's names."""
    if not terms:
        return []
    candidates = set(terms) | {umlauts_read(term) for term in terms} - {None}
    similar = (_similar_on_postgresql if connection.vendor == "postgresql" else _similar_in_python)(
        candidates, language_code
    )
    groups = []
    for term in terms:
        read = umlauts_read(term)
        known = {word for _score, word in similar[term]}
        if read and read in {word for _score, word in similar[read]}:
            groups.append((term, read))
        elif term in known or len(term) < MIN_LENGTH:
            groups.append((term,))
        else:
            best = sorted(known, key=lambda word: (-closeness(term, word), word))
            groups.append((term, *best[:MAX_CORRECTIONS]))
    return groups


def closeness(term, alternative):
    """How close an alternative of a query word is to it, 0 to 1 (difflib's ratio: the share of
    letters in common, in order): "electrican" is closer to "electrician" than to "electrical",
    which shares more trigrams with it. The word itself and its umlauts read are 1."""
    if alternative == term or alternative == umlauts_read(term):
        return 1.0
    return SequenceMatcher(None, term, alternative, autojunk=False).ratio()


def title_scores(terms, groups):
    """Per query word: [(alternative, closeness)], closest first, of its alternatives in every
    language of `groups` ({language code: alternatives()}, or None: the word alone). A title
    holding a closer alternative ranks higher (search.query.rank, search.sql.ranked)."""
    scored = []
    for number, term in enumerate(terms):
        found = {term}
        for language_groups in (groups or {}).values():
            found.update(language_groups[number])
        scored.append(sorted(((word, closeness(term, word)) for word in found), key=_closest))
    return scored


def _closest(item):
    return (-item[1], item[0])


def tsquery(groups):
    """A raw tsquery of `groups`: every group must match (AND), by any of its words (OR). Words
    hold only letters and digits (search.text.words), so quoting cannot be escaped."""
    return " & ".join("(" + " | ".join(f"'{word}'" for word in group) + ")" for group in groups)


def remember(words, language_code):
    """Add the words of a page's names to the language's words (one query)."""
    SearchWord.objects.bulk_create(
        [
            SearchWord(language_code=language_code, word=word)
            for word in sorted(set(words))
            if len(word) <= 100
        ],
        ignore_conflicts=True,
    )
