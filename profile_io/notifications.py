"""The reviewers' notifications of an import: one summary e-mail per reviewer, not one a page.

Wagtail mails every reviewer once per submitted page; an import of 500 profiles would send each
of them 500 e-mails. Wagtail's submission notifiers are wrapped (`DeferredNotifier`) when this
module is loaded, which the import does; inside `deferred_notifications()` the submissions are
collected instead, and `send_review_summaries` mails each recipient one list of the imported
pages, after the commit (a refused or rolled-back import mails nobody). Outside imports the
wrapped notifiers behave as Wagtail's own.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import TaskState
from wagtail.users.models import UserProfile

from portal.frameworks.wagtail import workflow_email_receivers
from portal.public_address import public_url

_deferred_notifications = ContextVar("deferred_import_notifications", default=None)


class DeferredNotifier:
    """One of Wagtail's submission e-mail notifiers, held back inside `deferred_notifications`
    (the submission is added to its list); elsewhere it notifies as the notifier does."""

    def __init__(self, notifier):
        self.notifier = notifier

    def __call__(self, sender=None, instance=None, **kwargs):
        batch = _deferred_notifications.get()
        if batch is None:
            return self.notifier(sender=sender, instance=instance, **kwargs)
        batch.append((self.notifier, instance, kwargs.get("user")))
        return True


def install_deferred_notifiers():
    """Wrap Wagtail's submission notifiers (connected by wagtail.admin on startup). The wrappers
    take the notifiers' dispatch_uids, so whether wagtail.admin connects its own before or after
    this runs, each signal keeps one notifier: the wrapper."""
    for signal, sender, uid, notifier in workflow_email_receivers():
        signal.disconnect(sender=sender, dispatch_uid=uid)
        signal.connect(DeferredNotifier(notifier), sender=sender, dispatch_uid=uid, weak=False)


@contextmanager
def deferred_notifications():
    """Inside the block, the submissions' notifications are held back and collected in the
    list it yields, as (notifier, task or workflow state, user)."""
    notifications = []
    token = _deferred_notifications.set(notifications)
    try:
        yield notifications
    finally:
        _deferred_notifications.reset(token)


def send_review_summaries(notifications, importer, pages):
    """One e-mail per recipient of the held-back notifications, listing the pages."""
    recipients_of = {}
    pages_for = {}
    for notifier, instance, user in notifications:
        if isinstance(instance, TaskState):
            key = (id(notifier), "task", instance.task_id)
            page_id = int(instance.workflow_state.object_id)
        else:
            key = (id(notifier), "workflow", instance.workflow_id)
            page_id = int(instance.object_id)
        if key not in recipients_of:
            handled = notifier.can_handle(instance, user=user)
            recipients_of[key] = (
                notifier.get_valid_recipients(instance, user=user) if handled else ()
            )
        for recipient in recipients_of[key]:
            if page_id in pages:
                pages_for.setdefault(recipient, {})[page_id] = pages[page_id]
    base_url = public_url("")
    for recipient, found in pages_for.items():
        language = UserProfile.get_for_user(recipient).get_preferred_language()
        with translation.override(language):
            subject = ngettext(
                "%(count)s imported profile awaits review",
                "%(count)s imported profiles await review",
                len(found),
            ) % {"count": len(found)}
            intro = _(
                "%(user)s imported professional profiles that await review in quality control:"
            ) % {"user": importer.get_full_name() or importer.get_username()}
            lines = [
                f"- {page.title}: {base_url}{reverse('wagtailadmin_pages:edit', args=[page.pk])}"
                for page in found.values()
            ]
            body = "\n".join([intro, "", *lines, ""])
        send_mail(subject, body, settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL, [recipient.email])


install_deferred_notifiers()
