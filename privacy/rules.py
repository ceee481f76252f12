"""Who passes which view restriction, and so which pages, documents and images a user may see.

Rules:
- A user sees a page only if they pass every view restriction on it and its ancestors, as Wagtail
  decides it on the site; a password restriction (switched off in this portal) is never passed.
- A user sees a document or image only if they pass every restriction of its collection and the
  collection's ancestors.
- Registered staff are the readers of the restricted area; superusers pass everything.
- The answers for one user object are kept on it, as Wagtail keeps its page permissions: one
  query a request, however many pages an admin listing asks about. The user's groups are read
  once (`groups_of`), prefetched where Wagtail's own view restriction check (`accept_request`,
  which asks `user.groups.all()`) finds them too.
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import prefetch_related_objects
from wagtail.models import BaseViewRestriction, Collection, PageViewRestriction

from pages.tree import under
from portal import roles

HIDDEN_PAGES_CACHE = "_privacy_hidden_page_paths"
HIDDEN_COLLECTIONS_CACHE = "_privacy_hidden_collection_ids"


def groups_of(user):
    """The user's groups, read once for the user object (one query) and kept as Django's
    prefetch keeps them, so that `user.groups.all()` anywhere in the request finds them."""
    if not user.is_authenticated:
        return []
    if "groups" not in getattr(user, "_prefetched_objects_cache", {}):
        prefetch_related_objects([user], "groups")
    return list(user.groups.all())


def is_registered_staff(user):
    """Approved chamber staff: the only readers of the restricted area."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or any(
        group.name == roles.REGISTERED_STAFF for group in groups_of(user)
    )


def _group_ids(user):
    return {group.pk for group in groups_of(user)}


def passes(user, kind, groups):
    """Whether `user` passes a restriction of type `kind` for the group ids `groups`."""
    if kind == BaseViewRestriction.NONE or (user.is_active and user.is_superuser):
        return True
    if kind == BaseViewRestriction.LOGIN:
        return user.is_authenticated and user.is_active
    if kind == BaseViewRestriction.GROUPS:
        return user.is_active and bool(_group_ids(user) & groups)
    return False  # shared passwords are switched off: nobody passes one outside Wagtail's form


def view_restrictions():
    """[(restriction type, tree path, group ids)] of every page view restriction (one query)."""
    restrictions = {}
    rows = PageViewRestriction.objects.values_list("pk", "restriction_type", "page__path", "groups")
    for pk, kind, path, group in rows.order_by("pk"):
        groups = restrictions.setdefault(pk, (kind, path, set()))[2]
        if group is not None:
            groups.add(group)
    return list(restrictions.values())


def hidden_paths(user, restrictions=None):
    """Tree paths of every page view restriction `user` does not pass (`restrictions`:
    view_restrictions(), when already known; otherwise read once and kept on the user)."""
    if restrictions is not None:
        return [path for kind, path, groups in restrictions if not passes(user, kind, groups)]
    if not hasattr(user, HIDDEN_PAGES_CACHE):
        setattr(user, HIDDEN_PAGES_CACHE, hidden_paths(user, view_restrictions()))
    return getattr(user, HIDDEN_PAGES_CACHE)


def forget(user):
    """Drop what is kept on the user object (after their groups or a restriction changed)."""
    for name in (HIDDEN_PAGES_CACHE, HIDDEN_COLLECTIONS_CACHE):
        user.__dict__.pop(name, None)
    user.__dict__.get("_prefetched_objects_cache", {}).pop("groups", None)


def is_hidden(page, user):
    """Whether a view restriction on `page` or an ancestor refuses `user`."""
    return any(page.path.startswith(path) for path in hidden_paths(user))


def visible_pages(pages, user, field="path"):
    """`pages` without any page `user` may not read (`field`: the tree path's lookup, for
    querysets of other models that point to pages, such as "page__path")."""
    hidden = hidden_paths(user)
    return pages.exclude(under(hidden, field)) if hidden else pages


def hidden_collection_ids(user):
    """Collections whose view restrictions (or an ancestor's) refuse `user` (kept on the user)."""
    if not hasattr(user, HIDDEN_COLLECTIONS_CACHE):
        refused = []
        restricted = Collection.objects.filter(view_restrictions__isnull=False).distinct()
        for collection in restricted.prefetch_related("view_restrictions__groups"):
            for restriction in collection.view_restrictions.all():
                groups = {group.pk for group in restriction.groups.all()}
                if not passes(user, restriction.restriction_type, groups):
                    refused.append(collection.path)
                    break
        ids = (
            list(Collection.objects.filter(under(refused)).values_list("pk", flat=True))
            if refused
            else []
        )
        setattr(user, HIDDEN_COLLECTIONS_CACHE, ids)
    return getattr(user, HIDDEN_COLLECTIONS_CACHE)


def visible_media(media, user):
    """Documents or images without those of collections `user` may not open."""
    hidden = hidden_collection_ids(user)
    return media.exclude(collection_id__in=hidden) if hidden else media


def public_media(media):
    """Documents or images that anonymous visitors may open."""
    return visible_media(media, AnonymousUser())


def can_see_media(item, user):
    return item.collection_id not in hidden_collection_ids(user)
