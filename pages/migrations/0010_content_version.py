"""The content version moves from the search app to the content model: state only, same table."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0009_page_depth_index"),
        ("search", "0008_vectors_lz4"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ContentVersion",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("token", models.CharField(max_length=32)),
                    ],
                    options={"db_table": "search_indexversion"},
                ),
            ]
        )
    ]
