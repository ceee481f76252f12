"""The task queue in the admin (Settings → Task queue), for portal administrators.

What it shows of each task: what it does, its state, its attempt (background.retries), when it
was queued, runs next and finished, and the error of a failed attempt. Never its arguments: an
e-mail's addresses and text are personal data, and a task may carry restricted content. Who sees
it: holders of django_tasks_db's view permission (the group Portal administrators, by the data
migration background.0001) and superusers; everyone else is refused.
"""

import django_filters
from django.db.models.fields.json import KT
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult, get_date_max
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permission_policies import ModelPermissionPolicy

POLICY = ModelPermissionPolicy(DBTaskResult)
URL_NAMESPACE = "background_tasks"

STATUSES = [
    ("READY", _("Waiting")),
    ("RUNNING", _("Running")),
    ("FAILED", _("Failed")),
    ("SUCCESSFUL", _("Done")),
]
STATE_LABELS = dict(STATUSES)


def task_label(path):
    """`background.mail.send_email` as "send email"; the class name of an error."""
    return path.rsplit(".", 1)[-1].replace("_", " ")


def next_run(task):
    """When a waiting task runs next; none for one that runs as soon as a worker is free."""
    return None if task.run_after == get_date_max() else task.run_after


class TaskFilterSet(WagtailFilterSet):
    """Tasks by state."""

    status = django_filters.ChoiceFilter(label=_("State"), choices=STATUSES)

    class Meta:
        model = DBTaskResult
        fields = []


class TaskQueueView(PermissionCheckedMixin, BaseListingView):
    """The queue, newest first."""

    permission_policy = POLICY
    permission_required = "view"
    page_title = _("Task queue")
    header_icon = "cogs"
    paginate_by = 50
    index_url_name = f"{URL_NAMESPACE}:index"
    index_results_url_name = f"{URL_NAMESPACE}:index_results"
    verbose_name = _("task")
    verbose_name_plural = _("tasks")
    filterset_class = TaskFilterSet
    default_ordering = "-enqueued_at"
    columns = [
        Column("task", label=_("Task"), accessor=lambda task: task_label(task.task_path)),
        Column("state", label=_("State"), accessor=lambda task: STATE_LABELS.get(task.status)),
        Column("attempt", label=_("Attempt"), accessor=lambda task: task.attempt or 1),
        DateColumn("enqueued_at", label=_("Queued"), sort_key="enqueued_at"),
        DateColumn("run_after", label=_("Runs after"), accessor=next_run),
        DateColumn("finished_at", label=_("Finished"), sort_key="finished_at"),
        Column(
            "error", label=_("Error"), accessor=lambda task: task_label(task.exception_class_path)
        ),
    ]

    def get_base_queryset(self):
        return DBTaskResult.objects.defer("args_kwargs", "return_value", "traceback").annotate(
            attempt=KT("args_kwargs__kwargs__attempt")
        )


class TaskQueueMenuItem(MenuItem):
    """Shown to those who may see the queue."""

    def is_shown(self, request):
        return POLICY.user_has_permission(request.user, "view")


class TaskQueueViewSet(ViewSet):
    """Settings → Task queue."""

    name = URL_NAMESPACE
    url_prefix = "task-queue"
    icon = "cogs"
    menu_label = _("Task queue")
    add_to_settings_menu = True
    menu_item_class = TaskQueueMenuItem

    def get_urlpatterns(self):
        return [
            path("", TaskQueueView.as_view(), name="index"),
            path("results/", TaskQueueView.as_view(results_only=True), name="index_results"),
        ]
