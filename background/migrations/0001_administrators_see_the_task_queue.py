"""Portal administrators see the task queue (background.views): view, nothing else."""

from django.db import migrations

from moderation.migrations._helpers import ensure_permissions


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ensure_permissions(apps)
    group, _created = Group.objects.get_or_create(name="Portal administrators")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="django_tasks_database", codename="view_dbtaskresult")
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name="Portal administrators").first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="django_tasks_database", codename="view_dbtaskresult"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("django_tasks_database", "0001_initial"),
        ("moderation", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
