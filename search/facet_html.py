"""The search page's facets as HTML, rendered in Python and cached with their counts.

A search shows up to a hundred facet values, so they are written as f-strings of escaped values
rather than through an included template (docs/benchmarks.md); every text but the facet's name
(one of LEGENDS) is escaped.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

LEGENDS = {
    "country": _("Country"),
    "type": _("Qualification type"),
    "isced": _("ISCED 2011 level"),
    "field": _("Occupational field"),
    "occupation": _("German reference occupation"),
}


def fieldset(name, legend, values):
    """A fieldset of checkboxes, one per FacetValue (search.query), with its count; `name` is
    one of LEGENDS, every other text is escaped."""
    if not values:
        return ""
    items = "\n".join(
        f'<li><input type="checkbox" id="facet-{name}-{number}" name="{name}" '
        f'value="{escape(item.value)}"{" checked" if item.selected else ""}> '
        f'<label for="facet-{name}-{number}">{escape(item.label)} '
        f'<span class="facet__count">({int(item.count)})</span></label></li>'
        for number, item in enumerate(values, start=1)
    )
    return mark_safe(  # every text in it escaped above
        f'<fieldset class="facet">\n<legend>{escape(legend)}</legend>\n<ul>\n{items}\n</ul>\n'
        "</fieldset>"
    )


def facets_html(facets):
    """Every facet's fieldset ({facet: [FacetValue]}), in the order of LEGENDS."""
    return mark_safe(  # fieldsets, escaped there
        "\n".join(fieldset(name, legend, facets[name]) for name, legend in LEGENDS.items())
    )
