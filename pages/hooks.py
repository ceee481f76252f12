"""The hooks through which the rules attach to every portal page.

pages is the content model and imports none of the apps above it. moderation, privacy and
translation register their rules for these Wagtail hook names in their wagtail_hooks.py, and
`BasePage`, its editor form and the blocks call them. Each name below says what its function
receives and returns. Each is required: the ones that give an answer exactly once, the others at
least once. `pages.checks` reports a missing one as an error, so no page can go without its
publishing guard or its privacy check.
"""

from wagtail import hooks

# fn(user, page) -> the PagePermissionTester of `user` on `page` (moderation).
PERMISSION_TESTER = "portal_page_permission_tester"
# fn(page, revision) -> a context manager the publication runs in; raises to refuse (moderation).
PUBLICATION = "portal_page_publication"
# fn(page, update_fields): raises to refuse a save (moderation).
BEFORE_SAVE = "portal_before_page_save"
# fn(source, copy): after a page was copied, by the admin or in Python (privacy).
AFTER_COPY = "portal_after_page_copy"
# fn(form): the editor form's last check, after Wagtail's own; raises to refuse (privacy).
CLEAN_FORM = "portal_clean_page_form"
# fn(queryset of images or documents) -> those every editor may see (privacy).
SHOWN_TO_EVERY_EDITOR = "portal_media_shown_to_every_editor"

ANSWERED_ONCE = (PERMISSION_TESTER, PUBLICATION, SHOWN_TO_EVERY_EDITOR)
RUN_ALL = (BEFORE_SAVE, AFTER_COPY, CLEAN_FORM)


def registered(name):
    return hooks.get_hooks(name)


def the_one(name):
    """The single function registered for a required hook."""
    (function,) = registered(name)
    return function


def run_all(name, *args):
    for function in registered(name):
        function(*args)
