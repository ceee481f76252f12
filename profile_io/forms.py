"""The admin upload form of the profile import: one CSV or JSON file, optionally a dry run."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _


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
        upload = self.cleaned_data["file"]
        limit = settings.PROFILE_IMPORT_MAX_UPLOAD_SIZE
        if upload.size > limit:
            raise forms.ValidationError(
                _("The file is larger than %(size)s.") % {"size": filesizeformat(limit)}
            )
        name = upload.name.lower()
        if not name.endswith((".csv", ".json")):
            raise forms.ValidationError(_("Upload a .csv or .json file."))
        return upload
