"""Registration of chamber staff (DESIGN section 4): the public form, the decisions, the e-mails.

- The public form (/de/registrieren/, /en/register/) creates an inactive account with an unusable
  password and a pending RegistrationRequest, both or neither. Nobody can log in with it.
- Registration never reveals whether an address has an account. For an address that already has
  one (as e-mail address or user name, in any case) the form answers exactly as for a new address
  but creates and changes nothing; the address gets an e-mail instead, which says what its owner
  can do (sign in, reset the password, wait for the pending request, ask a portal administrator)
  or ignore. Nothing the visitor typed goes into that e-mail. The per-IP rate limit counts both
  kinds of request alike.
- A portal administrator approves (account activated, groups from the chamber, staff profile,
  e-mail with a set-password link) or rejects with a reason (e-mail with the reason). Each
  decision is one transaction that ends with sending the e-mail: if sending fails, nothing is
  decided. The admin views are in moderation.registration_admin.
- E-mails are plain text, German first and English below, in one message.
"""

import logging
import smtplib

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_ratelimit.decorators import ratelimit
from wagtail.admin.views.account import password_reset_enabled
from wagtail.log_actions import log

from pages.snippets import Chamber
from portal.alternates import view_alternates
from portal.cache import limited_status

from . import chamber_groups, roles
from .models import RegistrationRequest, StaffProfile

logger = logging.getLogger(__name__)

RATE = "5/h"  # POSTs of the public form per client IP
EMAIL_LANGUAGES = ("de", "en")
EMAIL_SEPARATOR = "\n\n" + "-" * 72 + "\n\n"
# A username holds at most 150 characters; the e-mail address becomes the username.
EMAIL_MAX_LENGTH = get_user_model()._meta.get_field("username").max_length
MAIL_ERRORS = (smtplib.SMTPException, OSError)


class AlreadyDecidedError(Exception):
    """The request is no longer pending: approving or rejecting it changes nothing."""


def email_domain_matches(email, domain):
    """True if the address belongs to the domain or one of its subdomains."""
    if not domain:
        return True
    host = email.rsplit("@", 1)[-1].lower()
    domain = domain.lower().lstrip("@")
    return host == domain or host.endswith("." + domain)


