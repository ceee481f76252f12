"""Journey 2: a chamber editor writes a profile; two others approve it before anyone reads it."""

import re

from django.utils import timezone
from playwright.sync_api import expect

from pages.models import CountryProfilePage, ProfessionalProfilePage
from tests.browser.actions import (
    remove_pages,
    screenshot,
    staff_page,
    wait_for_autosave,
    workflow_action,
)

TITLE = "Fliesenleger/-in (Seramik Karo Kaplamacılığı)"
PARAGRAPH = "Die Abschlussprüfung besteht aus einem praktischen und einem schriftlichen Teil."


def assert_saved(editor):
    """Fail with the fields the admin refused, if it refused any."""
    editor.wait_for_load_state()
    errors = editor.locator(".w-field--error").evaluate_all(
        "fields => fields.map(f => f.innerText.trim().slice(0, 200))"
    )
    assert not errors, errors


def write_profile(editor, turkey):
    editor.goto(f"/admin/pages/{turkey.pk}/")
    editor.get_by_role("link", name="Add child page").click()
    editor.get_by_role("textbox", name="Title*").fill(TITLE)
    editor.get_by_role("textbox", name="Name in the original language*").fill(
        "Seramik Karo Kaplamacılığı"
    )
    editor.get_by_role("combobox", name="Qualification type*").select_option(index=1)
    editor.get_by_role("combobox", name="ISCED 2011 level*").select_option(index=2)
    editor.get_by_role("spinbutton", name="Duration in months*").fill("36")
    editor.get_by_role("textbox", name="Short description*").fill(
        "Dreijährige Berufsausbildung an einer Berufsfachschule."
    )
    # StreamField: one profile section with a heading and a rich-text paragraph.
    body = editor.locator("[data-contentpath=body]")
    body.get_by_role("button", name="Insert a block").first.click()
    body.get_by_role("combobox", name="Topic*").select_option(index=1)
    body.get_by_role("textbox", name="Heading").fill("Prüfung")
    body.get_by_role("button", name="Insert a block").nth(1).click()
    editor.get_by_role("option", name="Paragraph").click()
    # The paragraph's rich-text editor mounts after the block is inserted: type into it only
    # once it is there, and see the text in it before leaving it.
    rich_text = body.locator(".Draftail-Editor [contenteditable='true']")
    expect(rich_text).to_have_count(1)
    rich_text.click()
    editor.keyboard.type(PARAGRAPH)
    expect(rich_text).to_contain_text(PARAGRAPH)
    body.get_by_role("textbox", name="Heading").focus()  # Draftail hands its text over on blur
    # What the form will send: the paragraph as Draftail stored it.
    paragraph = editor.locator("input[name='body-0-value-content-0-value']")
    expect(paragraph).to_have_value(re.compile("Abschlussprüfung"))
    wait_for_autosave(editor)


def test_profile_goes_live_only_through_quality_control(new_context, page):
    turkey = CountryProfilePage.objects.get(locale__language_code="de", slug="tuerkei")
    remove_pages(title=TITLE)

    editor = staff_page(new_context, "editor")
    write_profile(editor, turkey)
    screenshot(editor, "2-editor-writes-profile")

    # Submitted to quality control: still nothing public.
    workflow_action(editor, "Submit to Quality control")
    assert_saved(editor)
    expect(editor.locator(".messages")).to_contain_text("submitted for moderation")
    profile = ProfessionalProfilePage.objects.get(title=TITLE)
    public_url = f"{turkey.url}{profile.slug}/"
    assert page.goto(public_url).status == 404

    # The editor has no way to publish: no button, and a forged one is refused.
    editor.goto(f"/admin/pages/{profile.pk}/edit/")
    editor.get_by_role("button", name="More actions").click()
    expect(editor.get_by_role("button", name=re.compile("^Publish"))).to_have_count(0)
    editor.keyboard.press("Escape")
    with editor.expect_navigation():
        editor.locator("#page-edit-form").evaluate(
            """form => {
                const forged = document.createElement("button");
                forged.name = "action-publish";
                forged.value = "action-publish";
                form.appendChild(forged);
                form.requestSubmit(forged);
            }"""
        )
    assert page.goto(public_url).status == 404
    profile.refresh_from_db()
    assert not profile.live

    # Stage 1: the reviewer finds it on the workbench and approves.
    reviewer = staff_page(new_context, "reviewer")
    reviewer.get_by_role("link", name=TITLE).first.click()
    screenshot(reviewer, "2-reviewer-opens-submission")
    workflow_action(reviewer, "Approve")
    expect(reviewer.locator(".messages")).to_be_visible()
    assert page.goto(public_url).status == 404, "one approval is not enough"

    # Stage 2: the competent editor's final check publishes it.
    competent = staff_page(new_context, "competent")
    competent.get_by_role("link", name=TITLE).first.click()
    workflow_action(competent, "Approve")
    expect(competent.locator(".messages")).to_be_visible()

    assert page.goto(public_url).status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_text(PARAGRAPH)).to_be_visible()
    reviewed = timezone.localdate().isoformat()  # set by the final approval, never typed
    facts = page.locator("dl.facts div")
    review = facts.filter(
        has=page.locator("dt", has_text=re.compile("Zuletzt geprüft|Last reviewed"))
    )
    expect(review.locator(f"time[datetime='{reviewed}']")).to_have_count(1)
    changed = facts.filter(has=page.locator("dt", has_text=re.compile("Zuletzt geändert|changed")))
    expect(changed.locator(f"time[datetime='{reviewed}']")).to_have_count(1)  # published today
    screenshot(page, "2-profile-live")

    # A change is sent back with a comment, which the editor reads on the workbench.
    editor.goto(f"/admin/pages/{profile.pk}/edit/")
    editor.get_by_role("textbox", name="Short description*").fill(
        "Dreijährige Berufsausbildung, überarbeitet."
    )
    wait_for_autosave(editor)
    workflow_action(editor, "Submit to Quality control")
    expect(editor.locator(".messages")).to_contain_text("submitted for moderation")

    reviewer.goto("/admin/")
    reviewer.get_by_role("link", name=TITLE).first.click()
    workflow_action(reviewer, "Request changes")
    dialog = reviewer.get_by_role("dialog")
    dialog.get_by_role("textbox").fill("Bitte die Rechtsgrundlage ergänzen.")
    dialog.get_by_role("button", name="Request changes").click()
    expect(reviewer.locator(".messages")).to_be_visible()

    editor.goto("/admin/")
    submissions = editor.locator("#my-submissions, section").filter(has_text="My submissions")
    expect(submissions.first).to_contain_text("Bitte die Rechtsgrundlage ergänzen.")
    screenshot(editor, "2-editor-reads-requested-changes")
    expect(page.goto(public_url) and page.get_by_text(PARAGRAPH)).to_be_visible()
