"""Sign-in audit, session stamps, privilege changes and notices of account changes.

Rules:
- Every sign-in is stamped in its session (the absolute session limit counts from it:
  accounts.middleware) and goes to Wagtail's audit log once it is complete: at the password for
  an account without a second factor, at the code otherwise (accounts.views.VerifyView).
- A failed sign-in (password or code) and a lockout (django-axes) are logged against the
  account they name. Attempts naming no account are counted by axes all the same, but have no
  object to be logged against.
- A change of privileges (groups, superuser, staff or active flag) ends every session of the
  account once the change is committed: whoever holds an old session key signs in again.
- A change of password or e-mail address is told to the owner by e-mail (an e-mail change to the
  old and the new address), once committed. Setting the first password (through the link of an
  approved registration) is no change.
"""

import logging
import time
from importlib import import_module

from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import is_password_usable
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models.signals import m2m_changed, pre_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.log_actions import log

from . import registration, two_factor

logger = logging.getLogger(__name__)

SIGNED_IN_AT = "accounts_signed_in_at"
PRIVILEGE_FIELDS = ("is_superuser", "is_staff", "is_active")
NOTIFIED_FIELDS = ("password", "email")


def account_named(username):
    """The active or inactive account of a user name as typed (None for an unknown one)."""
    if not username:
        return None
    return get_user_model()._default_manager.filter(username__iexact=username.strip()).first()


def log_sign_in(user, second_factor):
    log(user, "accounts.sign_in", user=user, data={"second_factor": second_factor})


@receiver(user_logged_in, dispatch_uid="accounts_signed_in")
def signed_in(sender, request, user, **kwargs):
    request.session[SIGNED_IN_AT] = int(time.time())
    if not two_factor.has_second_factor(user):
        log_sign_in(user, second_factor=False)


@receiver(user_login_failed, dispatch_uid="accounts_sign_in_failed")
def sign_in_failed(sender, credentials, request=None, **kwargs):
    account = account_named(credentials.get("username"))
    if account is not None:
        reason = credentials.get("failed_step", "password")
        log(account, "accounts.sign_in_failed", data={"step": reason})


@receiver(user_locked_out, dispatch_uid="accounts_locked_out")
def locked_out(sender, request, username, ip_address, **kwargs):
    """Logged when the count reaches the limit, not again for each attempt while locked."""
    account = account_named(username)
    if account is not None and getattr(request, "axes_failures_since_start", None) == (
        settings.AXES_FAILURE_LIMIT
    ):
        log(account, "accounts.lockout")


# Privileges ----------------------------------------------------------------------------------


def end_sessions(user_ids):
    """Delete every unexpired session of these accounts (through the session engine, so that
    a cached copy goes too)."""
    user_ids = {str(pk) for pk in user_ids}
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    sessions = Session.objects.filter(expire_date__gt=timezone.now())
    for session in sessions.iterator():
        if session.get_decoded().get("_auth_user_id") in user_ids:
            store.delete(session.session_key)


def privileges_changed(user_ids):
    transaction.on_commit(lambda: end_sessions(user_ids))


@receiver(m2m_changed, sender=get_user_model().groups.through, dispatch_uid="accounts_groups")
def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "pre_clear"}:
        return
    if isinstance(instance, Group):  # group.user_set changed
        if action == "pre_clear":
            pk_set = set(instance.user_set.values_list("pk", flat=True))
        privileges_changed(pk_set or ())
    elif action != "pre_clear" or instance.groups.exists():
        privileges_changed({instance.pk})


def stored_values(user, fields):
    return get_user_model()._default_manager.filter(pk=user.pk).values(*fields).first()


@receiver(pre_save, sender=get_user_model(), dispatch_uid="accounts_user_saved")
def user_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    watched = PRIVILEGE_FIELDS + NOTIFIED_FIELDS
    if raw or instance._state.adding or instance.pk is None:
        return
    if update_fields is not None and not set(update_fields) & set(watched):
        return  # last_login at every sign-in, for one
    before = stored_values(instance, watched)
    if before is None:
        return
    if any(before[field] != getattr(instance, field) for field in PRIVILEGE_FIELDS):
        privileges_changed({instance.pk})
    old_password = before["password"]
    password_changed = old_password != instance.password and is_password_usable(old_password)
    old_email = before["email"]
    email_changed = old_email.lower() != instance.email.lower() and bool(old_email)
    if password_changed or email_changed:
        transaction.on_commit(
            lambda: notify_owner(instance, old_email, password_changed, email_changed)
        )


def notify_owner(user, old_email, password_changed, email_changed):
    """Tell the owner: to the old address (and the new one) when the address changed."""
    context = registration.mail_context(
        user, old_email=old_email, password_changed=password_changed, email_changed=email_changed
    )
    recipients = [old_email, user.email] if email_changed else [user.email]
    for recipient in recipients:
        if not recipient:
            continue
        try:
            registration.send_bilingual_mail("accounts/emails/account_changed", context, recipient)
        except registration.MAIL_ERRORS:
            logger.exception("Notice of a change to account %s failed", user.pk)
