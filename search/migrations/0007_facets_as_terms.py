"""Facet values become terms of the documents' vectors (PostgreSQL only).

A search's filters of qualification type, ISCED level, occupational field and reference
occupation now match in the same GIN index scan as its words (search.query.Search.found), so the
btree indexes of 0006 are dropped; the terms of existing documents are added here, as
search.text.facet_term writes them, so that no rebuild is needed. The country facet's labels get
a partial index of their own.
"""

import django.db.models.deletion
from django.db import migrations, models

ADD_TERMS = """
UPDATE search_searchdocument d SET vector = d.vector || setweight(to_tsvector('simple', concat_ws(' ',
    CASE WHEN d.qualification_type <> ''
        THEN 'zztype' || regexp_replace(lower(d.qualification_type), '[^a-z0-9]', '', 'g') END,
    'zzisced' || d.isced_level,
    'zzfield' || d.occupational_field_id,
    (SELECT string_agg('zzoccupation' || o.referenceoccupation_id, ' ')
     FROM search_searchdocument_reference_occupations o WHERE o.searchdocument_id = d.page_id)
)), 'D')
WHERE d.vector IS NOT NULL
"""


def add_terms(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(ADD_TERMS)


class Migration(migrations.Migration):

    dependencies = [
        ('pages', '0009_page_depth_index'),
        ('search', '0006_facet_indexes'),
    ]

    operations = [
        migrations.AlterField(
            model_name='searchdocument',
            name='isced_level',
            field=models.PositiveSmallIntegerField(choices=[(2, 'ISCED 2: lower secondary'), (3, 'ISCED 3: upper secondary'), (4, 'ISCED 4: post-secondary non-tertiary'), (5, 'ISCED 5: short-cycle tertiary'), (6, 'ISCED 6: bachelor or equivalent'), (7, 'ISCED 7: master or equivalent')], null=True),
        ),
        migrations.AlterField(
            model_name='searchdocument',
            name='occupational_field',
            field=models.ForeignKey(db_index=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='pages.occupationalfield'),
        ),
        migrations.AlterField(
            model_name='searchdocument',
            name='qualification_type',
            field=models.CharField(blank=True, choices=[('dual', 'Dual vocational training'), ('school', 'School-based vocational training'), ('in_company', 'In-company training'), ('higher_vocational', 'Higher vocational education'), ('further_training', 'Further training'), ('other', 'Other')], max_length=30),
        ),
        migrations.RunPython(add_terms, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name='searchdocument',
            index=models.Index(condition=models.Q(('kind', 'pages.countryprofilepage')), fields=['locale'], name='search_country_pages'),
        ),
    ]
