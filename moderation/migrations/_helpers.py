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


def grant_permissions(apps, group_name, app_label, codenames):
    """Give the group (made if missing) these permissions of one app."""
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ensure_permissions(apps)
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    )


def revoke_permissions(apps, group_name, app_label, codenames):
    """Take these permissions of one app from the group, if it exists."""
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name=group_name).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )
