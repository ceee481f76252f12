"""Load the demo content of demo/data/: German pages and snippets, English through localize.

The data files are invented sample content, not authoritative (demo/data/README.md describes
them); this module turns them into pages, snippets and demo accounts.

Idempotent: every object is found by a stable key (slug under its parent, name in its locale)
before it is made, and nothing that exists is changed, so a second run writes nothing.
Saving enqueues a search and a reference index update per save; the loader holds them and
updates each object's entries once, after its last save (`index_updates_once`).
"""

import datetime
import json
import uuid
from contextlib import contextmanager
from pathlib import Path

from babel import Locale as BabelLocale
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.test.utils import override_settings
from django.utils.text import slugify
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from accounts import two_factor
from accounts.models import StaffProfile
from authorities.models import AuthorityFinderPage
from forum.models import ForumPage
from moderation.publishing import trusted_publication
from pages.choices import CountryTopic, ProfileTopic
from pages.models import (
    ChamberOutcomesPage,
    CountryIndexPage,
    CountryProfilePage,
    FooterLinks,
    GuidelineIndexPage,
    GuidelinePage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    OutcomeIndexPage,
    ProfessionalProfilePage,
    RecognitionOutcomePage,
    RestrictedAreaPage,
    StandardPage,
)
from pages.slugs import german_slug
from pages.snippets import Chamber, GlossaryTerm, OccupationalField, ReferenceOccupation
from portal import roles
from portal.frameworks.modelsearch import index_update_task
from portal.frameworks.wagtail import reference_index_update_task
from translation.localize import MissingTranslationError, translate_with_localize

from . import languages

DATA = Path(__file__).resolve().parent / "data"

SAMPLE_NOTICE = (
    "Beispielinhalt: Dieser Text ist ein erfundenes Beispiel für die Demo des Portals "
    "und keine verbindliche Auskunft.",
    "Sample content: this text is an invented example for the portal demo and is not "
    "authoritative.",
)
SUBJECTS_CAPTION = ("Stundentafel (Beispiel)", "Subjects and hours (sample)")
SAMPLE_SOURCE = (
    "Nationale Ausbildungsordnung (Beispielquelle)",
    "National training regulation (sample source)",
)

# What the competent authority finder shows of a chamber (chambers.json).
CHAMBER_CONTACT_FIELDS = ("street", "postcode", "phone", "email", "opening_hours", "postcode_areas")

# Demo accounts: username -> (first name, last name, role groups, chamber (position in
# chambers.json) or None)
DEMO_USERS = {
    "editor": ("Erika", "Editor", [roles.REGISTERED_STAFF, roles.CHAMBER_EDITORS], 0),
    "editor2": ("Emil", "Editor", [roles.REGISTERED_STAFF, roles.CHAMBER_EDITORS], 1),
    "reviewer": ("Rita", "Reviewer", [roles.REGISTERED_STAFF, roles.REVIEWERS], None),
    "competent": ("Conrad", "Competent", [roles.REGISTERED_STAFF, roles.COMPETENT_EDITORS], None),
    "translator": ("Tara", "Translator", [roles.TRANSLATORS], None),
    "admin": ("Anna", "Admin", [roles.REGISTERED_STAFF, roles.PORTAL_ADMINISTRATORS], None),
}

# Profiles (German slug) left at each stage of quality control, and who wrote the change.
WORKFLOW_STAGES = {
    "draft": ("editor", "meisterbrief-im-berufsfeld-elektrik-elektronik-technologie"),
    "in_review": ("editor", "gesellenbrief-im-berufsfeld-kraftfahrzeugtechnik"),
    "final_check": ("editor2", "associate-abschluss-oenlisans-computerprogrammierung"),
    "changes_requested": (
        "editor2",
        "associate-abschluss-oenlisans-medizinische-dokumentation-und-sekretariat",
    ),
}
REVISED_NOTE = "(Überarbeitung in der Qualitätssicherung)"
CHANGES_COMMENT = "Bitte die Stundentafel mit der Quelle abgleichen und die Quelle verlinken."

