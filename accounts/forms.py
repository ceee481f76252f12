"""The public registration form of chamber staff.

It never reveals whether an address has an account: for an address that has one (as e-mail
address or user name, in any case) it validates and answers exactly as for a new address, but
creates and changes nothing, and the address is told by e-mail instead (accounts.registration).
"""

from django import forms
from django.contrib.auth import authenticate, get_user_model
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from pages.snippets import Chamber, published

from . import registration
from .models import RegistrationRequest

# A username holds at most 150 characters; the e-mail address becomes the username.
EMAIL_MAX_LENGTH = get_user_model()._meta.get_field("username").max_length


def email_domain_matches(email, domain):
    """True if the address belongs to the domain or one of its subdomains."""
    if not domain:
        return True
    host = email.rsplit("@", 1)[-1].lower()
    domain = domain.lower().lstrip("@")
    return host == domain or host.endswith("." + domain)


class RegistrationForm(forms.Form):
    """The public registration form of chamber staff."""

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
        queryset=published(Chamber.objects.order_by("name")),
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
        e-mail (`registration.notify_existing_account`). Returns the new request, or None.
        """
        data = self.cleaned_data
        account = registration.existing_account(data["email"])
        if account is None:
            try:
                return self._create(data)
            except IntegrityError:  # the same address registered a moment ago
                account = registration.existing_account(data["email"])
                if account is None:
                    raise
        registration.notify_existing_account(account, data["email"])
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


# Two factors and account changes -------------------------------------------------------------


class CodeForm(forms.Form):
    """A code from the authenticator app (six digits) or a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            {"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )


class EmailChangeForm(forms.ModelForm):
    """The account's e-mail address, changed only with the current password (counted as a
    sign-in attempt by django-axes: a stolen session cannot guess it)."""

    email = forms.EmailField(label=_("E-mail address"), max_length=EMAIL_MAX_LENGTH)
    current_password = forms.CharField(
        label=_("Current password"),
        strip=False,
        required=False,
        help_text=_("Needed to change the e-mail address."),
        widget=forms.PasswordInput({"autocomplete": "current-password"}),
    )

    class Meta:
        model = get_user_model()
        fields = ["email"]

    def __init__(self, *args, request, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        users = get_user_model()._default_manager.exclude(pk=self.instance.pk)
        if users.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("Another account uses this address."), code="taken")
        return email

    def clean(self):
        cleaned_data = super().clean()
        user = authenticate(
            self.request,
            username=self.instance.get_username(),
            password=cleaned_data.get("current_password") or "",
        )
        if user is None or user.pk != self.instance.pk:
            self.add_error(
                "current_password",
                forms.ValidationError(_("This is not your current password."), code="password"),
            )
        return cleaned_data
