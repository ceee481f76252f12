"""A generated portal at DESIGN section 8's scale, for the benches and for developers
(`manage.py generate_portal`; docs/dataset.md).

It writes, from a seed, what a working portal holds: German country profiles under the country
index, live German professional profiles (one country with many of them), each with a
published revision and Wagtail's log entries, English translations of a third of them (and of
their countries and of the snippets) as wagtail-localize records them, reference occupations
and occupational fields, chambers with their staff, recognition outcomes in the restricted
area, the portal's search documents, Wagtail's search and reference index, and a new content
version. `in_review` profiles get a newer draft revision submitted to quality control, as an
import leaves them.

Pages are written in bulk (profile_io.writes), localize's rows too (translation.bulk), search
documents by search.indexing.index_new_pages; a few objects (chambers, users, the index pages'
translations) through their own per-object paths. Only into a portal without content of its
own: the run is refused where country or professional profiles or chambers exist. Everything
runs in one transaction: a failed run writes nothing.
"""

import datetime
from dataclasses import dataclass

import pycountry
from babel import Locale as BabelLocale
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection, reset_queries, transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from accounts import two_factor
from accounts.models import StaffProfile
from moderation.publishing import trusted_publication
from pages import public_cache
from pages.choices import ChamberType, FederalState, Region
from pages.models import (
    ChamberOutcomesPage,
    CountryIndexPage,
    CountryProfilePage,
    HomePage,
    ProfessionalProfilePage,
    RecognitionOutcomePage,
)
from pages.slugs import german_slug
from pages.snippets import Chamber, OccupationalField, ReferenceOccupation
from portal import roles
from portal.frameworks.modelsearch import search_values_read_once
from profile_io.notifications import deferred_notifications
from profile_io.writes import (
    create_pages,
    index_for_search,
    insert_revisions,
    log_entry,
    save_log_entries,
    start_workflows,
)
from search.indexing import index_new_pages
from translation.bulk import log_translations, translate_in_bulk
from translation.localize import translate_with_localize

from . import corpus
from .generated_content import Texts

ENGLISH_SHARE = 3  # a third of the countries and of the profiles get an English translation
BATCH = 1000  # profiles written together
REVIEW_NOTE = " (Überarbeitung in der Qualitätssicherung)"


@dataclass(frozen=True)
class Scale:
    """How much a scale writes."""

    countries: int
    profiles: int
    big_country: int  # profiles of the first country
    outcomes: int
    chambers: int
    occupation_variants: int  # reference occupations per corpus occupation


SCALES = {
    "full": Scale(920, 35_000, 2_000, 5_000, 40, 3),
    "small": Scale(50, 1_750, 200, 250, 40, 3),
    "tiny": Scale(3, 12, 6, 4, 2, 1),
}


class PortalNotEmptyError(Exception):
    """The database holds content of its own: nothing was written."""


@dataclass
class ReviewPlan:
    """A page to submit to its workflow (what profile_io.writes.start_workflows reads)."""

    page: Page
    workflow: object
    first_task: object


def generate(scale="full", seed=1, in_review=0, log=print):
    """Write the portal of `scale` (SCALES) from `seed`; returns the counts of what it wrote."""
    if (
        CountryProfilePage.objects.exists()
        or ProfessionalProfilePage.objects.exists()
        or Chamber.objects.exists()
    ):
        raise PortalNotEmptyError(
            "The database holds country or professional profiles or chambers already: "
            "generate the portal into a freshly migrated database."
        )
    with transaction.atomic(), trusted_publication(), deferred_notifications():
        counts = Generator(SCALES[scale], seed, in_review, log).run()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return counts


