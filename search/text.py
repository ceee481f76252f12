"""Text analysis shared by indexing and querying: folding, tokens, stems, snippets.

Folding happens in Python before PostgreSQL sees the text, so "Prufung" finds "Prüfung" without
the `unaccent` extension (which needs a superuser to install), and SQLite folds the same way.
Stemming is per locale: PostgreSQL's text search configuration of the language where it has one
(`german`, `english`, `arabic`, ...; `simple` otherwise), and on SQLite the same Snowball
algorithms through `snowballstemmer`.
"""

import re
import unicodedata
from functools import cache, lru_cache
from html import escape

import snowballstemmer
from django.utils.safestring import mark_safe

# PostgreSQL's built-in text search configurations (each a Snowball stemmer of the same name)
# by language code: a language without one (Ukrainian, say) is searched with `simple`.
CONFIGS = {
    "ar": "arabic", "ca": "catalan", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french",
    "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian", "id": "indonesian",
    "it": "italian", "lt": "lithuanian", "ne": "nepali", "nl": "dutch", "no": "norwegian",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish",
    "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip
SIMPLE = "simple"

# Letters that Unicode does not decompose into a base letter and a combining mark. Arabic:
# the tatweel (a stretching stroke) goes, teh marbuta and alef maqsura meet heh and yeh, and
# the Persian letter forms meet the Arabic ones, so common spellings find each other (hamza
# carriers and the short vowel marks are combining marks, dropped by the decomposition).
SPECIAL_LETTERS = str.maketrans(
    {"ß": "ss", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "þ": "th",
     "\u0640": "", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك"}
)  # fmt: skip
WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=8192)
def fold_char(char):
    decomposed = unicodedata.normalize("NFKD", char.casefold().translate(SPECIAL_LETTERS))
    return "".join(part for part in decomposed if not unicodedata.combining(part))


def fold(text):
    """Lower case without diacritics: "Prüfung" -> "prufung", "Meslek Lisesi" -> "meslek lisesi"."""
    if text.isascii():
        return text.lower()
    return "".join(fold_char(char) for char in text)


def words(text):
    """The folded words of a text (letters and digits of any script)."""
    return WORD.findall(fold(text))


def config_for(language_code):
    return CONFIGS.get(language_code, SIMPLE)


@cache
def _stemmer(config):
    return snowballstemmer.stemmer(config) if config != SIMPLE else None


@lru_cache(maxsize=200_000)
def stem(word, config):
    """One folded word's stem (cached: texts repeat their words, and Snowball is pure Python)."""
    stemmer = _stemmer(config)
    return stemmer.stemWord(word) if stemmer else word


def stems(text, language_code):
    """Folded, stemmed words: "Ausbildungen" -> ["ausbild"] in German."""
    config = config_for(language_code)
    return [stem(word, config) for word in words(text)]


# Facets whose values are also terms of the documents' vectors on PostgreSQL (search.query).
TERM_FACETS = ("type", "isced", "field", "occupation")


def facet_term(name, value):
    """A facet value as one term of the `simple` configuration: "zz", the facet and the value in
    letters and digits ("zzisced4", "zztypehighervocational"); no indexed word looks so
    (is_facet_term)."""
    return f"zz{name}{re.sub(r'[^a-z0-9]', '', str(value).lower())}"


FACET_TERM = re.compile("zz(?:{})".format("|".join(TERM_FACETS)))


def is_facet_term(word):
    """A folded word that reads as a facet term: left out of a text's indexed words, so that no
    text can make its page match a filter it does not have."""
    return FACET_TERM.match(word) is not None


def facet_terms(values):
    """{facet: [values]} -> the terms of every value, space-separated (a document's own)."""
    return " ".join(
        facet_term(name, value)
        for name, items in values.items()
        for value in items
        if value not in (None, "")
    )


def tsquery(text, prefix=False):
    """A raw PostgreSQL tsquery: every word must match (AND); with `prefix`, the last one as a
    prefix. Words hold only letters and digits after folding, so quoting cannot be escaped."""
    terms = words(text)
    if not terms:
        return ""
    parts = [f"'{term}'" for term in terms]
    if prefix:  # of a typed word: weight D (search.indexing.typed_words)
        parts[-1] += ":*D"
    return " & ".join(parts)


# Where a letter that folds to another may be found: Latin with its diacritics, Greek, Cyrillic,
# ligatures and full-width forms (search.text.fold).
FOLDED_RANGES = ((0x20, 0x530), (0x1E00, 0x1F00), (0xFB00, 0xFB07), (0xFF00, 0xFF5F))


@lru_cache(maxsize=256)
def _words_starting_with(initials):
    """A pattern of the words (WORD) whose folded form starts with one of `initials`.

    Snowball changes the ends of words only, so a word matches a query term only if it starts
    with the first letter of the term's stem: snippets pass over every other word without
    folding and stemming it.
    """
    if "" in initials:
        return WORD
    letters = set(initials) | {initial.upper() for initial in initials}
    letters.update(
        char
        for start, stop in FOLDED_RANGES
        for char in map(chr, range(start, stop))
        if fold_char(char)[:1] in initials
    )
    return re.compile(r"(?<![^\W_])[{}][^\W_]*".format(re.escape("".join(sorted(letters)))))


def snippet(text, terms, language_code, width=220):
    """A short excerpt of `text` around the first word that matches a query term, marked up.

    Matching compares stems, so a snippet for "Ausbildungen" marks "Ausbildung".
    """
    config = config_for(language_code)
    wanted = {stem(term, config) for term in terms}
    prefixes = tuple(wanted)
    matches, window_end = [], None
    candidates = _words_starting_with(frozenset(prefix[:1] for prefix in prefixes))
    for match in candidates.finditer(text):  # up to the end of the excerpt only
        if window_end is not None and match.start() >= window_end:
            break
        word = fold(match.group())
        if word.startswith(prefixes) or stem(word, config) in wanted:
            matches.append(match.span())
            if window_end is None:
                window_end = max(match.start() - width // 3, 0) + width
    start = max(matches[0][0] - width // 3, 0) if matches else 0
    end = min(start + width, len(text))
    if start > 0:
        start = text.find(" ", start) + 1 or start
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    parts, position = [], start
    for match_start, match_end in matches:
        if match_start < start or match_end > end:
            continue
        parts.append(escape(text[position:match_start]))
        parts.append(f"<mark>{escape(text[match_start:match_end])}</mark>")
        position = match_end
    parts.append(escape(text[position:end]))
    excerpt = "".join(parts).strip()
    # Every piece of text is escaped above.
    return mark_safe(f"{'… ' if start > 0 else ''}{excerpt}{' …' if end < len(text) else ''}")
