"""Factories of the forum app: topics and posts in a forum page."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from forum.models import Post, Topic


class TopicFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    created_at = factory.LazyFunction(timezone.now)
    last_post_at = factory.SelfAttribute("created_at")

    class Meta:
        model = Topic


class PostFactory(DjangoModelFactory):
    topic = factory.SubFactory(TopicFactory)
    author = factory.SelfAttribute("topic.author")
    body = factory.Sequence(lambda n: f"Beitrag {n}")
    created_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Post


def topic_with_posts(forum, author, title, bodies):
    """A topic started by `author` with `bodies`, (author, text) pairs, as posts in this order.

    The posts are dated a minute apart in the recent past, so a reply written now comes last.
    """
    start = timezone.now() - datetime.timedelta(minutes=len(bodies) + 1)
    topic = TopicFactory(forum=forum, author=author, title=title, created_at=start)
    for number, (post_author, text) in enumerate(bodies):
        created_at = start + datetime.timedelta(minutes=number)
        PostFactory(topic=topic, author=post_author, body=text, created_at=created_at)
    Topic.objects.filter(pk=topic.pk).update(last_post_at=created_at)
    return topic