# Tasks that rebuild an object's index entries from its stored state: run once, after the
# object's last save, one writes the entries that running it after every save writes (but for the
# search index's title weight, which Wagtail derives from the titles indexed at the time).
INDEX_UPDATES = {task.module_path for task in (index_update_task(), reference_index_update_task())}


def read(name):
    """The contents of the data file demo/data/<name>.json."""
    with (DATA / f"{name}.json").open(encoding="utf-8") as file:
        return json.load(file)


def read_countries():
    """Each country's file (its country profile and its professional profiles), in load order."""
    return [read(f"countries/{code.lower()}") for code in read("country_order")]


@contextmanager
def index_updates_once():
    """Hold the tasks enqueued in the block and hand them to the task backend when it ends:
    each index update once per object, every other task as often as it came, in their order.
    An exception in the block drops them, with the transaction they were for."""
    holding = {DEFAULT_TASK_BACKEND_ALIAS: {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with override_settings(TASKS=holding):
        yield
        held = list(task_backends[DEFAULT_TASK_BACKEND_ALIAS].results)
    done = set()
    for result in held:
        key = (result.task.module_path, *result.args)
        if result.task.module_path in INDEX_UPDATES:
            if key in done:
                continue
            done.add(key)
        result.task.enqueue(*result.args, **result.kwargs)


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}


def block(block_type, value):
    """A StreamField child in raw form, with the stable id that localize's segments refer to."""
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def list_items(values):
    """ListBlock items in raw form with ids (without them, ids would change on every load)."""
    return [block("item", value) for value in values]


class DemoLoader:
    """Loads the demo data files into the portal, idempotently (see the module docstring)."""

    def __init__(self, log=print):
        self.log = log
        self.german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        self.english = Locale.objects.get(language_code="en")
        self.english_text = {}  # German string -> English string, for the localize segments
        self.english_slugs = {}  # German slug -> English slug
        self.created = 0
        self.translated = 0

    # -- the German -> English dictionary the "translator" works from ------------------------

    def pair(self, german, english):
        """Record that `german` translates to `english`; returns the German text."""
        known = self.english_text.setdefault(german, english)
        if known != english:
            raise ValueError(f"{german!r} has two translations: {known!r} and {english!r}")
        return german

    def translate(self, text, path):
        if path == "slug":
            return self.english_slugs.get(text)
        return self.english_text.get(text)

    def ensure_english(self, instance):
        """Translate a German page or snippet through wagtail-localize unless it already is.

        The skeleton's English pages exist from the data migration without localize's records;
        translating them through localize links them to their German source and fills them in.
        """
        already = Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale=self.english
        )
        if already.exists():
            return
        try:
            translate_with_localize(instance, self.english, self.translate)
        except MissingTranslationError as error:
            raise MissingTranslationError(f"Demo data lacks an English text: {error}") from error
        self.translated += 1

    # -- pages ---------------------------------------------------------------------------------

    def child(self, parent, model, slug, slug_en, relations=None, **fields):
        """The German child page with this slug, made and published if missing."""
        self.english_slugs[slug] = slug_en
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = model(slug=slug, locale=self.german, **fields)
        for name, values in (relations or {}).items():
            getattr(page, name).set(values)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def load(self):
        # Demo content is seeded by the system: it is published without passing review.
        with transaction.atomic(), trusted_publication(), index_updates_once():
            fields = self.load_occupational_fields()
            occupations = self.load_reference_occupations(fields)
            chambers = self.load_chambers(occupations)
            self.load_glossary()
            home = self.load_home()
            index = self.load_country_index(home)
            country_files = read_countries()
            countries = self.load_countries(index, [file["country"] for file in country_files])
            self.load_profiles(countries, country_files, fields, occupations)
            self.load_standard_pages(home)
            self.load_news(home)
            self.load_authority_finder(home)
            self.load_restricted_area()
            self.translate_tree(home)
            skeletons = languages.add_languages()
            users = self.load_users(chambers)
            # The demo's reviewers are not real people: keep their notifications off the console.
            with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
                further = languages.load_languages(skeletons, users)
                self.load_workflow_stages(users)
        self.log(
            f"Demo content: {self.created} German objects created, "
            f"{self.translated} English and {further} further translations made through "
            "wagtail-localize."
        )

    def complete(self, page, slug_en, **fields):
        """Fill in a skeleton page from the data migration, once (it has no revision before)."""
        self.english_slugs[page.slug] = slug_en
        if page.latest_revision_id is None:
            for name, value in fields.items():
                setattr(page, name, value)
            page.save_revision().publish()
            self.created += 1
        return page

    def load_home(self):
        home = HomePage.objects.get(locale=self.german)
        spec = read("index_pages")["home"]
        return self.complete(
            home,
            HomePage.objects.get(locale=self.english).slug,
            title=self.pair(spec["title_de"], spec["title_en"]),
            intro=self.pair(spec["intro_de"], spec["intro_en"]),
        )

    def load_country_index(self, home):
        spec = read("index_pages")["countries"]
        return self.complete(
            CountryIndexPage.objects.child_of(home).get(),
            spec["slug_en"],
            title=self.pair(spec["title_de"], spec["title_en"]),
            intro=self.pair(spec["intro_de"], spec["intro_en"]),
        )

    def country_names(self, spec):
        if spec.get("historical"):
            return spec["name_de"], spec["name_en"]
        code = spec["code"]
        return BabelLocale("de").territories[code], BabelLocale("en").territories[code]

    def sample_callout(self):
        return block(
            "callout",
            {"kind": "warning", "text": f"<p>{self.pair(*SAMPLE_NOTICE)}</p>"},
        )

    def load_countries(self, index, specs):
        countries = {}
        for number, spec in enumerate(specs):
            name_de, name_en = self.country_names(spec)
            sections = []
            for position, section in enumerate(spec["sections"]):
                content = [paragraph(self.pair(section["de"], section["en"]))]
                if position == 0:
                    content.insert(0, self.sample_callout())
                sections.append(
                    block("section", {"topic": section["topic"], "heading": "", "content": content})
                )
            sections.append(self.sources_section(CountryTopic.SOURCES))
            countries[spec["code"]] = self.child(
                index,
                CountryProfilePage,
                german_slug(name_de),
                spec.get("slug_en") or slugify(name_en),
                title=self.pair(name_de, name_en),
                iso_code=spec["code"],
                region=spec["region"],
                official_languages=self.pair(
                    spec["official_languages_de"], spec["official_languages_en"]
                ),
                valid_since=parse_date(spec["valid_since"]),
                valid_until=parse_date(spec.get("valid_until")),
                summary=self.pair(spec["summary_de"], spec["summary_en"]),
                sections=sections,
                last_reviewed=review_date(number),
            )
        return countries

    def sources_section(self, topic):
        return block(
            "section",
            {
                "topic": topic,
                "heading": "",
                "content": [
                    block(
                        "sources",
                        {"items": list_items([{"title": self.pair(*SAMPLE_SOURCE), "url": ""}])},
                    )
                ],
            },
        )

    def load_profiles(self, countries, country_files, fields, occupations):
        specs = [
            (countries[file["country"]["code"]], spec)
            for file in country_files
            for spec in file["profiles"]
        ]
        for number, (country, spec) in enumerate(specs):
            rows = list_items(
                {"subject": self.pair(subject["de"], subject["en"]), "hours": subject["hours"]}
                for subject in spec["subjects"]
            )
            body = [
                self.topic_section(
                    ProfileTopic.LEARNING_OBJECTIVES,
                    [
                        self.sample_callout(),
                        paragraph(
                            self.pair(
                                spec["learning_objectives_de"], spec["learning_objectives_en"]
                            )
                        ),
                    ],
                ),
                self.topic_section(
                    ProfileTopic.SUBJECTS,
                    [
                        block(
                            "subjects_table",
                            {"caption": self.pair(*SUBJECTS_CAPTION), "rows": rows},
                        )
                    ],
                ),
                self.topic_section(
                    ProfileTopic.PRACTICAL_TRAINING,
                    [paragraph(self.pair(spec["practical_de"], spec["practical_en"]))],
                ),
                self.topic_section(
                    ProfileTopic.EXAMINATION,
                    [paragraph(self.pair(spec["examination_de"], spec["examination_en"]))],
                ),
                self.topic_section(
                    ProfileTopic.CERTIFICATE,
                    [paragraph(self.pair(spec["certificate_de"], spec["certificate_en"]))],
                ),
                self.sources_section(ProfileTopic.SOURCES),
            ]
            slug_de = german_slug(spec["name_de"])
            namesake = (
                ProfessionalProfilePage.objects.child_of(country)
                .filter(slug=slug_de)
                .exclude(original_name=spec["original_name"])
            )
            if namesake.exists():
                slug_de = f"{slug_de}-{spec['key']}"
            self.child(
                country,
                ProfessionalProfilePage,
                slug_de,
                slugify(spec["name_en"]),
                title=self.pair(spec["name_de"], spec["name_en"]),
                original_name=spec["original_name"],
                transliteration=spec["transliteration"],
                qualification_type=spec["qualification_type"],
                isced_level=spec["isced"],
                isco_code=spec["isco"],
                occupational_field=fields[spec["field"]],
                duration_months=spec["duration_months"],
                valid_from=parse_date(spec["valid_from"]),
                valid_until=parse_date(spec.get("valid_until")),
                legal_basis=self.pair(spec["legal_basis_de"], spec["legal_basis_en"]),
                training_institutions=self.pair(spec["institutions_de"], spec["institutions_en"]),
                admission_requirements=self.pair(spec["admission_de"], spec["admission_en"]),
                summary=self.pair(spec["summary_de"], spec["summary_en"]),
                body=body,
                last_reviewed=review_date(number),
                relations={
                    "reference_occupations": [
                        occupations[key] for key in spec["reference_occupations"]
                    ]
                },
            )

    def topic_section(self, topic, content):
        return block("section", {"topic": topic, "heading": "", "content": content})

    def load_standard_pages(self, home):
        """The information pages; those a federal site must carry are linked from the footer
        (Settings → Footer links) instead of the menu."""
        footer = {}
        for spec in read("information_pages"):
            page = self.child(
                home,
                StandardPage,
                spec["slug_de"],
                spec["slug_en"],
                title=self.pair(spec["title_de"], spec["title_en"]),
                intro=self.pair(spec["intro_de"], spec["intro_en"]),
                body=self.standard_body(spec),
                show_in_menus=spec.get("menu", True),
            )
            if "footer" in spec:
                footer[spec["footer"]] = page
        links = FooterLinks.for_site(Site.objects.get(is_default_site=True))
        if not links.page_ids():
            for name, page in footer.items():
                setattr(links, name, page)
            links.save()

    def standard_body(self, spec):
        body = []
        for item in spec["paragraphs"]:
            heading = self.pair(item["heading_de"], item["heading_en"])
            body.append(block("heading", {"text": heading, "level": "h2"}))
            body.append(paragraph(self.pair(item["de"], item["en"])))
        if spec["key"] == "faq":
            body.append(block("heading", {"text": self.pair("Glossar", "Glossary"), "level": "h2"}))
            body.append(block("glossary", None))
        if spec["key"] == "contact":
            body.append(block("contact_form", None))
        if "sign_language" in spec:
            video = spec["sign_language"]
            transcript = self.pair(video["transcript_de"], video["transcript_en"])
            body.append(
                block(
                    "sign_language_video",
                    {
                        "title": self.pair(video["title_de"], video["title_en"]),
                        "video": None,
                        "captions": None,
                        "transcript": f"<p>{transcript}</p>",
                    },
                )
            )
        return body

    def load_authority_finder(self, home):
        spec = read("index_pages")["finder"]
        items = "".join(
            f"<li>{self.pair(item['de'], item['en'])}</li>" for item in spec["preparation"]
        )
        self.child(
            home,
            AuthorityFinderPage,
            spec["slug_de"],
            spec["slug_en"],
            title=self.pair(spec["title_de"], spec["title_en"]),
            intro=self.pair(spec["intro_de"], spec["intro_en"]),
            preparation=f"<ul>{items}</ul>",
            show_in_menus=True,
        )

    def load_news(self, home):
        spec = read("index_pages")["news"]
        index = self.child(
            home,
            NewsIndexPage,
            spec["slug_de"],
            spec["slug_en"],
            title=self.pair(spec["title_de"], spec["title_en"]),
            intro=self.pair(spec["intro_de"], spec["intro_en"]),
            show_in_menus=True,
        )
        for item in read("news"):
            self.child(
                index,
                NewsPage,
                item["slug_de"],
                item["slug_en"],
                title=self.pair(item["title_de"], item["title_en"]),
                date=parse_date(item["date"]),
                intro=self.pair(item["intro_de"], item["intro_en"]),
                body=[paragraph(self.pair(item["body_de"], item["body_en"]))],
            )

    def load_restricted_area(self):
        """Sample outcomes for the first chambers and one practical guideline (both languages)."""
        for number, (chamber_page, spec) in enumerate(
            zip(
                ChamberOutcomesPage.objects.filter(chamber__isnull=False).order_by("pk")[:3],
                read("recognition_outcomes"),
                strict=False,
            )
        ):
            profile = ProfessionalProfilePage.objects.get(locale=self.german, slug=spec["profile"])
            slug = f"bescheid-{number + 1}"
            if RecognitionOutcomePage.objects.child_of(chamber_page).filter(slug=slug).exists():
                continue
            chamber_page.add_child(
                instance=RecognitionOutcomePage(
                    title=spec["title"],
                    slug=slug,
                    locale=self.german,
                    profile=profile,
                    reference_occupation=profile.reference_occupations.first(),
                    result=spec["result"],
                    substantial_differences=spec["differences"],
                    compensation_measures=spec["measures"],
                    skills_analysis=spec["skills_analysis"],
                    decision_year=spec["decision_year"],
                    completion_year=spec["completion_year"],
                    notes="Beispieldatensatz für die Demo.",
                )
            )
            self.created += 1
        index = GuidelineIndexPage.objects.get(locale=self.german)
        for guide in read("guidelines"):
            self.child(
                index,
                GuidelinePage,
                guide["slug_de"],
                guide["slug_en"],
                title=self.pair(guide["title_de"], guide["title_en"]),
                intro=self.pair(guide["intro_de"], guide["intro_en"]),
                body=[paragraph(self.pair(guide["body_de"], guide["body_en"]))],
            )
        area = RestrictedAreaPage.objects.get(locale=self.german)
        self.complete(area, "workspace", title=self.pair("Arbeitsbereich", "Workspace"))
        self.complete(index, "guidelines", title=self.pair("Arbeitshilfen", "Practical guidelines"))
        self.complete(
            ForumPage.objects.get(locale=self.german),
            "forum",
            title=self.pair("Forum", "Forum"),
            intro=self.pair(
                "Fragen und Erfahrungen unter den Kammern austauschen.",
                "Exchange questions and experience between the chambers.",
            ),
        )

    def translate_tree(self, home):
        """Every German page, parents first, becomes an English page through localize; not the
        recognition outcomes, which are records kept in the German tree only."""
        outcomes = OutcomeIndexPage.objects.get(locale=self.german)
        pages = (
            Page.objects.descendant_of(home, inclusive=True)
            .filter(locale=self.german)
            .exclude(path__startswith=outcomes.path)
            .order_by("path")
        )
        for page in pages:
            self.ensure_english(page.specific)

    # -- snippets ------------------------------------------------------------------------------

    def snippet(self, model, lookup, **fields):
        existing = model.objects.filter(locale=self.german, **lookup).first()
        if existing:
            return existing
        self.created += 1
        return model.objects.create(locale=self.german, **lookup, **fields)

    def load_occupational_fields(self):
        fields = {}
        for spec in read("occupational_fields"):
            fields[spec["key"]] = self.snippet(
                OccupationalField, {"name": self.pair(spec["de"], spec["en"])}
            )
        for field in fields.values():
            self.ensure_english(field)
        return fields

    def load_reference_occupations(self, fields):
        occupations = {}
        for spec in read("reference_occupations"):
            occupations[spec["key"]] = self.snippet(
                ReferenceOccupation,
                {"name": self.pair(spec["de"], spec["en"])},
                kldb_code=spec["kldb"],
                chamber_type=spec["chamber_type"],
                regulated=spec["regulated"],
                occupational_field=fields[spec["field"]],
            )
        for occupation in occupations.values():
            self.ensure_english(occupation)
        return occupations

    def load_glossary(self):
        for spec in read("glossary"):
            term = self.snippet(
                GlossaryTerm,
                {"term": self.pair(spec["term_de"], spec["term_en"])},
                definition=self.pair(spec["definition_de"], spec["definition_en"]),
            )
            self.ensure_english(term)

    def load_chambers(self, occupations):
        """The chambers with their contact details and responsibilities; a chamber loaded by an
        earlier version of the demo gets what it lacks."""
        chambers = []
        for spec in read("chambers"):
            details = {
                "chamber_type": spec["type"],
                "federal_state": spec["state"],
                "town": spec["town"],
                "website": spec["website"],
                "email_domain": spec["email_domain"],
                **{field: spec[field] for field in CHAMBER_CONTACT_FIELDS},
            }
            chamber, created = Chamber.objects.get_or_create(name=spec["name"], defaults=details)
            missing = [field for field in CHAMBER_CONTACT_FIELDS if not getattr(chamber, field)]
            for field in missing:
                setattr(chamber, field, spec[field])
            if created or missing:
                # A parental relation: written when the chamber is saved.
                chamber.occupations.set([occupations[key] for key in spec["occupations"]])
                chamber.save()
            self.created += created
            chambers.append(chamber)
        return chambers

    # -- accounts ------------------------------------------------------------------------------

    def load_users(self, chambers):
        """Demo accounts for every role; made here only, never by migrations or production."""
        user_model = get_user_model()
        users = {}
        accounts = {**DEMO_USERS, **languages.translator_accounts()}
        for username, (first_name, last_name, group_names, chamber_index) in accounts.items():
            chamber = chambers[chamber_index] if chamber_index is not None else None
            domain = chamber.email_domain if chamber and chamber.email_domain else "example.org"
            user, created = user_model.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@{domain}",
                },
            )
            users[username] = user
            two_factor.give_demo_device(user)  # a known secret: `manage.py demo_code <user>`
            if not created:
                continue
            user.set_password(settings.DEMO_PASSWORD)
            user.save()
            user.groups.set(Group.objects.filter(name__in=group_names))
            if chamber:
                StaffProfile.objects.create(user=user, chamber=chamber, position="Sachbearbeitung")
                user.groups.add(chamber.group)
            self.created += 1
        return users

    def load_workflow_stages(self, users):
        """Leave one profile at each stage of quality control, with the demo accounts as actors."""
        for stage, (author, slug) in WORKFLOW_STAGES.items():
            page = ProfessionalProfilePage.objects.filter(locale=self.german, slug=slug).first()
            if page is None or page.has_unpublished_changes:
                continue  # unknown, or already set up by an earlier run
            page.summary = f"{page.summary} {REVISED_NOTE}"
            page.save_revision(user=users[author])
            if stage == "draft":
                continue
            workflow_state = page.get_workflow().start(page, users[author])
            if stage == "final_check":
                self.act(workflow_state, users["reviewer"], "approve")
            elif stage == "changes_requested":
                self.act(workflow_state, users["reviewer"], "reject", comment=CHANGES_COMMENT)
            self.created += 1

    @staticmethod
    def act(workflow_state, user, action, **kwargs):
        task_state = workflow_state.current_task_state
        task_state.task.specific.on_action(task_state, user, action, **kwargs)


def parse_date(value):
    return datetime.date.fromisoformat(value) if value else None


def review_date(number):
    """Spread review dates over three years, so some content is due for review (> 24 months)."""
    return datetime.date(2026, 10, 1) - datetime.timedelta(days=(number * 41) % 1100)
