"""Portal administrators see the audit log of accounts (sign-ins, lockouts, two factors).

Wagtail's site history lists entries of models the user holds a permission on; these entries are
logged against the user, so portal administrators get `auth.view_user` (a read-only permission:
changing users stays with superusers, `auth.change_user`).
"""

from django.db import migrations

from moderation.migrations._helpers import ensure_permissions


def let_portal_administrators_see_the_log(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ensure_permissions(apps)
    view = Permission.objects.get(content_type__app_label="auth", codename="view_user")
    for group in Group.objects.filter(name="Portal administrators"):
        group.permissions.add(view)


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0008_restricted_collection"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(let_portal_administrators_see_the_log, migrations.RunPython.noop)]
