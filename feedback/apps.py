"""The feedback app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    """Error reports, helpful votes and contact messages; registers the e-mail addresses it keeps
    with the personal data registry."""

    name = "feedback"
    verbose_name = _("Feedback")

    def ready(self):
        from portal import personal_data

        from .models import purge_addresses

        personal_data.register_retention("feedback_addresses", purge_addresses)
