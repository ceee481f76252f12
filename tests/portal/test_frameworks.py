"""Guards of portal.frameworks: each private framework API it wraps still exists, takes the
arguments its wrapper passes and behaves as the portal relies on. A failure here after an
upgrade names the wrapper to adapt; its comment says why the private API is used."""

import inspect
from unittest import mock

import pytest
import redis
from django.contrib.auth.models import Group
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.db.models.query import QuerySet
from django.http import HttpRequest
from django.test import RequestFactory, override_settings
from django.utils.functional import SimpleLazyObject
from django_ratelimit import core as ratelimit_core
from django_ratelimit.core import get_usage
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks.base import Task
from modelsearch import index
from modelsearch.index import BaseField
from psycopg.types.array import ListDumper
from rest_framework.request import Request
from wagtail.admin import signal_handlers as admin_signal_handlers
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask, GroupApprovalTask, Page, ReferenceIndex, Site
from wagtail.url_routing import RouteResult
from wagtail_localize.strings import StringValue

from portal.cache import ClientPerPool
from portal.frameworks.django import (
    already_evaluated,
    insert_rows,
    raw_host,
    redis_client,
    redis_connection_pool,
    use_redis_client_class,
)
from portal.frameworks.localize import context_path_id, string_data_hash, unsaved_context
from portal.frameworks.modelsearch import index_update_task, search_values_read_once
from portal.frameworks.psycopg import ArrayItemEscape, escape_array_items_quickly
from portal.frameworks.ratelimit import client_ip
from portal.frameworks.rest_framework import http_request
from portal.frameworks.treebeard import child_path, next_sibling_path, remember_parent
from portal.frameworks.wagtail import (
    content_path_hash,
    copy_unsaved,
    reference_index_update_task,
    references_of,
    remember_route,
    remember_site,
    replace_hook,
    set_core_field_defaults,
    user_in_task_groups,
    workflow_email_receivers,
)
from tests.factories.moderation import UserFactory
from tests.factories.pages import (
    OccupationalFieldFactory,
    ProfessionalProfilePageFactory,
    ReferenceOccupationFactory,
)


def parameters(function):
    return list(inspect.signature(function).parameters)


# Django


def test_insert_rows_writes_the_rows_in_one_query(db, django_assert_num_queries):
    assert parameters(QuerySet._insert)[:3] == ["self", "objs", "fields"]
    assert QuerySet._insert.queryset_only is False  # a manager method too
    fields = [Group._meta.get_field("name")]
    with django_assert_num_queries(1):
        insert_rows(Group, [Group(name="Inserted 1"), Group(name="Inserted 2")], fields)
    names = Group.objects.filter(name__startswith="Inserted").values_list("name", flat=True)
    assert sorted(names) == ["Inserted 1", "Inserted 2"]


def test_raw_host_is_the_unchecked_host_wagtail_finds_sites_by(settings):
    assert parameters(HttpRequest._get_raw_host) == ["self"]
    settings.ALLOWED_HOSTS = ["portal.example"]
    request = RequestFactory().get("/", HTTP_HOST="other.example:8080")
    assert raw_host(request) == "other.example:8080"
    assert "request._get_raw_host()" in inspect.getsource(Site._find_for_request)


def test_redis_client_class_client_and_pool():
    assert parameters(RedisCacheClient._get_connection_pool) == ["self", "write"]
    cache = RedisCache("redis://127.0.0.1:1/0", {})  # nothing connects before a command
    use_redis_client_class(cache, ClientPerPool)
    client = redis_client(cache)
    assert type(cache._cache) is ClientPerPool  # the cache built its client from the class
    assert isinstance(client, redis.Redis)
    assert redis_connection_pool(cache._cache, write=False) is client.connection_pool
    assert redis_connection_pool(cache._cache, write=True) is client.connection_pool  # 1 server
    assert RedisCacheClient(["redis://127.0.0.1:1/0"])._client is redis.Redis  # as ClientPerPool


# treebeard


def test_child_and_sibling_paths_are_those_add_child_gives(home):
    assert parameters(Page._get_path) == ["path", "depth", "newstep"]
    assert parameters(Page._inc_path) == ["self"]
    parent = home.add_child(instance=Page(title="Parent", slug="guard-parent"))
    first_path = child_path(parent, 1)
    first = parent.add_child(instance=Page(title="First", slug="guard-first"))
    second_path = next_sibling_path(first)
    second = parent.add_child(instance=Page(title="Second", slug="guard-second"))
    assert (first.path, second.path) == (first_path, second_path)


# psycopg


