"""The last line of defence: no page under a workflow goes live except through it.

The permission tester stops users in the admin, but several paths publish without a user and so
without permission checks: wagtail-localize's "publish immediately" and `save_target(publish=True)`
(in `transaction.on_commit`), `revision.publish()` in scripts. Every portal page publishes in
`guarded_publication` (through `pages.hooks.PUBLICATION`), which refuses unless the workflow's
final approval is publishing, a publication was scheduled by such an approval, or trusted system
code (demo content, imports) says so.

wagtail-localize also writes translated content straight into the page row, even when it "saves
a draft" of a live page; `guard_live_content` (run before every save of a portal page,
`pages.hooks.BEFORE_SAVE`) refuses such writes to live content outside a
publication, so they can only reach readers as a revision through review.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

_trusted = ContextVar("trusted_publication", default=False)


@contextmanager
def trusted_publication():
    """Publish without review: the workflow's final approval, and seeding by the system."""
    token = _trusted.set(True)
    try:
        yield
    finally:
        _trusted.reset(token)


def check_publication(page, revision):
    if _trusted.get() or not page.has_workflow:
        return
    if revision.approved_go_live_at is not None:
        return  # scheduled by an approval or an authorised publisher; now due
    raise PermissionDenied(
        _("%(page)s is under quality control: it is published by the final approval only.")
        % {"page": page.title}
    )


@contextmanager
def guarded_publication(page, revision):
    """Publishing `revision` of `page`: refused outside review, trusted while it runs (the
    publication's own saves write live content)."""
    check_publication(page, revision)
    with trusted_publication():
        yield


# Page fields that are not content: tree position, status and bookkeeping.
NOT_CONTENT = {
    "id",
    "page_ptr",
    "path",
    "depth",
    "numchild",
    "url_path",
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "live_revision",
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "owner",
    "locked",
    "locked_at",
    "locked_by",
    "go_live_at",
    "expire_at",
    "expired",
    "content_type",
    "locale",
    "translation_key",
    "alias_of",
    "show_in_menus",
}


def guard_live_content(instance, update_fields=None):
    """Refuse a full save that changes the content of a live page under a workflow."""
    if _trusted.get() or instance.pk is None or update_fields is not None:
        return
    model = type(instance)
    stored = model.objects.filter(pk=instance.pk, live=True).first()
    if stored is None or not stored.has_workflow:
        return
    for field in model._meta.concrete_fields:
        if field.name in NOT_CONTENT:
            continue
        if field.get_prep_value(field.value_from_object(instance)) != field.get_prep_value(
            field.value_from_object(stored)
        ):
            raise PermissionDenied(
                _("The live content of %(page)s changes only through review.")
                % {"page": stored.title}
            )
