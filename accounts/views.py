"""The account views: the site's sign-in, sign-out and registration; the second factor's code
form and enrolment; the rate-limited password reset.

Signing in (/de/anmelden/, /en/login/): registered staff read the restricted area without going
through the admin: Wagtail sends an anonymous visitor of a restricted page here
(WAGTAIL_FRONTEND_LOGIN_URL), and the footer links here. Failed sign-ins here and in the admin are
counted by django-axes (accounts.lockout). Registration (/de/registrieren/, /en/register/): the
form of accounts.forms, its rules in accounts.registration; its POSTs are rate limited per
address, and a limited attempt is not acted on at all (no account, no e-mail).

The second factor (/admin/two-factor/...): after the password, accounts.middleware sends the
user here, from the admin and the site alike; the pages stand outside the admin's own views so
that staff without admin access reach them too. A wrong code counts as a failed sign-in.
"""

from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth import views as auth_views
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView
from django_otp import login as otp_login
from django_ratelimit.decorators import ratelimit
from wagtail.admin.views import account as account_views

from pages.models import RestrictedAreaPage
from portal.alternates import view_alternates
from portal.cache import limited_status
from privacy.rules import is_registered_staff

from . import lockout, two_factor
from .forms import CodeForm, RegistrationForm
from .signals import log_sign_in

REGISTRATION_RATE = "5/h"  # POSTs of the registration form per client IP


@method_decorator(never_cache, name="dispatch")
class SignInView(auth_views.LoginView):
    """The site's sign-in for staff; failures counted by django-axes (accounts.lockout)."""

    template_name = "accounts/sign_in.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(alternates=view_alternates(self.request, "login"), **kwargs)

    def get_default_redirect_url(self):
        return site_destination(self.request)


def site_destination(request):
    """Staff go on to the restricted area of their language, anyone else to the home page."""
    if is_registered_staff(request.user):
        workspace = RestrictedAreaPage.objects.filter(locale__language_code=get_language()).first()
        if workspace is not None:
            return workspace.url
    return f"/{get_language()}/"


class SignOutView(auth_views.LogoutView):
    """POST only (Django's LogoutView); back to the home page of the language signed out in."""

    def get_default_redirect_url(self):
        return f"/{get_language()}/"


@never_cache
@ratelimit(key="ip", rate=REGISTRATION_RATE, method="POST", block=False)
def register(request):
    """The public registration form; ?sent=1 thanks the applicant after a request was made."""
    context = {"alternates": view_alternates(request, "register")}
    if request.method == "GET" and request.GET.get("sent"):
        return render(request, "accounts/register_sent.html", context)
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
    return render(request, "accounts/register.html", context, status=status)


# The second factor ---------------------------------------------------------------------------


def after_sign_in_url(request):
    """Where a complete sign-in goes on: `next` if it stays in the portal, else the admin
    (or, for staff without admin access, the site's workspace)."""
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    if request.user.has_perm("wagtailadmin.access_admin"):
        return reverse("wagtailadmin_home")
    return site_destination(request)


@method_decorator([never_cache, sensitive_post_parameters("code")], name="dispatch")
class SecondFactorView(FormView):
    """The code form's common part: only for a signed-in user, never for a locked one."""

    form_class = CodeForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        credentials = {"username": request.user.get_username()}
        if not AxesProxyHandler.is_allowed(request, credentials):
            return lockout.locked_out(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=after_sign_in_url(self.request), **kwargs)

    def refuse(self, form):
        """A wrong code: counted as a failed sign-in (django-axes may lock the account now)."""
        credentials = {"username": self.request.user.get_username(), "failed_step": "code"}
        user_login_failed.send(sender=__name__, credentials=credentials, request=self.request)
        if getattr(self.request, "axes_locked_out", False):
            return lockout.locked_out(self.request)
        form.add_error("code", _("This code is not valid. Please try the current one."))
        return self.form_invalid(form)


class VerifyView(SecondFactorView):
    """The code after the password, for a user with a second factor."""

    template_name = "accounts/two_factor/verify.html"

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and user.is_verified():
            return redirect(after_sign_in_url(request))
        if user.is_authenticated and not two_factor.has_second_factor(user):
            return redirect(reverse("two_factor_setup") + "?" + request.GET.urlencode())
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        device = two_factor.verify(self.request.user, form.cleaned_data["code"])
        if device is None:
            return self.refuse(form)
        otp_login(self.request, device)
        self.request.session.cycle_key()  # a new key for the new level of trust
        log_sign_in(device.user, second_factor=True)  # a user, not the request's lazy one
        return redirect(after_sign_in_url(self.request))


class SetupView(SecondFactorView):
    """Enrolment: QR code and key of a new authenticator, confirmed with its first code; the
    recovery codes are shown once. Whoever has a second factor gives a code first."""

    template_name = "accounts/two_factor/setup.html"

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if user.is_authenticated and two_factor.has_second_factor(user) and not user.is_verified():
            return redirect(reverse("two_factor_verify") + "?" + request.GET.urlencode())
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        user = self.request.user
        device = two_factor.pending_device(user)
        return super().get_context_data(
            qr_code=two_factor.qr_code_svg(device),
            secret=two_factor.secret_text(device),
            required=two_factor.requires_second_factor(user),
            enrolled=two_factor.has_second_factor(user),
            **kwargs,
        )

    def form_valid(self, form):
        device = two_factor.pending_device(self.request.user)
        codes = two_factor.confirm_enrolment(self.request, device, form.cleaned_data["code"])
        if codes is None:
            return self.refuse(form)
        context = {"codes": codes, "next": after_sign_in_url(self.request)}
        return render(self.request, "accounts/two_factor/recovery_codes.html", context)


# Password reset ------------------------------------------------------------------------------

RESET_REQUEST_RATE = "5/15m"  # reset requests per address asked for, and per client address


@method_decorator(
    [
        ratelimit(
            key=lockout.requested_address, rate=RESET_REQUEST_RATE, method="POST", block=False
        ),
        ratelimit(key=lockout.client_address, rate=RESET_REQUEST_RATE, method="POST", block=False),
    ],
    name="post",
)
class PasswordResetView(account_views.PasswordResetView):
    """Wagtail's "forgotten password" form, rate limited; it answers alike for every address
    (a limited request sends nothing, for a known address as for an unknown one)."""

    template_name = "accounts/admin/password_reset.html"

    def post(self, request, *args, **kwargs):
        if getattr(request, "limited", False):
            status, outage = limited_status()
            context = self.get_context_data(form=self.get_form(), limited=True, outage=outage)
            return self.render_to_response(context, status=status)
        return super().post(request, *args, **kwargs)
