"""The forum of the restricted area: topics and posts by registered staff, through HTTP.

Forum content carries a unique marker; anonymous visitors and signed-in users outside Registered
staff request every route (GET and POST) and never see it, nor change anything.
"""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageViewRestriction
from wagtail.search import index

from forum.forms import TITLE_MAX_LENGTH
from forum.models import ForumPage, Post, Topic
from pages.models import RestrictedAreaPage
from portal import roles
from tests.clients import VerifiedClient
from tests.factories.forum import TopicFactory, topic_with_posts
from tests.factories.moderation import english_speaking, user_with
from tests.xss import PAYLOADS, assert_inert

MARKER = "FORUM-GEHEIM-5d81e2"


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


@pytest.fixture
def forum(german):
    return ForumPage.objects.get(locale=german)


@pytest.fixture
def staff(db):
    return user_with(roles.REGISTERED_STAFF, username="staff", first_name="Stefanie")


@pytest.fixture
def colleague(db):
    return user_with(roles.REGISTERED_STAFF, username="colleague", first_name="Karl")


@pytest.fixture
def moderator(db):
    return user_with(roles.REGISTERED_STAFF, roles.PORTAL_ADMINISTRATORS, username="moderator")


@pytest.fixture
def topic(forum, staff, colleague):
    return topic_with_posts(
        forum,
        staff,
        f"Thema {MARKER}",
        [(staff, f"Erster Beitrag {MARKER}"), (colleague, f"Antwort {MARKER}")],
    )


def urls(forum, topic):
    first, second = topic.posts.order_by("created_at")
    return {
        "index": forum.url,
        "topic": forum.url + forum.reverse_subpage("topic", args=[topic.pk]),
        "edit": forum.url + forum.reverse_subpage("edit_post", args=[topic.pk, first.pk]),
        "edit_other": forum.url + forum.reverse_subpage("edit_post", args=[topic.pk, second.pk]),
        "hide_post": forum.url + forum.reverse_subpage("hide_post", args=[topic.pk, second.pk]),
        "hide_topic": forum.url + forum.reverse_subpage("hide_topic", args=[topic.pk]),
    }


def snapshot():
    """Everything the forum stores, to show that a refused request wrote nothing."""
    return (
        list(Topic.objects.order_by("pk").values()),
        list(Post.objects.order_by("pk").values()),
    )


def is_login_redirect(response, next_url=None):
    """Wagtail's view restriction sends to the site's sign-in form, and back after."""
    location = urlsplit(response["Location"])
    assert location.path in ("/de/anmelden/", "/en/login/"), location
    return next_url is None or parse_qs(location.query)["next"] == [next_url]


def is_private(response):
    cache_control = response.get("Cache-Control", "")
    return "private" in cache_control and "no-store" in cache_control


# -- the forum pages ------------------------------------------------------------------------


def test_a_forum_in_each_locale_under_the_restricted_area(german, english):
    german_forum = ForumPage.objects.get(locale=german)
    english_forum = ForumPage.objects.get(locale=english)
    assert german_forum.url == "/de/arbeitsbereich/forum/"
    assert english_forum.url == "/en/workspace/forum/"
    assert german_forum.translation_key == english_forum.translation_key
    for forum in (german_forum, english_forum):
        assert isinstance(forum.get_parent().specific, RestrictedAreaPage)
        restrictions = forum.get_view_restrictions()
        assert [r.restriction_type for r in restrictions] == [PageViewRestriction.GROUPS]
        assert [g.name for g in restrictions[0].groups.all()] == [roles.REGISTERED_STAFF]
    assert "forum.ForumPage" not in [
        f"{m._meta.app_label}.{m.__name__}" for m in RestrictedAreaPage.allowed_subpage_models()
    ]


def test_topics_and_posts_are_never_indexed_for_search():
    assert not issubclass(Topic, index.Indexed)
    assert not issubclass(Post, index.Indexed)


# -- nobody outside Registered staff ----------------------------------------------------------


