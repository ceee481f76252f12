"""Signing in and out on the public site, in the visitor's language (/de/anmelden/, /en/login/).

Registered staff read the restricted area without going through the admin: Wagtail sends an
anonymous visitor of a restricted page here (WAGTAIL_FRONTEND_LOGIN_URL), and the footer links
here. Attempts are rate limited per address, like the registration form; a limited attempt is not
checked at all, so it cannot confirm a password either.
"""

from django.contrib.auth import views as auth_views
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django_ratelimit.decorators import ratelimit

from pages.models import RestrictedAreaPage
from portal.alternates import view_alternates
from portal.cache import limited_status
from privacy.rules import is_registered_staff

RATE = "10/m"


@method_decorator(never_cache, name="dispatch")
@method_decorator(ratelimit(key="ip", rate=RATE, method="POST", block=False), name="post")
class SignInView(auth_views.LoginView):
    template_name = "moderation/sign_in.html"

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
