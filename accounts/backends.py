"""The authentication backend: Django's ModelBackend, with a signed-in request's reads joined.

Rules (as Django's): the user is read for every request, and an inactive user is nobody; their
permissions are those given to them and to their groups, all of them for a superuser, none for
an inactive user. Here the user comes with their groups in one query (kept as Django's prefetch
keeps them, where privacy.rules.groups_of and Wagtail's view restriction check find them), and
the permissions come in one query rather than two.
"""

from django.contrib.auth import backends, get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from portal.frameworks.django import already_evaluated, prefetched

UserModel = get_user_model()


def user_with_groups(user_id):
    """The user of `user_id` with their groups prefetched (one query), or None."""
    fields = [field.attname for field in UserModel._meta.concrete_fields]
    rows = list(
        UserModel._default_manager.filter(pk=user_id).values_list(
            *fields, "groups__id", "groups__name"
        )
    )
    if not rows:
        return None
    db = UserModel._default_manager.db
    user = UserModel.from_db(db, fields, rows[0][: len(fields)])
    groups = [
        Group.from_db(db, ["id", "name"], row[len(fields) :])
        for row in rows
        if row[len(fields)] is not None
    ]
    prefetched(user, "groups", already_evaluated(user.groups.all(), groups))
    return user


class ModelBackend(backends.ModelBackend):
    """Django's ModelBackend, reading the user with their groups and the permissions in one
    query each."""

    def get_user(self, user_id):
        user = user_with_groups(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            permissions = Permission.objects.all()
            if not user_obj.is_superuser:
                given = Permission.user_set.through.objects.filter(user=user_obj)
                grouped = Permission.group_set.through.objects.filter(group__user=user_obj)
                permissions = permissions.filter(
                    Q(pk__in=given.values("permission")) | Q(pk__in=grouped.values("permission"))
                )
            user_obj._perm_cache = {
                f"{app_label}.{codename}"
                for app_label, codename in permissions.values_list(
                    "content_type__app_label", "codename"
                ).order_by()
            }
        return user_obj._perm_cache