@pytest.mark.parametrize("who", ["anonymous", "outsider", "inactive staff"])
def test_outsiders_get_nothing_by_any_route(client, forum, topic, who):
    if who == "outsider":
        # Signed in with admin access (a translator), not staff; portal administrators are
        # Registered staff by their role (privacy.membership).
        client.force_login(user_with(roles.TRANSLATORS))
    elif who == "inactive staff":
        client.force_login(user_with(roles.REGISTERED_STAFF, is_active=False))
    before = snapshot()
    routes = urls(forum, topic)
    posts = {
        "index": {"title": f"Neu {MARKER}", "body": "Text"},
        "topic": {"body": "Antwort"},
        "edit": {"body": "Geändert"},
        "edit_other": {"body": "Geändert"},
        "hide_post": {},
        "hide_topic": {},
    }
    for name, url in routes.items():
        for response in (client.get(url), client.post(url, posts[name])):
            assert response.status_code in (302, 403), (name, response.status_code)
            if response.status_code == 302:
                assert is_login_redirect(response), name
            assert MARKER not in body(response), name
        assert MARKER not in body(client.get(url, follow=True)), name
    assert snapshot() == before


def test_anonymous_visitors_are_sent_to_the_login(client, forum, topic):
    for url in urls(forum, topic).values():
        response = client.get(url)
        assert response.status_code == 302
        assert is_login_redirect(response, next_url=url)


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_routes_check_the_reader_even_without_the_view_restriction(client, forum, topic, who):
    """Defence in depth: with the area's restriction gone by mistake, the routes still refuse."""
    PageViewRestriction.objects.all().delete()
    if who == "outsider":
        client.force_login(user_with(roles.TRANSLATORS))
    before = snapshot()
    for url in urls(forum, topic).values():
        for response in (client.get(url), client.post(url, {"title": "x", "body": "y"})):
            assert response.status_code == 403, url
            assert MARKER not in body(response), url
    assert snapshot() == before


def test_previews_show_the_forum_only_to_staff(forum, topic, staff):
    request = RequestFactory().get("/")
    request.user = user_with(roles.TRANSLATORS)
    with pytest.raises(PermissionDenied):
        forum.serve_preview(request, "")
    request.user = staff
    response = forum.serve_preview(request, "")
    assert MARKER in response.render().content.decode()


def test_staff_read_the_forum_and_it_is_never_cached(client, forum, topic, staff):
    client.force_login(staff)
    routes = urls(forum, topic)
    for name in ("index", "topic", "edit"):
        response = client.get(routes[name])
        assert response.status_code == 200, name
        assert MARKER in body(response), name
        assert is_private(response), name
    assert client.get("/en/workspace/forum/").status_code == 200
    redirect = client.post(routes["topic"], {"body": "Noch eine Antwort"})
    assert redirect.status_code == 302
    assert is_private(redirect)


def test_posts_need_a_csrf_token(forum, staff):
    client = VerifiedClient(enforce_csrf_checks=True)
    client.force_login(staff)
    response = client.post(forum.url, {"title": "Ohne Token", "body": "Text"})
    assert response.status_code == 403
    assert not Topic.objects.exists()


def test_a_topic_of_another_forum_is_not_found_here(client, forum, english, staff):
    english_forum = ForumPage.objects.get(locale=english)
    other = topic_with_posts(english_forum, staff, "In English", [(staff, "Hello")])
    client.force_login(staff)
    assert client.get(forum.url + f"{other.pk}/").status_code == 404
    assert client.get(english_forum.url + f"{other.pk}/").status_code == 200


# -- writing ----------------------------------------------------------------------------------