class RegistrationForm(forms.Form):
    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        widget=forms.TextInput({"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        widget=forms.TextInput({"autocomplete": "family-name"}),
    )
    email = forms.EmailField(
        label=_("Work e-mail address"),
        max_length=EMAIL_MAX_LENGTH,
        help_text=_("The address you use at your chamber. It becomes your user name."),
        widget=forms.EmailInput({"autocomplete": "email"}),
    )
    chamber = forms.ModelChoiceField(
        label=_("Chamber"),
        queryset=Chamber.objects.order_by("name"),
        empty_label=_("Please choose your chamber"),
    )
    position = forms.CharField(
        label=_("Position"),
        max_length=RegistrationRequest._meta.get_field("position").max_length,
        help_text=_("For example: Head of recognition, case officer."),
        widget=forms.TextInput({"autocomplete": "organization-title"}),
    )
    reason = forms.CharField(
        label=_("Reason for your request"),
        max_length=2000,
        help_text=_("What will you use the portal for?"),
        widget=forms.Textarea({"rows": 5}),
    )
    confirm_domain = forms.BooleanField(
        label=_("I work for this chamber although my e-mail address is not from its domain."),
        required=False,
        help_text=_(
            "Only needed if your address does not end in your chamber's domain. "
            "An administrator will check this before approving."
        ),
    )

    def clean_email(self):
        # Whether the address has an account is not a validation error: see `save`.
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned_data = super().clean()
        email, chamber = cleaned_data.get("email"), cleaned_data.get("chamber")
        self.domain_matches = True
        if email and chamber and not email_domain_matches(email, chamber.email_domain):
            self.domain_matches = False
            if not cleaned_data.get("confirm_domain"):
                self.add_error(
                    "email",
                    forms.ValidationError(
                        _(
                            "%(chamber)s uses e-mail addresses ending in @%(domain)s. Please "
                            "use your work address, or tick the confirmation below if you work "
                            "for this chamber with another address."
                        ),
                        code="domain",
                        params={"chamber": chamber.name, "domain": chamber.email_domain},
                    ),
                )
        return cleaned_data

    def save(self):
        """A new address: the inactive account and its pending request, both or neither.

        An address that has an account: nothing is created or changed, the address is told by
        e-mail (`notify_existing_account`). Returns the new request, or None.
        """
        data = self.cleaned_data
        account = existing_account(data["email"])
        if account is None:
            try:
                return self._create(data)
            except IntegrityError:  # the same address registered a moment ago
                account = existing_account(data["email"])
                if account is None:
                    raise
        notify_existing_account(account, data["email"])
        return None

    def _create(self, data):
        with transaction.atomic():
            user = get_user_model()(
                username=data["email"],
                email=data["email"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                is_active=False,
            )
            user.set_unusable_password()
            user.save()
            return RegistrationRequest.objects.create(
                user=user,
                chamber=data["chamber"],
                position=data["position"],
                reason=data["reason"],
                domain_matches=self.domain_matches,
            )


def existing_account(email):
    """The account whose e-mail address or user name is `email` (any case), or None."""
    users = get_user_model()._default_manager.order_by("pk")
    return users.filter(email__iexact=email).first() or users.filter(username__iexact=email).first()


def notify_existing_account(account, email):
    """Tell the address `email` that someone tried to register it although it has `account`.

    Sent only to that address (as the account spells it, if it is the account's e-mail address).
    A failing mail server is logged, not shown: the answer must be the same as for a new address.
    """
    recipient = account.email if account.email.lower() == email else email
    password_reset_url = ""
    if password_reset_enabled():
        password_reset_url = absolute_admin_url(reverse("wagtailadmin_password_reset"))
    context = mail_context(
        account,
        site_url=settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
        password_reset_url=password_reset_url,
        pending=RegistrationRequest.objects.filter(
            user=account, status=RegistrationRequest.Status.PENDING
        ).exists(),
    )
    try:
        send_bilingual_mail("moderation/emails/already_registered", context, recipient)
    except MAIL_ERRORS:
        logger.exception("Notice of a registration for the existing account %s failed", account.pk)


@never_cache
@ratelimit(key="ip", rate=RATE, method="POST", block=False)
def register(request):
    """The public registration form; ?sent=1 thanks the applicant after a request was made."""
    context = {"alternates": view_alternates(request, "register")}
    if request.method == "GET" and request.GET.get("sent"):
        return render(request, "moderation/register_sent.html", context)
    status = 200
    if request.method == "POST" and getattr(request, "limited", False):
        # Not validated or acted on at all (no account, no e-mail): the entries come back
        # unbound, to send again later.
        form = RegistrationForm(initial=request.POST.dict())
        context["limited"] = True
        status, context["outage"] = limited_status()
    elif request.method == "POST":
        form = RegistrationForm(request.POST)
        if form.is_valid():
            form.save()  # the same answer whether the address had an account or not
            return redirect(reverse("register") + "?sent=1")
    else:
        form = RegistrationForm()
    context["form"] = form
    return render(request, "moderation/register.html", context, status=status)


# Decisions -----------------------------------------------------------------------------------


def absolute_admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def set_password_url(user):
    """A one-time link to Wagtail's set-password form, valid for PASSWORD_RESET_TIMEOUT."""
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return absolute_admin_url(reverse("wagtailadmin_password_reset_confirm", args=[uidb64, token]))


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
        "login_url": absolute_admin_url(reverse("wagtailadmin_login")),
        **extra,
    }


def send_set_password_link(user, template="moderation/emails/set_password", **extra):
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

    One transaction: if any step fails (the e-mail included), the account stays inactive and the
    request pending.
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
        send_set_password_link(user, "moderation/emails/approved", chamber=chamber)
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
            "moderation/emails/rejected",
            mail_context(user, chamber=registration.chamber, reason=reason),
            user.email,
        )
    return registration
