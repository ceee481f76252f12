"""The role groups exist in every database, with access to the admin.

Their page permissions and the quality-control workflow follow in 0004.
"""

from django.db import migrations

from moderation.migrations._helpers import ensure_permissions

ROLE_GROUPS = [
    "Registered staff",
    "Chamber editors",
    "Reviewers",
    "Competent editors",
    "Translators",
    "Portal administrators",
]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ensure_permissions(apps)
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    # Wagtail's own starter groups: "Moderators" could publish around the portal's roles.
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()
    for name in ROLE_GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        if name != "Registered staff":
            group.permissions.add(access_admin)


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
        ("pages", "0002_home_and_locales"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
