"""The finder's form: what the visitor asks (a GET form: its answer is an address to share).

An occupation is named by text (a list of the reference occupations helps typing) or comes with
a professional profile (`profile`, whose reference occupations are known); the place is a postcode
or a federal state. Every error names the field and says what to enter.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.choices import FederalState

from .finder import postcode_problem

POSTCODE_ERRORS = {
    "format": _("Enter a German postcode of five digits, such as 80331."),
    "unknown": _(
        "There is no German postcode %(postcode)s. Check the postcode or choose a federal state."
    ),
}


class FinderForm(forms.Form):
    """An occupation (by name or a profile's) and a place (a postcode or a federal state)."""

    occupation = forms.CharField(
        label=_("German reference occupation"),
        max_length=200,
        required=False,
        help_text=_(
            "The German occupation your qualification is compared with, e.g. Elektroniker/-in."
        ),
        widget=forms.TextInput(attrs={"list": "occupation-names", "autocomplete": "off"}),
    )
    profile = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
    postcode = forms.CharField(
        label=_("Postcode in Germany"),
        max_length=10,
        required=False,
        help_text=_("Where you live or want to work."),
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"}),
    )
    state = forms.ChoiceField(
        label=_("or federal state"),
        choices=[("", _("— choose —")), *FederalState.choices],
        required=False,
    )

    def clean_postcode(self):
        postcode = "".join(self.cleaned_data["postcode"].split())
        problem = postcode and postcode_problem(postcode)
        if problem:
            raise forms.ValidationError(POSTCODE_ERRORS[problem], params={"postcode": postcode})
        return postcode

    def clean(self):
        cleaned = super().clean()
        named = cleaned.get("occupation") or cleaned.get("profile")
        if not named and "occupation" not in self.errors:
            self.add_error("occupation", _("Enter the German reference occupation."))
        if not (cleaned.get("postcode") or cleaned.get("state")) and "postcode" not in self.errors:
            self.add_error("postcode", _("Enter a postcode or choose a federal state."))
        return cleaned