def test_array_items_are_escaped_as_psycopg_escapes_them():
    import re

    pattern = re.compile(rb'(["\\])')
    for item in (b"", b"plain", b'{"a": "b\\"c"}', b"\\\\", b'"' * 5, 'Grüße \\ "x"'.encode()):
        assert ArrayItemEscape().sub(rb"\\\1", item) == pattern.sub(rb"\\\1", item)
    escape_array_items_quickly()
    assert isinstance(ListDumper._re_esc, ArrayItemEscape)
    assert "self._re_esc.sub(" in inspect.getsource(ListDumper._dump_list)


# wagtail-localize


def test_localize_keys_are_the_ones_it_finds_rows_by(german):
    from wagtail_localize.models import String, TranslationContext

    string = String.from_value(german, StringValue.from_plaintext("Prüfung"))
    assert string.data_hash == string_data_hash("Prüfung")
    assert context_path_id("body.abc") == TranslationContext._get_path_id("body.abc")


def test_unsaved_context_has_localize_field_path_and_is_not_saved(db):
    from wagtail_localize.models import TranslationContext

    page = ProfessionalProfilePageFactory.build()
    section = page.body[0]
    path = f"body.{section.id}.heading"
    context = unsaved_context(page.translation_key, path, page)
    assert context.pk is None and context.field_path == "body.section.heading"
    assert not TranslationContext.objects.exists()


# Wagtail


def test_search_values_are_read_once_within_the_block(db):
    page = ProfessionalProfilePageFactory.build()
    field = next(f for f in page.get_search_fields() if getattr(f, "field_name", "") == "body")
    original = BaseField.get_value
    with mock.patch.object(StreamField, "get_searchable_content", autospec=True) as extract:
        extract.side_effect = lambda self, value: ["Prüfung am Ende der Ausbildung."]
        with search_values_read_once():
            first = field.get_value(page)
            assert field.get_value(page) == first
            assert index.AutocompleteField("body").get_value(page) == first
        assert extract.call_count == 1
    assert first == ["Prüfung am Ende der Ausbildung."]
    assert BaseField.get_value is original


def test_core_field_defaults_are_those_saving_sets(german):
    assert parameters(Page._set_core_field_defaults) == ["self"]
    page = Page(title="Titel")
    set_core_field_defaults(page)
    assert (page.draft_title, page.locale) == ("Titel", german)


def test_copy_unsaved_is_the_copy_page_copy_saves(home, english):
    from wagtail.models import copying

    assert parameters(copying._copy) == ["source", "exclude_fields", "update_attrs"]
    before = Page.objects.count()
    copy = copy_unsaved(home.specific, home.default_exclude_fields_in_copy, {"locale": english})
    assert copy.pk is None and copy.locale == english and copy.title == home.title
    assert Page.objects.count() == before


@pytest.fixture
def referencing(db):
    """An object with a reference, and the reference index rows Wagtail writes for it."""
    occupation = ReferenceOccupationFactory(occupational_field=OccupationalFieldFactory())
    ReferenceIndex.create_or_update_for_object(occupation)
    rows = list(ReferenceIndex.get_references_for_object(occupation))
    assert rows
    return occupation, rows


def test_content_path_hash_is_the_one_wagtail_stores(referencing):
    assert parameters(ReferenceIndex._get_content_path_hash) == ["content_path"]
    _occupation, rows = referencing
    for row in rows:
        assert content_path_hash(row.content_path) == row.content_path_hash


def test_references_of_are_the_rows_wagtail_writes(referencing):
    assert parameters(ReferenceIndex._extract_references_from_object) == ["object"]
    occupation, rows = referencing
    assert references_of(occupation) == {
        (row.to_content_type_id, row.to_object_id, row.model_path, row.content_path) for row in rows
    }


def test_workflow_email_receivers_are_the_ones_wagtail_admin_connects():
    for signal, sender, dispatch_uid, notifier in workflow_email_receivers():
        with mock.patch.object(signal, "connect") as connect:
            admin_signal_handlers.register_signal_handlers()
        assert mock.call(notifier, sender=sender, dispatch_uid=dispatch_uid) in (
            connect.call_args_list
        )
        for method in (notifier.can_handle, notifier.get_valid_recipients):
            assert parameters(method) == ["instance", "kwargs"]


def test_a_remembered_site_is_what_find_for_request_answers(db, django_assert_num_queries):
    site = Site.objects.get()
    request = RequestFactory().get("/")
    remember_site(request, site)
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is site


def test_a_remembered_route_is_what_route_for_request_answers(home, django_assert_num_queries):
    request = RequestFactory().get("/de/")
    found = RouteResult(home)
    remember_route(request, found)
    with django_assert_num_queries(0):
        assert Page.route_for_request(request, "/") is found


def test_an_already_evaluated_queryset_reads_its_rows_and_its_clones_query(
    db, django_assert_num_queries
):
    group = Group.objects.create(name="given")
    with django_assert_num_queries(0):
        given = already_evaluated(Group.objects.filter(pk=-1), [group])
        assert list(given) == [group] and len(given) == 1 and bool(given)
    with django_assert_num_queries(1):
        assert not given.filter(pk=-1).exists()


