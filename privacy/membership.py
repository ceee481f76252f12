"""Roles that work inside the restricted trees imply membership of Registered staff.

Chamber editors, reviewers, competent editors, portal administrators and the members of every
chamber's group review, write or administer restricted content (outcomes, guidelines, privacy),
so whoever joins one of these groups is Registered staff too, and stays so while a member,
whichever way the groups change (staff administration, registration, Wagtail's user editor,
the shell). Translators do not imply it: outside the staff, their page permissions stop at the
restricted trees (privacy.policies).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from portal import roles

from .rules import forget

STAFF_ROLES = [
    roles.CHAMBER_EDITORS,
    roles.REVIEWERS,
    roles.COMPETENT_EDITORS,
    roles.PORTAL_ADMINISTRATORS,
]


def implying_groups():
    """The groups whose members must be Registered staff: the roles above, every chamber's."""
    return Group.objects.filter(Q(name__in=STAFF_ROLES) | Q(chamber__isnull=False))


def ensure_staff(users):
    """Add Registered staff to each of `users` (a queryset) who is in an implying group."""
    staff = Group.objects.filter(name=roles.REGISTERED_STAFF).first()
    if staff is None:
        return
    missing = users.filter(groups__in=implying_groups()).exclude(groups=staff).distinct()
    staff.user_set.add(*missing)


@receiver(m2m_changed, sender=get_user_model().groups.through, dispatch_uid="privacy_implied_staff")
def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    users = get_user_model()._default_manager
    if isinstance(instance, Group):  # group.user_set changed
        ensure_staff(users.filter(pk__in=pk_set) if pk_set is not None else users.all())
    else:  # user.groups changed
        forget(instance)
        ensure_staff(users.filter(pk=instance.pk))
