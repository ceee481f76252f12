"""Journey 6: a visitor goes from a professional profile to the authority that assesses it, and
reports an error in the profile.

From the Turkish master craftsperson profile to the competent authority finder (pre-filled with
the profile), a postcode in Munich, the Handwerkskammer für München und Oberbayern and its page
with the contact details; back on the profile, an error report without an account; in both
languages, accessible on the way.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.actions import assert_accessible, screenshot

JOURNEY = {
    "de": {
        "profile": "/de/laender/tuerkei/",
        "title": "Meisterbrief im Berufsfeld Elektrik-Elektronik-Technologie",
        "finder_link": "Wer bewertet diesen Abschluss?",
        "postcode": "Postleitzahl in Deutschland",
        "submit": "Zuständige Stelle finden",
        "phone": "Telefon",
        "report": "Einen Fehler auf dieser Seite melden",
        "text": "Was ist falsch oder fehlt?",
        "send": "Meldung senden",
        "thanks": "Vielen Dank: Ihre Meldung",
    },
    "en": {
        "profile": "/en/countries/turkey/",
        "title": "Master craftsperson certificate in electrical and electronics technology",
        "finder_link": "Who assesses this qualification?",
        "postcode": "Postcode in Germany",
        "submit": "Find the competent authority",
        "phone": "Phone",
        "report": "Report an error on this page",
        "text": "What is wrong or missing?",
        "send": "Send report",
        "thanks": "Thank you: your report",
    },
}
CHAMBER = "Handwerkskammer für München und Oberbayern"


@pytest.mark.parametrize("language", ["de", "en"])
def test_visitor_finds_the_chamber_for_a_profile(new_context, language):
    words = JOURNEY[language]
    page = new_context().new_page()
    page.goto(words["profile"])
    page.locator("main").get_by_role("link", name=words["title"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(words["title"])
    profile_url = page.url

    page.get_by_role("link", name=re.compile(words["finder_link"])).click()
    expect(page).to_have_url(re.compile(r"\?profile=\d+$"))
    expect(page.get_by_text(words["title"])).to_be_visible()  # the profile it asks for
    page.get_by_label(words["postcode"]).fill("80331")
    page.get_by_role("button", name=words["submit"]).click()

    card = page.locator(".chamber-card").filter(has_text=CHAMBER).first
    expect(card).to_be_visible()
    expect(card).to_contain_text("Max-Joseph-Straße 4")
    assert_accessible(page)
    page.get_by_role(
        "heading", name=re.compile("Elektroniker|Electronics")
    ).scroll_into_view_if_needed()
    screenshot(page, f"6-{language}-finder")

    card.get_by_role("link", name=CHAMBER).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CHAMBER)
    expect(page.locator("main")).to_contain_text(words["phone"])
    expect(page.locator("main")).to_contain_text("info@hwk-muenchen.de")
    assert_accessible(page)
    screenshot(page, f"6-{language}-chamber")

    # Back on the profile: an error report, no account needed.
    page.goto(profile_url)
    page.get_by_text(words["report"]).click()
    page.get_by_label(words["text"]).fill("Die Dauer der Ausbildung stimmt nicht.")
    assert_accessible(page)
    page.wait_for_timeout(3100)  # people take longer than the spam check's minimum
    page.get_by_role("button", name=words["send"]).click()
    expect(page.get_by_role("status").filter(has_text=words["thanks"])).to_be_visible()
    screenshot(page, f"6-{language}-error-reported")
