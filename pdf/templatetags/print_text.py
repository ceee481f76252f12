"""Filters for text whose language the print templates do not know, such as original names.

Browsers find the direction of such text themselves (`dir="auto"`); WeasyPrint does not, so the
print templates name it: `dir="{{ name|text_direction }}"`.
"""

import unicodedata

from django import template

register = template.Library()

RIGHT_TO_LEFT = {"R", "AL"}  # Hebrew; Arabic, Persian, Urdu and the other Arabic-script letters


@register.filter
def text_direction(value):
    """ "rtl" or "ltr": the direction of the first letter with a strong direction in `value`, as
    the Unicode bidirectional algorithm finds a paragraph's (rule P2); "ltr" without one."""
    for character in str(value):
        bidi_class = unicodedata.bidirectional(character)
        if bidi_class in RIGHT_TO_LEFT:
            return "rtl"
        if bidi_class == "L":
            return "ltr"
    return "ltr"
