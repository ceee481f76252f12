"""Quality-control task types with the four-eyes principle (DESIGN section 4).

Wagtail's GroupApprovalTask lets the author approve their own work, and its `on_action` does not
check groups at all. These tasks decide who may act in one place (`can_act`) and apply it to the
actions offered in the admin, to the reviewer dashboards and to `on_action`, the Python API that
every path ends in. `conflicts` asks the same rule of many task states in one query (the
reviewer dashboards and Wagtail's "awaiting my review" filters list thousands of them).
The portal's workflows run on pages: for other content every revision counts as its author's
(stricter than `can_act`, never looser).
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, IntegerField, OuterRef, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    AbstractGroupApprovalTask,
    Page,
    Revision,
    TaskState,
    get_default_page_content_type,
)

from portal.frameworks.wagtail import user_in_task_groups


class FourEyesTask(AbstractGroupApprovalTask):
    """A group approval in which nobody approves or rejects a revision they wrote or edited."""

    class Meta:
        abstract = True

    def conflicted_user_ids(self, task_state):
        """Who may not act on this task state: everyone who wrote the content under review.

        That is the submitter and the author of every revision since the page was last
        published (edits during review included, whoever made them).
        """
        workflow_state = task_state.workflow_state
        content = workflow_state.content_object
        revisions = Revision.objects.filter(
            base_content_type_id=workflow_state.base_content_type_id,
            object_id=workflow_state.object_id,
        )
        last_published_at = getattr(content, "last_published_at", None)
        if last_published_at:
            revisions = revisions.filter(created_at__gt=last_published_at)
        user_ids = set(revisions.exclude(user=None).values_list("user_id", flat=True))
        if workflow_state.requested_by_id:
            user_ids.add(workflow_state.requested_by_id)
        return user_ids

    def conflicts(self, user):
        """A condition on TaskState rows: `user` is among their `conflicted_user_ids`."""
        published_since = Page.objects.filter(
            pk=Cast(OuterRef("object_id"), output_field=IntegerField()),
            last_published_at__gte=OuterRef("created_at"),
        )
        revisions_by_user = Revision.objects.filter(
            base_content_type_id=OuterRef("workflow_state__base_content_type_id"),
            object_id=OuterRef("workflow_state__object_id"),
            user=user,
        ).exclude(
            Exists(published_since),
            base_content_type_id=get_default_page_content_type().pk,
        )
        return Q(workflow_state__requested_by=user) | Q(Exists(revisions_by_user))

    def can_act(self, task_state, user):
        if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
            return False
        if not (user.is_active and (user.is_superuser or user_in_task_groups(self, user))):
            return False
        return user.pk not in self.conflicted_user_ids(task_state)

    def current_task_state(self, obj):
        task_state = obj.current_workflow_task_state
        if task_state is None or task_state.task_id != self.pk:
            return None
        return task_state

    def get_actions(self, obj, user):
        if not self.can_act(self.current_task_state(obj), user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if not self.can_act(task_state, user):
            raise PermissionDenied(_("You may not review content you wrote or edited."))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not user.is_active:
            return TaskState.objects.none()
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(self.conflicts(user))


class ReviewTask(FourEyesTask):
    """Stage 1 of quality control: a reviewer who is not the author checks the content."""

    class Meta:
        verbose_name = _("four-eyes review")
        verbose_name_plural = _("four-eyes reviews")

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups review; nobody reviews what they wrote or edited.")


class FinalCheckTask(FourEyesTask):
    """Stage 2: the final check, by someone other than the author and the stage 1 approver."""

    class Meta:
        verbose_name = _("four-eyes final check")
        verbose_name_plural = _("four-eyes final checks")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups give the final approval and publish; never the author "
            "and never who approved an earlier stage of the same run."
        )

    def conflicted_user_ids(self, task_state):
        earlier_approvers = (
            TaskState.objects.filter(
                workflow_state_id=task_state.workflow_state_id,
                status=TaskState.STATUS_APPROVED,
            )
            .exclude(task_id=self.pk)
            .exclude(finished_by=None)
        )
        return super().conflicted_user_ids(task_state) | set(
            earlier_approvers.values_list("finished_by_id", flat=True)
        )

    def conflicts(self, user):
        approved_earlier = TaskState.objects.filter(
            workflow_state_id=OuterRef("workflow_state_id"),
            status=TaskState.STATUS_APPROVED,
            finished_by=user,
        ).exclude(task_id=self.pk)
        return super().conflicts(user) | Q(Exists(approved_earlier))
