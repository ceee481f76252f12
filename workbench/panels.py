"""My workbench: dashboard panels of the Wagtail admin for the portal's roles (DESIGN section 4).

Wagtail's "Your most recent edits" stays, and "Your locked pages" stays limited to PANEL_SIZE
(Wagtail's report "Locked pages" lists them all, paginated). Its "Your pages in a workflow"
panel is replaced by "My submissions", which also shows the reviewer's comment on requested
changes, and its "Awaiting your review" (every task state in progress, each asking its workflow
for all its tasks: hours at 37,000 pages in review) by "Awaiting my review".

Rules: every panel costs a fixed number of queries, however many pages there are: it lists at
most PANEL_SIZE rows, fetched with what they show, and counts the rest; a page the user may not
read (privacy.rules) is never listed.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, IntegerField, OuterRef
from django.db.models.functions import Cast, Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import LockedPagesPanel
from wagtail.models import Locale, Page, TaskState, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation

from pages.models.base import REVIEW_INTERVAL
from portal import roles
from privacy.rules import is_registered_staff, visible_pages
from translation.status import out_of_date

PANEL_SIZE = 10


class PageListPanel(Component):
    """A dashboard panel listing pages with one line of detail each, and the total."""

    template_name = "workbench/page_list.html"
    heading = ""
    empty_text = ""

    def get_rows(self, user):
        """Return (queryset of pages, function page -> detail text)."""
        raise NotImplementedError

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        pages, detail = self.get_rows(user)
        total = pages.count()
        # What the status tag of each row asks (scheduled publication, workflow), in two queries.
        pages = pages.annotate_approved_schedule().prefetch_workflow_states()
        context.update(
            {
                "panel_id": self.name,
                "heading": self.heading,
                "empty_text": self.empty_text,
                "rows": [(page, detail(page)) for page in pages[:PANEL_SIZE]],
                "more": max(total - PANEL_SIZE, 0),
            }
        )
        return context


def page_of(object_id):
    """The page a workflow or task state's `object_id` (a string) names, for a subquery."""
    return Page.objects.filter(pk=Cast(OuterRef(object_id), output_field=IntegerField()))


class MyDraftsPanel(PageListPanel):
    """My drafts: pages with unpublished changes whose latest revision is mine."""

    name = "my_drafts"
    order = 205
    heading = _("My drafts")
    empty_text = _("You have no unsubmitted drafts.")

    def get_rows(self, user):
        in_workflow = WorkflowState.objects.active().filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
        pages = (
            Page.objects.filter(has_unpublished_changes=True, latest_revision__user=user)
            .exclude(Exists(in_workflow))
            .select_related("locale")
            .order_by("-latest_revision_created_at")
        )
        return pages, lambda page: _("not submitted yet")


class MySubmissionsPanel(Component):
    """My submissions: where each stands, with the reviewer's comment on requested changes."""

    name = "my_submissions"
    order = 210
    template_name = "workbench/submissions.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        states = list(
            WorkflowState.objects.active()
            .filter(requested_by=user, base_content_type=ContentType.objects.get_for_model(Page))
            .select_related("current_task_state__task")
            .order_by("-created_at")[:PANEL_SIZE]
        )
        pages = Page.objects.in_bulk([int(state.object_id) for state in states])
        rejected = {
            task_state.workflow_state_id: task_state
            for task_state in TaskState.objects.filter(
                workflow_state__in=states, status=TaskState.STATUS_REJECTED
            ).order_by("finished_at")
        }
        context["rows"] = [
            (pages.get(int(state.object_id)), state, rejected.get(state.pk))
            for state in states
            if int(state.object_id) in pages
        ]
        return context


def awaiting_review(user):
    """Task states of pages in progress that `user` may act on now (the four-eyes rules of
    moderation's tasks, asked in SQL), newest first, without pages `user` may not read."""
    pages = visible_pages(page_of("workflow_state__object_id"), user)
    return (
        TaskState.objects.reviewable_by(user)
        .filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
        )
        .filter(Exists(pages))
        .select_related("task", "workflow_state__workflow", "workflow_state__requested_by")
        .order_by("-started_at", "-pk")
    )


class AwaitingMyReviewPanel(Component):
    """Awaiting my review: the newest PANEL_SIZE task states the user may act on, with the
    task's actions (approve, request changes) as Wagtail's own panel offers them, the count of
    the rest and a link to all of them (Wagtail's workflow tasks report, paginated, filtered to
    those awaiting the user's review by the same rules)."""

    name = "awaiting_my_review"
    order = 200
    template_name = "workbench/reviews.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        states = awaiting_review(parent_context["request"].user)
        rows = list(states[:PANEL_SIZE])
        pages = Page.objects.select_related("locale").in_bulk(
            [int(state.workflow_state.object_id) for state in rows]
        )
        user = parent_context["request"].user
        context["rows"] = [
            (page, state, state.task.specific.get_actions(page, user))
            for state in rows
            if (page := pages.get(int(state.workflow_state.object_id))) is not None
        ]
        context["more"] = max(states.count() - PANEL_SIZE, 0)
        context["all_url"] = reverse("wagtailadmin_reports:workflow_tasks") + "?reviewable=true"
        return context


