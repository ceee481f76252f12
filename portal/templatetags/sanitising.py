"""Template filters that turn what people typed into HTML, cleaned by portal.sanitising.

- `clean_richtext`: a rich text value, rendered by Wagtail (`richtext`), then cleaned;
- `text_paragraphs`: plain text as paragraphs with linked web addresses (forum posts);
- `text_lines`: plain text with its line breaks (short free-text fields).
Plain text is escaped first (Django's own filters), then cleaned.
"""

from django import template
from django.template.defaultfilters import linebreaks_filter, linebreaksbr, urlize
from django.utils.safestring import mark_safe
from wagtail.templatetags.wagtailcore_tags import richtext

from portal.sanitising import clean_rich_text, clean_text_html

register = template.Library()


@register.filter
def clean_richtext(value):
    return mark_safe(clean_rich_text(richtext(value)))  # cleaned by nh3


@register.filter
def text_paragraphs(value):
    html = linebreaks_filter(urlize(value, autoescape=True), autoescape=True)
    return mark_safe(clean_text_html(html))  # escaped, then cleaned by nh3


@register.filter
def text_lines(value):
    return mark_safe(clean_text_html(linebreaksbr(value, autoescape=True)))  # the same
