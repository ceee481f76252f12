"""What the page and admin benches request, chosen from the database they run on.

Rules: no slug is written here; every address is a page found by what it is (the country
profile with the most profiles, its first profile, the newest news item, ...), German, live and
public unless it is the restricted area's. The biggest country and a profile of 100 sections
are measured in the admin too; the bench adds that profile once (slug BIG_SLUG), published
beside the biggest country's first profile and made of its sections repeated, and a news item
and a standard page where the dataset has none (the generated portal has no news). Staff sessions
are made in this process the way the test suite's client makes them (signed in, second factor
given) and handed to the HTTP clients as cookies; each is a session of its own.
"""

from itertools import cycle, islice
from urllib.parse import quote_plus

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from moderation.publishing import trusted_publication
from pages.models import (
    CountryIndexPage,
    CountryProfilePage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    OutcomeIndexPage,
    ProfessionalProfilePage,
    RecognitionOutcomePage,
    StandardPage,
)
from portal import roles
from tests.clients import VerifiedClient

BIG_SECTIONS = 100
BIG_SLUG = "bench-profile-100-sections"
SUPERUSER = "bench-superuser"
TEXT = {  # of the bench's news item and standard page: an introduction and three paragraphs
    "intro": "Das Portal informiert über ausländische Berufsqualifikationen.",
    "body": [
        {"type": "paragraph", "value": f"<p>Absatz {number} über die Anerkennung.</p>"}
        for number in range(1, 4)
    ],
}


def german(model):
    return model.objects.live().filter(locale=Locale.objects.get(language_code="de"))


def biggest_country():
    return german(CountryProfilePage).order_by("-numchild", "path").first()


def first_profile(country):
    return (
        german(ProfessionalProfilePage).child_of(country).exclude(slug=BIG_SLUG).order_by("path")
    ).first()


def public_pages():
    """(label, path) of each public page type, for anonymous visitors; the path is None where
    the dataset has no page of the type."""
    country = biggest_country()
    profile = first_profile(country)
    pages = [
        ("home", german(HomePage).first()),
        ("country index", german(CountryIndexPage).first()),
        (f"country profile ({country.numchild:,} profiles, first page)", country),
        (f"professional profile ({len(profile.body)} sections)", profile),
        (f"professional profile ({BIG_SECTIONS} sections)", big_profile()),
        ("news item", news_item()),
        ("standard page", standard_page()),
    ]
    return [(label, page.url if page else None) for label, page in pages]


def search_page():
    """The search page without a query (a view of its own, not a page): (label, path)."""
    with translation.override("de"):
        return "search page (no query)", reverse("search")


def restricted_page():
    """A recognition outcome in the restricted area: (label, path)."""
    outcome = german(RecognitionOutcomePage).order_by("path").first()
    if outcome is None:
        raise SystemExit("The bench database has no recognition outcome.")
    return "recognition outcome (restricted, staff)", outcome.url


def outcome_research():
    """The list of every chamber's outcomes, unfiltered and by one result: [(label, path)]."""
    index = german(OutcomeIndexPage).first()
    if index is None:
        raise SystemExit("The bench database has no outcome index.")
    return [
        ("outcomes research (all, staff)", index.url),
        ("outcomes research (partial, staff)", index.url + "?result=partial"),
    ]


def big_profile():
    """The profile of BIG_SECTIONS sections in the biggest country, made on the first call
    (published, so it has a revision as any other)."""
    country = biggest_country()
    existing = german(ProfessionalProfilePage).filter(slug=BIG_SLUG).first()
    if existing is not None:
        return existing
    source = first_profile(country)
    sections = islice(cycle(source.body.raw_data), BIG_SECTIONS)
    body = [{"type": block["type"], "value": block["value"]} for block in sections]
    with transaction.atomic(), trusted_publication():  # seeded by the system, as the dataset
        copy = source.copy(
            to=country,
            update_attrs={"title": f"{source.title} (100)", "slug": BIG_SLUG, "body": body},
            copy_revisions=False,
            log_action=None,
        )
        copy.save_revision().publish()
    return copy


def news_item():
    """The newest public news item; the generated portal has none, so the bench adds a news
    index and an item under the German home page on the first call."""
    existing = german(NewsPage).public().order_by("-date", "-pk").first()
    if existing is not None:
        return existing
    home = german(HomePage).first()
    index = german(NewsIndexPage).child_of(home).first() or publish(
        home, NewsIndexPage(title="Aktuelles", slug="aktuelles")
    )
    return publish(index, NewsPage(title="Neues aus dem Portal", slug="neues", **TEXT))


def standard_page():
    """The first public standard page; the bench adds one under the German home page where the
    generated portal has none."""
    existing = german(StandardPage).public().order_by("path").first()
    if existing is not None:
        return existing
    home = german(HomePage).first()
    return publish(home, StandardPage(title="Über das Portal", slug="ueber-das-portal", **TEXT))


def publish(parent, page):
    with transaction.atomic(), trusted_publication():  # seeded by the system, as the dataset
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page


def admin_pages(word):
    """(label, path) of the admin views ten editors use at once; `word` is searched."""
    country = biggest_country()
    profile = first_profile(country)
    return [
        ("dashboard", reverse("wagtailadmin_home")),
        (f"explorer of the biggest country ({country.numchild:,})", admin_explore(country)),
        (f"edit view, profile of {len(profile.body)} sections", admin_edit(profile)),
        (f"edit view, profile of {BIG_SECTIONS} sections", admin_edit(big_profile())),
        ("admin search", f"{reverse('wagtailadmin_pages:search')}?q={quote_plus(word)}"),
        ("page chooser in the biggest country", admin_chooser(country)),
    ]


def admin_explore(page):
    return reverse("wagtailadmin_explore", args=[page.pk])


def admin_edit(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def admin_chooser(page):
    return reverse("wagtailadmin_choose_page_child", args=[page.pk])


def chamber_editors():
    """Active chamber editors (by user name)."""
    users = get_user_model().objects.filter(is_active=True, groups__name=roles.CHAMBER_EDITORS)
    editors = list(users.distinct().order_by("username"))
    if not editors:
        raise SystemExit("The bench database has no chamber editor.")
    return editors


def superuser():
    """The bench's own superuser (no password: it signs in here only)."""
    user, _ = get_user_model().objects.get_or_create(
        username=SUPERUSER,
        defaults={"is_superuser": True, "is_staff": True, "email": "bench@example.org"},
    )
    return user


def session_cookies(users, count):
    """`count` signed-in sessions with the second factor given, cycling through `users`."""
    cookies = []
    for number in range(count):
        client = VerifiedClient(HTTP_HOST="127.0.0.1")
        client.force_login(users[number % len(users)])
        name = settings.SESSION_COOKIE_NAME
        cookies.append({name: client.cookies[name].value})
    return cookies


def search_word():
    """A word of the biggest country's first profile's title, as an editor would search it."""
    title = first_profile(biggest_country()).title
    return max(title.split(), key=len).strip("()-,.")