class MyLockedPagesPanel(LockedPagesPanel):
    """Wagtail's "Your locked pages", the newest PANEL_SIZE of them with their status."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        pages = context["locked_pages"].annotate_approved_schedule().prefetch_workflow_states()
        context["locked_pages"] = pages[:PANEL_SIZE]
        return context


class MyChamberPanel(PageListPanel):
    """Content of my chamber: pages whose latest revision is by staff of my chamber."""

    name = "my_chamber"
    order = 260
    heading = _("Content of my chamber")
    empty_text = _("Nobody of your chamber has edited content yet.")

    def render_html(self, parent_context):
        user = parent_context["request"].user
        return super().render_html(parent_context) if hasattr(user, "staff_profile") else ""

    def get_rows(self, user):
        pages = (
            Page.objects.filter(
                latest_revision__user__staff_profile__chamber=user.staff_profile.chamber_id
            )
            .select_related("locale", "latest_revision__user")
            .order_by("-latest_revision_created_at")
        )
        return pages, lambda page: page.latest_revision.user.get_full_name()


class DueForReviewPanel(PageListPanel):
    """Due for review: profiles last reviewed over 24 months ago."""

    name = "due_for_review"
    order = 270
    heading = _("Due for review (last reviewed over 24 months ago)")
    empty_text = _("Nothing you can edit is due for review.")

    def get_rows(self, user):
        cutoff = timezone.localdate() - REVIEW_INTERVAL
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        pages = (
            editable.annotate(
                reviewed=Coalesce(
                    "countryprofilepage__last_reviewed", "professionalprofilepage__last_reviewed"
                )
            )
            .filter(reviewed__lt=cutoff)
            .select_related("locale")
            .order_by("reviewed", "path")
        )
        return (
            pages,
            lambda page: (
                _("last reviewed %(date)s")
                % {"date": date_format(page.reviewed, "SHORT_DATE_FORMAT")}
            ),
        )


class TranslationsToDoPanel(Component):
    """For translators: German pages without a translation in their languages, and translations
    whose German original changed since, with the progress of each translation."""

    name = "translations_to_do"
    order = 215
    template_name = "workbench/translations.html"

    def render_html(self, parent_context):
        user = parent_context["request"].user
        if not (user.is_superuser or roles.translator_languages(user)):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        source = Locale.get_default()
        targets = Locale.objects.exclude(pk=source.pk).order_by("pk")
        if not user.is_superuser:
            targets = targets.filter(language_code__in=roles.translator_languages(user))
        # A translator outside the staff never learns restricted titles (privacy.rules).
        live = visible_pages(Page.objects.live().filter(depth__gt=1), user)
        rows, total = [], 0
        for locale in targets:
            translated_keys = Page.objects.filter(locale=locale).values("translation_key")
            missing = (
                live.filter(locale=source)
                .exclude(translation_key__in=translated_keys)
                .order_by("path")
            )
            translations = visible_pages(Page.objects.filter(locale=locale), user)
            outdated = out_of_date(translations, source.pk).order_by("path")
            # Not translated yet: the link starts the translation (localize's Translate view).
            rows += [
                (page, locale, _("not translated"), None, translate_url(page))
                for page in missing[:PANEL_SIZE]
            ]
            rows += [
                (page, locale, _("German original changed"), translation_progress(page), None)
                for page in outdated[:PANEL_SIZE]
            ]
            total += missing.count() + outdated.count()
        context["rows"] = rows
        context["more"] = max(total - len(rows), 0)
        return context


def translate_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def translation_progress(page):
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).first()
    return translation.get_progress() if translation else None


class NewForumTopicsPanel(Component):
    """Registered staff see the newest forum topics of their language's forum."""

    name = "new_forum_topics"
    order = 280
    template_name = "workbench/forum_topics.html"

    def render_html(self, parent_context):
        if not is_registered_staff(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        from forum.models import ForumPage, Topic

        context = super().get_context_data(parent_context)
        forum = ForumPage.objects.filter(locale=Locale.get_active()).first()
        topics = (
            Topic.objects.filter(forum=forum, hidden=False).select_related("author")[:PANEL_SIZE]
            if forum
            else []
        )
        context["rows"] = [(topic, forum.topic_url(topic)) for topic in topics]
        return context