def test_staff_start_a_topic_and_reply(client, forum, staff, colleague):
    client.force_login(staff)
    response = client.post(forum.url, {"title": "  Anerkennung\nvon Meistern ", "body": "Frage?"})
    assert response.status_code == 302
    topic = Topic.objects.get()
    assert topic.title == "Anerkennung von Meistern"
    assert topic.forum_id == forum.pk
    assert topic.author == staff
    first = topic.posts.get()
    assert (first.author, first.body) == (staff, "Frage?")
    assert response["Location"] == forum.url + f"{topic.pk}/"

    older = TopicFactory(forum=forum, author=colleague, title="Älteres Thema")
    Topic.objects.filter(pk=older.pk).update(last_post_at=timezone.now() - datetime.timedelta(1))
    client.force_login(colleague)
    response = client.post(forum.url + f"{topic.pk}/", {"body": "Antwort\n\nZweiter Absatz"})
    assert response.status_code == 302
    reply = topic.posts.latest("created_at")
    assert (reply.author, reply.body) == (colleague, "Antwort\n\nZweiter Absatz")
    topic.refresh_from_db()
    assert topic.last_post_at == reply.created_at

    page = client.get(forum.url + f"{topic.pk}/")
    html = body(page)
    assert "<p>Antwort</p>\n\n<p>Zweiter Absatz</p>" in html
    assert f'id="post-{reply.pk}"' in html
    index_html = body(client.get(forum.url))
    assert index_html.index("Anerkennung von Meistern") < index_html.index("Älteres Thema")


def test_topics_and_posts_are_paginated(client, forum, staff, colleague):
    start = timezone.now() - datetime.timedelta(hours=1)
    topic = TopicFactory(forum=forum, author=staff, title="Langes Thema", created_at=start)
    Post.objects.bulk_create(
        Post(
            topic=topic,
            author=staff if number == 0 else colleague,
            body=f"Beitrag {number}",
            created_at=start + datetime.timedelta(minutes=number),
        )
        for number in range(45)
    )
    assert topic.posts.count() == 45
    client.force_login(staff)
    url = forum.url + f"{topic.pk}/"
    first = client.get(url)
    assert len(first.context["posts"]) == 20
    assert body(first).count('class="forum-post"') == 20
    assert 'rel="next"' in body(first)
    third = client.get(url + "?page=3")
    assert third.status_code == 200
    assert third.context["posts"].number == 3
    assert len(third.context["posts"]) == 5
    assert "Beitrag 44" in body(third)
    assert client.get(url + "?page=4").context["posts"].number == 3

    # A reply's redirect points at the page that shows it.
    response = client.post(url, {"body": "Die 46."})
    reply = topic.posts.latest("created_at")
    assert response["Location"] == f"{url}?page=3#post-{reply.pk}"

    for number in range(25):
        TopicFactory(forum=forum, author=staff, title=f"Weiteres Thema {number}")
    index_page = client.get(forum.url)
    assert len(index_page.context["topics"]) == 20
    assert len(client.get(forum.url + "?page=2").context["topics"]) == 6


def test_authors_edit_their_own_posts_only(client, forum, topic, staff, colleague, moderator):
    routes = urls(forum, topic)
    first = topic.posts.earliest("created_at")
    client.force_login(staff)
    form = client.get(routes["edit"])
    assert form.status_code == 200
    assert f"Erster Beitrag {MARKER}" in body(form)
    response = client.post(routes["edit"], {"body": "Korrigierter Text"})
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.body == "Korrigierter Text"
    assert first.edited_at is not None
    assert "Korrigierter Text" in body(client.get(routes["topic"]))

    before = snapshot()
    for user in (staff, moderator):  # the post is the colleague's
        client.force_login(user)
        assert client.get(routes["edit_other"]).status_code == 403
        assert client.post(routes["edit_other"], {"body": "Übernommen"}).status_code == 403
    assert snapshot() == before
    # The edit link is shown only on one's own posts.
    client.force_login(colleague)
    html = body(client.get(routes["topic"]))
    assert routes["edit_other"] in html
    assert routes["edit"] not in html


def test_an_edit_with_an_empty_text_is_refused(client, forum, topic, staff):
    client.force_login(staff)
    before = snapshot()
    response = client.post(urls(forum, topic)["edit"], {"body": "   "})
    assert response.status_code == 200
    assert 'role="alert"' in body(response)
    assert response.context["form"].errors["body"]
    assert snapshot() == before


# -- moderation -------------------------------------------------------------------------------


