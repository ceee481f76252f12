"""Session limits and the second factor, for every request of a signed-in user.

- `SessionLimitsMiddleware`: a session ends SESSION_ABSOLUTE_AGE seconds after its sign-in,
  however busy (the idle limit is Django's own: SESSION_COOKIE_AGE, renewed by
  SESSION_SAVE_EVERY_REQUEST). A session without a sign-in stamp (made before this rule) ends.
- `SecondFactorMiddleware` (after django-otp's OTPMiddleware): a signed-in user who has a second
  factor and has not given a code, or who must have one and has none, is sent to the code form or
  to enrolment from every URL (admin, restricted area, any page: until then they are treated as
  nobody), except those two forms, the sign-outs and the admin's script catalogue and icons.
"""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

from . import two_factor
from .signals import SIGNED_IN_AT

OPEN_BEFORE_SECOND_FACTOR = {
    "two_factor_verify",
    "two_factor_setup",
    "wagtailadmin_logout",
    "logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",  # the icons the code form's page loads
}


class SessionLimitsMiddleware:
    """Ends a session at its absolute age (the idle age is Django's SESSION_COOKIE_AGE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            signed_in_at = request.session.get(SIGNED_IN_AT, 0)
            if time.time() - signed_in_at > settings.SESSION_ABSOLUTE_AGE:
                logout(request)
        return self.get_response(request)


def is_open(request):
    try:
        return resolve(request.path_info).url_name in OPEN_BEFORE_SECOND_FACTOR
    except Resolver404:
        return False


class SecondFactorMiddleware:
    """Nothing but the code form (or enrolment) before the second factor."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified() and not is_open(request):
            if two_factor.has_second_factor(user):
                return self.send_to("two_factor_verify", request)
            if two_factor.requires_second_factor(user):
                return self.send_to("two_factor_setup", request)
        return self.get_response(request)

    @staticmethod
    def send_to(name, request):
        url = reverse(name)
        if request.method == "GET":
            url += "?" + urlencode({"next": request.get_full_path()})
        return redirect(url)
