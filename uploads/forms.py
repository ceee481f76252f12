"""The admin's document and image forms: Wagtail's, plus a check of each uploaded file's content.

Set as `WAGTAILDOCS_DOCUMENT_FORM_BASE` and `WAGTAILIMAGES_IMAGE_FORM_BASE`, so every upload
path of the admin uses them: the single upload, the multiple upload, the choosers' upload tab
and the replacement of a file in the edit view.

Who checks what, so that each refusal says one clear thing in the user's language:
- the extension against `WAGTAILDOCS_EXTENSIONS` / `WAGTAILIMAGES_EXTENSIONS`: Wagtail (the
  document model's `clean`, the image field);
- the size against `WAGTAILDOCS_MAX_UPLOAD_SIZE` / `WAGTAILIMAGES_MAX_UPLOAD_SIZE` and the
  pixels against `WAGTAILIMAGES_MAX_IMAGE_PIXELS`: Wagtail's file fields;
- that the content is the format the extension names: here (`uploads.content`), for a file
  whose extension is allowed (an HTML page renamed .pdf is refused here).
A refused file is never written to storage: forms write files only when the object is saved.
"""

import os

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm
from wagtail.images.utils import get_allowed_image_extensions

from . import content

MISMATCH = _(
    "The content of this file is not %(format)s, although its name ends in .%(extension)s. "
    "Only real %(allowed)s files can be uploaded."
)


class ContentCheckedForm:
    """A document or image form whose new file must be the format its extension names."""

    def allowed_extensions(self):
        raise NotImplementedError

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            accept = ",".join(f".{extension}" for extension in self.allowed_extensions())
            self.fields["file"].widget.attrs.setdefault("accept", accept)

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not isinstance(file, UploadedFile):
            return file  # no new file: the stored one stays
        extension = os.path.splitext(file.name)[1].lower().lstrip(".")
        allowed = self.allowed_extensions()
        if extension in allowed and not content.matches(extension, file):
            raise forms.ValidationError(
                MISMATCH
                % {
                    "format": extension.upper(),
                    "extension": extension,
                    "allowed": ", ".join(sorted({name.upper() for name in allowed})),
                },
                code="content_mismatch",
            )
        return file


class DocumentForm(ContentCheckedForm, BaseDocumentForm):
    """Wagtail's document form; the file's content must match its extension."""

    def allowed_extensions(self):
        return [extension.lower() for extension in settings.WAGTAILDOCS_EXTENSIONS]

    def clean(self):
        cleaned_data = super().clean()
        upload = self.files.get(self.add_prefix("file"))
        if self.has_error("file") and upload is not None and not self.instance.file:
            # The document model's `clean` checks the extension of the instance's file, which a
            # refused upload leaves empty: it would add "File extension '' is not allowed" to
            # the real reason. Give it the upload's name (the form is invalid: nothing is saved).
            self.instance.file.name = upload.name
        return cleaned_data


class ImageForm(ContentCheckedForm, BaseImageForm):
    """Wagtail's image form; the file's content must match its extension."""

    def allowed_extensions(self):
        return get_allowed_image_extensions()
