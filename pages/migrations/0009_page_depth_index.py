"""An index on the page tree's depth and path (wagtailcore_page), for the site chrome.

Views that are not pages (search, 404) find each language's home page (depth 2) and the main
menu (depth 3 under a home); without an index PostgreSQL reads every page for them, about 11 ms
each at 49,000 pages (DESIGN section 8's scale). Wagtail declares none, so this one is ours.
"""

from django.db import migrations

SQL = "CREATE INDEX IF NOT EXISTS pages_page_depth_path_idx ON wagtailcore_page (depth, path)"
REVERSE = "DROP INDEX IF EXISTS pages_page_depth_path_idx"


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0008_professionalprofilepage_external_id"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunSQL(SQL, REVERSE)]
