"""Every chamber has its own staff group and an outcomes page where that group adds outcomes.

A chamber's group is found only through chamber.group, never by its name: a chamber without one
gets a new group, never an existing one. The group is named "Kammer: <name>"; when that is longer
than Group.name allows or another group has it, it is cut to fit and ends in " …(#<pk>)" with the
chamber's primary key (and "-2", "-3", … after the key should even that be taken), so no two
groups ever share a name. Renaming the chamber renames its own group by the same rule; deleting
the chamber deletes it.

The chamber's ChamberOutcomesPage in the restricted area is the one place where its group may add
and edit recognition outcomes; the group holds those permissions whenever the chamber is saved.
"""

from itertools import count

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


def candidate_names(chamber):
    """The names the chamber's group may have, in order of preference."""
    full = f"{PREFIX}{chamber.name}"
    if len(full) <= MAX_LENGTH:
        yield full
    for number in count(1):
        suffix = f" …(#{chamber.pk})" if number == 1 else f" …(#{chamber.pk}-{number})"
        yield f"{full[: MAX_LENGTH - len(suffix)]}{suffix}"


def group_name(chamber):
    """The first candidate name that no group other than the chamber's own has."""
    others = Group.objects.exclude(pk=chamber.group_id) if chamber.group_id else Group.objects
    return next(name for name in candidate_names(chamber) if not others.filter(name=name).exists())


def ensure_group(chamber):
    name = group_name(chamber)
    if chamber.group_id is not None:
        group = chamber.group
        if group.name != name:
            Group.objects.filter(pk=group.pk).update(name=name)
            group.name = name
        return group
    group = Group.objects.create(name=name)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    Chamber.objects.filter(pk=chamber.pk).update(group=group)
    chamber.group = group
    return group


def ensure_outcomes_page(chamber):
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
    return index.add_child(
        instance=ChamberOutcomesPage(
            title=chamber.name,
            slug=german_slug(chamber.name)[:200],
            chamber=chamber,
            locale=index.locale,
        )
    )


def grant_outcome_permissions(group, page):
    for codename in OUTCOME_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


@receiver(post_save, sender=Chamber, dispatch_uid="chamber_group_in_step")
def keep_chamber_in_step(sender, instance, raw=False, **kwargs):
    if raw or not instance.live:
        return  # a chamber never published (under review) has no group and no outcomes yet
    with transaction.atomic():
        group = ensure_group(instance)
        page = ensure_outcomes_page(instance)
        if page is not None:
            grant_outcome_permissions(group, page)


@receiver(post_delete, sender=Chamber, dispatch_uid="chamber_group_removed")
def remove_group(sender, instance, **kwargs):
    if instance.group_id:
        Group.objects.filter(pk=instance.group_id).delete()
