"""Languages beyond English by configuration: Ukrainian and Arabic (right to left), and any other.

A language is settings, a catalogue and `manage.py add_languages`; its pages are localize
translations of the German ones, reviewed before they go live, edited by its own translators.
"""

import re
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.models import GroupPagePermission, Locale, Page, PageViewRestriction, Site

from demo.languages import approve
from moderation.publishing import trusted_publication
from pages.models import FooterLinks
from pdf.rendering import pdf_context
from portal import roles
from tests.factories.moderation import user_with
from tests.pdf.test_pdf import pdf_text, pdf_url, request_for
from tests.pdf.test_scripts import shown_glyphs
from translation.languages import add_language
from translation.localize import translate_with_localize
from translation.management.commands.check_translations import Command as CheckTranslations

# What the stand-in translators write: a Ukrainian and an Arabic word before the German text.
WORDS = {"uk": "Переклад", "ar": "مدرسة"}
TITLES = {"uk": "Туреччина", "ar": "تركيا"}


def staff():
    return {
        "reviewer": user_with(roles.REGISTERED_STAFF, roles.REVIEWERS, username="rita"),
        "competent": user_with(roles.REGISTERED_STAFF, roles.COMPETENT_EDITORS, username="conny"),
    }


def translator_of(code):
    def translate(text, path):
        if path == "slug":
            return f"{text}-{code}"
        if path == "title" and text == "Türkei":
            return TITLES[code]
        return f"{WORDS[code]} {text}"

    return translate


@pytest.fixture(scope="module")
def further(built_tree, django_db_blocker):
    """Ukrainian and Arabic made by the command's function over the module's tree, the tree's
    country and profile translated by each language's translator and reviewed."""
    with django_db_blocker.unblock(), TestCase.captureOnCommitCallbacks(execute=True):
        users = staff()
        pages = {}
        for code in ("uk", "ar"):
            skeleton = add_language(code)
            users[code] = user_with(roles.translators(code), username=f"translator-{code}")
            with trusted_publication():
                for page in skeleton:
                    approve(page, users)
            made = {}
            for name in ("country", "profile"):
                german = Page.objects.get(pk=built_tree["de"][name][1]).specific
                locale = Locale.objects.get(language_code=code)
                target = translate_with_localize(
                    german, locale, translator_of(code), user=users[code], publish=False
                )
                approve(target, users, requester=users[code])
                made[name] = target.pk
            pages[code] = made
    return {"pages": pages, "users": {name: user.pk for name, user in users.items()}}


def page_of(further, code, name):
    return Page.objects.get(pk=further["pages"][code][name]).specific


def user_of(further, name):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(pk=further["users"][name])


