"""A view restriction holds for every language version and alias of a page, whatever happens.

Rules:
- A page's counterparts are its other language versions and the aliases of any of them. When a
  restriction is made, changed or deliberately removed (its own delete, the admin's privacy
  dialog, a localize sync), every counterpart gets the same direct restrictions.
- A restriction that goes because its page goes (a page, a counterpart, an alias or an ancestor
  deleted) is never mirrored: Django deletes the rows of a dying page first, and copying "no
  restriction" from it would open its counterparts. Only a delete that started at the
  restriction itself (`origin`) is mirrored.
- After a move, a copy, an alias or a conversion to an alias, every page concerned is secured:
  if any of its counterparts is restricted (by itself or an ancestor) and it is not, it gets a
  copy of that restriction. The same for a copy of a restricted page.
- A new group restriction is saved before its groups are set (by Wagtail's privacy dialog, its
  copy and alias actions): saving it only secures the counterparts; setting its groups mirrors.
- wagtail-localize's own copying of restrictions on sync is switched off (privacy.patches): it
  would delete a translation's restriction whenever the source has none of its own.
- Mirroring writes restrictions, which would start mirroring again: a context variable (per
  thread and per asyncio task, never process-global) marks a mirror in progress.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageLogEntry, PageViewRestriction
from wagtail.signals import post_page_move

from .rules import view_restrictions

_mirroring = ContextVar("privacy_mirroring", default=False)
SECURED_ACTIONS = {"wagtail.create_alias", "wagtail_localize.convert_to_alias"}


def is_mirroring():
    """Whether the restrictions being written now are copies made by mirroring (privacy.audit)."""
    return _mirroring.get()


@contextmanager
def mirroring():
    token = _mirroring.set(True)
    try:
        yield
    finally:
        _mirroring.reset(token)


def counterparts(page):
    """The other language versions of a page, and aliases of any of them."""
    keys = Q(translation_key=page.translation_key) | Q(
        alias_of__translation_key=page.translation_key
    )
    if page.alias_of_id:
        source_key = Page.objects.filter(pk=page.alias_of_id).values("translation_key")
        keys |= Q(translation_key__in=source_key) | Q(pk=page.alias_of_id)
    return Page.objects.filter(keys).exclude(pk=page.pk).distinct()


def copy_restriction(kind, groups, page):
    copy = PageViewRestriction.objects.create(page=page, restriction_type=kind)
    copy.groups.set(groups)


def shapes(restrictions):
    """What restrictions mean: their kinds and groups, in a comparable form."""
    return sorted(
        (restriction.restriction_type, sorted(group.pk for group in restriction.groups.all()))
        for restriction in restrictions
    )


def mirror_onto(other, restrictions):
    """Give `other` the same direct restrictions, changing only what differs: the audit log
    (privacy.audit) then records what really changed, not a removal and a re-creation."""
    existing = list(PageViewRestriction.objects.filter(page=other).prefetch_related("groups"))
    if shapes(existing) == shapes(restrictions):
        return
    if (
        len(existing) == len(restrictions) == 1
        and existing[0].restriction_type == restrictions[0].restriction_type
    ):
        existing[0].groups.set(restrictions[0].groups.all())
        return
    PageViewRestriction.objects.filter(page=other).delete()
    for restriction in restrictions:
        copy_restriction(restriction.restriction_type, restriction.groups.all(), other)


def mirror_restrictions(page):
    """Give every counterpart `page`'s direct restrictions; then, as after any change, no
    version stays public while another is restricted (by itself or an ancestor)."""
    restrictions = list(PageViewRestriction.objects.filter(page=page).prefetch_related("groups"))
    with mirroring(), transaction.atomic():
        for other in counterparts(page):
            mirror_onto(other, restrictions)
        secure([page])


def mirror(page):
    if not _mirroring.get():
        mirror_restrictions(page)


def restricting(path, restrictions):
    """The first restriction on `path` or an ancestor that refuses anonymous visitors."""
    for kind, restricted_path, groups in restrictions:
        if kind != PageViewRestriction.NONE and path.startswith(restricted_path):
            return kind, groups
    return None


def family_of(pages):
    """Rows (pk, path, group keys, alias_of_id) of `pages`, their counterparts and aliases."""
    keys = {page.translation_key for page in pages}
    sources = [page.alias_of_id for page in pages if page.alias_of_id]
    keys |= set(Page.objects.filter(pk__in=sources).values_list("translation_key", flat=True))
    rows = Page.objects.filter(Q(translation_key__in=keys) | Q(alias_of__translation_key__in=keys))
    fields = ("pk", "path", "translation_key", "alias_of__translation_key", "alias_of_id")
    return [
        (pk, path, {key, source_key} - {None}, source)
        for pk, path, key, source_key, source in rows.values_list(*fields)
    ]


def secure(pages):
    """Versions of one content share one visibility, the most restrictive: each page of `pages`,
    and each counterpart of theirs, that is public while a counterpart is restricted (by itself
    or an ancestor) gets that restriction. Wagtail judges an alias by its original's own
    restrictions, so the original of such an alias gets a direct one too."""
    rows = family_of(pages)
    restrictions = view_restrictions()
    direct = set(
        PageViewRestriction.objects.filter(page__in=[row[0] for row in rows]).values_list(
            "page_id", flat=True
        )
    )
    groups = {}
    for row in rows:
        for key in row[2]:
            groups.setdefault(key, []).append(row)
    needed = {}
    for members in groups.values():
        found = [restricting(path, restrictions) for _pk, path, _keys, _source in members]
        restriction = next((item for item in found if item), None)
        if restriction is None:
            continue
        for (pk, _path, _keys, source), own in zip(members, found, strict=True):
            if own is None:
                needed.setdefault(pk, restriction)
            if source and source not in direct:
                needed.setdefault(source, restriction)
    with mirroring(), transaction.atomic():
        for pk, restriction in needed.items():
            if pk not in direct:
                copy_restriction(*restriction, Page.objects.get(pk=pk))


def secure_copy(source, copy):
    """A copy of a restricted page stays restricted wherever it lands."""
    restrictions = view_restrictions()
    restriction = restricting(source.path, restrictions)
    if restriction is not None and restricting(copy.path, restrictions) is None:
        with mirroring():
            copy_restriction(*restriction, copy)


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="privacy_restriction_saved")
def restriction_saved(sender, instance, created=False, raw=False, **kwargs):
    """A new group restriction is saved before its groups are set: it only secures the
    counterparts now (copying it would empty theirs); the change of its groups mirrors it."""
    if raw or _mirroring.get():
        return
    if created and instance.restriction_type == PageViewRestriction.GROUPS:
        secure([instance.page])
    else:
        mirror_restrictions(instance.page)


@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="privacy_restriction_deleted")
def restriction_deleted(sender, instance, origin=None, **kwargs):
    """Mirrored only if the delete started at restrictions, never in a page's cascade."""
    started_here = isinstance(origin, PageViewRestriction) or (
        getattr(origin, "model", None) is PageViewRestriction
    )
    if started_here:
        mirror(instance.page)


@receiver(
    m2m_changed,
    sender=PageViewRestriction.groups.through,
    dispatch_uid="privacy_restriction_groups",
)
def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(
        instance, PageViewRestriction
    ):
        mirror(instance.page)


@receiver(post_page_move, dispatch_uid="privacy_page_moved")
def page_moved(sender, instance, **kwargs):
    secure(list(Page.objects.descendant_of(instance, inclusive=True)))


@receiver(post_save, sender=PageLogEntry, dispatch_uid="privacy_page_aliased")
def page_aliased(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw and instance.action in SECURED_ACTIONS:
        page = Page.objects.filter(pk=instance.page_id).first()
        if page is not None:
            secure([page])
