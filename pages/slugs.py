"""Slugs of German titles, with umlauts and ß written out as German URLs usually have them."""

from django.utils.text import slugify

GERMAN_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def german_slug(text):
    """German slugs write umlauts out (Türkei -> tuerkei), as German URLs usually do."""
    return slugify(text.lower().translate(GERMAN_TRANSLITERATION))
