"""Keep the short columns that ranking and sorting read inside the table (PostgreSQL only).

With the low TOAST target of migration 0003, PostgreSQL would also move titles and the title
vector out of line, and every suggestion would fetch them back one by one. Documents written
before this migration move when they are next written (or `manage.py rebuild_search_index`).
"""

from django.db import migrations

COLUMNS = ("title", "title_folded", "subtitle", "title_vector")


def inline(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for column in COLUMNS:
            schema_editor.execute(
                f"ALTER TABLE search_searchdocument ALTER COLUMN {column} SET STORAGE MAIN"
            )


def extended(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for column in COLUMNS:
            schema_editor.execute(
                f"ALTER TABLE search_searchdocument ALTER COLUMN {column} SET STORAGE EXTENDED"
            )


class Migration(migrations.Migration):
    dependencies = [("search", "0003_narrow_rows_for_gin")]

    operations = [migrations.RunPython(inline, extended)]