class Generator:
    """One run of `generate`: the objects it made so far and what it counted."""

    def __init__(self, scale, seed, in_review, log):
        self.scale, self.in_review, self.log = scale, in_review, log
        self.texts = Texts(corpus.seeded(seed))
        self.rng = self.texts.rng
        self.german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        self.english = Locale.objects.get(language_code="en")
        self.today = datetime.date(2026, 10, 1)
        self.counts = {"German profiles": 0, "English profiles": 0, "in review": 0}
        self.workflows = {}
        self.english_names = {}  # of the countries
        self.profile_keys = []  # (pk, reference occupation pk) of the German profiles

    def run(self):
        home = HomePage.objects.get(locale=self.german)
        index = CountryIndexPage.objects.child_of(home).get()
        self.translate_index_pages([home, index])
        self.fields, self.occupations = self.snippets()
        self.editors = self.chambers_and_staff()
        countries = self.countries(index)
        self.profiles(countries)
        self.outcomes()
        public_cache.changed()
        return self.counts

    # -- translations ---------------------------------------------------------------------------

    def translate(self, text, path):
        if path == "slug":
            return self.texts.english.get(("slug", text))
        return self.texts.english.get(text)

    def translate_index_pages(self, pages):
        """The migration's index pages, published with a revision and linked to their English
        versions through localize (as demo.loader does)."""
        for page in pages:
            english = Page.objects.get(translation_key=page.translation_key, locale=self.english)
            self.texts.english[("slug", page.slug)] = english.slug
            self.texts.pair(page.title, english.title)
            if page.latest_revision_id is None:
                page.save_revision().publish()
            already = Translation.objects.filter(
                source__object_id=page.translation_key, target_locale=self.english
            )
            if not already.exists():
                translate_with_localize(page.specific, self.english, self.translate)

    def translate_pages(self, pages, parents):
        """English translations of German pages, written as live pages under `parents` (the
        English parent of each, in order)."""
        made = translate_in_bulk(pages, self.english, self.translate)
        targets = [target for _source, target in made]
        create_pages(list(zip(parents, targets, strict=True)), None, live=True)
        log_translations([source for source, _target in made], targets, self.english)
        return targets

    # -- snippets, chambers and staff -------------------------------------------------------------

    def snippets(self):
        fields = OccupationalField.objects.bulk_create(
            [
                OccupationalField(
                    name=self.texts.pair(f"Berufsbereich {number}", f"Occupational area {number}"),
                    locale=self.german,
                )
                for number in range(20)
            ]
        )
        occupations = ReferenceOccupation.objects.bulk_create(
            [
                ReferenceOccupation(
                    name=self.texts.pair(
                        german if variant == 0 else f"{german} ({variant})",
                        english if variant == 0 else f"{english} ({variant})",
                    ),
                    kldb_code=f"{10000 + number * 3 + variant}",
                    chamber_type=ChamberType.CRAFTS,
                    regulated=variant == 0,
                    occupational_field=fields[number % len(fields)],
                    locale=self.german,
                )
                for number, (german, english) in enumerate(corpus.OCCUPATIONS)
                for variant in range(self.scale.occupation_variants)
            ]
        )
        for items in (fields, occupations):
            made = translate_in_bulk(items, self.english, self.translate)
            targets = type(items[0]).objects.bulk_create([target for _source, target in made])
            log_translations([source for source, _target in made], targets, self.english)
            index_for_search(items + targets)  # Wagtail's index, as their post_save writes it
        self.counts["reference occupations"] = len(occupations)
        return fields, occupations

    def chambers_and_staff(self):
        """Chambers (each makes its group and outcomes page), two editors per chamber, and
        reviewers, a translator and an administrator; returns the editors."""
        states = FederalState.values
        users = get_user_model()
        password = make_password(settings.DEMO_PASSWORD) if settings.DEMO_CONTENT_ALLOWED else None
        groups = {group.name: group for group in Group.objects.all()}
        editors = []
        for number in range(self.scale.chambers):
            chamber = Chamber.objects.create(
                name=f"Kammer {number + 1} ({states[number % len(states)]})",
                chamber_type=ChamberType.values[number % len(ChamberType.values)],
                federal_state=states[number % len(states)],
                town=f"Stadt {number + 1}",
                email_domain=f"kammer{number + 1}.example.de",
            )
            for position in (1, 2):
                user = self.user(
                    users,
                    f"kammer{number + 1}-{position}",
                    password,
                    [groups[roles.REGISTERED_STAFF], groups[roles.CHAMBER_EDITORS], chamber.group],
                    f"kammer{number + 1}.example.de",
                )
                StaffProfile.objects.create(user=user, chamber=chamber, position="Sachbearbeitung")
                editors.append(user)
        for username, role in (
            ("gen-reviewer-1", roles.REVIEWERS),
            ("gen-reviewer-2", roles.REVIEWERS),
            ("gen-competent", roles.COMPETENT_EDITORS),
            ("gen-translator", roles.TRANSLATORS),
            ("gen-admin", roles.PORTAL_ADMINISTRATORS),
        ):
            staff = [groups[roles.REGISTERED_STAFF]] if role != roles.TRANSLATORS else []
            self.user(users, username, password, [*staff, groups[role]], "example.org")
        self.counts["chambers"] = self.scale.chambers
        self.counts["users"] = users.objects.count()
        return editors

    @staticmethod
    def user(users, username, password, groups, domain):
        user = users(username=username, email=f"{username}@{domain}", password=password)
        if password is None:
            user.set_unusable_password()
        user.save()
        user.groups.set(groups)
        if settings.DEMO_CONTENT_ALLOWED:
            two_factor.give_demo_device(user)  # `manage.py demo_code <user>`
        return user

    # -- countries ------------------------------------------------------------------------------

    def country_names(self):
        """(ISO code, German name, English name): real countries first, then numbered ones."""
        names = []
        german, english = BabelLocale("de").territories, BabelLocale("en").territories
        for country in sorted(pycountry.countries, key=lambda item: item.alpha_2):
            code = country.alpha_2
            if code in german and code in english:
                names.append((code, german[code], english[code]))
        names.sort(key=lambda item: item[0] != "TR")  # Turkey first: the big country
        for number in range(len(names), self.scale.countries):
            names.append((f"X{number:03d}", f"Land {number}", f"Country {number}"))
        return names[: self.scale.countries]

    def countries(self, index):
        """The German country profiles, and the English ones of every third; returns
        [(German page, English page or None)]."""
        pages = []
        for number, (code, german, english) in enumerate(self.country_names()):
            self.english_names[german] = english
            slug = german_slug(german)
            self.texts.english[("slug", slug)] = slugify(english)
            pages.append(
                CountryProfilePage(
                    title=self.texts.pair(german, english),
                    slug=slug,
                    locale=self.german,
                    iso_code=code,
                    region=self.rng.choice(Region.values),
                    official_languages=self.texts.pair("Landessprache", "National language"),
                    valid_since=datetime.date(self.rng.randint(1950, 2015), 1, 1),
                    summary=self.texts.text(2),
                    sections=self.texts.country_sections(number),
                    last_reviewed=self.today - datetime.timedelta(days=self.rng.randrange(1100)),
                )
            )
        with search_values_read_once():  # for Wagtail's search index and the portal's
            create_pages([(index, page) for page in pages], None, live=True)
            english_index = index.get_translation(self.english)
            translated = pages[::ENGLISH_SHARE]
            english = self.translate_pages(translated, [english_index] * len(translated))
            index_new_pages(pages + english)
        by_path = dict(zip([page.path for page in translated], english, strict=True))
        self.counts["German countries"] = len(pages)
        self.counts["English countries"] = len(english)
        return [(page, by_path.get(page.path)) for page in pages]

    # -- professional profiles ------------------------------------------------------------------

    def profiles_per_country(self, count):
        rest = self.scale.profiles - self.scale.big_country
        others = count - 1
        return [self.scale.big_country] + [
            rest // others + (1 if number < rest % others else 0) for number in range(others)
        ]

    def profiles(self, countries):
        per_country = self.profiles_per_country(len(countries))
        translated = sum(n for (_de, en), n in zip(countries, per_country, strict=True) if en)
        share = min(1.0, (self.scale.profiles // ENGLISH_SHARE) / max(translated, 1))
        parents = {german.path: german for german, _english in countries}
        parents.update({english.path: english for _german, english in countries if english})
        batch, number, seen, chosen = [], 0, 0, 0
        for (german, english), count in zip(countries, per_country, strict=True):
            for _ in range(count):
                number += 1
                page = self.profile(number, german)
                seen += english is not None
                to_english = english is not None and chosen < round(seen * share)
                chosen += to_english
                batch.append((german, english if to_english else None, page))
                if len(batch) >= BATCH:
                    self.write_profiles(batch, parents)
                    batch = []
        self.write_profiles(batch, parents)

    def profile(self, number, country):
        occupation = self.rng.randrange(len(corpus.OCCUPATIONS))
        variants = self.scale.occupation_variants
        fields = self.texts.profile_fields(
            number,
            occupation,
            (country.title, self.english_names[country.title]),
            self.fields[occupation % len(self.fields)],
            self.today,
        )
        slug = f"{german_slug(corpus.OCCUPATIONS[occupation][0])}-{number}"
        self.texts.english[("slug", slug)] = (
            f"{slugify(corpus.OCCUPATIONS[occupation][1])}-{number}"
        )
        page = ProfessionalProfilePage(slug=slug, locale=self.german, **fields)
        main = self.occupations[occupation * variants]
        other = self.rng.choice(self.occupations)
        page.reference_occupations.set([main] if other == main else [main, other])
        return page

    def write_profiles(self, batch, parents):
        if not batch:
            return
        pages = [page for _country, _english, page in batch]
        originals = [(page, english) for _country, english, page in batch if english]
        with search_values_read_once():  # for Wagtail's search index and the portal's
            create_pages([(country, page) for country, _english, page in batch], None, live=True)
            english = (
                self.translate_pages(
                    [page for page, _parent in originals], [parent for _page, parent in originals]
                )
                if originals
                else []
            )
            index_new_pages(pages + english, parents)
        self.profile_keys += [(page.pk, page.reference_occupations.all()[0].pk) for page in pages]
        self.submit_for_review(pages + english)
        self.counts["German profiles"] += len(pages)
        self.counts["English profiles"] += len(english)
        self.texts.english.clear()  # the pairs of this batch are used; keep memory flat
        reset_queries()  # with DEBUG on, Django keeps each query's SQL: megabytes per batch
        self.log(f"  {self.counts['German profiles']} German profiles written")

    def submit_for_review(self, pages):
        """The first `in_review` profiles (in the order written) get a newer draft revision by
        an editor, submitted to their workflow, as an import leaves a changed profile."""
        room = self.in_review - self.counts["in review"]
        pages = pages[: max(room, 0)]
        if not pages:
            return
        editor = self.editors[self.counts["in review"] % len(self.editors)]
        for page in pages:
            page.summary += REVIEW_NOTE
        insert_revisions(pages, editor)
        save_log_entries(
            [
                log_entry(
                    page,
                    "wagtail.edit",
                    editor,
                    revision=page.latest_revision,
                    content_changed=True,
                )
                for page in pages
            ]
        )
        plans = []
        for page in pages:
            parent_path = page.path[: -page.steplen]
            if parent_path not in self.workflows:
                workflow = Page.objects.get(path=parent_path).get_workflow()
                task = workflow.tasks.filter(active=True).first().specific
                self.workflows[parent_path] = (workflow, task)
            plans.append(ReviewPlan(page, *self.workflows[parent_path]))
        start_workflows(plans, editor)
        self.counts["in review"] += len(pages)

    # -- recognition outcomes -------------------------------------------------------------------

    def outcomes(self):
        chamber_pages = list(
            ChamberOutcomesPage.objects.filter(locale=self.german).order_by("path")
        )
        placed = []
        for number in range(self.scale.outcomes):
            profile_pk, occupation_pk = self.rng.choice(self.profile_keys)
            page = RecognitionOutcomePage(
                title=f"Bescheid {number + 1}",
                slug=f"bescheid-{number + 1}",
                locale=self.german,
                profile_id=profile_pk,
                reference_occupation_id=occupation_pk,
                **self.texts.outcome_fields(),
            )
            placed.append((chamber_pages[number % len(chamber_pages)], page))
        for start in range(0, len(placed), BATCH):
            with search_values_read_once():
                index_new_pages(create_pages(placed[start : start + BATCH], None, live=True))
        self.counts["outcomes"] = len(placed)
