"""Factories of the moderation app: users in the portal's role groups."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory
from wagtail.models import PageViewRestriction
from wagtail.users.models import UserProfile

from accounts.models import StaffProfile
from portal import roles


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = "Test"
    password = factory.django.Password("pw")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def roles(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))


def user_with(*group_names, **kwargs):
    return UserFactory(roles=list(group_names), **kwargs)


def english_speaking(user):
    """`user`, whose admin speaks English (it speaks German by default)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def chamber_editor(chamber, **kwargs):
    user = user_with(roles.REGISTERED_STAFF, roles.CHAMBER_EDITORS, **kwargs)
    user.groups.add(chamber.group)
    StaffProfile.objects.create(user=user, chamber=chamber)
    return user


def restrict_to_registered_staff(page):
    """The restricted area's kind of view restriction, on any page."""
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=roles.REGISTERED_STAFF)])
