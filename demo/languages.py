"""The demo's languages beyond English (demo/data/languages.json), each one configured in settings.

For each: the language made as `manage.py add_languages` makes it (translation.languages), its
demo translator, and a handful of countries with their professional profiles translated through
wagtail-localize: the data file's corrected texts first, country names from CLDR (Babel), the
configured machine translator for the rest (the dummy one without DeepL: reversed words, sample
text, marked as such by the sample notice on every page). Every translation is submitted by the
language's translator and approved through its workflow by the demo reviewer and competent
editor, so what the demo shows in these languages is reviewed.
"""

import json
from pathlib import Path

from babel import Locale as BabelLocale
from django.utils.text import slugify
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.machine_translators import get_machine_translator

from pages.models import CountryProfilePage, ProfessionalProfilePage
from portal import roles
from translation.languages import add_language, configured_languages, machine_translate
from translation.localize import translate_with_localize

DATA = Path(__file__).resolve().parent / "data" / "languages.json"


def demo_languages():
    """language code -> its entry in the data file, for the configured languages only."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return {code: data[code] for code in configured_languages() if code in data}


def translator_accounts():
    """DEMO_USERS rows of the languages' translators: username -> (first, last, groups, chamber)."""
    return {
        spec["translator"][0]: (*spec["translator"][1:], [roles.translators(code)], None)
        for code, spec in demo_languages().items()
    }


class DemoText:
    """`translate(text, path)`: corrected texts, then the machine translator; slugs follow the
    translated title."""

    def __init__(self, texts, source, target, title=None):
        self.texts = texts
        self.source, self.target = source, target
        self.title = title
        self.machine = get_machine_translator()

    def __call__(self, text, path):
        if path == "title" and self.title:
            return self.title
        if path == "slug":
            return None  # after the title: see translated_title
        if text in self.texts:
            return self.texts[text]
        return machine_translate(self.machine, text, self.source, self.target)

    def with_slug(self, page):
        """The same, with the slug made from the translated title."""
        title = self(page.title, "title")

        def translate(text, path):
            if path == "slug":
                return slugify(title, allow_unicode=True) or text
            return self(text, path)

        return translate


def approve(page, users, requester=None):
    """Run the page's workflow to its end: started by `requester` unless one runs already,
    each task approved by the demo reviewer or competent editor, whoever is in its groups."""
    page = Page.objects.get(pk=page.pk).specific
    state = page.current_workflow_state
    if state is None:
        state = page.get_workflow().start(page, requester)
    while state.status == WorkflowState.STATUS_IN_PROGRESS:
        task_state = state.current_task_state
        task = task_state.task.specific
        approver = next(
            users[name]
            for name in ("reviewer", "competent")
            if task.groups.filter(pk__in=users[name].groups.all()).exists()
        )
        task.on_action(task_state, approver, "approve")
        state.refresh_from_db()


def add_languages():
    """Each demo language's locale, translators' group and skeleton (drafts in review), its
    texts corrected where the data file has them (titles come from the catalogue)."""
    made = {}
    for code, spec in demo_languages().items():

        def corrected(text, path, texts=spec["texts"]):
            return texts.get(text) if path not in ("title", "slug") else None

        made[code] = add_language(code, translate=corrected)
    return made


def load_languages(skeletons, users):
    """Approve each language's skeleton, then translate and review its countries; returns how
    many pages were translated."""
    german = Locale.get_default()
    translated = 0
    for code, spec in demo_languages().items():
        locale = Locale.objects.get(language_code=code)
        translator = users[spec["translator"][0]]
        for page in skeletons.get(code, []):
            approve(page, users)
        names = BabelLocale.parse(code).territories
        countries = CountryProfilePage.objects.filter(
            locale=german, iso_code__in=spec["countries"]
        ).live()
        for country in countries.order_by("path"):
            if country.get_translation_or_none(locale) is not None:
                continue
            pages = [country, *ProfessionalProfilePage.objects.child_of(country).live()]
            for page in pages:
                page = page.specific
                title = names.get(country.iso_code) if page.pk == country.pk else None
                translate = DemoText(spec["texts"], german, locale, title=title).with_slug(page)
                target = translate_with_localize(
                    page, locale, translate, user=translator, publish=False
                )
                approve(target, users, requester=translator)
                translated += 1
    return translated
