"""Every database gets the same skeleton: both locales, both home pages and both country indexes.

The English pages are translations of the German ones (same translation_key), so page
permissions and workflows can be given to each language's tree by later data migrations. Their
text is completed by translators through wagtail-localize (the demo content command does so too).
"""

import uuid

from django.db import migrations

from pages.migrations._helpers import add_page


def create_skeleton(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("pages.HomePage")

    german, _ = Locale.objects.get_or_create(language_code="de")
    english, _ = Locale.objects.get_or_create(language_code="en")
    Page.objects.filter(depth=1).update(locale=german)
    if HomePage.objects.exists():
        return

    # Replace the placeholder page that wagtailcore's initial data migration creates.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", slug="home").delete()
    root = Page.objects.get(depth=1)
    root.numchild = Page.objects.filter(depth=2).count()
    root.url_path = "/"

    home_key, index_key = uuid.uuid4(), uuid.uuid4()
    homes = {
        german: add_page(apps, "pages.HomePage", root, german, home_key, "BQ-Portal", "home"),
        english: add_page(apps, "pages.HomePage", root, english, home_key, "BQ-Portal", "home-en"),
    }
    add_page(apps, "pages.CountryIndexPage", homes[german], german, index_key, "Länder", "laender")
    add_page(
        apps, "pages.CountryIndexPage", homes[english], english, index_key, "Countries", "countries"
    )
    Page.objects.filter(pk__in=[home.pk for home in homes.values()]).update(show_in_menus=False)
    Page.objects.filter(depth=3).update(show_in_menus=True)

    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page_id=homes[german].pk,
        is_default_site=True,
        site_name="BQ-Portal",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_skeleton, migrations.RunPython.noop)]
