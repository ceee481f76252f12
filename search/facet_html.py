"""The search page's facets and results as HTML, rendered in Python (facets cached with their
counts).

A search shows up to a hundred facet values and twenty results, so they are written as f-strings
of escaped values rather than through templates (docs/benchmarks.md); every text but the facet's
name (one of LEGENDS) and a result's snippet (marked up and escaped by search.text.snippet) is
escaped, by the standard library's html.escape, which Django's escape calls (without its check
of every argument for a lazy string, a third of the time here).
"""

from html import escape

from django.utils.safestring import SafeData, mark_safe
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
        f'value="{escape(str(item.value))}"{" checked" if item.selected else ""}> '
        f'<label for="facet-{name}-{number}">{escape(str(item.label))} '
        f'<span class="facet__count">({int(item.count)})</span></label></li>'
        for number, item in enumerate(values, start=1)
    )
    return mark_safe(  # every text in it escaped above
        f'<fieldset class="facet">\n<legend>{escape(str(legend))}</legend>\n<ul>\n{items}\n</ul>\n'
        "</fieldset>"
    )


def facets_html(facets):
    """Every facet's fieldset ({facet: [FacetValue]}), in the order of LEGENDS."""
    return mark_safe(  # fieldsets, escaped there
        "\n".join(fieldset(name, legend, facets[name]) for name, legend in LEGENDS.items())
    )


def _text(value):
    """`value` as HTML: escaped unless it is already (as a template's autoescape does)."""
    return value if isinstance(value, SafeData) else escape(str(value))


def results_html(results, language_code):
    """The list items of `results` (search.views.Result) on a page in `language_code`: a result
    in another language says which (hreflang, lang)."""
    items = []
    for result in results:
        language = _text(result.language_code)
        other = f' hreflang="{language}" lang="{language}"'
        subtitle = f' <span class="original-name" lang="und">{_text(result.subtitle)}</span>'
        snippet = f'<p class="search-result__snippet">{_text(result.snippet)}</p>'
        items.append(
            '<li class="search-result">\n'
            f'<h3><a href="{_text(result.url)}"'
            f"{other if result.language_code != language_code else ''}>"
            f"{_text(result.title)}</a></h3>\n"
            f'<p class="meta"><span class="tag">{_text(result.kind_label)}</span>'
            f"{subtitle if result.subtitle else ''}</p>\n"
            f"{snippet if result.snippet else ''}\n</li>"
        )
    return mark_safe("\n".join(items))  # every text in it escaped above
