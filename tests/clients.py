"""The test client of the suite: signed in with the second factor already given."""

from django.contrib.auth import authenticate
from django.http import HttpRequest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import two_factor


class VerifiedClient(Client):
    """A test client whose sign-ins come with the second factor already given.

    `force_login` and `login` give the user a confirmed authenticator if they have none and
    mark the session as verified by it, as the code form would. `login` passes a request to
    `authenticate`, as django-axes needs (it counts failures per user name and address).
    Tests of the second factor itself use a plain `django.test.Client`.
    """

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        self.verify(user)

    def login(self, **credentials):
        request = HttpRequest()
        request.META["REMOTE_ADDR"] = "127.0.0.1"
        user = authenticate(request, **credentials)
        if user is None:
            return False
        self._login(user)
        self.verify(user)
        return True

    def verify(self, user):
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
        session = self.session
        two_factor.mark_verified(session, device)
        session.save()
