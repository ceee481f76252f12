"""The admin upload forms: profiles (one CSV or JSON file, optionally a dry run) and a
chamber's outcomes (one CSV or XLSX file)."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _


def checked_upload(upload, extensions, wrong_type):
    """The upload, if it is not too large and its name ends with one of `extensions`."""
    limit = settings.PROFILE_IMPORT_MAX_UPLOAD_SIZE
    if upload.size > limit:
        raise forms.ValidationError(
            _("The file is larger than %(size)s.") % {"size": filesizeformat(limit)}
        )
    if not upload.name.lower().endswith(extensions):
        raise forms.ValidationError(wrong_type)
    return upload


class ImportForm(forms.Form):
    """The upload of a CSV or JSON file of profiles."""

    file = forms.FileField(
        label=_("File"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.json,text/csv,application/json"}),
    )
    dry_run = forms.BooleanField(
        label=_("Dry run"),
        required=False,
        help_text=_("Check and import everything, then undo it: nothing is saved or submitted."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "CSV (UTF-8, separated by ; or ,) or JSON (a list of objects), at most %(size)s."
        ) % {"size": filesizeformat(settings.PROFILE_IMPORT_MAX_UPLOAD_SIZE)}

    def clean_file(self):
        return checked_upload(
            self.cleaned_data["file"], (".csv", ".json"), _("Upload a .csv or .json file.")
        )


class OutcomeImportForm(forms.Form):
    """The upload of a CSV or XLSX file of outcomes, into one of the user's chambers."""

    file = forms.FileField(
        label=_("File"),
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".csv,.xlsx,text/csv,"
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )
    chamber = forms.ModelChoiceField(label=_("Chamber"), queryset=None, empty_label=None)

    def __init__(self, *args, chambers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chamber"].queryset = chambers
        self.fields["file"].help_text = _(
            "CSV (UTF-8, separated by ; or ,) or XLSX (the first sheet), at most %(size)s."
        ) % {"size": filesizeformat(settings.PROFILE_IMPORT_MAX_UPLOAD_SIZE)}

    def clean_file(self):
        return checked_upload(
            self.cleaned_data["file"], (".csv", ".xlsx"), _("Upload a .csv or .xlsx file.")
        )
