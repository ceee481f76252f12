"""wagtail-localize's own copying of view restrictions, replaced by the privacy app's rule.

On every translation and sync, `TranslationSource.sync_view_restrictions` copies the source
page's *direct* restrictions to the translation, and deletes the translation's when the source
has none of its own. A source restricted only by an ancestor (a page moved into the restricted
area) then makes its translation public again, and a copy it makes carries no groups. The
privacy app already mirrors every restriction change across language versions
(privacy.mirroring); here localize's sync only secures the versions: none stays public while
another is restricted. Applied once in PrivacyConfig.ready(); `tests/test_privacy.py` fails if
localize renames or re-signs the method.
"""

from wagtail.models import Page
from wagtail_localize.models import NoViewRestrictionsError, TranslationSource

from .mirroring import secure

ORIGINAL_SYNC_VIEW_RESTRICTIONS = TranslationSource.sync_view_restrictions


def sync_view_restrictions(self, original, translation_page):
    if not isinstance(original, Page) or not isinstance(translation_page, Page):
        raise NoViewRestrictionsError
    secure([original, translation_page])


def apply():
    TranslationSource.sync_view_restrictions = sync_view_restrictions
