"""The background app's admin: Settings → Task queue (background.views)."""

from wagtail import hooks

from .views import TaskQueueViewSet


@hooks.register("register_admin_viewset")
def register_task_queue():
    return TaskQueueViewSet()
