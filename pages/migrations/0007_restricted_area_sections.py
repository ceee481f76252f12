"""The restricted area's sections: recognition outcomes (German tree only: they are records, not
texts) and practical guidelines (both locales, the English index a translation of the German)."""

import uuid

from django.db import migrations

from pages.migrations._helpers import add_page


def create_sections(apps, schema_editor):
    RestrictedAreaPage = apps.get_model("pages.RestrictedAreaPage")
    OutcomeIndexPage = apps.get_model("pages.OutcomeIndexPage")
    if OutcomeIndexPage.objects.exists():
        return
    guideline_key = uuid.uuid4()
    for area in RestrictedAreaPage.objects.select_related("locale"):
        if area.locale.language_code == "de":
            add_page(
                apps,
                "pages.OutcomeIndexPage",
                area,
                area.locale,
                uuid.uuid4(),
                "Anerkennungsergebnisse",
                "ergebnisse",
            )
            title, slug = "Arbeitshilfen", "arbeitshilfen"
        else:
            title, slug = "Practical guidelines", "guidelines"
        area.refresh_from_db()
        add_page(apps, "pages.GuidelineIndexPage", area, area.locale, guideline_key, title, slug)


class Migration(migrations.Migration):
    dependencies = [("pages", "0006_outcomes_and_guidelines")]

    operations = [migrations.RunPython(create_sections, migrations.RunPython.noop)]
