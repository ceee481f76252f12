"""The index version that cached search answers are keyed by (search.cache), one row."""

import uuid

from django.db import migrations, models


def first_version(apps, schema_editor):
    apps.get_model("search", "IndexVersion").objects.create(pk=1, token=uuid.uuid4().hex)


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0004_short_columns_inline'),
    ]

    operations = [
        migrations.CreateModel(
            name='IndexVersion',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('token', models.CharField(max_length=32)),
            ],
        ),
        migrations.RunPython(first_version, migrations.RunPython.noop),
    ]
