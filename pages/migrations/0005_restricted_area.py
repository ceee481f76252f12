"""The restricted area in both locales, view-restricted to the group Registered staff.

German /de/arbeitsbereich/ and its English translation /en/workspace/ (same translation_key),
each with its own PageViewRestriction: the English page is restricted from the start, not only
after the next translation sync.
"""

import uuid

from django.db import migrations

from pages.migrations._helpers import add_page


def create_restricted_area(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    HomePage = apps.get_model("pages.HomePage")
    RestrictedAreaPage = apps.get_model("pages.RestrictedAreaPage")
    PageViewRestriction = apps.get_model("wagtailcore.PageViewRestriction")
    if RestrictedAreaPage.objects.exists():
        return
    staff, _ = Group.objects.get_or_create(name="Registered staff")
    key = uuid.uuid4()
    names = {"de": ("Arbeitsbereich", "arbeitsbereich"), "en": ("Workspace", "workspace")}
    for home in HomePage.objects.select_related("locale"):
        title, slug = names[home.locale.language_code]
        area = add_page(apps, "pages.RestrictedAreaPage", home, home.locale, key, title, slug)
        restriction = PageViewRestriction.objects.create(page=area, restriction_type="groups")
        restriction.groups.set([staff])


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_restrictedareapage"),
        ("moderation", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(create_restricted_area, migrations.RunPython.noop)]
