"""E-mail to a topic's earlier participants when someone replies.

Plain-text messages only (no HTML part), one per recipient, so no address is disclosed to other
participants and nothing a user typed is ever interpreted as markup. Recipients are checked again
when the message is sent: only active registered staff with an e-mail address, never the replier.
The message names the topic and links to it; the reply itself stays behind the sign-in.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import get_connection, send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import translation

from portal import roles

from .forms import single_line

SUBJECT_MAX_LENGTH = 180


def reply_recipients(post):
    """Authors of the topic's visible posts before `post`: active staff, not the replier."""
    earlier = post.topic.posts.filter(hidden=False).exclude(pk=post.pk)
    return (
        get_user_model()
        .objects.filter(pk__in=earlier.values("author"), is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name=roles.REGISTERED_STAFF))
        .exclude(pk=post.author_id)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def notify_reply_on_commit(post, url):
    """Send the notifications once the reply is committed (never for a rolled-back reply)."""
    transaction.on_commit(lambda: send_reply_notifications(post, url))


def send_reply_notifications(post, url):
    topic = post.topic
    if topic.hidden or post.hidden:
        return 0
    language = topic.forum.locale.language_code
    sent = 0
    connection = get_connection()
    for recipient in reply_recipients(post):
        context = {
            "recipient": recipient,
            "recipient_name": recipient.get_full_name() or recipient.get_username(),
            "replier_name": post.author.get_full_name() or post.author.get_username(),
            "topic_title": topic.title,
            "url": url,
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        with translation.override(language):
            subject = render_to_string("forum/emails/reply_subject.txt", context)
            body = render_to_string("forum/emails/reply.txt", context)
        subject = single_line(subject)[:SUBJECT_MAX_LENGTH]
        sent += send_mail(
            subject, body.strip() + "\n", None, [recipient.email], connection=connection
        )
    return sent
