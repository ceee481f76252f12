"""Journey 4: the restricted area is for signed-in staff, and closes again when they sign out."""

import re

from playwright.sync_api import expect

from tests.browser.actions import assert_accessible, screenshot, sign_in_on_site

OUTCOME = "Bescheid 2025-014 (Beispiel)"
OUTCOME_TEXT = "Fehlende Inhalte zur Gebäudesystemtechnik"


def test_staff_read_outcomes_and_post_in_the_forum(new_context):
    page = new_context(locale="de-DE").new_page()

    # Anonymous: the workspace sends to the sign-in form, in German.
    page.goto("/de/arbeitsbereich/")
    expect(page).to_have_url(re.compile(r"/de/anmelden/\?next=/de/arbeitsbereich/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Anmelden")
    screenshot(page, "4-sign-in")

    sign_in_on_site(page, "editor")
    expect(page).to_have_url(re.compile(r"/de/arbeitsbereich/$"))
    screenshot(page, "4-workspace")

    # Outcomes: every chamber's in one list, where two chambers decided differently on the
    # same qualification; filtered to partial equivalence; the chamber's page; one outcome.
    main = page.locator("main")
    main.get_by_role("link", name="Anerkennungsergebnisse").click()
    expect(
        main.get_by_role("heading", name="Kammern haben unterschiedlich entschieden")
    ).to_be_visible()
    assert_accessible(page)
    screenshot(page, "4-outcomes-research")
    main.get_by_label("Ergebnis", exact=True).select_option("partial")
    main.get_by_role("button", name="Filtern").click()
    expect(page).to_have_url(re.compile(r"result=partial"))
    expect(main.get_by_role("status")).to_have_text("1 Ergebnis")
    main.get_by_role("link", name=re.compile("München und Oberbayern")).first.click()
    main.get_by_role("link", name=OUTCOME).click()
    expect(page.get_by_text(OUTCOME_TEXT)).to_be_visible()
    outcome_url = page.url
    screenshot(page, "4-outcome")

    # The forum: a new topic, read back.
    page.goto("/de/arbeitsbereich/")
    page.locator("main").get_by_role("link", name="Forum").click()
    page.get_by_label(re.compile("^Titel")).fill("Erfahrungen mit Fachschulabschlüssen")
    page.get_by_label(re.compile("^Text")).fill("Wie bewerten Sie Abschlüsse der Meslek Lisesi?")
    page.get_by_role("button", name="Thema beginnen").click()
    expect(page.get_by_text("Wie bewerten Sie Abschlüsse der Meslek Lisesi?")).to_be_visible()
    screenshot(page, "4-forum-topic")

    # Signed out, the outcome is gone again.
    page.get_by_role("button", name=re.compile("^Abmelden")).click()
    expect(page).to_have_url(re.compile(r"/de/$"))
    page.goto(outcome_url)
    expect(page).to_have_url(re.compile(r"/de/anmelden/"))
    expect(page.get_by_text(OUTCOME_TEXT)).to_have_count(0)
