"""The names' stems for SQLite's ranking, and the words misspellings are corrected to.

On PostgreSQL, pg_trgm (a trusted extension: the database owner may create it) and a trigram
GIN index on the words, through which search.spelling finds the words like a misspelt one.
Existing documents get their names and words with `manage.py rebuild_search_index`.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models


def create_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_searchword_trigram "
            "ON search_searchword USING gin (word gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_searchword_trigram")


class Migration(migrations.Migration):
    dependencies = [("search", "0009_index_version_moves_to_pages")]

    operations = [
        TrigramExtension(),  # nothing on SQLite
        migrations.AddField(
            model_name="searchdocument",
            name="name_terms",
            field=models.TextField(blank=True),
        ),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language_code", models.CharField(max_length=15)),
                ("word", models.CharField(max_length=100)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("language_code", "word"), name="search_word_unique"
                    )
                ],
            },
        ),
        migrations.RunPython(create_trigram_index, drop_trigram_index),
    ]
