"""Who may import and export professional profiles (docs/import.md).

Import: who may add pages somewhere in the German country tree. Export: admin users who are
registered staff or may edit pages in a country tree of any language. Menu items and views ask
these functions; everyone else gets 403.
"""

from django.conf import settings
from wagtail.permission_policies.pages import PagePermissionPolicy

from pages.models import CountryIndexPage
from privacy.rules import is_registered_staff

EDIT_PERMISSIONS = {"add_page", "change_page", "publish_page"}


def has_page_permission_below(user, codenames, paths):
    """Whether a group of the user holds one of `codenames` on or below one of `paths`."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    for permission in PagePermissionPolicy().get_cached_permissions_for_user(user):
        if permission.permission.codename not in codenames:
            continue
        granted = permission.page.path
        if any(path.startswith(granted) or granted.startswith(path) for path in paths):
            return True
    return False


def may_import(user):
    """Who may add professional profiles somewhere in the German country tree."""
    paths = CountryIndexPage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE
    ).values_list("path", flat=True)
    return user.is_authenticated and has_page_permission_below(user, {"add_page"}, list(paths))


def may_export(user):
    """Staff in the admin: registered staff, or who may edit pages in a country tree."""
    if not (user.is_authenticated and user.is_active):
        return False
    if not (user.is_superuser or user.has_perm("wagtailadmin.access_admin")):
        return False
    if is_registered_staff(user):
        return True
    paths = list(CountryIndexPage.objects.values_list("path", flat=True))
    return has_page_permission_below(user, EDIT_PERMISSIONS, paths)
