"""GIN indexes on the search vectors, on PostgreSQL only (SQLite matches `terms` instead).

Not declared in the model's Meta because GinIndex cannot be created on SQLite, which runs
`make run` and half of CI.
"""

from django.db import migrations

COLUMNS = ("vector", "title_vector")


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for column in COLUMNS:
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS search_searchdocument_{column}_gin "
                f"ON search_searchdocument USING gin ({column})"
            )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for column in COLUMNS:
            schema_editor.execute(f"DROP INDEX IF EXISTS search_searchdocument_{column}_gin")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
