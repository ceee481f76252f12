"""One group per chamber, made when the chamber is made and kept in step with its name.

The group holds the chamber's staff; the restricted area gives it the chamber's outcome subtree.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from pages.snippets import Chamber

PREFIX = "Kammer: "
MAX_LENGTH = Group._meta.get_field("name").max_length


def group_name(chamber):
    return f"{PREFIX}{chamber.name}"[:MAX_LENGTH]


@receiver(post_save, sender=Chamber, dispatch_uid="chamber_group_in_step")
def keep_group_in_step(sender, instance, raw=False, **kwargs):
    if raw:
        return
    name = group_name(instance)
    with transaction.atomic():
        if instance.group_id is None:
            group, _created = Group.objects.get_or_create(name=name)
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label="wagtailadmin", codename="access_admin"
                )
            )
            Chamber.objects.filter(pk=instance.pk).update(group=group)
            instance.group = group
        elif instance.group.name != name:
            Group.objects.filter(pk=instance.group_id).update(name=name)


@receiver(post_delete, sender=Chamber, dispatch_uid="chamber_group_removed")
def remove_group(sender, instance, **kwargs):
    if instance.group_id:
        Group.objects.filter(pk=instance.group_id).delete()