def test_a_language_appears_with_settings_and_the_command(client, db, settings):
    """A fifth language: settings and the command make its locale, translators' group, review
    and skeleton; its address goes to German until a reviewer publishes its home."""
    settings.LANGUAGES = [*settings.LANGUAGES, ("pl", "Polski")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    call_command("add_languages", stdout=StringIO())

    polish = Locale.objects.get(language_code="pl")
    group = Group.objects.get(name="Translators (pl)")
    model = Group.objects.get(name=roles.TRANSLATORS)
    assert set(group.permissions.all()) == set(model.permissions.all())
    home = Page.objects.get(depth=2, locale=polish)
    assert GroupPagePermission.objects.filter(group=group, page=home).count() == 2
    assert not home.live and home.workflow_in_progress
    assert home.get_workflow().name == "Translation review"
    countries = home.get_children().get()
    assert countries.get_workflow().name == "Quality control"
    assert client.get("/pl/").headers["Location"] == "/de/"
    assert 'hreflang="pl"' not in client.get("/de/").content.decode()
    assert 'hreflang="pl"' not in client.get("/de/suche/").content.decode()

    users = staff()
    with trusted_publication():
        approve(home, users)
    html = client.get("/pl/").content.decode()
    assert '<html lang="pl" dir="ltr">' in html
    assert 'hreflang="pl" lang="pl">Polski</a>' in client.get("/de/").content.decode()
    assert 'hreflang="pl" href="' in client.get("/de/suche/").content.decode()
    assert add_language("pl") == []  # nothing twice


def test_a_language_needs_its_catalogue(tmp_path):
    problems = CheckTranslations().check_language(tmp_path, None, "pl")
    assert problems == [f"{tmp_path}/pl/LC_MESSAGES/django.po is missing"]


@pytest.mark.parametrize(("code", "direction"), [("uk", "ltr"), ("ar", "rtl")])
def test_pages_render_in_their_language_and_direction(client, tree, further, code, direction):
    for name in ("country", "profile"):
        response = client.get(page_of(further, code, name).url)
        html = response.content.decode()
        assert response.status_code == 200
        assert f'<html lang="{code}" dir="{direction}">' in html
        assert WORDS[code] in html
    country = client.get(page_of(further, code, "country").url).content.decode()
    assert "<dd><bdi>TR</bdi></dd>" in country  # a Latin code isolated inside the text


def test_switcher_and_hreflang_name_every_live_translation(client, tree, further):
    html = client.get(tree["de"]["profile"].url).content.decode()
    for code in ("uk", "ar"):
        url = page_of(further, code, "profile").url
        assert f'<a href="{url}" hreflang="{code}" lang="{code}"' in html
        assert f'<link rel="alternate" hreflang="{code}"' in html


def test_a_page_without_translation_links_to_the_languages_home(client, tree, further):
    html = client.get(tree["de"]["about"].url).content.decode()
    assert '<a href="/ar/" hreflang="ar" lang="ar"' in html
    assert 'hreflang="ar" href' not in html  # not a translation: not in hreflang


def test_untranslated_countries_are_offered_in_german_and_english(client, tree, further):
    from tests.factories import pages as factories

    factories.CountryProfilePageFactory(
        parent=tree["de"]["countries"], title="Polen", slug="polen", iso_code="PL"
    )
    html = client.get(Page.objects.get(depth=3, locale__language_code="uk").url).content.decode()
    listed, more = html.split('id="untranslated-heading"')
    assert TITLES["uk"] in listed
    assert "Польща" in more and 'href="/de/laender/polen/" hreflang="de" lang="de"' in more


@pytest.mark.parametrize(
    ("code", "query"),
    [
        ("uk", "переклад"),
        ("ar", "مدرسه"),  # heh for teh marbuta: a common spelling finds the other
        ("ar", "مَدْرَسَة"),  # with vowel marks
    ],
)
def test_each_language_searches_its_own_pages(client, tree, further, code, query):
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("rebuild_search_index", stdout=StringIO())
    with translation.override(code):
        url = reverse("search")
    html = client.get(url, {"q": query}).content.decode()
    assert page_of(further, code, "profile").url in html
    assert tree["de"]["profile"].url not in html


def test_a_translation_goes_live_only_through_review(client, tree, further):
    translator = user_of(further, "uk")
    german = tree["de"]["news_index"]
    locale = Locale.objects.get(language_code="uk")
    with pytest.raises(PermissionDenied):
        translate_with_localize(german, locale, translator_of("uk"), user=translator)
    draft = translate_with_localize(
        german, locale, translator_of("uk"), user=translator, publish=False
    )
    assert not draft.live
    assert not draft.permissions_for_user(translator).can_publish()
    assert draft.get_workflow().name == "Translation review"
    reviewer = user_of(further, "reviewer")
    approve(draft, {"reviewer": reviewer, "competent": user_of(further, "competent")},
            requester=translator)  # fmt: skip
    assert Page.objects.get(pk=draft.pk).live


def test_a_translator_edits_only_their_languages_tree(client, tree, further):
    ukrainian = user_of(further, "uk")
    assert page_of(further, "uk", "profile").permissions_for_user(ukrainian).can_edit()
    arabic_page = page_of(further, "ar", "profile")
    assert not arabic_page.permissions_for_user(ukrainian).can_edit()
    assert not tree["en"]["profile"].permissions_for_user(ukrainian).can_edit()
    client.force_login(ukrainian)
    response = client.get(f"/admin/pages/{arabic_page.pk}/edit/")
    assert response.status_code in (302, 403)
    assert (
        client.get(f"/admin/pages/{page_of(further, 'uk', 'profile').pk}/edit/").status_code == 200
    )


@pytest.mark.parametrize(("code", "direction"), [("uk", "ltr"), ("ar", "rtl")])
def test_the_pdf_in_each_language_prints_every_letter(client, tree, further, code, direction):
    profile = page_of(further, code, "profile")
    response = client.get(pdf_url(profile))
    assert response["Content-Type"] == "application/pdf"
    content = b"".join(response.streaming_content) if response.streaming else response.content
    assert not [glyph for glyph in shown_glyphs(content) if glyph[2]]
    if direction == "ltr":
        assert WORDS[code] in re.sub(r"\s+", " ", pdf_text(content))
    context = pdf_context(request_for(path=profile.url), profile)
    assert (context["language_code"], context["direction"]) == (code, direction)


def test_the_footer_offers_legal_pages_a_language_lacks_in_english(client, tree, further):
    links = FooterLinks.for_site(Site.objects.get(is_default_site=True))
    links.imprint = tree["de"]["about"]
    with trusted_publication():
        links.save()
    html = client.get(page_of(further, "ar", "country").url).content.decode()
    footer = html[html.index("<footer") :]
    assert f'href="{tree["en"]["about"].url}" hreflang="en" lang="en" dir="auto"' in footer
    german = client.get(tree["de"]["country"].url).content.decode()
    assert f'<li><a href="{tree["de"]["about"].url}">' in german[german.index("<footer") :]


def test_a_private_country_is_never_offered_in_another_language(client, tree, further):
    from tests.factories import pages as factories

    secret = factories.CountryProfilePageFactory(
        parent=tree["de"]["countries"], title="Geheimland", slug="geheimland", iso_code="XK"
    )
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    for code in ("uk", "ar"):
        index = Page.objects.get(depth=3, locale__language_code=code)
        html = client.get(index.url).content.decode()
        assert "geheimland" not in html.lower()
        assert "Косово" not in html and "كوسوفو" not in html  # its name in the language


@pytest.mark.parametrize(("code", "letters"), [("uk", "Туре"), ("ar", "ترك")])
def test_suggestions_in_each_language(client, tree, further, code, letters):
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("rebuild_search_index", stdout=StringIO())
    with translation.override(code):
        url = reverse("search_suggestions")
    suggestions = client.get(url, {"q": letters}).json()["suggestions"]
    assert page_of(further, code, "country").url in [item["url"] for item in suggestions]


def test_dates_in_the_languages_format_and_the_out_of_date_notice(client, tree, further):
    country = page_of(further, "ar", "country")
    published = timezone.localdate(country.last_published_at)
    with translation.override("ar"):
        arabic_date = date_format(published, "DATE_FORMAT")
    html = client.get(country.url).content.decode()
    assert arabic_date in html and not arabic_date.isascii()
    assert 'class="notice" role="note"' not in html

    german = tree["de"]["country"]
    german.summary = "Neu gefasst."
    with trusted_publication():
        german.save_revision().publish()
    html = client.get(country.url).content.decode()
    notice = html[html.index('class="notice" role="note"') :]
    assert f'href="{german.url}" hreflang="de" lang="de"' in notice[: notice.index("</p>")]


def test_a_translators_dashboard_lists_their_languages_work_only(client, tree, further):
    client.force_login(user_of(further, "uk"))
    html = client.get("/admin/").content.decode()
    panel = html[html.index('id="translations-to-do-content"') :]
    panel = panel[: panel.index("</section>")]
    assert "Українська" in panel and tree["de"]["about"].title in panel
    assert "العربية" not in panel and "English" not in panel


def test_a_language_without_its_own_finder_links_the_english_one(client, tree, further):
    profile = page_of(further, "uk", "profile")
    html = client.get(profile.url).content.decode()
    assert f'href="{tree["en"]["finder"].url}?profile={profile.pk}"' in html
    answer = client.get(f"{tree['en']['finder'].url}?profile={profile.pk}").content.decode()
    assert "Electronics technician" in answer  # the profile's occupation, in the finder's language
