"""Folding and stemming per language, the same on PostgreSQL and SQLite (search.text)."""

import pytest

from search.text import config_for, fold, stems


@pytest.mark.parametrize(
    ("spellings", "folded"),
    [
        (["مدرسة", "مدرسه", "مَدْرَسَة", "مدرســة"], "مدرسه"),  # teh marbuta, vowels, tatweel
        (["أحمد", "إحمد", "آحمد", "احمد"], "احمد"),  # the hamza forms of alef
        (["مستشفى", "مستشفي"], "مستشفي"),  # alef maqsura
        (["کتاب", "كتاب"], "كتاب"),  # the Persian kaf
        (["Prüfung", "Prufung"], "prufung"),
    ],
)
def test_common_spellings_meet(spellings, folded):
    assert {fold(spelling) for spelling in spellings} == {folded}


def test_each_language_has_its_stemmer_or_none():
    assert config_for("de") == "german"
    assert config_for("ar") == "arabic"
    assert config_for("uk") == "simple"  # PostgreSQL has no Ukrainian configuration
    assert stems("المهندسين", "ar") == stems("المهندس", "ar")
    assert stems("електромонтери", "uk") == ["електромонтери"]  # not stemmed, only folded
