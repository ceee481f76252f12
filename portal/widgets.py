"""Form widgets of the portal's own.

QuickSelect: a <select> written in Python instead of through one template render per option,
for lists of a thousand choices (the outcome filters: every country, reference occupation and
chamber), where Django's Select spends tens of milliseconds a page. Same markup as Django's
Select for flat choices (no option groups, one value).
"""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

SELECTED = mark_safe(" selected")


class QuickSelect(forms.Select):
    """Django's Select for flat choices, rendered without a template per option."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option, SELECTED if str(option) in chosen else "", label)
                for option, label in self.choices
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', name, flatatt(self.build_attrs(self.attrs, attrs)),
            options,
        )  # fmt: skip
