"""Wagtail's page permissions, cut off wherever the user may not read the page.

Only readers of a restricted tree may work in it: a group page permission on a page above a
restricted tree (a translator's on the English home, say) never reaches into that tree for a
user who does not pass its view restriction. The admin's explorer, search, page chooser,
reports, admin API and editor all ask this policy or the page permission tester
(moderation.permissions, which asks `privacy.rules.is_hidden`), so none of them shows such a
page, its title or its count.
"""

from wagtail.permission_policies.pages import PagePermissionPolicy

from .rules import is_hidden, visible_pages


class PrivacyPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permission policy, without the pages the user may not read."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if is_hidden(instance, user):
            return False
        return super().user_has_any_permission_for_instance(user, actions, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        return visible_pages(pages, user)

    def explorable_instances(self, user):
        return visible_pages(super().explorable_instances(user), user)

    def instances_with_direct_explore_permission(self, user):
        pages = super().instances_with_direct_explore_permission(user)
        if isinstance(pages, list):
            return [page for page in pages if not is_hidden(page, user)]
        return visible_pages(pages, user)
