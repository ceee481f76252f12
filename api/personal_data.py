"""The API's part of personal data (portal.personal_data).

Retention: the log of API calls (addresses of client systems) goes after
PORTAL_RETENTION["api_calls"] days. Export: the API keys a staff member made and the client
systems that name their e-mail address as contact. Erasure keeps both: a key's "created by"
shows the pseudonym, and a client's contact address is the client's, changed by whoever
administers the client.
"""

from django.utils.translation import gettext_lazy as _

from portal import personal_data

from .models import ApiCallLog, ApiClient, ApiKey


def purge_calls(cutoff):
    deleted, _by_model = ApiCallLog.objects.filter(timestamp__lt=cutoff).delete()
    return deleted


def key_records(user):
    keys = ApiKey.objects.filter(created_by=user).select_related("client").order_by("created_at")
    return [
        {
            "created_at": key.created_at.isoformat(),
            "client": key.client.name,
            "prefix": key.prefix,
            "description": key.name,
            "revoked_at": key.revoked_at.isoformat() if key.revoked_at else None,
        }
        for key in keys
    ]


def client_records(user):
    if not user.email:
        return []
    return [
        {"name": client.name, "contact_email": client.contact_email, "is_active": client.is_active}
        for client in ApiClient.objects.filter(contact_email__iexact=user.email)
    ]


def register():
    """The API's parts of the registry (ApiConfig.ready)."""
    personal_data.register_retention("api_calls", purge_calls)
    personal_data.register_export(
        personal_data.Section(
            key="api_keys",
            title=_("API keys you created"),
            order=90,
            collect=key_records,
            fields={
                "created_at": _("Created at"),
                "client": _("Client"),
                "prefix": _("Prefix"),
                "description": _("Description"),
                "revoked_at": _("Revoked at"),
            },
        )
    )
    personal_data.register_export(
        personal_data.Section(
            key="api_clients",
            title=_("API clients with your address as contact"),
            order=91,
            collect=client_records,
            fields={
                "name": _("Name"),
                "contact_email": _("Contact e-mail address"),
                "is_active": _("Active"),
            },
        )
    )
