"""Portal administrators choose the footer's legal pages (Settings → Footer links)."""

from django.db import migrations

from moderation.migrations._helpers import grant_permissions, revoke_permissions

FOOTER = ("Portal administrators", "pages", ["change_footerlinks"])


def grant(apps, schema_editor):
    grant_permissions(apps, *FOOTER)


def revoke(apps, schema_editor):
    revoke_permissions(apps, *FOOTER)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0015_contact_form_block"),
        ("moderation", "0011_reference_data_review"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
