"""Journey 1: a public visitor finds a professional profile and takes it away as a PDF."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.actions import assert_accessible, screenshot

# What the visitor reads on the way, per language of their browser.
JOURNEY = {
    "de": {
        "browser": "de-DE",
        "other": ("English", "/en/"),
        "countries": "Länder",
        "letter": "T",
        "country": "Türkei",
        "search": "Elektroniker",
        "facet": ("Land", "Türkei"),
    },
    "en": {
        "browser": "en-GB",
        "other": ("Deutsch", "/de/"),
        "countries": "Countries",
        "letter": "T",
        "country": "Türkiye",
        "search": "electronics",
        "facet": ("Country", "Türkiye"),
    },
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_visitor_finds_a_profile_and_downloads_it(new_context, language):
    words = JOURNEY[language]
    page = new_context(locale=words["browser"]).new_page()

    # Sent from / to the language of the browser, and able to switch.
    page.goto("/")
    expect(page).to_have_url(re.compile(f"/{language}/$"))
    expect(page.locator("html")).to_have_attribute("lang", language)
    screenshot(page, f"1-{language}-home")
    other_name, other_home = words["other"]
    page.get_by_role("navigation", name=re.compile("Sprache|Language")).get_by_role(
        "link", name=other_name
    ).click()
    expect(page).to_have_url(re.compile(f"{other_home}$"))
    page.go_back()

    # The country A-Z, one letter, one country.
    main_navigation = page.get_by_role("navigation", name=re.compile("Hauptnavigation|Main nav"))
    main_navigation.get_by_role("link", name=words["countries"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(words["countries"])
    page.get_by_role("link", name=words["letter"], exact=True).click()
    country_link = page.locator("main").get_by_role("link", name=words["country"], exact=True)
    expect(country_link).to_be_visible()
    screenshot(page, f"1-{language}-countries")
    country_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(words["country"])
    screenshot(page, f"1-{language}-country")

    # One of its professional profiles.
    profile_link = page.locator("main").get_by_role("link", name=re.compile("Meister|Master")).first
    profile_title = profile_link.inner_text().strip()
    profile_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(profile_title)
    screenshot(page, f"1-{language}-profile")

    # The PDF of the profile, in the page's language.
    with page.expect_response(re.compile(r"/pdf/$")) as pdf_response:
        page.get_by_role("link", name=re.compile("PDF")).click()
    assert pdf_response.value.header_value("content-type") == "application/pdf"
    # Chromium shows it in its viewer; the file itself, as a download would save it:
    pdf = page.request.get(pdf_response.value.url)
    assert pdf.body().startswith(b"%PDF-")
    page.go_back()

    # Search, then narrow by a facet.
    search = page.get_by_role("search").get_by_role("combobox")
    search.fill(words["search"])
    search.press("Enter")
    results = page.get_by_role("heading", level=2, name=re.compile(r"\d+"))
    expect(results).to_be_visible()
    total = int(re.search(r"\d+", results.inner_text()).group())
    legend, value = words["facet"]
    page.get_by_role("group", name=legend).get_by_label(re.compile(value)).check()
    page.get_by_role("button", name=re.compile("Filter anwenden|Apply filters")).click()
    expect(page).to_have_url(re.compile(r"country=TR"))
    narrowed = int(re.search(r"\d+", results.inner_text()).group())
    assert 0 < narrowed <= total
    for title in page.locator(".search-result h3").all_inner_texts():
        assert title  # every result has a title to read
    screenshot(page, f"1-{language}-search")
    assert_accessible(page)
