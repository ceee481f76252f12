"""Each chamber's staff group is its own: never shared, never adopted by name, at most 150
characters, and with outcome permissions on its own chamber's outcomes page only."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission

from accounts.chamber_groups import MAX_LENGTH
from pages.models import ChamberOutcomesPage
from tests.factories.moderation import chamber_editor, user_with
from tests.factories.pages import ChamberFactory

SHARED = "Industrie- und Handelskammer " + "x" * 113  # 142 characters
assert len(SHARED) == 142


def long_name(ending):
    """160 characters, the first 142 of them SHARED."""
    return f"{SHARED}{ending}".ljust(160, "z")


def outcomes_page(chamber):
    return ChamberOutcomesPage.objects.get(chamber=chamber)


def pages_of(group):
    return set(GroupPagePermission.objects.filter(group=group).values_list("page", flat=True))


@pytest.fixture
def twins(german):
    """Two chambers whose names differ only after the first 142 characters."""
    return ChamberFactory(name=long_name("Nord")), ChamberFactory(name=long_name("Süd"))


def test_chambers_with_long_similar_names_get_their_own_groups(twins):
    first, second = twins
    assert first.group != second.group
    assert first.group.name != second.group.name
    assert all(len(chamber.group.name) <= MAX_LENGTH for chamber in twins)
    assert pages_of(first.group) == {outcomes_page(first).pk}
    assert pages_of(second.group) == {outcomes_page(second).pk}


def test_long_names_are_cut_and_marked_with_the_chamber(twins):
    for chamber in twins:
        suffix = f" …(#{chamber.pk})"
        assert chamber.group.name == f"Kammer: {chamber.name}"[: MAX_LENGTH - len(suffix)] + suffix
        assert len(chamber.group.name) == MAX_LENGTH


def test_staff_of_one_chamber_cannot_edit_the_others_outcomes(twins):
    first, second = twins
    editor = chamber_editor(first, username="editor-nord")
    own, other = outcomes_page(first), outcomes_page(second)
    assert own.permissions_for_user(editor).can_edit()
    assert own.permissions_for_user(editor).can_add_subpage()
    assert not other.permissions_for_user(editor).can_edit()
    assert not other.permissions_for_user(editor).can_add_subpage()


def test_renaming_into_a_taken_name_keeps_the_groups_apart(german):
    first = ChamberFactory(name=long_name("Nord"))
    second = ChamberFactory(name="Handwerkskammer Süd")
    second.name = long_name("Süd")
    second.save()
    first.group.refresh_from_db()
    second.group.refresh_from_db()
    assert first.group != second.group
    assert first.group.name != second.group.name
    assert all(len(group.name) <= MAX_LENGTH for group in (first.group, second.group))
    assert pages_of(first.group) == {outcomes_page(first).pk}
    assert pages_of(second.group) == {outcomes_page(second).pk}


def test_renaming_never_collides_even_with_a_marked_name(german):
    chamber = ChamberFactory(name="Handwerkskammer Ost")
    Group.objects.create(name="Kammer: Handwerkskammer Süd")
    Group.objects.create(name=f"Kammer: Handwerkskammer Süd …(#{chamber.pk})")
    group = chamber.group
    chamber.name = "Handwerkskammer Süd"
    chamber.save()
    group.refresh_from_db()
    assert chamber.group == group
    assert group.name == f"Kammer: Handwerkskammer Süd …(#{chamber.pk}-2)"


def test_an_existing_group_of_that_name_is_never_adopted(german):
    lookalike = Group.objects.create(name="Kammer: Handwerkskammer Ost")
    outsider = user_with(username="outsider")
    outsider.groups.add(lookalike)
    chamber = ChamberFactory(name="Handwerkskammer Ost")
    assert chamber.group != lookalike
    assert chamber.group.name == f"Kammer: Handwerkskammer Ost …(#{chamber.pk})"
    assert pages_of(lookalike) == set()
    assert not outcomes_page(chamber).permissions_for_user(outsider).can_add_subpage()


def test_a_remade_group_gets_the_outcome_permissions_again(german):
    chamber = ChamberFactory(name="Handwerkskammer West")
    chamber.group.delete()
    chamber.refresh_from_db()
    chamber.save()
    assert chamber.group is not None
    assert chamber.group.name == "Kammer: Handwerkskammer West"
    assert pages_of(chamber.group) == {outcomes_page(chamber).pk}


def test_deleting_a_chamber_removes_only_its_own_group(twins):
    first, second = twins
    first_group, second_group = first.group, second.group
    first.delete()
    assert not Group.objects.filter(pk=first_group.pk).exists()
    assert Group.objects.filter(pk=second_group.pk).exists()
    second.refresh_from_db()
    assert second.group == second_group
    assert pages_of(second_group) == {outcomes_page(second).pk}
