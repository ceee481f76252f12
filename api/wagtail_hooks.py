"""The API's admin: Settings → API clients (see api.admin_views)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .admin_views import ApiClientViewSet


@hooks.register("register_admin_viewset")
def register_api_clients():
    return ApiClientViewSet()


@hooks.register("register_log_actions")
def register_key_actions(actions):
    @actions.register_action("api.key.create")
    class KeyCreated(LogFormatter):
        label = _("Create API key")

        def format_message(self, log_entry):
            return _("API key %(prefix)s created") % {"prefix": log_entry.data.get("prefix", "")}

    @actions.register_action("api.key.revoke")
    class KeyRevoked(LogFormatter):
        label = _("Revoke API key")

        def format_message(self, log_entry):
            return _("API key %(prefix)s revoked") % {"prefix": log_entry.data.get("prefix", "")}
