"""`manage.py demo_code <username>`: the code a demo account's authenticator would show now.

Only for demo accounts (their TOTP secret is derived from the user name: accounts.two_factor);
any other account is refused, so that this never stands in for someone's authenticator.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import two_factor


class Command(BaseCommand):
    """manage.py demo_code <username>: the current TOTP code of a demo account."""

    help = "Print the current two-factor code of a demo account (make run's accounts)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model()._default_manager.filter(username=username).first()
        device = two_factor.totp_device(user) if user else None
        if device is None or device.key != two_factor.demo_key(username):
            raise CommandError(f"{username} is not a demo account with the demo secret.")
        code = two_factor.next_code(device)
        if code is None:
            raise CommandError("The current code was used already: try again in 30 seconds.")
        self.stdout.write(code[0])
