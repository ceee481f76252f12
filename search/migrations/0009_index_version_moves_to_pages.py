"""The index version is now the content model's ContentVersion (pages 0010): state only."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0008_vectors_lz4"),
        ("pages", "0010_content_version"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="IndexVersion")]
        )
    ]
