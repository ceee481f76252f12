"""Arabic reads right to left: the page says so, the layout is mirrored, Latin names and codes
inside Arabic text keep their order, and the keyboard works as in the other languages."""

import re

from playwright.sync_api import expect

from pages.models import CountryProfilePage, ProfessionalProfilePage
from tests.browser.actions import screenshot, tab_to

# The x of an element's box: its left edge, from the viewport's left.
LEFT = "element => element.getBoundingClientRect().left"


def syria(language="ar"):
    return CountryProfilePage.objects.get(locale__language_code=language, iso_code="SY")


def test_an_arabic_page_is_right_to_left_and_mirrored(page):
    country = syria()
    profile = ProfessionalProfilePage.objects.child_of(country).live().order_by("path").first()
    page.goto(profile.url)
    html = page.locator("html")
    expect(html).to_have_attribute("dir", "rtl")
    expect(html).to_have_attribute("lang", "ar")
    assert page.evaluate("() => getComputedStyle(document.body).direction") == "rtl"

    # Navigation: the menu starts at the right, the language switcher ends at the left.
    menu = page.locator(".main-nav").evaluate(LEFT)
    switcher = page.locator(".language-switcher").evaluate(LEFT)
    assert switcher < menu
    # Breadcrumbs: home is the rightmost crumb.
    crumbs = page.locator(".breadcrumbs li")
    assert crumbs.first.evaluate(LEFT) > crumbs.last.evaluate(LEFT)
    # The facts beside each other: the first one on the right.
    facts = page.locator(".facts > div")
    assert facts.first.evaluate(LEFT) > facts.nth(1).evaluate(LEFT)
    screenshot(page, "7-ar-profile")


def test_latin_names_and_codes_are_isolated_in_arabic_text(page):
    page.goto(syria().url)
    code = page.locator("dd bdi", has_text="SY")
    expect(code).to_have_count(1)
    assert code.evaluate("element => getComputedStyle(element).unicodeBidi") == "isolate"
    # Links to the German and English pages of untranslated countries are marked as such.
    page.goto(page.locator(".breadcrumbs a").nth(1).get_attribute("href"))
    other = page.locator('.untranslated a[lang="de"]').first
    expect(other).to_have_attribute("dir", "auto")
    assert other.evaluate("element => getComputedStyle(element).direction") == "ltr"


def test_arabic_and_ukrainian_by_keyboard(page):
    page.goto("/ar/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the skip link, first in Arabic as in every language
    assert page.evaluate("() => document.activeElement.id") == "main"

    page.goto(syria("de").url)
    tab_to(page, "العربية")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(syria().url.split("/")[1]) + "/"))
    expect(page.locator("h1")).to_have_text("سوريا")
    tab_to(page, "Українська")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "uk")
    expect(page.locator("h1")).to_have_text("Сирія")

    # The demo's profile corrected by hand (the others are machine sample text).
    ukraine = CountryProfilePage.objects.get(locale__language_code="uk", iso_code="UA")
    profile = ProfessionalProfilePage.objects.child_of(ukraine).get(title__startswith="Електро")
    page.goto(profile.url)
    expect(page.locator("h1")).to_have_text(profile.title)
    screenshot(page, "7-uk-profile")
