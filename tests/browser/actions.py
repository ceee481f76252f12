"""What the journeys do again and again: sign in, check accessibility, keep screenshots."""

import os
import re
import time
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect
from wagtail.models import Page as WagtailPage

from accounts import two_factor

# Artefacts of every run; `make screenshots` writes the current ones to docs/screenshots.
SCREENSHOTS = Path(os.environ.get("BROWSER_SCREENSHOTS", settings.VAR_DIR / "browser-screenshots"))
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PASSWORD = settings.DEMO_PASSWORD
AXE = Axe()


def remove_pages(**lookup) -> None:
    """Pages a journey writes, left by an earlier run on a kept database (--reuse-db)."""
    for page in WagtailPage.objects.filter(**lookup).specific():
        page.delete()


def screenshot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png")


def assert_accessible(page: Page) -> None:
    """No violation of WCAG 2.1 A or AA that axe-core can find on the page as it is now."""
    results = AXE.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def demo_code(username: str) -> str:
    """The code the demo account's authenticator shows (its secret is known: accounts.two_factor);
    the next step's if this step's code was used already, after waiting if need be."""
    device = two_factor.totp_device(get_user_model().objects.get(username=username))
    code = two_factor.next_code(device)
    while code is None:  # this step's and the next one's codes were used: wait for a new one
        time.sleep(1)
        code = two_factor.next_code(device)
    return code[0]


def give_code(page: Page, username: str, check_accessible: bool = False) -> None:
    """The second step of every sign-in of a demo account: the authenticator's code."""
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/"))
    if check_accessible:
        assert_accessible(page)
    page.get_by_label("Code").fill(demo_code(username))
    page.get_by_role("button", name=re.compile("Confirm|Bestätigen")).click()


def sign_in_to_admin(page: Page, username: str) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    give_code(page, username)
    expect(page).to_have_url(re.compile(r"/admin/$"))


def sign_in_on_site(page: Page, username: str, check_accessible: bool = False) -> None:
    """The public sign-in form, on whichever language's page it is open, and the code."""
    page.get_by_label(re.compile("Benutzername|Username")).fill(username)
    page.get_by_label(re.compile("Passwort|Password")).fill(PASSWORD)
    page.locator("main").get_by_role("button", name=re.compile("Anmelden|Log in")).click()
    give_code(page, username, check_accessible)


def staff_page(new_context, username: str) -> Page:
    """A browser of its own for one member of staff, signed in to the admin (in English)."""
    page = new_context(locale="en-GB").new_page()
    sign_in_to_admin(page, username)
    return page


def wait_for_autosave(page: Page) -> None:
    """The admin saves a draft half a second after each change; a submit sent while that save
    is still on its way can race it, so wait until it is done."""
    page.wait_for_timeout(1000)
    page.wait_for_function(
        """() => {
            const indicator = document.getElementById("w-autosave-indicator");
            return !indicator || indicator.dataset.wAutosaveStateValue !== "saving";
        }"""
    )
    state = page.locator("#w-autosave-indicator").get_attribute("data-w-autosave-state-value")
    assert state in (None, "idle", "saved"), f"autosave: {state}"


def workflow_action(page: Page, action: str) -> None:
    """Choose an action from the edit view's footer menu ("More actions")."""
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=action, exact=True).click()


FOCUSED_NAME = """() => {
    const e = document.activeElement;
    const label = e.labels && e.labels.length ? e.labels[0].innerText : "";
    return (e.getAttribute("aria-label") || label || e.innerText || e.value || "").trim();
}"""


def tab_to(page: Page, name: str, limit: int = 80) -> None:
    """Press Tab until the focus is on the element named `name` (a regular expression), and
    check that the focus can be seen there."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if re.fullmatch(name, page.evaluate(FOCUSED_NAME)):
            outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
            assert outline != "none", f"focus on {name!r} is invisible"
            return
    raise AssertionError(f"{name!r} cannot be reached with the Tab key")
