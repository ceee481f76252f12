"""A language of the portal, made from configuration: its locale, tree, translators and review.

A language is configured in settings (LANGUAGES, WAGTAIL_CONTENT_LANGUAGES) with a gettext
catalogue in locale/; `manage.py add_languages` then makes, idempotently, for every configured
language the database lacks:

- its Locale;
- its translators' group, "Translators (<code>)", with the English translators' permissions
  (localize's translation views, snippets) and pages to add and edit in its own tree only;
- its skeleton: the German home page and country index translated through wagtail-localize
  (German is the source of every translation). Titles come from the language's catalogue,
  slugs from the titles (homes: the German slug and the code), every other text from the
  configured machine translator (`WAGTAILLOCALIZE_MACHINE_TRANSLATOR`), or the English
  translation's where the engine cannot translate into the language. They are drafts,
  submitted to review: the language goes live on the site when a reviewer publishes its home
  page, never with unreviewed text;
- the same page permissions and workflows as the English tree (the first translation is the
  model of every other), with the language's translators in place of English's.

Nothing here names a language but German (the source, `LANGUAGE_CODE`) and English (the model).
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_noop
from wagtail.models import GroupPagePermission, Locale, Page, WorkflowPage
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.strings import StringValue

from pages.models import CountryIndexPage, HomePage
from portal import roles

from .localize import translate_with_localize

MODEL_LANGUAGE = "en"
SKELETON = (HomePage, CountryIndexPage)  # parents first
# The skeleton's English titles, for the catalogues (makemessages finds them here).
SKELETON_TITLES = (gettext_noop("BQ-Portal"), gettext_noop("Countries"))


def configured_languages():
    """The codes of the configured content languages other than the source, in their order."""
    return [
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
    ]


def translators_group(code):
    """The language's translators' group, made with the English translators' permissions."""
    group, created = Group.objects.get_or_create(name=roles.translators(code))
    if created:
        model = Group.objects.get(name=roles.translators(MODEL_LANGUAGE))
        group.permissions.set(model.permissions.all())
    return group


class SkeletonText:
    """`translate(text, path)` for translate_with_localize: a skeleton page's texts in `locale`."""

    def __init__(self, page, locale):
        self.page = page
        self.locale = locale
        self.source = page.locale
        self.model = page.get_translation_or_none(Locale.objects.get(language_code=MODEL_LANGUAGE))
        self.title = self.catalogue_title()
        self.machine = get_machine_translator()

    def catalogue_title(self):
        """The English title through the language's catalogue (or as it is, when not in it)."""
        title = self.model.title if self.model else ""
        with translation.override(self.locale.language_code):
            return translation.gettext(title) if title else ""

    def __call__(self, text, path):
        if path == "title" and self.title:
            return self.title
        if path == "slug" and self.page.depth == 2:  # homes are siblings under the root
            return f"{text}-{self.locale.language_code}"
        if path == "slug":
            return slugify(self.title or text, allow_unicode=True) or text
        if self.machine and self.machine.can_translate(self.source, self.locale):
            return machine_translate(self.machine, text, self.source, self.locale)
        return self.model_text(path) or text

    def model_text(self, path):
        """The English translation's text of the same field, for engines without the language."""
        if self.model is None:
            return None
        field = path.split(".")[0]
        value = getattr(self.model.specific, field, None)
        return value if isinstance(value, str) else None


def machine_translate(machine, text, source, target):
    """`text` (localize's segment data: HTML with escaped text) by the machine translator."""
    value = StringValue(text)
    return machine.translate(source, target, [value])[value].data


def mirror_setup(source, target, code):
    """Page permissions and workflow of the English page `source` on `target`, the language's
    own translators in place of the English ones."""
    english_translators = roles.translators(MODEL_LANGUAGE)
    for permission in GroupPagePermission.objects.filter(page=source).select_related("group"):
        group = permission.group
        if group.name == english_translators:
            group = translators_group(code)
        GroupPagePermission.objects.get_or_create(
            group=group, page=target, permission=permission.permission
        )
    workflow = WorkflowPage.objects.filter(page=source).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=target, defaults={"workflow": workflow.workflow})


def submit_for_review(page):
    """Start the page's workflow on its draft (the system asks), unless one is running."""
    workflow = page.get_workflow()
    if workflow is not None and page.workflow_in_progress is False:
        workflow.start(page, None)


@transaction.atomic
def add_language(code, translate=None):
    """Make what language `code` needs (module docstring); returns the pages it translated.

    `translate(text, path)`, when given, is asked first (the demo's dictionary, say).
    """
    locale, _created = Locale.objects.get_or_create(language_code=code)
    translators_group(code)
    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    english = Locale.objects.get(language_code=MODEL_LANGUAGE)
    made = []
    for model in SKELETON:
        for page in model.objects.filter(locale=german).order_by("path"):
            target = page.get_translation_or_none(locale)
            if target is None:
                skeleton = SkeletonText(page, locale)
                text = skeleton if translate is None else first_of(translate, skeleton)
                target = translate_with_localize(page, locale, text, publish=False)
                made.append(target)
            english_page = page.get_translation_or_none(english)
            if english_page is not None:
                mirror_setup(english_page, target, code)
    for page in made:
        submit_for_review(Page.objects.get(pk=page.pk).specific)
    return made


def first_of(*translators):
    """A `translate(text, path)` asking each of `translators` in turn, the first answer wins."""

    def translate(text, path):
        for translate_one in translators:
            answer = translate_one(text, path)
            if answer is not None:
                return answer
        return None

    return translate
