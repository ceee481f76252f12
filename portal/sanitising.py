"""HTML that comes from what people typed is cleaned with nh3 (ammonia) before it is shown.

Two allow-lists, nothing else passes:

- rich text (`clean_rich_text`): what the editor's features make (paragraphs, headings h2-h4,
  bold, italic, lists, line breaks, links with http(s), mailto, tel or a relative address);
  Draftail stores only these, but rich text also arrives by imports, translations, the shell
  and data migrations, which no editor checks;
- plain text made into HTML (`clean_text_html`): paragraphs, line breaks and the links of
  `urlize` (http(s) and mailto, `rel="nofollow"`), for forum posts, glossary definitions,
  registration reasons and the free-text fields of profiles and outcomes. Django's escaping
  already makes these inert; nh3 is the second line, should a template ever stop escaping.

Scripts, event handlers, `style`, `javascript:` and `data:` addresses, SVG, iframes and forms
are dropped; `script` and `style` elements with their content.
"""

import nh3

DROPPED_WITH_CONTENT = {"script", "style"}
URL_SCHEMES = {"http", "https", "mailto"}

_rich_text = nh3.Cleaner(
    tags={"p", "br", "h2", "h3", "h4", "b", "strong", "i", "em", "ol", "ul", "li", "a"},
    clean_content_tags=DROPPED_WITH_CONTENT,
    attributes={"a": {"href"}},
    url_schemes=URL_SCHEMES | {"tel"},
    link_rel=None,
)
_text = nh3.Cleaner(
    tags={"p", "br", "a"},
    clean_content_tags=DROPPED_WITH_CONTENT,
    attributes={"a": {"href"}},
    url_schemes=URL_SCHEMES,
    link_rel="nofollow",
)


def clean_rich_text(html):
    """Rich text HTML (as Wagtail renders it) with only the editor's elements left."""
    return _rich_text.clean(str(html))


def clean_text_html(html):
    """Escaped plain text made into paragraphs, line breaks and links, and nothing else."""
    return _text.clean(str(html))
