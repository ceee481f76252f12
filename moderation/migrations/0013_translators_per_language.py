"""Translators get a group per language: the English translators' group is "Translators (en)".

Groups of further languages are made with the language (`manage.py add_languages`).
"""

from django.db import migrations


def rename(apps, old, new):
    apps.get_model("auth.Group").objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, "Translators", "Translators (en)")


def backwards(apps, schema_editor):
    rename(apps, "Translators (en)", "Translators")


class Migration(migrations.Migration):
    dependencies = [("moderation", "0012_administrators_edit_the_footer_links")]

    operations = [migrations.RunPython(forwards, backwards)]
