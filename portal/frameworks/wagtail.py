"""Wagtail's private APIs: page defaults, an anonymous request for a page, the reference
index, workflow e-mails, the request's site and page route, group approval checks, the
reference index task, the audit log's model lookup, the replacement of another app's hook, the
rows of the page chooser and the admin search, unsaved copies of pages, and the admin profile
read once per request."""

from django.contrib.auth.models import AnonymousUser
from django.core.handlers.wsgi import WSGIRequest
from django.utils.functional import LazyObject, empty
from wagtail import hooks
from wagtail.admin import signal_handlers as admin_signal_handlers
from wagtail.log_actions import LogActionRegistry
from wagtail.models import (
    AbstractGroupApprovalTask,
    Page,
    ReferenceIndex,
    Site,
    TaskState,
    WorkflowState,
)
from wagtail.signals import task_submitted, workflow_submitted
from wagtail.tasks import update_reference_index_task
from wagtail.users.models import UserProfile


def set_core_field_defaults(page: Page):
    """Set a new page's draft_title and locale (and slug, once it has a path) as `Page.save`
    and `full_clean` set them before writing.

    Why private (`Page._set_core_field_defaults`): pages written in bulk are never saved one by
    one, and Wagtail has no public function for the defaults that saving sets."""
    page._set_core_field_defaults()


def content_path_hash(content_path):
    """The content_path_hash that Wagtail stores with a ReferenceIndex row of `content_path`.

    Why private (`ReferenceIndex._get_content_path_hash`): rows written in bulk must carry the
    hash Wagtail computes (the unique key it updates and deletes rows by); Wagtail writes rows
    only through `create_or_update_for_object`, which reads an object's rows first, a query per
    object."""
    return ReferenceIndex._get_content_path_hash(content_path)


def references_of(obj):
    """The references that the reference index records for `obj`, as a set of (to content type
    id, to object id, model path, content path), as `create_or_update_for_object` finds them.

    Why private (`ReferenceIndex._extract_references_from_object`): as `content_path_hash`;
    the extraction is Wagtail's own, so bulk rows are the rows Wagtail would write."""
    return set(ReferenceIndex._extract_references_from_object(obj))


def workflow_email_receivers():
    """Wagtail's submission e-mail notifiers as wagtail.admin connects them on startup:
    (signal, sender, dispatch_uid, notifier) for a task and for a workflow submitted. A notifier
    has `can_handle(instance, **kwargs)` and `get_valid_recipients(instance, **kwargs)`.

    Why private (`wagtail.admin.signal_handlers` and its dispatch_uids): Wagtail has no setting
    or hook to hold back or batch these e-mails (an import would mail each reviewer once per
    page); replacing a receiver needs its dispatch_uid, which only Wagtail's source names."""
    return (
        (
            task_submitted,
            TaskState,
            "group_approval_task_submitted_email_notification",
            admin_signal_handlers.task_submission_email_notifier,
        ),
        (
            workflow_submitted,
            WorkflowState,
            "workflow_state_submitted_email_notification",
            admin_signal_handlers.workflow_submission_email_notifier,
        ),
    )


def anonymous_request(page: Page, path):
    """A GET of `path` on the page's site as an anonymous visitor would send it (host, port and
    scheme of the page's URL), for work done outside a request: pre-rendering what visitors of
    the page will ask for.

    Why private (`_get_dummy_headers`): Wagtail builds such requests for its previews
    (`make_preview_request`), which serve the preview rather than a path; it keeps the headers'
    recipe to itself."""
    meta = page._get_dummy_headers()
    meta["PATH_INFO"] = path
    request = WSGIRequest(meta)
    request.user = AnonymousUser()
    return request


def remember_site(request, site: Site):
    """Make `Site.find_for_request(request)` answer `site` without its query.

    Why private (`request._wagtail_site`): `find_for_request` remembers its answer there for
    the rest of the request and has no public way to be given one (the portal finds the site
    in its cache of public answers, which spares the query on every request)."""
    request._wagtail_site = site


def remember_route(request, route_result):
    """Make Wagtail's serve view take `route_result` (a RouteResult, or None for a 404) as the
    page route of `request`, without walking the tree.

    Why private (`request._wagtail_route_for_request`): `Page.route_for_request` keeps its
    answer there for the rest of the request and has no public way to be given one; the
    portal routes through its own one-query lookup (pages.routing), then lets Wagtail's serve
    view run its hooks (the view restriction check among them) as always."""
    request._wagtail_route_for_request = route_result


def user_in_task_groups(task: AbstractGroupApprovalTask, user):
    """Whether `user` is in one of the groups of a group approval `task`.

    Why private (`AbstractGroupApprovalTask._user_in_groups`): Wagtail's own check, with its
    cache on the user per task, which its admin fills for the same request; the public methods
    that use it (`user_can_access_editor`, `get_actions`) also let superusers in."""
    return task._user_in_groups(user)