def test_portal_administrators_hide_and_show_posts(client, forum, topic, staff, moderator):
    routes = urls(forum, topic)
    hidden = topic.posts.order_by("created_at")[1]
    client.force_login(staff)
    before = snapshot()
    assert client.post(routes["hide_post"]).status_code == 403
    assert client.post(routes["hide_topic"]).status_code == 403
    assert snapshot() == before

    client.force_login(moderator)
    assert client.get(routes["hide_post"]).status_code == 405  # POST only
    response = client.post(routes["hide_post"])
    assert response.status_code == 302
    hidden.refresh_from_db()
    assert hidden.hidden
    assert hidden.hidden_by == moderator
    assert hidden.hidden_at is not None
    html = body(client.get(routes["topic"]))
    assert f"Antwort {MARKER}" in html
    assert "forum-post--hidden" in html

    client.force_login(staff)
    html = body(client.get(routes["topic"]))
    assert f"Antwort {MARKER}" not in html
    assert f"Erster Beitrag {MARKER}" in html
    assert "forum-post--hidden" not in html
    # The hidden post's author cannot reach it either.
    client.force_login(hidden.author)
    assert client.get(routes["edit_other"]).status_code == 404
    assert f"Antwort {MARKER}" not in body(client.get(routes["topic"]))

    client.force_login(moderator)
    client.post(routes["hide_post"], {"action": "hide"})  # a repeated click changes nothing
    hidden.refresh_from_db()
    assert hidden.hidden
    client.post(routes["hide_post"], {"action": "show"})
    hidden.refresh_from_db()
    assert not hidden.hidden
    assert hidden.hidden_by is None
    client.post(routes["hide_post"])  # without an action: the opposite of now
    hidden.refresh_from_db()
    assert hidden.hidden


def test_portal_administrators_hide_topics(client, forum, topic, staff, moderator):
    routes = urls(forum, topic)
    client.force_login(moderator)
    assert client.post(routes["hide_topic"]).status_code == 302
    topic.refresh_from_db()
    assert topic.hidden
    index_html = body(client.get(forum.url))
    assert f"Thema {MARKER}" in index_html
    assert "forum-topic--hidden" in index_html
    assert client.get(routes["topic"]).status_code == 200

    client.force_login(staff)
    assert f"Thema {MARKER}" not in body(client.get(forum.url))
    before = snapshot()
    for url in (routes["topic"], routes["edit"]):
        response = client.get(url)
        assert response.status_code == 404
        assert MARKER not in body(response)
    assert client.post(routes["topic"], {"body": "Antwort"}).status_code == 404
    assert snapshot() == before


# -- notifications and markup ----------------------------------------------------------------


def test_earlier_participants_are_told_of_a_reply(
    client, forum, staff, colleague, moderator, django_capture_on_commit_callbacks
):
    replier = user_with(roles.REGISTERED_STAFF, username="replier")
    hidden_author = user_with(roles.REGISTERED_STAFF, username="hiddenauthor")
    inactive = user_with(roles.REGISTERED_STAFF, username="inactive", is_active=False)
    former = user_with(roles.TRANSLATORS, username="former")  # no longer registered staff
    topic = topic_with_posts(
        forum,
        staff,
        "Frist für Bescheide",
        [
            (staff, "Frage"),
            (colleague, "Antwort 1"),
            (colleague, "Antwort 2"),
            (hidden_author, "Verborgen"),
            (inactive, "Alt"),
            (former, "Früher"),
            (replier, "Frühere Antwort des Antwortenden"),
        ],
    )
    Post.objects.filter(author=hidden_author).update(hidden=True, hidden_by=moderator)
    client.force_login(replier)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(forum.url + f"{topic.pk}/", {"body": "Neue Antwort"})
    assert response.status_code == 302
    reply = topic.posts.latest("created_at")
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [staff.email, colleague.email]
    )
    for message in mail.outbox:
        assert len(message.to) == 1
        assert not message.cc
        assert not message.bcc
        assert "Frist für Bescheide" in message.subject
        link = f"http://testserver/de/arbeitsbereich/forum/{topic.pk}/#post-{reply.pk}"
        assert link in message.body
        assert "Neue Antwort" not in message.body  # the reply stays behind the sign-in


def test_no_notification_for_a_new_topic_or_a_failed_reply(
    client, forum, topic, colleague, django_capture_on_commit_callbacks
):
    client.force_login(colleague)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(forum.url, {"title": "Neues Thema", "body": "Text"})
        client.post(forum.url + f"{topic.pk}/", {"body": ""})
    assert mail.outbox == []


