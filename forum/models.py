"""The forum of the restricted area: topics and posts by registered staff (DESIGN sections 3, 6).

Topics and posts are written on the site, not in the admin. They are plain text, stored as typed
and always rendered escaped (paragraphs and auto-linked web addresses only). They are not
indexed for search, have no API and no admin views, so the forum page's routes are their only
channel, and every route checks the reader itself on top of the page's view restriction.
"""

import functools

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models import Count, Q
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.log_actions import log

from moderation.permissions import is_portal_administrator
from pages.models.base import BasePage, paginate
from portal.public_address import public_url
from privacy.rules import is_registered_staff

from .forms import PostForm, TopicForm
from .notifications import notify_reply_on_commit

TOPICS_PER_PAGE = 20
POSTS_PER_PAGE = 20


def forum_route(view):
    """Registered staff only, never cached: for every route, whatever serves it.

    Wagtail's view restriction already turns others away before `serve`, but the routes do not
    rely on it alone (admin previews, a misconfigured restriction, future serve paths).
    """

    @functools.wraps(view)
    def wrapper(self, request, *args, **kwargs):
        if not is_registered_staff(request.user):
            raise PermissionDenied
        response = view(self, request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response

    return wrapper


def is_moderator(request):
    """Portal administrators see hidden topics and posts and hide or show them (once a request)."""
    if not hasattr(request, "_forum_moderator"):
        request._forum_moderator = is_portal_administrator(request.user)
    return request._forum_moderator


def post_only(view):
    @functools.wraps(view)
    def wrapper(self, request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return view(self, request, *args, **kwargs)

    return wrapper


def wanted_state(request, hidden):
    """Hidden or not after a moderator's POST: "hide" or "show" (a repeated click changes
    nothing), else the opposite of now."""
    return {"hide": True, "show": False}.get(request.POST.get("action"), not hidden)


class ForumPage(RoutablePageMixin, BasePage):
    """The forum of one locale's restricted area; its topics are its own.

    Made under each RestrictedAreaPage by the data migration forum/0002_forum_pages only:
    RestrictedAreaPage.subpage_types leaves it out, so editors cannot add another one.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.RestrictedAreaPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("forum")

    # -- queries -------------------------------------------------------------------------------

    def visible_topics(self, include_hidden):
        topics = Topic.objects.filter(forum=self)
        return topics if include_hidden else topics.filter(hidden=False)

    @staticmethod
    def visible_posts(topic, include_hidden):
        posts = topic.posts.all()
        return posts if include_hidden else posts.filter(hidden=False)

    def get_topic(self, request, topic_id):
        """The topic, or 404 if it is not this forum's or hidden from this user."""
        return get_object_or_404(self.visible_topics(is_moderator(request)), pk=topic_id)

    def get_post(self, request, topic, post_id):
        """The post, or 404 if it is not the topic's or hidden from this user."""
        return get_object_or_404(self.visible_posts(topic, is_moderator(request)), pk=post_id)

    # -- urls ----------------------------------------------------------------------------------

    def topic_url(self, topic, page_number=None, post=None):
        """The topic's URL path (with the language prefix), optionally a page of it and a post."""
        _site_id, _root_url, page_path = self.get_url_parts()
        url = page_path + self.reverse_subpage("topic", kwargs={"topic_id": topic.pk})
        if page_number and page_number > 1:
            url += f"?page={page_number}"
        if post is not None:
            url += f"#post-{post.pk}"
        return url

    def post_url(self, topic, post, include_hidden=False):
        """The page of the topic that shows `post`, scrolled to it."""
        before = self.visible_posts(topic, include_hidden).filter(
            Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, pk__lt=post.pk)
        )
        return self.topic_url(topic, before.count() // POSTS_PER_PAGE + 1, post)

    # -- routes --------------------------------------------------------------------------------

    @path("", name="index")
    @forum_route
    def index_route(self, request):
        form = TopicForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            topic = self.create_topic(request.user, **form.cleaned_data)
            return HttpResponseRedirect(self.topic_url(topic))
        topics = (
            self.visible_topics(is_moderator(request))
            .select_related("author")
            .annotate(post_count=Count("posts", filter=Q(posts__hidden=False)))
            .order_by("-last_post_at", "-pk")
        )
        return self.render(
            request,
            context_overrides={
                "topics": paginate(request, topics, per_page=TOPICS_PER_PAGE),
                "form": form,
                "is_moderator": is_moderator(request),
            },
        )

    @path("<int:topic_id>/", name="topic")
    @forum_route
    def topic_route(self, request, topic_id):
        topic = self.get_topic(request, topic_id)
        form = PostForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            post = self.create_reply(topic, request.user, form.cleaned_data["body"])
            return HttpResponseRedirect(self.post_url(topic, post, is_moderator(request)))
        posts = (
            self.visible_posts(topic, is_moderator(request))
            .select_related("author", "hidden_by")
            .order_by("created_at", "pk")
        )
        return self.render(
            request,
            template="forum/topic.html",
            context_overrides={
                "topic": topic,
                "posts": paginate(request, posts, per_page=POSTS_PER_PAGE),
                "form": form,
                "is_moderator": is_moderator(request),
            },
        )

    @path("<int:topic_id>/posts/<int:post_id>/edit/", name="edit_post")
    @forum_route
    def edit_post_route(self, request, topic_id, post_id):
        topic = self.get_topic(request, topic_id)
        post = self.get_post(request, topic, post_id)
        if post.author_id != request.user.pk:
            raise PermissionDenied
        if request.method == "POST":
            form = PostForm(request.POST)
            if form.is_valid():
                post.body = form.cleaned_data["body"]
                post.edited_at = timezone.now()
                post.save(update_fields=["body", "edited_at"])
                return HttpResponseRedirect(self.post_url(topic, post, is_moderator(request)))
        else:
            form = PostForm(initial={"body": post.body})
        return self.render(
            request,
            template="forum/edit_post.html",
            context_overrides={"topic": topic, "post": post, "form": form},
        )

    @path("<int:topic_id>/posts/<int:post_id>/hide/", name="hide_post")
    @forum_route
    @post_only
    def hide_post_route(self, request, topic_id, post_id):
        if not is_moderator(request):
            raise PermissionDenied
        topic = self.get_topic(request, topic_id)
        post = self.get_post(request, topic, post_id)
        post.set_hidden(wanted_state(request, post.hidden), request.user)
        return HttpResponseRedirect(self.post_url(topic, post, include_hidden=True))

    @path("<int:topic_id>/hide/", name="hide_topic")
    @forum_route
    @post_only
    def hide_topic_route(self, request, topic_id):
        if not is_moderator(request):
            raise PermissionDenied
        topic = self.get_topic(request, topic_id)
        topic.set_hidden(wanted_state(request, topic.hidden), request.user)
        return HttpResponseRedirect(self.topic_url(topic))

    # -- writing -------------------------------------------------------------------------------

    def create_topic(self, user, title, body):
        now = timezone.now()
        with transaction.atomic():
            topic = Topic.objects.create(
                forum=self, title=title, author=user, created_at=now, last_post_at=now
            )
            Post.objects.create(topic=topic, author=user, body=body, created_at=now)
        return topic

    def create_reply(self, topic, user, body):
        now = timezone.now()
        with transaction.atomic():
            post = Post.objects.create(topic=topic, author=user, body=body, created_at=now)
            Topic.objects.filter(pk=topic.pk).update(last_post_at=now)
            if not topic.hidden:
                # Participants read the topic as staff: link to the page they will see it on.
                url = public_url(self.post_url(topic, post))
                notify_reply_on_commit(post, url)
        return post


class Topic(models.Model):
    """A topic of one forum, started by a registered staff member; a hidden one is seen by portal
    administrators only."""

    forum = models.ForeignKey(
        ForumPage, verbose_name=_("forum"), on_delete=models.CASCADE, related_name="topics"
    )
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="forum_topics",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    last_post_at = models.DateTimeField(_("last post at"), default=timezone.now)
    hidden = models.BooleanField(_("hidden"), default=False)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["-last_post_at", "-pk"]
        indexes = [models.Index(fields=["forum", "hidden", "-last_post_at"])]

    def __str__(self):
        return self.title

    def set_hidden(self, hidden, user):
        """Hide or show the topic; the moderation goes to the audit log."""
        with transaction.atomic():
            self.hidden = hidden
            self.save(update_fields=["hidden"])
            log(self, "forum.topic.hide" if hidden else "forum.topic.show", user=user)


class Post(models.Model):
    """A topic's first post or a reply, in plain text; a hidden one is seen by portal administrators
    only."""

    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="forum_posts",
    )
    body = models.TextField(_("text"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    hidden = models.BooleanField(_("hidden"), default=False)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hidden_at = models.DateTimeField(_("hidden at"), null=True, blank=True)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["topic", "hidden", "created_at"])]

    def __str__(self):
        return f"{self.topic} #{self.pk}"

    def set_hidden(self, hidden, user):
        """Hide or show the post; the moderation goes to the audit log."""
        with transaction.atomic():
            self.hidden = hidden
            self.hidden_by = user if hidden else None
            self.hidden_at = timezone.now() if hidden else None
            self.save(update_fields=["hidden", "hidden_by", "hidden_at"])
            log(
                self,
                "forum.post.hide" if hidden else "forum.post.show",
                user=user,
                data={"topic_id": self.topic_id},
            )
