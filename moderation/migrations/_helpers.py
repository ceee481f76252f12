"""Shared by the data migrations (Django's migration loader skips modules starting with _)."""

from django.contrib.auth.management import create_permissions


def ensure_permissions(apps):
    """Permissions are normally made after migrating; the data migrations need them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def homes_and_country_indexes(apps):
    """The skeleton pages that pages.0002 creates in both locales."""
    Page = apps.get_model("wagtailcore.Page")
    HomePage = apps.get_model("pages.HomePage")
    CountryIndexPage = apps.get_model("pages.CountryIndexPage")
    homes = list(Page.objects.filter(pk__in=HomePage.objects.values("pk")))
    return {
        "homes": homes,
        "english_home": [home for home in homes if home.locale.language_code == "en"],
        "country_indexes": list(Page.objects.filter(pk__in=CountryIndexPage.objects.values("pk"))),
    }
