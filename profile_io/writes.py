"""New pages written in bulk: the profiles of an import (profile_io.importing; docs/import.md),
and the generated portal's live pages (demo.generator; docs/dataset.md).

Wagtail creates a page in about 85 queries: `add_child` (tree position, parent's numchild, page
rows, search index, reference index, reference occupations, "wagtail.create" log entry),
`save_revision` (revision, page update, search and reference index again) and `Workflow.start`
(workflow state, task state, "wagtail.workflow.start" log entry). `create_profiles` writes the
same rows for all new profiles of an import in a fixed number of queries per batch of 500
(and a few per country: its last child, its child count, its workflow), so that an import
creates well over 200 profiles/s (bench/importing.py).

Wagtail's own functions are called wherever they work on many objects or without writing: the
tree paths (treebeard's), the core field defaults that `Page.save` sets, `ReferenceIndex`'s own
extraction of references (these three through portal.frameworks: they are private),
`set_url_path`, `serializable_data` (the revision's content), `Workflow.tasks`, the search
backends' `add_bulk` (what `update_index` uses). Rows are built here only where Wagtail has no
bulk form (each of its functions ends in a `save()` or `objects.create()` of one row): pages,
revisions, log entries, workflow and task states; each function that does so says what
Wagtail's path does. An import's search index entries are written by the task queue after its
commit (index_after_commit), as Wagtail's own post_save handler leaves them to its task.
tests/profile_io/test_import.py creates a profile both ways and compares every row.

What the per-page path does that is not repeated here, because it cannot apply to a new draft
profile: the full or minimal clean at save (the import checked every row before writing: the
title, slug unique among the country's children, the external ID unique in German), the site
root check (a new page is no site root), unlocking a page locked by a non-reviewer at task
start (a new page is not locked), Wagtail's "Page created" logger line. No model signals are
sent for the rows written here: the receivers of these models are Wagtail's search and
reference index handlers, whose effects are written here, and the locale default (the locale is
set); tests/profile_io/test_import.py fails when another receiver appears.
"""

import django_tasks
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.log_actions import get_active_log_context
from wagtail.log_actions import registry as log_registry
from wagtail.models import (
    COMMENTS_RELATION_NAME,
    AbstractGroupApprovalTask,
    Page,
    ReferenceIndex,
    Revision,
    Task,
    TaskState,
    WorkflowState,
)
from wagtail.search.backends import get_search_backends
from wagtail.signals import task_submitted, workflow_submitted

from portal.frameworks.django import insert_rows
from portal.frameworks.treebeard import child_path, next_sibling_path
from portal.frameworks.wagtail import content_path_hash, references_of, set_core_field_defaults

BATCH = 500  # rows per INSERT or UPDATE


def create_profiles(plans, user, submit=True):
    """Create the pages of the "create" plans as drafts, each with a revision by `user`, and
    (with `submit`) start their country's workflow in `user`'s name. Returns the pages."""
    pages = create_pages([(plan.country, plan.page) for plan in plans], user, index_later=True)
    if submit and pages:
        start_workflows(plans, user)
    return pages


def create_pages(placed, user, live=False, index_later=False):
    """Create the pages of `placed`, (parent, new page) pairs of one page model, each with a
    revision by `user`, as `parent.add_child(instance=page)` and `page.save_revision(user=user)`
    write them; with `live`, the revision is published as `revision.publish(user=user)`
    publishes it (the "wagtail.publish" log entry, live revision, publication dates; the
    callers write what receivers of `page_published` would: the portal's search documents).
    Returns the pages."""
    pages = [page for _parent, page in placed]
    if not pages:
        return pages
    place_in_tree(placed)
    insert_pages(pages)
    insert_revisions(pages, user, live=live)
    index_references(pages)
    if index_later:
        index_after_commit(pages)
    else:
        index_for_search(pages)
    entries = [
        log_entry(page, "wagtail.create", page.owner, content_changed=True) for page in pages
    ]
    if live:
        entries += [
            log_entry(
                page, "wagtail.publish", user, revision=page.live_revision, content_changed=True
            )
            for page in pages
        ]
    save_log_entries(entries)
    return pages


