"""Portal administrators manage API clients and keys and read the call log (DESIGN section 1).

No delete permissions: a client is deactivated, a key revoked, and the log stays.
"""

from django.db import migrations

from moderation.migrations._helpers import grant_permissions, revoke_permissions

PERMISSIONS = [
    "add_apiclient",
    "change_apiclient",
    "view_apiclient",
    "add_apikey",
    "change_apikey",
    "view_apikey",
    "view_apicalllog",
]


def grant(apps, schema_editor):
    grant_permissions(apps, "Portal administrators", "api", PERMISSIONS)


def revoke(apps, schema_editor):
    revoke_permissions(apps, "Portal administrators", "api", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0001_initial"),
        ("moderation", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
