"""Lockout after failed sign-ins (django-axes), and the count of password reset requests.

Rules:
- django-axes counts failed sign-ins (the admin's, the site's, a wrong second-factor code, the
  current password of an e-mail change) per user name and per client address, either of which
  locks: AXES_FAILURE_LIMIT failures within AXES_COOLOFF_TIME lock for AXES_COOLOFF_TIME. User
  names are compared without case and surrounding spaces, so "Editor " is "editor".
- A locked sign-in answers 429 with the same message whether the account exists or not, in the
  visitor's language, on an admin page or a site page as the path asks; a session that was
  half signed in (password given, code not) ends.
- Password resets are not sign-ins, so axes does not see them; counting them as failures would
  let anyone lock a colleague out by asking for resets of their address. They are rate limited
  instead (django-ratelimit, accounts.views.PasswordResetView), per address and per client
  address, and answer the same for every address.
- The client address is the one every count and log uses (portal.addresses).
"""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from axes.utils import reset
from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import render
from wagtail.log_actions import log

from portal.addresses import client_ip


def username_of(request, credentials):
    """The user name axes counts: as typed in the form or given with the credentials."""
    username = (credentials or {}).get("username")
    if username is None and request is not None:
        username = request.POST.get("username")
    return username.strip().lower() if username else None


def requested_address(group, request):
    """django-ratelimit's key: the e-mail address a reset is asked for, in any case."""
    return request.POST.get("email", "").strip().lower()


def client_address(group, request):
    """django-ratelimit's key: the client address, as axes counts it."""
    return client_ip(request) or ""


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the lockout page, admin or site, status 429."""
    if request.user.is_authenticated:
        logout(request)  # a password without its code signs nobody in
    if request.path.startswith("/admin/"):
        template = "accounts/admin/locked_out.html"
    else:
        template = "accounts/locked_out.html"
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, template, {"lockout_minutes": minutes}, status=429)


ATTEMPT_MODELS = (AccessAttempt, AccessFailureLog, AccessLog)


def purge_attempts(cutoff):
    """Personal data: sign-in attempts recorded before `cutoff` (retention); their number."""
    return sum(
        model.objects.filter(attempt_time__lt=cutoff).delete()[0] for model in ATTEMPT_MODELS
    )


def erase_attempts(account):
    """Personal data: the attempts recorded under the account's user name (pseudonymisation)."""
    for model in ATTEMPT_MODELS:
        model.objects.filter(username=account.get_username().lower()).delete()


def unlock(account, by):
    """Forget the failed attempts of the account's user name (an administrator's unlock)."""
    count = reset(username=account.get_username().lower())
    log(account, "accounts.unlock", user=by)
    return count
