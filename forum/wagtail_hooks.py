"""The forum's audit log actions: moderators hiding and showing topics and posts (forum.models)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_log_actions")
def register_forum_log_actions(actions):
    actions.register_action("forum.topic.hide", _("Hide forum topic"), _("Forum topic hidden"))
    actions.register_action("forum.topic.show", _("Show forum topic"), _("Forum topic shown again"))
    actions.register_action("forum.post.hide", _("Hide forum post"), _("Forum post hidden"))
    actions.register_action("forum.post.show", _("Show forum post"), _("Forum post shown again"))
