"""What every chamber gets when it is made: a staff group, and an outcomes page for that group.

The group ("Kammer: <name>") holds the chamber's staff and is renamed with the chamber. The
chamber's ChamberOutcomesPage in the restricted area is the one place where that group may add
and edit recognition outcomes.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission

from pages.models import ChamberOutcomesPage, OutcomeIndexPage
from pages.slugs import german_slug
from pages.snippets import Chamber

PREFIX = "Kammer: "
MAX_LENGTH = Group._meta.get_field("name").max_length
OUTCOME_PERMISSIONS = ["add_page", "change_page"]


def group_name(chamber):
    return f"{PREFIX}{chamber.name}"[:MAX_LENGTH]


def ensure_group(chamber):
    if chamber.group_id is not None:
        if chamber.group.name != group_name(chamber):
            Group.objects.filter(pk=chamber.group_id).update(name=group_name(chamber))
        return chamber.group
    group, _created = Group.objects.get_or_create(name=group_name(chamber))
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    Chamber.objects.filter(pk=chamber.pk).update(group=group)
    chamber.group = group
    return group


def ensure_outcomes_page(chamber, group):
    page = ChamberOutcomesPage.objects.filter(chamber=chamber).first()
    if page is not None:
        if page.title != chamber.name:
            ChamberOutcomesPage.objects.filter(pk=page.pk).update(
                title=chamber.name, draft_title=chamber.name
            )
        return page
    index = OutcomeIndexPage.objects.filter(locale__language_code="de").first()
    if index is None:
        return None
    page = index.add_child(
        instance=ChamberOutcomesPage(
            title=chamber.name,
            slug=german_slug(chamber.name)[:200],
            chamber=chamber,
            locale=index.locale,
        )
    )
    for codename in OUTCOME_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    return page


@receiver(post_save, sender=Chamber, dispatch_uid="chamber_group_in_step")
def keep_chamber_in_step(sender, instance, raw=False, **kwargs):
    if raw:
        return
    with transaction.atomic():
        group = ensure_group(instance)
        ensure_outcomes_page(instance, group)


@receiver(post_delete, sender=Chamber, dispatch_uid="chamber_group_removed")
def remove_group(sender, instance, **kwargs):
    if instance.group_id:
        Group.objects.filter(pk=instance.group_id).delete()
