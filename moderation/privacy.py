"""A view restriction holds for every language version and alias of a page at once.

wagtail-localize copies view restrictions to translations only when a translation is synced,
and Wagtail never to aliases; until then the English page of a restricted German page would be
public. Whenever a page's restrictions change, its translations and aliases get the same ones.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction


def counterparts(page):
    """The other language versions of a page, and aliases of any of them."""
    versions = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    aliases = Page.objects.filter(alias_of__translation_key=page.translation_key).exclude(
        pk=page.pk
    )
    return (versions | aliases).distinct()


def mirror_restrictions(page):
    restrictions = list(PageViewRestriction.objects.filter(page=page).prefetch_related("groups"))
    for other in counterparts(page):
        PageViewRestriction.objects.filter(page=other).delete()
        for restriction in restrictions:
            copy = PageViewRestriction.objects.create(
                page=other,
                restriction_type=restriction.restriction_type,
                password=restriction.password,
            )
            copy.groups.set(restriction.groups.all())


def mirror(page):
    """Mirror once: the copies made by mirroring must not start another round."""
    if getattr(mirror_restrictions, "running", False):
        return
    mirror_restrictions.running = True
    try:
        mirror_restrictions(page)
    finally:
        mirror_restrictions.running = False


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="mirror_restriction_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="mirror_restriction_deleted")
def restriction_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        mirror(instance.page)


@receiver(
    m2m_changed, sender=PageViewRestriction.groups.through, dispatch_uid="mirror_restriction_groups"
)
def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(
        instance, PageViewRestriction
    ):
        mirror(instance.page)
