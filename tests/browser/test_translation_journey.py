"""Journey 3: a translator takes a German profile to a reviewed English page."""

import datetime

import pytest
from playwright.sync_api import expect

from moderation.publishing import trusted_publication
from pages.choices import QualificationType
from pages.models import CountryProfilePage, ProfessionalProfilePage
from tests.browser.actions import remove_pages, screenshot, staff_page

ENGLISH_TITLE = "Baker (Türkiye: Fırıncılık)"
ENGLISH_SLUG = "baker-turkiye"


@pytest.fixture
def german_profile():
    """A German profile that passed quality control and has no English version yet."""
    turkey = CountryProfilePage.objects.get(locale__language_code="de", slug="tuerkei")
    remove_pages(slug__in=["baecker-in-tuerkei-firincilik", ENGLISH_SLUG])
    profile = ProfessionalProfilePage(
        title="Bäcker/-in (Türkei: Fırıncılık)",
        slug="baecker-in-tuerkei-firincilik",
        original_name="Fırıncılık",
        qualification_type=QualificationType.SCHOOL,
        isced_level=3,
        duration_months=36,
        summary="Dreijährige schulische Ausbildung im Bäckerhandwerk.",
        last_reviewed=datetime.date(2026, 11, 2),
    )
    with trusted_publication():
        turkey.add_child(instance=profile)
        profile.save_revision().publish()
    return profile


def edit_segment(page, new_text):
    """Open the first visible string of the translation editor, replace it, save it."""
    page.get_by_role("button", name="Edit", exact=True).locator("visible=true").first.click()
    page.locator("textarea").locator("visible=true").first.fill(new_text)
    page.get_by_role("button", name="Save", exact=True).locator("visible=true").first.click()


def test_translator_brings_a_profile_into_english(new_context, german_profile, page):
    translator = staff_page(new_context, "translator")
    translator.get_by_role("link", name=f"Translate: {german_profile.title}").click()
    translator.get_by_label("English").check()
    translator.get_by_role("button", name="Submit").click()
    expect(translator.locator(".messages")).to_contain_text("submitted for translation")

    # Dummy machine translation first, then the translator's own title and slug.
    translator.get_by_role("button", name="Translate with Dummy translator").first.click()
    expect(translator.locator(".messages")).to_contain_text("Successfully translated")
    edit_segment(translator, ENGLISH_TITLE)
    translator.get_by_role("tab", name="Promote").click()
    edit_segment(translator, ENGLISH_SLUG)
    translator.get_by_role("tab", name="Content").click()
    screenshot(translator, "3-translator-edits-translation")

    # At the end of the editor; then a page that says what happens next, and its button.
    translator.get_by_role("link", name="Submit translation for review").click()
    translator.get_by_role("button", name="Submit translation for review").click()
    expect(translator.locator(".messages")).to_be_visible()

    english_url = f"/en/countries/turkey/{ENGLISH_SLUG}/"
    assert page.goto(english_url).status == 404, "nothing English is live before review"

    # Each stage approves from the workbench's "Awaiting your review" list.
    for approver in ("reviewer", "competent"):
        reviewer = staff_page(new_context, approver)
        submission = reviewer.get_by_role("row").filter(has_text=ENGLISH_TITLE)
        submission.get_by_role("button", name="Actions").click()
        screenshot(reviewer, f"3-{approver}-approves-translation")
        reviewer.get_by_role("button", name="Approve", exact=True).click()
        expect(submission).to_have_count(0)  # off the list: approved

    assert page.goto(english_url).status == 200
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(ENGLISH_TITLE)
    screenshot(page, "3-english-profile-live")