def place_in_tree(placed):
    """Paths after each parent's last child, as treebeard's `add_child` gives them one by one;
    url_path, draft_title and the locale as `Page.save` sets them. The parents' numchild."""
    by_parent = {}
    for parent, page in placed:
        by_parent.setdefault(parent.pk, (parent, []))[1].append(page)
    for parent, pages in by_parent.values():
        previous = parent.get_last_child()
        for page in pages:
            page.depth = parent.depth + 1
            if previous is None:
                page.path = child_path(parent, 1)
            else:
                page.path = next_sibling_path(previous)
            page.numchild = 0
            setattr(page, COMMENTS_RELATION_NAME, [])  # none yet: spares queries by pk
            set_core_field_defaults(page)
            page.set_url_path(parent)
            previous = page
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        parent.numchild += len(pages)


def insert_pages(pages):
    """The wagtailcore_page rows, then the page model's own rows, then its many-to-many rows
    (a profile's reference occupations).

    Django's bulk_create refuses models with multi-table inheritance, so the base rows are
    inserted through Page's manager (it writes Page's columns of the pages and sets their ids)
    and the page model's own columns with the same insert query bulk_create uses
    (`insert_rows`). The portal's page models inherit from Page directly.
    """
    model = type(pages[0])
    Page.objects.bulk_create(pages, batch_size=BATCH)
    for page in pages:
        page.page_ptr_id = page.id
    fields = model._meta.local_concrete_fields
    size = min(BATCH, connection.ops.bulk_batch_size(fields, pages))
    for start in range(0, len(pages), size):
        insert_rows(model, pages[start : start + size], fields)
    for relation in model._meta.local_many_to_many:
        through = relation.remote_field.through
        page_column, other_column = relation.m2m_column_name(), relation.m2m_reverse_name()
        through.objects.bulk_create(
            [
                through(**{page_column: page.pk, other_column: other.pk})
                for page in pages
                for other in getattr(page, relation.name).all()
            ],
            batch_size=BATCH,
        )


