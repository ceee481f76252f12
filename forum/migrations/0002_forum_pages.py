"""The forum in both locales: German /de/arbeitsbereich/forum/, English /en/workspace/forum/.

One ForumPage under each RestrictedAreaPage (same translation_key), so each inherits its
area's view restriction to the group Registered staff. This is the only way a forum page is
made: RestrictedAreaPage.subpage_types does not offer it to editors.
"""

import uuid

from django.db import migrations

from pages.migrations._helpers import add_page


def create_forum_pages(apps, schema_editor):
    RestrictedAreaPage = apps.get_model("pages.RestrictedAreaPage")
    ForumPage = apps.get_model("forum.ForumPage")
    if ForumPage.objects.exists():
        return
    key = uuid.uuid4()
    for area in RestrictedAreaPage.objects.select_related("locale").order_by("path"):
        add_page(apps, "forum.ForumPage", area, area.locale, key, "Forum", "forum")


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0001_initial"),
        ("pages", "0005_restricted_area"),
    ]

    operations = [migrations.RunPython(create_forum_pages, migrations.RunPython.noop)]
