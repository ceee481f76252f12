"""Registration of chamber staff (DESIGN section 4): the decisions and the e-mails.

- The public form (accounts.forms, at /de/registrieren/ and /en/register/) creates an inactive
  account with an unusable password and a pending RegistrationRequest, both or neither. Nobody
  can log in with it.
- Registration never reveals whether an address has an account. For an address that already has
  one (as e-mail address or user name, in any case) the form answers exactly as for a new address
  but creates and changes nothing; the address gets an e-mail instead, which says what its owner
  can do (sign in, reset the password, wait for the pending request, ask a portal administrator)
  or ignore. Nothing the visitor typed goes into that e-mail. The per-IP rate limit counts both
  kinds of request alike.
- A portal administrator approves (account activated, groups from the chamber, staff profile,
  e-mail with a set-password link) or rejects with a reason (e-mail with the reason), or marks
  the request withdrawn when the applicant asks for that (no e-mail: the applicant asked). Each
  decision is one transaction that ends with queueing the e-mail (background.mail: the
  worker delivers it, trying again while the mail server is away), so a decision and its
  e-mail stand or fall together. The admin views are in accounts.admin_views.
- E-mails are plain text, German first and English below, in one message.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.admin.views.account import password_reset_enabled
from wagtail.log_actions import log

from pages.snippets import Chamber
from portal import roles
from portal.public_address import public_url

from . import chamber_groups
from .models import RegistrationRequest, StaffProfile

EMAIL_LANGUAGES = ("de", "en")
EMAIL_SEPARATOR = "\n\n" + "-" * 72 + "\n\n"


class AlreadyDecidedError(Exception):
    """The request is no longer pending: approving or rejecting it changes nothing."""


def existing_account(email):
    """The account whose e-mail address or user name is `email` (any case), or None."""
    users = get_user_model()._default_manager.order_by("pk")
    return users.filter(email__iexact=email).first() or users.filter(username__iexact=email).first()


def notify_existing_account(account, email):
    """Tell the address `email` that someone tried to register it although it has `account`.

    Sent only to that address (as the account spells it, if it is the account's e-mail address).
    The e-mail is queued (background.mail): the answer comes as fast as for a new address.
    """
    recipient = account.email if account.email.lower() == email else email
    password_reset_url = ""
    if password_reset_enabled():
        password_reset_url = public_url(reverse("wagtailadmin_password_reset"))
    context = mail_context(
        account,
        site_url=public_url(""),
        password_reset_url=password_reset_url,
        pending=RegistrationRequest.objects.filter(
            user=account, status=RegistrationRequest.Status.PENDING
        ).exists(),
    )
    send_bilingual_mail("accounts/emails/already_registered", context, recipient)


# Decisions -----------------------------------------------------------------------------------


def set_password_url(user):
    """A one-time link to Wagtail's set-password form, valid for PASSWORD_RESET_TIMEOUT."""
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return public_url(reverse("wagtailadmin_password_reset_confirm", args=[uidb64, token]))


def send_bilingual_mail(template, context, recipient):
    """One plain-text message: German first, English below (subject: both, German first)."""
    subjects, bodies = [], []
    for code in EMAIL_LANGUAGES:
        with translation.override(code):
            subjects.append(render_to_string(f"{template}_subject.txt", context).strip())
            bodies.append(render_to_string(f"{template}.txt", context).strip())
    subject = " / ".join(dict.fromkeys(subjects))  # once if the catalogue lacks the German text
    send_mail(subject, EMAIL_SEPARATOR.join(bodies) + "\n", None, [recipient])


def mail_context(user, **extra):
    return {
        "user": user,
        "name": user.get_full_name() or user.get_username(),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "login_url": public_url(reverse("wagtailadmin_login")),
        **extra,
    }


def send_set_password_link(user, template="accounts/emails/set_password", **extra):
    link_days = max(1, settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60))
    context = mail_context(
        user, set_password_url=set_password_url(user), link_days=link_days, **extra
    )
    send_bilingual_mail(template, context, user.email)


def _pending(registration):
    """The request, locked for the decision; AlreadyDecidedError unless it is still pending."""
    registration = (
        RegistrationRequest.objects.select_for_update()
        .select_related("user", "chamber")
        .get(pk=registration.pk)
    )
    if not registration.is_pending:
        raise AlreadyDecidedError
    return registration


def approve(registration, by):
    """Activate the account with the groups of its chamber and send the set-password link.

    One transaction: if any step fails (queueing the e-mail included), the account stays
    inactive and the request pending.
    """
    with transaction.atomic():
        registration = _pending(registration)
        user, chamber = registration.user, registration.chamber
        if chamber.group_id is None:  # the chamber's group was deleted: make it again
            chamber_groups.keep_chamber_in_step(sender=Chamber, instance=chamber)
        user.is_active = True
        user.save(update_fields=["is_active"])
        groups = list(
            Group.objects.filter(name__in=[roles.REGISTERED_STAFF, roles.CHAMBER_EDITORS])
        )
        user.groups.set([*groups, chamber.group])
        StaffProfile.objects.update_or_create(
            user=user, defaults={"chamber": chamber, "position": registration.position}
        )
        registration.status = RegistrationRequest.Status.APPROVED
        registration.decided_by = by
        registration.decided_at = timezone.now()
        registration.save(update_fields=["status", "decided_by", "decided_at"])
        log(
            registration,
            "moderation.registration.approve",
            user=by,
            data={"user_id": user.pk, "email": user.email, "chamber": chamber.name},
        )
        send_set_password_link(user, "accounts/emails/approved", chamber=chamber)
    return registration


def reject(registration, by, reason):
    """Reject with a reason, sent to the applicant.

    The account is kept, inactive and with an unusable password: nobody can log in with it, and
    its address cannot silently be registered again: a new attempt creates nothing, and the
    address is told by e-mail to contact a portal administrator, who sees this rejection and its
    reason.
    One transaction, like `approve`.
    """
    with transaction.atomic():
        registration = _pending(registration)
        registration.status = RegistrationRequest.Status.REJECTED
        registration.rejection_reason = reason
        registration.decided_by = by
        registration.decided_at = timezone.now()
        registration.save(update_fields=["status", "rejection_reason", "decided_by", "decided_at"])
        user = registration.user
        log(
            registration,
            "moderation.registration.reject",
            user=by,
            data={"user_id": user.pk, "email": user.email, "reason": reason},
        )
        send_bilingual_mail(
            "accounts/emails/rejected",
            mail_context(user, chamber=registration.chamber, reason=reason),
            user.email,
        )
    return registration


def withdraw(registration, by):
    """Mark the request withdrawn at the applicant's wish; the account stays inactive.

    Like a rejected request, it is deleted with its account after its retention period
    (accounts.personal_data).
    """
    with transaction.atomic():
        registration = _pending(registration)
        registration.status = RegistrationRequest.Status.WITHDRAWN
        registration.decided_by = by
        registration.decided_at = timezone.now()
        registration.save(update_fields=["status", "decided_by", "decided_at"])
        log(
            registration,
            "moderation.registration.withdraw",
            user=by,
            data={"user_id": registration.user_id},
        )
    return registration
