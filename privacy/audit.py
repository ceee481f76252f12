"""Every change of who may see what goes to Wagtail's audit log, whoever or whatever makes it.

Wagtail logs a page view restriction made, changed or deleted one by one (`PageViewRestriction
.save`/`.delete`), but not its groups, not a bulk delete, and nothing about collections. The
receivers here add, at the level of the data (the admin's dialogs, privacy.mirroring, a localize
sync and the shell alike):

- the groups of a page's restriction, each time they change (`privacy.view_restriction.groups`);
- a page's restriction removed in bulk (privacy.mirroring copying "public" to a counterpart), as
  Wagtail's own `wagtail.view_restriction.delete`; a restriction that goes with its dying page is
  not logged again (the page's deletion is);
- a collection's restriction made, changed, deleted and its groups
  (`privacy.collection_restriction.*`), logged on the collection.

Entries written while privacy.mirroring copies restrictions say so (`"mirrored": true`). The
acting user is Wagtail's log context (the admin request's user), none for the system.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.utils.encoding import force_str
from wagtail.log_actions import log
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from .mirroring import is_mirroring


def describe(restriction, **extra):
    """The log entry's data: the restriction's kind (and title), groups, whether mirrored."""
    data = {
        "restriction": {
            "type": restriction.restriction_type,
            "title": force_str(
                dict(restriction.RESTRICTION_CHOICES).get(restriction.restriction_type, "")
            ),
        },
        **extra,
    }
    if is_mirroring():
        data["mirrored"] = True
    return data


def group_names(restriction):
    return sorted(restriction.groups.values_list("name", flat=True))


def started_at(origin, model):
    """Whether a delete started at `model` itself (an instance or a queryset of it)."""
    return isinstance(origin, model) or getattr(origin, "model", None) is model


@receiver(m2m_changed, sender=PageViewRestriction.groups.through, dispatch_uid="audit_page_groups")
def page_restriction_groups_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(
        instance, PageViewRestriction
    ):
        log(
            instance.page.specific_deferred,
            "privacy.view_restriction.groups",
            data=describe(instance, groups=group_names(instance)),
        )


@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="audit_page_bulk_delete")
def page_restriction_deleted_in_bulk(sender, instance, origin=None, **kwargs):
    """A queryset's delete (Wagtail logs only `PageViewRestriction.delete`)."""
    if not isinstance(origin, PageViewRestriction) and started_at(origin, PageViewRestriction):
        log(
            instance.page.specific_deferred,
            "wagtail.view_restriction.delete",
            data=describe(instance),
        )


@receiver(post_save, sender=CollectionViewRestriction, dispatch_uid="audit_collection_saved")
def collection_restriction_saved(sender, instance, created=False, raw=False, **kwargs):
    if not raw:
        action = "create" if created else "edit"
        log(
            instance.collection,
            f"privacy.collection_restriction.{action}",
            data=describe(instance, groups=group_names(instance)),
        )


@receiver(post_delete, sender=CollectionViewRestriction, dispatch_uid="audit_collection_deleted")
def collection_restriction_deleted(sender, instance, origin=None, **kwargs):
    if started_at(origin, CollectionViewRestriction):  # not with its dying collection
        log(instance.collection, "privacy.collection_restriction.delete", data=describe(instance))


@receiver(
    m2m_changed,
    sender=CollectionViewRestriction.groups.through,
    dispatch_uid="audit_collection_groups",
)
def collection_restriction_groups_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(
        instance, CollectionViewRestriction
    ):
        log(
            instance.collection,
            "privacy.collection_restriction.groups",
            data=describe(instance, groups=group_names(instance)),
        )
