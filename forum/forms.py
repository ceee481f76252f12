"""Forms of the forum. Texts are stored as typed and only ever rendered escaped (plain text)."""

from django import forms
from django.utils.translation import gettext_lazy as _

TITLE_MAX_LENGTH = 200
BODY_MAX_LENGTH = 20_000

BODY_HELP = _(
    "Plain text. An empty line starts a new paragraph; web addresses become links. "
    "HTML and other markup are shown as typed."
)


def single_line(text):
    """Collapse all whitespace (line breaks, tabs) into single spaces: titles are one line."""
    return " ".join(text.split())


class BodyField(forms.CharField):
    """The text of a post: plain text of at most BODY_MAX_LENGTH characters."""

    def __init__(self, **kwargs):
        super().__init__(
            label=_("Text"),
            max_length=BODY_MAX_LENGTH,
            help_text=BODY_HELP,
            widget=forms.Textarea(attrs={"rows": 8}),
            error_messages={
                "required": _("Please enter a text."),
                "max_length": _(
                    "The text can have at most %(limit_value)d characters (it has %(show_value)d)."
                ),
            },
            **kwargs,
        )


class TopicForm(forms.Form):
    """A new topic and its first post."""

    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX_LENGTH,
        error_messages={
            "required": _("Please enter a title for the topic."),
            "max_length": _(
                "The title can have at most %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
    )
    body = BodyField()

    def clean_title(self):
        return single_line(self.cleaned_data["title"])


class PostForm(forms.Form):
    """A reply, or the new text of an edited post."""

    body = BodyField()