def test_user_in_task_groups(db):
    assert parameters(AbstractGroupApprovalTask._user_in_groups) == ["self", "user"]
    group = Group.objects.create(name="Guard reviewers")
    task = GroupApprovalTask.objects.create(name="Guard review")
    task.groups.add(group)
    member, other = UserFactory(), UserFactory(is_superuser=True)
    member.groups.add(group)
    assert user_in_task_groups(task, member) is True
    assert user_in_task_groups(task, other) is False  # superusers are not members


def test_index_update_tasks_are_the_ones_saving_enqueues(home, django_capture_on_commit_callbacks):
    tasks = [index_update_task(), reference_index_update_task()]
    for task in tasks:
        assert isinstance(task, Task)
        assert parameters(task.func) == ["app_label", "model_name", "pk"]
    holding = {DEFAULT_TASK_BACKEND_ALIAS: {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with override_settings(TASKS=holding), django_capture_on_commit_callbacks(execute=True):
        home.save()
        enqueued = {
            (result.task.module_path, *result.args)
            for result in task_backends[DEFAULT_TASK_BACKEND_ALIAS].results
        }
    for task in tasks:
        assert (task.module_path, "pages", "homepage", str(home.pk)) in enqueued


# django-ratelimit


def test_client_ip_is_the_address_ratelimit_counts_by(settings):
    assert parameters(ratelimit_core._get_ip) == ["request"]
    assert client_ip(RequestFactory().get("/", REMOTE_ADDR="2001:db8::1")) == "2001:db8::"
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    request = RequestFactory().get("/", HTTP_X_REAL_IP="192.0.2.7")
    assert client_ip(request) == "192.0.2.7"
    get_usage(request, group="guard", key="ip", rate="5/m", increment=True)
    usage = get_usage(request, group="guard", key=lambda _group, r: client_ip(r), rate="5/m")
    assert usage["count"] == 1  # the same counter as key="ip"


# Django REST framework


def test_http_request_is_the_request_drf_wraps():
    request = RequestFactory().get("/")
    assert http_request(Request(request)) is request
    assert http_request(request) is request


def test_the_audit_log_looks_through_nested_lazy_objects(db):
    """django-otp wraps Django's lazy request.user in a second SimpleLazyObject (accounts)."""
    user = UserFactory(username="doppelt")
    twice_lazy = SimpleLazyObject(lambda: SimpleLazyObject(lambda: user))
    entry = log(twice_lazy, "accounts.personal_data.export", user=user)
    assert entry is not None and entry.object_id == str(user.pk)


def test_replace_hook_puts_a_function_in_the_place_of_another():
    from wagtail import hooks

    def old():
        return "old"

    def new():
        return "new"

    with hooks.register_temporarily("portal_test_hook", old, order=5):
        replace_hook("portal_test_hook", old, new)
        assert hooks.get_hooks("portal_test_hook") == [new]
        with pytest.raises(LookupError):
            replace_hook("portal_test_hook", old, new)
        replace_hook("portal_test_hook", new, old)  # what register_temporarily removes


def test_the_page_chooser_and_admin_search_take_the_portals_rows():
    """Where Wagtail builds the chooser's table and the search's queryset, as patched in the
    apps' ready(): if Wagtail moves them, the patches stop working and this fails."""
    from wagtail.admin.views import chooser
    from wagtail.admin.views.pages.search import SearchView

    assert chooser.PageChooserTable.get_context_data.prepares_rows
    for view in (chooser.BrowseView, chooser.SearchView):
        assert "PageChooserTable(" in inspect.getsource(view.get)
    assert SearchView.annotate_queryset.annotated_by_portal
    assert "self.annotate_queryset(pages)" in inspect.getsource(SearchView.get_queryset)


def test_remember_parent_spares_get_parents_query(db, django_assert_num_queries):
    home = Page.objects.get(depth=2, locale__language_code="de")
    child = home.get_children().first()
    remember_parent(child, home)
    with django_assert_num_queries(0):
        assert child.get_parent() is home


def test_the_admin_profile_is_read_once_for_the_user_object(db, django_assert_num_queries):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create(username="profiled")
    created = UserProfile.get_for_user(user)  # none yet: made, as Wagtail makes it
    assert created.pk and UserProfile.objects.filter(user=user).count() == 1
    user = SimpleLazyObject(lambda: get_user_model().objects.get(username="profiled"))
    user.pk  # noqa: B018  (the user read, as a request reads it)
    with django_assert_num_queries(1):
        assert UserProfile.get_for_user(user) == created
        assert user.wagtail_userprofile.theme == created.theme  # admin_theme_classname's read
