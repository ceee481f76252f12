"""The readers' forms and their spam protection, which needs no third-party service.

Every form carries a honeypot field (people leave it empty; it is hidden from them and from
assistive technology) and the time it was shown, signed: a form sent within MIN_SECONDS of being
shown, or more than MAX_AGE after, is refused with a message saying what to do. The views add a
rate limit per client address and a same-origin check (the forms are sent without a CSRF token:
they sit in pages the page cache shares between readers).
"""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from .models import Topic

SALT = "feedback.form-shown"
MIN_SECONDS = 3
MAX_AGE = 7 * 24 * 3600  # a cached page may show a form for days
INVALID_ADDRESS = _("Enter a valid e-mail address, such as name@example.org, or leave it empty.")


def shown_now():
    """The signed time a form is shown (its hidden field `shown`)."""
    return signing.Signer(salt=SALT).sign(str(int(time.time())))


class GuardedForm(forms.Form):
    """A form with the honeypot `website` and the signed time `shown`."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    shown = forms.CharField(widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(
                _("This was not sent: the field to leave empty was filled in."), code="honeypot"
            )
        try:
            shown = int(signing.Signer(salt=SALT).unsign(cleaned.get("shown", "")))
        except (signing.BadSignature, ValueError):
            raise forms.ValidationError(
                _("This form could not be checked. Please reload the page and send it again."),
                code="unsigned",
            ) from None
        age = time.time() - shown
        if age < MIN_SECONDS:
            raise forms.ValidationError(
                _("That was very fast. Please check your text and send it again."), code="fast"
            )
        if age > MAX_AGE:
            raise forms.ValidationError(
                _("This form is out of date. Please reload the page and send it again."),
                code="expired",
            )
        return cleaned


class ErrorReportForm(GuardedForm):
    """What is wrong on a page; an e-mail address only if the reader wants an answer."""

    text = forms.CharField(
        label=_("What is wrong or missing?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Please do not enter personal data such as names or file numbers."),
    )
    email = forms.EmailField(
        label=_("Your e-mail address, if you would like an answer"),
        required=False,
        error_messages={"invalid": INVALID_ADDRESS},
    )
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)


class HelpfulForm(GuardedForm):
    """Was this page helpful: yes or no."""

    helpful = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))], coerce=lambda value: value == "yes"
    )


class ContactForm(GuardedForm):
    """A message to the portal's operators."""

    topic = forms.ChoiceField(label=_("Topic"), choices=Topic.choices)
    name = forms.CharField(label=_("Your name"), max_length=120, required=False)
    email = forms.EmailField(
        label=_("Your e-mail address, if you would like an answer"),
        required=False,
        error_messages={"invalid": INVALID_ADDRESS},
    )
    message = forms.CharField(
        label=_("Your message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )
    page = forms.IntegerField(widget=forms.HiddenInput, required=False)
