"""Two factors (django-otp): who needs them, enrolment, verification, reset, demo secrets.

Rules:
- Competent editors, reviewers, portal administrators, superusers and everyone who reads the
  restricted area (Registered staff, which every staff role and chamber group implies:
  privacy.membership) must have a second factor; for everybody else (translators, accounts
  without a role) it is optional, but whoever has one must use it.
- A second factor is a confirmed TOTP device (an authenticator app) plus a set of single-use
  recovery codes (a static device), made together at enrolment; the codes are shown once.
- A code of six digits is checked against the TOTP device, anything else against the recovery
  codes, so that a mistyped code never throttles the other device (django-otp throttles each
  device after a failure).
- Demo accounts get a TOTP secret derived from their user name (`demo_key`), so that the
  browser tests and `make run` users can compute the current code (`manage.py demo_code`).
"""

import hashlib
import time

import segno
from django.db import transaction
from django.utils.safestring import mark_safe
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as otp_login
from django_otp.oath import TOTP, hotp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from portal import roles
from privacy.rules import is_registered_staff

REQUIRED_ROLES = [roles.COMPETENT_EDITORS, roles.REVIEWERS, roles.PORTAL_ADMINISTRATORS]
RECOVERY_CODES = 10
TOTP_DIGITS = 6  # django-otp's default, what authenticator apps show
DEVICE_NAME = "default"
DEMO_SALT = "bq-portal demo TOTP secret of "  # never used for an account that is not a demo's


def requires_second_factor(user):
    """Whether the user may do nothing before a second factor is set up and verified."""
    if not (user.is_authenticated and user.is_active):
        return False
    return (
        user.is_superuser
        or is_registered_staff(user)
        or user.groups.filter(name__in=REQUIRED_ROLES).exists()
    )


def totp_device(user, confirmed=True):
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).first()


def has_second_factor(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_device(user):
    """The unconfirmed TOTP device of an enrolment under way (one per user), made on demand."""
    device = totp_device(user, confirmed=False)
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def qr_code_svg(device):
    """The device's otpauth URL as an inline SVG QR code (no script, no external request)."""
    svg = segno.make(device.config_url, error="m").svg_inline(scale=4, omitsize=False)
    return mark_safe(svg)  # segno's own markup: only the modules of the URL, no script


def secret_text(device):
    """The secret in base32, in groups of four, for typing into an app by hand."""
    secret = device.config_url.split("secret=", 1)[1].split("&", 1)[0]
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def is_totp_code(code):
    return len(code) == TOTP_DIGITS and code.isdigit()


def verify(user, code):
    """The device that accepts `code` (TOTP or recovery code), or None; each failure is
    counted by the device's throttle."""
    code = "".join(code.split()).lower()
    if not code:
        return None
    with transaction.atomic():
        if is_totp_code(code):
            device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True)
        else:
            device = StaticDevice.objects.select_for_update().filter(user=user, confirmed=True)
        device = device.first()
        if device is not None and device.verify_token(code):
            return device
    return None


@transaction.atomic
def confirm_enrolment(request, device, code):
    """Confirm the pending device with its first code: returns the recovery codes (shown
    once), or None if the code is wrong. Marks the session as verified."""
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk, confirmed=False)
    if not device.verify_token("".join(code.split())):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    StaticDevice.objects.filter(user=device.user).delete()
    static = StaticDevice.objects.create(user=device.user, name="recovery codes")
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
    log(device.user, "accounts.two_factor.enrol", user=device.user)
    otp_login(request, device)
    request.session.cycle_key()  # a new key for the new level of trust
    return codes


@transaction.atomic
def reset(account, by):
    """Remove every device of the account: it enrols again at its next sign-in."""
    count = TOTPDevice.objects.filter(user=account).delete()[0]
    count += StaticDevice.objects.filter(user=account).delete()[0]
    log(account, "accounts.two_factor.reset", user=by)
    return count


def erase_devices(account):
    """Personal data: the account's devices go when the account is pseudonymised."""
    TOTPDevice.objects.filter(user=account).delete()
    StaticDevice.objects.filter(user=account).delete()


def mark_verified(session, device):
    """Record in a session (not through a request) that `device` verified it: for test clients."""
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id


# Demo accounts -------------------------------------------------------------------------------


def demo_key(username):
    """The hex TOTP secret of a demo account: the same on every machine, from the user name."""
    return hashlib.sha256((DEMO_SALT + username).encode()).hexdigest()[:40]


def give_demo_device(user):
    """A confirmed TOTP device with the demo secret (no recovery codes)."""
    TOTPDevice.objects.update_or_create(
        user=user,
        name=DEVICE_NAME,
        defaults={"key": demo_key(user.get_username()), "confirmed": True},
    )


def next_code(device, at=None):
    """(code, time step) that the device accepts next: the current step's code, or the next
    step's if the current one was used already (a code is never accepted twice); None if
    even that is beyond the device's tolerance (wait for the next step)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() if at is None else at
    step = max(totp.t(), device.last_t + 1)
    if step > totp.t() + device.tolerance:
        return None
    return f"{hotp(device.bin_key, step, digits=device.digits):0{device.digits}d}", step
