"""The public site's account views, in the visitor's language: sign-in, sign-out, registration.

Signing in (/de/anmelden/, /en/login/): registered staff read the restricted area without going
through the admin: Wagtail sends an anonymous visitor of a restricted page here
(WAGTAIL_FRONTEND_LOGIN_URL), and the footer links here. Registration (/de/registrieren/,
/en/register/): the form of accounts.forms, its rules in accounts.registration.

POSTs of both forms are rate limited per address. A limited attempt is not checked or acted on at
all, so a sign-in cannot confirm a password, and a registration creates no account and sends no
e-mail.
"""

from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django_ratelimit.decorators import ratelimit

from pages.models import RestrictedAreaPage
from portal.alternates import view_alternates
from portal.cache import limited_status
from privacy.rules import is_registered_staff

from .forms import RegistrationForm

SIGN_IN_RATE = "10/m"  # sign-in attempts per client IP
REGISTRATION_RATE = "5/h"  # POSTs of the registration form per client IP


@method_decorator(never_cache, name="dispatch")
@method_decorator(ratelimit(key="ip", rate=SIGN_IN_RATE, method="POST", block=False), name="post")
class SignInView(auth_views.LoginView):
    """The site's sign-in for staff, rate limited per address."""

    template_name = "accounts/sign_in.html"

    def post(self, request, *args, **kwargs):
        if getattr(request, "limited", False):
            username = request.POST.get("username", "")
            form = self.get_form_class()(request, initial={"username": username})
            status, outage = limited_status()
            context = self.get_context_data(form=form, limited=True, outage=outage)
            return self.render_to_response(context, status=status)
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(alternates=view_alternates(self.request, "login"), **kwargs)

    def get_default_redirect_url(self):
        """Staff go on to the restricted area of their language, anyone else to the home page."""
        if is_registered_staff(self.request.user):
            workspace = RestrictedAreaPage.objects.filter(
                locale__language_code=get_language()
            ).first()
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
