"""Portal administrators see the task queue (background.views): view, nothing else."""

from django.db import migrations

from moderation.migrations._helpers import grant_permissions, revoke_permissions

QUEUE = ("Portal administrators", "django_tasks_database", ["view_dbtaskresult"])


def grant(apps, schema_editor):
    grant_permissions(apps, *QUEUE)


def revoke(apps, schema_editor):
    revoke_permissions(apps, *QUEUE)


class Migration(migrations.Migration):
    dependencies = [
        ("django_tasks_database", "0001_initial"),
        ("moderation", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
