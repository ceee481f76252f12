"""Accessibility to BITV 2.0 / WCAG 2.1 AA: axe-core finds no violation on the key pages in
every language (Arabic right to left among them), and the site works with the keyboard alone."""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from pages.models import (
    CountryIndexPage,
    CountryProfilePage,
    ProfessionalProfilePage,
    RestrictedAreaPage,
)
from tests.browser.actions import (
    assert_accessible,
    demo_code,
    screenshot,
    sign_in_on_site,
    tab_to,
)

PUBLIC_PAGES = ["home", "countries", "country", "profile", "search", "register", "login"]
LANGUAGES = ["de", "en", "uk", "ar"]
QUERIES = {"de": "Elektroniker", "en": "electronics", "uk": "електромонтер", "ar": "الكهرباء"}


def url_of(name, language):
    country = CountryProfilePage.objects.get(locale__language_code=language, iso_code="TR")
    if name == "country":
        return country.url
    if name == "profile":
        profiles = ProfessionalProfilePage.objects.child_of(country).live().public()
        return profiles.order_by("path").first().url
    if name == "home":
        return f"/{language}/"
    if name == "countries":
        return CountryIndexPage.objects.get(locale__language_code=language).url
    with translation.override(language):
        url = reverse(name)
    return url + (f"?q={QUERIES[language]}" if name == "search" else "")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_pages_pass_axe(page, language, name):
    response = page.goto(url_of(name, language))
    assert response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_accessible(page)


@pytest.mark.parametrize("language", ["de", "en"])
def test_restricted_area_passes_axe(new_context, language):
    page = new_context().new_page()
    workspace = RestrictedAreaPage.objects.get(locale__language_code=language)
    page.goto(workspace.url)
    assert_accessible(page)  # the sign-in form it sends to
    sign_in_on_site(page, "editor", check_accessible=True)  # and the code form
    expect(page).to_have_url(re.compile(f"{workspace.url}$"))
    assert_accessible(page)
    for section in workspace.get_children().live().specific():
        page.goto(section.url)
        assert_accessible(page)


def test_skip_link_and_main_navigation_by_keyboard(page):
    page.goto("/de/")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.innerText") == "Zum Hauptinhalt springen"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"

    page.goto("/de/")
    tab_to(page, "Länder")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/de/laender/$"))
    tab_to(page, "T")  # the A-Z letters are links too
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"letter=T"))


def test_language_switcher_by_keyboard(page):
    page.goto("/de/laender/tuerkei/")
    tab_to(page, "English")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/countries/turkey/$"))
    tab_to(page, "Deutsch")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/de/laender/tuerkei/$"))


def test_search_suggestions_and_facets_by_keyboard(page):
    page.goto("/de/")
    tab_to(page, "Suche")  # the search field in the header
    combobox = page.get_by_role("banner").get_by_role("combobox")
    expect(combobox).to_be_focused()
    page.keyboard.type("Elektroni")
    expect(combobox).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("ArrowDown")
    active = combobox.get_attribute("aria-activedescendant")
    expect(page.locator(f"#{active}")).to_have_attribute("aria-selected", "true")
    screenshot(page, "keyboard-search-suggestions")
    page.keyboard.press("Escape")
    expect(combobox).to_have_attribute("aria-expanded", "false")
    expect(combobox).to_have_value("Elektroni")  # Escape closes the list, keeps the text
    page.keyboard.type("ker")
    page.keyboard.press("Enter")  # no suggestion chosen: the search itself
    expect(page).to_have_url(re.compile(r"/de/suche/\?q=Elektroniker"))

    tab_to(page, r"Türkei \(\d+\)")
    page.keyboard.press("Space")
    tab_to(page, "Filter anwenden")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"country=TR"))
    expect(page.get_by_role("checkbox", name=re.compile("Türkei"))).to_be_checked()

    # A suggestion chosen with the arrow keys and Enter opens its page.
    combobox = page.get_by_role("combobox", name="Nach Abschluss, Beruf oder Land suchen")
    combobox.fill("")
    combobox.focus()
    page.keyboard.type("Türk")
    expect(combobox).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page).not_to_have_url(re.compile(r"/suche/"))


def test_forms_by_keyboard(page):
    page.goto("/de/registrieren/")
    tab_to(page, "Antrag senden")
    page.keyboard.press("Enter")  # nothing filled in
    summary = page.get_by_role("alert")
    expect(summary).to_be_visible()
    screenshot(page, "keyboard-registration-errors")

    page.goto("/de/anmelden/")
    tab_to(page, r"Benutzername.*")
    page.keyboard.type("editor")
    page.keyboard.press("Tab")
    page.keyboard.type(settings.DEMO_PASSWORD)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/"))
    expect(page.get_by_label("Code")).to_be_focused()  # the code field has the focus
    page.keyboard.type(demo_code("editor"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/de/arbeitsbereich/$"))
