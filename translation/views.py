"""Translators' path to a reviewed English page, and wagtail-localize's gaps closed.

wagtail-localize's "translate" and "sync" views check only the global submit_translation
permission, and "Sync translated pages" can publish immediately. The views here replace those
two (same URLs, registered before localize's in translation.wagtail_hooks) with ones that check
the user may edit each target, and never publish. Translators send their work to review with
"Submit translation for review", shown in localize's translation editor.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page, WorkflowState
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail_localize.models import Translation, TranslationLog, TranslationSource
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from privacy.rules import visible_pages


def user_can_edit(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user_can_edit_snippet_type(user, type(instance))


def user_can_create_translation(user, page, locale):
    """A translation is created under the parent's translation: the user must be able to add
    pages there (translators: only in the English tree), or to edit an existing translation."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return user_can_edit(user, existing.specific)
    parent = page.get_parent().get_translation_or_none(locale)
    return parent is not None and parent.specific.permissions_for_user(user).can_add_subpage()


class GuardedSubmitPageTranslationView(SubmitPageTranslationView):
    """Localize's "Translate this page", for pages the user may create in every target locale,
    and with "include subtree" only if the user may read every page below."""

    def form_valid(self, form):
        user = self.request.user
        for locale in form.cleaned_data["locales"]:
            if not user_can_create_translation(user, self.object, locale):
                raise PermissionDenied
        if form.cleaned_data.get("include_subtree"):
            subtree = Page.objects.descendant_of(self.object)
            if visible_pages(subtree, user).count() != subtree.count():
                raise PermissionDenied  # the subtree holds pages the user may not read
        return super().form_valid(form)


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    """Localize's "Sync translated pages", without "publish immediately", for editable targets.

    Synchronising brings the German changes into the translations as untranslated strings; the
    English pages then stay as they are until a translator translates and submits them.
    """

    def dispatch(self, request, *args, **kwargs):
        source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        for translation in source.translations.filter(enabled=True):
            target = translation.get_target_instance()
            if not user_can_edit(request.user, getattr(target, "specific", target)):
                raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        form.fields.pop("publish_translations")
        return form

    def form_valid(self, form):
        form.cleaned_data["publish_translations"] = False
        return super().form_valid(form)


def translation_of(page):
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def save_translation_draft(translation, user):
    """The translated strings as a new revision of the target page, leaving live content alone.

    (localize's own save_target(publish=False) writes into the live page row.)
    """
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    revision = draft.save_revision(user=user)
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    return revision


def submit_translation_for_review(request, page_id):
    """Apply the translated strings to a draft and start (or resume) the page's workflow."""
    page = get_object_or_404(Page, id=page_id).specific
    translation = translation_of(page)
    if translation is None or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    workflow = page.get_workflow()
    state = page.current_workflow_state
    if request.method == "POST":
        if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
            messages.error(request, _("This translation is already in review."))
            return redirect("wagtailadmin_pages:edit", page.pk)
        with transaction.atomic():
            save_translation_draft(translation, request.user)
            page = Page.objects.get(pk=page.pk).specific
            if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                state.resume(user=request.user)
            elif workflow is not None:
                workflow.start(page, request.user)
        messages.success(
            request,
            _("The translation “%(title)s” was submitted for review.") % {"title": page.title},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    total, translated = translation.get_progress()
    return TemplateResponse(
        request,
        "translation/translation_submit.html",
        {
            "page": page,
            "translation": translation,
            "workflow": workflow,
            "state": state,
            "total": total,
            "translated": translated,
            "rejection": state.current_task_state
            if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
            else None,
            "submit_url": reverse("translation_submit_for_review", args=[page.pk]),
        },
    )
