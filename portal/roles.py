"""The portal's role groups (DESIGN section 4). Names are stored German-independent in English.

Translators have a group per language ("Translators (en)", "Translators (uk)", ...): each may
edit its language's page tree only (translation.languages makes the group with the language).
"""

REGISTERED_STAFF = "Registered staff"
CHAMBER_EDITORS = "Chamber editors"
REVIEWERS = "Reviewers"
COMPETENT_EDITORS = "Competent editors"
PORTAL_ADMINISTRATORS = "Portal administrators"
TRANSLATORS_PREFIX = "Translators ("


def translators(language_code):
    """The translators' group of one language: "Translators (uk)"."""
    return f"{TRANSLATORS_PREFIX}{language_code})"


def translator_languages(user):
    """The language codes `user` translates into, from their translators' groups."""
    names = user.groups.filter(name__startswith=TRANSLATORS_PREFIX).values_list("name", flat=True)
    return [name[len(TRANSLATORS_PREFIX) : -1] for name in names]


TRANSLATORS = translators("en")
