"""Every change of what a group or a user may do goes to Wagtail's audit log.

Logged at the level of the data, so the admin's group and user views, the staff account view,
a registration's approval, chamber groups and the shell are all covered:

- a group's model permissions (`accounts.group.permissions`), page permissions
  (`accounts.group.page_permission.add/remove`) and collection permissions
  (`accounts.group.collection_permission.add/remove`), logged on the group;
- a user's groups (`accounts.user.groups`, with what was added or removed and the groups after
  it) and superuser flag (`accounts.user.superuser`), logged on the user.

Names are stored, not only ids: the entry stays readable after a group or page is gone. The
acting user is Wagtail's log context (the admin request's user), none for the system. Data
migrations use historical models, whose signals are not these.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.log_actions import log
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from privacy.audit import started_at

User = get_user_model()
CHANGES = {"post_add": "added", "post_remove": "removed", "pre_clear": "removed"}


def permission_names(permissions):
    return sorted(f"{p.content_type.app_label}.{p.codename}" for p in permissions)


def changed_members(related, action, model, pk_set):
    """The members added or removed by an m2m change (`related`, the changed relation's
    manager on the instance, holds all of them when it is cleared)."""
    if action == "pre_clear":
        return list(related.all())
    return list(model.objects.filter(pk__in=pk_set or ()))


@receiver(m2m_changed, sender=Group.permissions.through, dispatch_uid="audit_group_permissions")
def group_permissions_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in CHANGES:
        return
    if reverse:  # permission.group_set.add(...): one entry per group
        groups = changed_members(instance.group_set, action, model, pk_set)
        permissions = [instance]
    else:
        groups = [instance]
        if action == "pre_clear":
            permissions = list(instance.permissions.select_related("content_type"))
        else:
            permissions = Permission.objects.filter(pk__in=pk_set or ()).select_related(
                "content_type"
            )
    names = permission_names(permissions)
    for group in groups:
        log(group, "accounts.group.permissions", data={CHANGES[action]: names})


def log_object_permission(instance, action, place):
    log(
        instance.group,
        action,
        data={
            "permission": instance.permission.codename,
            place: str(getattr(instance, place)),
            f"{place}_id": getattr(instance, f"{place}_id"),
        },
    )


@receiver(post_save, sender=GroupPagePermission, dispatch_uid="audit_page_permission_saved")
def page_permission_added(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw:
        log_object_permission(instance, "accounts.group.page_permission.add", "page")


@receiver(post_delete, sender=GroupPagePermission, dispatch_uid="audit_page_permission_deleted")
def page_permission_removed(sender, instance, origin=None, **kwargs):
    if started_at(origin, GroupPagePermission):  # not in a cascade
        log_object_permission(instance, "accounts.group.page_permission.remove", "page")


@receiver(
    post_save, sender=GroupCollectionPermission, dispatch_uid="audit_collection_permission_saved"
)
def collection_permission_added(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw:
        log_object_permission(instance, "accounts.group.collection_permission.add", "collection")


@receiver(
    post_delete,
    sender=GroupCollectionPermission,
    dispatch_uid="audit_collection_permission_deleted",
)
def collection_permission_removed(sender, instance, origin=None, **kwargs):
    if started_at(origin, GroupCollectionPermission):  # not in a cascade
        log_object_permission(instance, "accounts.group.collection_permission.remove", "collection")


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="audit_user_groups")
def user_groups_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in CHANGES:
        return
    if reverse:  # group.user_set.add(...): one entry per user
        users, groups = changed_members(instance.user_set, action, model, pk_set), [instance]
    else:
        users, groups = [instance], changed_members(instance.groups, action, model, pk_set)
    names = sorted(group.name for group in groups)
    for user in users:
        log(user, "accounts.user.groups", data={CHANGES[action]: names})


@receiver(pre_save, sender=User, dispatch_uid="audit_superuser_before")
def remember_superuser_flag(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and "is_superuser" not in update_fields):
        return
    instance._audit_was_superuser = (
        User.objects.filter(pk=instance.pk).values_list("is_superuser", flat=True).first()
        if instance.pk
        else False
    )


@receiver(post_save, sender=User, dispatch_uid="audit_superuser_after")
def superuser_flag_changed(sender, instance, raw=False, **kwargs):
    was = instance.__dict__.pop("_audit_was_superuser", None)
    if was is not None and bool(was) != instance.is_superuser:
        log(instance, "accounts.user.superuser", data={"is_superuser": instance.is_superuser})
