"""The forum's part of a staff member's personal data (portal.personal_data).

Export: the topics the member started and the posts they wrote, hidden ones included. Their
titles and texts only while the member may still read the forum they are in (privacy.rules):
someone who has left Registered staff gets dates only. Erasure keeps topics and posts: they
point at the pseudonymised account and show its pseudonym. Nothing here is purged by age.
"""

from django.utils.translation import gettext_lazy as _

from portal import personal_data
from privacy.rules import is_hidden

from .models import Post, Topic


def readable(user, forum, known):
    """Whether `user` may read `forum` (answers kept in `known`, one per forum)."""
    if forum.pk not in known:
        known[forum.pk] = not is_hidden(forum, user)
    return known[forum.pk]


def topic_records(user):
    known = {}
    topics = Topic.objects.filter(author=user).select_related("forum").order_by("created_at")
    return [
        {
            "created_at": topic.created_at.isoformat(),
            "title": topic.title if readable(user, topic.forum, known) else "",
            "hidden": topic.hidden,
        }
        for topic in topics
    ]


def post_records(user):
    known = {}
    posts = Post.objects.filter(author=user).select_related("topic__forum").order_by("created_at")
    records = []
    for post in posts:
        shown = readable(user, post.topic.forum, known)
        records.append(
            {
                "created_at": post.created_at.isoformat(),
                "edited_at": post.edited_at.isoformat() if post.edited_at else None,
                "topic": post.topic.title if shown else "",
                "text": post.body if shown else "",
                "hidden": post.hidden,
            }
        )
    return records


def register():
    """The forum's sections of the export (ForumConfig.ready)."""
    personal_data.register_export(
        personal_data.Section(
            key="forum_topics",
            title=_("Forum topics you started"),
            order=40,
            collect=topic_records,
            fields={"created_at": _("Created at"), "title": _("Title"), "hidden": _("Hidden")},
        )
    )
    personal_data.register_export(
        personal_data.Section(
            key="forum_posts",
            title=_("Your forum posts"),
            order=50,
            collect=post_records,
            fields={
                "created_at": _("Created at"),
                "edited_at": _("Edited at"),
                "topic": _("Topic"),
                "text": _("Text"),
                "hidden": _("Hidden"),
            },
        )
    )