def reference_index_update_task():
    """The task that Wagtail's post_save handler enqueues for every saved indexed object, with
    (app label, model name, primary key): it rebuilds the object's reference index rows from
    its stored state.

    Why private (`wagtail.tasks`): Wagtail documents neither the task nor a way to defer or
    batch the reference index updates of many saves (`disable_reference_index_auto_update`
    drops them); a loader that saves an object several times recognises the task by it, to
    run it once per object."""
    return update_reference_index_task


def log_through_lazy_objects():
    """Let Wagtail's audit log find the model of an object behind nested LazyObjects.

    Why private (`LazyObject._wrapped`, and replacing `LogActionRegistry
    .get_log_model_for_instance`): Wagtail looks through one LazyObject, as Django's
    `request.user` is; django-otp's middleware wraps that in a second one, and Wagtail then
    finds no log model and drops the entry without a word (every `log(request.user, ...)`).
    Applied once, in AccountsConfig.ready, by the app that installs django-otp."""
    original = LogActionRegistry.get_log_model_for_instance
    if getattr(original, "looks_through_lazy_objects", False):
        return

    def get_log_model_for_instance(self, instance):
        while isinstance(instance, LazyObject):
            if instance._wrapped is empty:
                instance._setup()
            instance = instance._wrapped
        return original(self, instance)

    get_log_model_for_instance.looks_through_lazy_objects = True
    LogActionRegistry.get_log_model_for_instance = get_log_model_for_instance


def profile_read_once():
    """Let `UserProfile.get_for_user` answer from the user's `wagtail_userprofile`, where
    Wagtail's admin templates (`admin_theme_classname`, `avatar_url`) read the profile too: one
    query a request for it rather than two (the user bar of every page an editor reads, and every
    admin view).

    Why a patch: `get_for_user` queries at every call (`get_or_create`), beside the reverse
    accessor that Django keeps on the user object; Wagtail has no setting for it. Applied once,
    in AccountsConfig.ready."""
    original = UserProfile.get_for_user.__func__
    if getattr(original, "reads_through_the_user", False):
        return

    def get_for_user(cls, user):
        try:
            return user.wagtail_userprofile
        except cls.DoesNotExist:
            profile = original(cls, user)
            user.wagtail_userprofile = profile
            return profile

    get_for_user.reads_through_the_user = True
    UserProfile.get_for_user = classmethod(get_for_user)


def replace_hook(name, old, new):
    """Put `new` where `old` is registered for the hook `name` (same order); raises LookupError
    when `old` is not registered there.

    Why private (`wagtail.hooks._hooks`): Wagtail has no way to unregister a hook, and an app's
    hook that is slow at scale (wagtail-localize's listing buttons ask the database for every
    row) can only be replaced by removing it."""
    registered = hooks._hooks.get(name, [])
    for index, (fn, order) in enumerate(registered):
        if fn is old:
            registered[index] = (new, order)
            return
    raise LookupError(f"{old!r} is not registered for {name}")


def prepare_page_chooser_rows(prepare):
    """Have `prepare(pages)` run on the rows of every page chooser table before it renders.

    Why private (`wagtail.admin.views.chooser.PageChooserTable` and its `data`): the chooser
    builds and renders its table in one view method and has no hook on its rows (its
    `construct_page_chooser_queryset` sees the queryset, not the rows); its templates ask each
    row for its parent and locale, a query each. Applied once, in PagesConfig.ready."""
    from wagtail.admin.views.chooser import PageChooserTable

    original = PageChooserTable.get_context_data
    if getattr(original, "prepares_rows", False):
        return

    def get_context_data(self, parent_context):
        prepare(list(self.data))
        return original(self, parent_context)

    get_context_data.prepares_rows = True
    PageChooserTable.get_context_data = get_context_data


def annotate_admin_search(annotate):
    """Have `annotate(pages)` applied to the admin page search's queryset after Wagtail's own
    annotations, as `construct_explorer_page_queryset` hooks are to the explorer's.

    Why private (`wagtail.admin.views.pages.search.SearchView.annotate_queryset`): the search
    has no hook on its queryset. Applied once, in TranslationConfig.ready."""
    from wagtail.admin.views.pages.search import SearchView

    original = SearchView.annotate_queryset
    if getattr(original, "annotated_by_portal", False):
        return

    def annotate_queryset(self, pages):
        return annotate(original(self, pages))

    annotate_queryset.annotated_by_portal = True
    SearchView.annotate_queryset = annotate_queryset


def copy_unsaved(page: Page, exclude_fields, update_attrs):
    """An unsaved copy of `page` with `update_attrs`, the fields and child objects as
    `Page.copy` copies them before it saves (without `exclude_fields`).

    Why private (`wagtail.models.copying._copy`): `Page.copy` and `copy_for_translation` save
    the copy, a revision and a log entry, one page at a time; a bulk writer of translations
    needs the copy they start from without the writes, and Wagtail has no public function
    for it."""
    from wagtail.models.copying import _copy

    return _copy(page, exclude_fields=exclude_fields, update_attrs=update_attrs)[0]
