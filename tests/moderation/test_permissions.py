"""The portal's page permission tester answers as Wagtail's, from fewer queries."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PagePermissionTester

from moderation.permissions import PortalPagePermissionTester
from portal import roles
from tests.factories.moderation import user_with
from tests.factories.pages import ProfessionalProfilePageFactory

PERMISSIONS = ("add", "change", "publish", "bulk_delete")


@pytest.mark.parametrize("live", [True, False])
@pytest.mark.parametrize("own", [True, False])
def test_deleting_and_moving_a_leaf_page_as_wagtail_decides(tree, live, own):
    """Every combination of permissions, live or not, own or someone else's: Wagtail's answer,
    without asking the database about descendants (a leaf has none)."""
    user = user_with(roles.CHAMBER_EDITORS, username="tester")
    other = user_with(roles.CHAMBER_EDITORS, username="other")
    owner = user if own else other
    page = ProfessionalProfilePageFactory(parent=tree["de"]["country"], owner=owner)
    Page.objects.filter(pk=page.pk).update(live=live)
    page = Page.objects.get(pk=page.pk)
    assert page.is_leaf()
    for size in range(len(PERMISSIONS) + 1):
        for permissions in itertools.combinations(PERMISSIONS, size):
            tester = PortalPagePermissionTester(user, page)
            tester.permissions = set(permissions)
            for ignore_bulk in (True, False):
                wagtails = PagePermissionTester.can_delete(tester, ignore_bulk=ignore_bulk)
                with CaptureQueriesContext(connection) as queries:
                    ours = tester.can_delete(ignore_bulk=ignore_bulk)
                assert ours == wagtails, (permissions, ignore_bulk)
                assert len(queries) == 0
            assert tester.can_move() == PagePermissionTester.can_move(tester)