def test_markup_and_scripts_are_shown_as_text(
    client, forum, staff, colleague, django_capture_on_commit_callbacks
):
    payload = "\n\n".join(PAYLOADS)
    client.force_login(staff)
    title = "Titel <script>alert('t')</script> \"><svg onload=alert(5)>"
    client.post(forum.url, {"title": title, "body": payload + "\n\nSiehe https://example.org/a"})
    topic = Topic.objects.get()
    assert topic.title == title  # stored as typed
    client.force_login(colleague)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(forum.url + f"{topic.pk}/", {"body": payload})

    for url in (forum.url, forum.url + f"{topic.pk}/"):
        html = body(client.get(url)).lower()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "<svg" not in html
        assert '<a href="javascript:' not in html
        assert "&lt;script&gt;alert(" in html
    html = body(client.get(forum.url + f"{topic.pk}/"))
    posts = re.findall(r'<div class="forum-post__body">(.*?)</div>', html, re.S)
    assert len(posts) == 2
    for post in posts:
        assert_inert(post)
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # shown as typed
    assert '"&gt;&lt;svg onload=alert(3)&gt;' in html
    assert "&amp;lt;script&amp;gt;alert(9)" in html  # entities typed are shown, not decoded
    assert '<a href="https://example.org/a" rel="nofollow">https://example.org/a</a>' in html

    assert len(mail.outbox) == 1  # to the topic's author
    message = mail.outbox[0]
    # Plain text only: no HTML part that a mail client could render or run.
    assert message.content_subtype == "plain"
    assert getattr(message, "alternatives", []) == []
    assert "\n" not in message.subject
    assert title in message.subject
    assert payload not in message.body  # only the title and a link, never the post


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"title": "Thema", "body": ""}, "body", "Please enter a text."),
        ({"title": "", "body": "Text"}, "title", "Please enter a title for the topic."),
        ({"title": "   ", "body": "Text"}, "title", "Please enter a title for the topic."),
        (
            {"title": "x" * (TITLE_MAX_LENGTH + 1), "body": "Text"},
            "title",
            "The title can have at most 200 characters (it has 201).",
        ),
    ],
)
def test_invalid_topics_are_refused_with_clear_errors(client, forum, staff, data, field, message):
    client.force_login(staff)
    response = client.post("/en/workspace/forum/", data)  # English: the messages' source text
    assert response.status_code == 200
    html = body(response)
    assert 'role="alert"' in html
    assert message in response.context["form"].errors[field]
    assert f'href="#id_{field}"' in html
    assert not Topic.objects.exists()
    assert not Post.objects.exists()


def test_an_empty_reply_is_refused(client, forum, topic, colleague):
    client.force_login(colleague)
    before = snapshot()
    response = client.post(forum.url + f"{topic.pk}/", {"body": "  \n "})
    assert response.status_code == 200
    assert 'role="alert"' in body(response)
    assert response.context["form"].errors["body"]
    assert snapshot() == before


# -- audit -----------------------------------------------------------------------------------


def test_moderation_is_in_the_audit_log_and_the_site_history(
    client, forum, topic, staff, moderator
):
    routes = urls(forum, topic)
    post = topic.posts.order_by("created_at")[1]
    client.force_login(moderator)
    client.post(routes["hide_post"], {"action": "hide"})
    client.post(routes["hide_post"], {"action": "show"})
    client.post(routes["hide_topic"], {"action": "hide"})
    client.post(routes["hide_topic"], {"action": "show"})
    logged = ModelLogEntry.objects.filter(action__startswith="forum.").order_by("pk")
    assert [(entry.action, entry.object_id, entry.user) for entry in logged] == [
        ("forum.post.hide", str(post.pk), moderator),
        ("forum.post.show", str(post.pk), moderator),
        ("forum.topic.hide", str(topic.pk), moderator),
        ("forum.topic.show", str(topic.pk), moderator),
    ]

    root = english_speaking(user_with(roles.REGISTERED_STAFF, username="root", is_superuser=True))
    client.force_login(root)
    html = body(client.get("/admin/reports/site-history/"))
    for message in ("Forum post hidden", "Forum post shown again", "Forum topic hidden"):
        assert message in html