def insert_revisions(pages, user, live=False):
    """One revision per page as `page.save_revision(user=user)` writes it: the content is the
    page's `serializable_data()` before the page points at it; then the page's latest_revision,
    latest_revision_created_at and has_unpublished_changes, as save_revision updates them (one
    UPDATE per batch: each page's newest revision is found by a subquery). With `live`, what
    `revision.publish()` then sets: live, the live revision, the publication dates, no
    unpublished changes. Also for pages that have revisions already (a newer draft)."""
    base_content_type = pages[0].get_base_content_type()
    now = timezone.now()
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_object=page,
                base_content_type=base_content_type,
                user=user,
                approved_go_live_at=None,
                content=page.serializable_data(),
                object_str=str(page),
                created_at=now,
            )
            for page in pages
        ],
        batch_size=BATCH,
    )
    published = {}
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = revision
        page.latest_revision_created_at = revision.created_at
        page.has_unpublished_changes = not live
        if live:
            page.live, page.expired, page.live_revision = True, False, revision
            page.first_published_at = page.first_published_at or now
            page.last_published_at = now
    if live:
        published = {
            "live": True,
            "expired": False,
            "live_revision": F("latest_revision"),
            "first_published_at": now,
            "last_published_at": now,
        }
    newest_revision = (
        Revision.objects.filter(
            base_content_type=base_content_type,
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
        .order_by("-pk")
        .values("pk")[:1]
    )
    for start in range(0, len(pages), BATCH):
        batch = Page.objects.filter(pk__in=[page.pk for page in pages[start : start + BATCH]])
        batch.update(
            latest_revision=Subquery(newest_revision),
            latest_revision_created_at=now,
            has_unpublished_changes=not live,
        )
        if published:  # after the latest revision is set: the live revision copies it
            batch.update(**published)


def index_references(pages):
    """What Wagtail's post_save handler records for each page: ReferenceIndex's own extraction
    of references, written in one insert. (`ReferenceIndex.create_or_update_for_object` would
    first read the references a new page cannot have yet, one query per page.)"""
    model = type(pages[0])
    content_types = [
        ContentType.objects.get_for_model(item, for_concrete_model=False)
        for item in [model, *model._meta.get_parent_list()]
    ]
    content_type, base_content_type = content_types[0], content_types[-1]
    ReferenceIndex.objects.bulk_create(
        [
            ReferenceIndex(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=page.pk,
                to_content_type_id=to_content_type_id,
                to_object_id=to_object_id,
                model_path=model_path,
                content_path=content_path,
                content_path_hash=content_path_hash(content_path),
            )
            for page in pages
            for to_content_type_id, to_object_id, model_path, content_path in (references_of(page))
        ],
        batch_size=BATCH,
    )


def index_for_search(pages):
    """Wagtail's search index, as its post_save handler writes it, through the backends' own
    bulk method (the one `update_index` uses). The portal's own search documents are for live
    pages only (search.indexing), written by the caller of a live write."""
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(type(pages[0]), pages)


def index_after_commit(pages):
    """Wagtail's search index of `pages` (of one model), written by the task queue once the
    transaction is committed: an import of thousands of profiles does not wait for it (the
    admin search finds them a moment later), and a rolled-back import queues nothing."""
    label, ids = pages[0]._meta.label, [page.pk for page in pages]
    transaction.on_commit(lambda: index_in_search.enqueue(label, ids))


@django_tasks.task()
def index_in_search(model_label, page_ids):
    """The task of index_after_commit; the number of pages indexed (none that was deleted)."""
    pages = list(apps.get_model(model_label).objects.filter(pk__in=page_ids))
    if pages:
        index_for_search(pages)
    return len(pages)


def start_workflows(plans, user):
    """Each page's country workflow started in `user`'s name, as `Workflow.start(page, user)`
    leaves it: a workflow state in progress requested by `user`, the first task's state in
    progress on the page's latest revision as its current task state, the task_submitted and
    workflow_submitted signals (the import's deferred notifications collect them), and a
    "wagtail.workflow.start" log entry.

    The workflow and its first task come with each plan (profile_io.importing.ProfileImporter.
    check_workflow): the first active task, as `WorkflowState.get_next_task` gives it to a page
    without task states (the import refuses rows whose workflow has none). A workflow whose
    first task is not a plain or group approval task (their `start` only creates the task
    state; a new page is not locked), as a task type of a later version might be, is started
    by Wagtail's own `Workflow.start`, page by page.
    """
    bulk_start = (Task.start, AbstractGroupApprovalTask.start)
    bulk, by_hand = [], []
    for plan in plans:  # the workflow and its first task as the import's check found them
        if plan.workflow is None:
            continue
        if type(plan.first_task).start in bulk_start:
            bulk.append((plan.page, plan.workflow, plan.first_task))
        else:
            by_hand.append((plan.page, plan.workflow, None))
    states = WorkflowState.objects.bulk_create(
        [
            WorkflowState(
                content_type=page.get_content_type(),
                base_content_type=page.get_base_content_type(),
                object_id=str(page.pk),
                workflow=workflow,
                status=WorkflowState.STATUS_IN_PROGRESS,
                requested_by=user,
            )
            for page, workflow, _task in bulk
        ],
        batch_size=BATCH,
    )
    task_states = TaskState.objects.bulk_create(
        [
            task.get_task_state_class()(
                workflow_state=state,
                status=TaskState.STATUS_IN_PROGRESS,
                revision=page.latest_revision,
                task=task,
            )
            for (page, _workflow, task), state in zip(bulk, states, strict=True)
        ],
        batch_size=BATCH,
    )
    for state, task_state in zip(states, task_states, strict=True):
        state.current_task_state = task_state
    first_task_state = TaskState.objects.filter(workflow_state=OuterRef("pk")).values("pk")[:1]
    for start in range(0, len(states), BATCH):
        WorkflowState.objects.filter(
            pk__in=[state.pk for state in states[start : start + BATCH]]
        ).update(current_task_state=Subquery(first_task_state))
    entries = []
    for (page, workflow, task), state, task_state in zip(bulk, states, task_states, strict=True):
        task_submitted.send(sender=type(task_state), instance=task_state, user=user)
        workflow_submitted.send(sender=WorkflowState, instance=state, user=user)
        data = {
            "workflow": {
                "id": workflow.id,
                "title": workflow.name,
                "status": state.status,
                "next": {"id": task.id, "title": task.name},
                "task_state_id": task_state.id,
            }
        }
        entries.append(
            log_entry(
                page, "wagtail.workflow.start", user, data=data, revision=page.latest_revision
            )
        )
    save_log_entries(entries)
    for page, workflow, _task in by_hand:
        workflow.start(page, user)


def save_log_entries(entries):
    if entries:
        model = type(entries[0])
        model.objects.bulk_create(entries, batch_size=BATCH)


def log_entry(page, action, user, **fields):
    """The unsaved row that `wagtail.log_actions.log(instance=page, action=..., user=...)`
    creates (its log model's `log_action` ends in `objects.create`): same content type, label,
    user and uuid of the active log context, a timestamp of now."""
    context = get_active_log_context()
    model = log_registry.get_log_model_for_instance(page)
    return model(
        content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
        label=model.objects.get_instance_title(page),
        action=action,
        timestamp=timezone.now(),
        data=fields.pop("data", None) or {},
        user=user or context.user,
        uuid=context.uuid,
        page=page,
        **fields,
    )
