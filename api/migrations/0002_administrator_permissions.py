"""Portal administrators manage API clients and keys and read the call log (DESIGN section 1).

No delete permissions: a client is deactivated, a key revoked, and the log stays.
"""

from django.db import migrations

from moderation.migrations._helpers import ensure_permissions

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
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ensure_permissions(apps)
    group, _created = Group.objects.get_or_create(name="Portal administrators")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="api", codename__in=PERMISSIONS)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name="Portal administrators").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="api", codename__in=PERMISSIONS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0001_initial"),
        ("moderation", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
