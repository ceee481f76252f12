"""The page editor's form of every portal page: Wagtail's, then the rules' checks."""

from wagtail.admin.forms import WagtailAdminPageForm

from . import hooks


class PortalPageForm(WagtailAdminPageForm):
    """Wagtail's page form; after its own checks, each rule registered for `CLEAN_FORM` checks
    the submitted content (privacy refuses references to what the editor may not read)."""

    def clean(self):
        cleaned_data = super().clean()
        hooks.run_all(hooks.CLEAN_FORM, self)
        return cleaned_data
