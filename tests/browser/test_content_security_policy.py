"""The public site's Content-Security-Policy in Chromium: an inline script that got into a page
(as a stored XSS payload would) does not run, while the site's own script file does."""

import pytest
from playwright.sync_api import expect

# Inserted into the page as markup from the server would be: a script element, an event handler
# attribute and a javascript: URL. None may run.
INJECT = """() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
        window.violations.push(event.effectiveDirective);
    });
    const script = document.createElement("script");
    script.textContent = "window.injected = 'script';";
    document.body.appendChild(script);
    const holder = document.createElement("div");
    holder.innerHTML = '<img src="/static/img/favicon.svg" onload="window.injected = 1">'
        + '<a id="xss-link" href="javascript:window.injected = 2">x</a>';
    document.body.appendChild(holder);
}"""


@pytest.mark.parametrize("path", ["/de/", "/en/search/"])
def test_inline_script_is_blocked_on_public_pages(page, path):
    response = page.goto(path)
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    page.evaluate(INJECT)
    page.locator("#xss-link").click()
    page.wait_for_function("window.violations.length >= 3")
    assert page.evaluate("window.injected") is None
    violations = page.evaluate("window.violations")
    assert set(violations) == {"script-src-elem", "script-src-attr"}


def test_the_autocomplete_script_still_runs(page):
    page.goto("/de/suche/")
    field = page.get_by_role("combobox").first
    field.fill("Tür")
    expect(page.get_by_role("option").first).to_be_visible()


def test_a_page_from_the_page_cache_keeps_a_working_policy(page):
    """The page cache stores a page with its headers: its policy needs no nonce, so the second
    visit (a hit) loads the site's script file without a violation and still blocks inline
    script."""
    page.add_init_script(
        """window.loadViolations = [];
        document.addEventListener("securitypolicyviolation",
            (event) => window.loadViolations.push(event.effectiveDirective));"""
    )
    page.goto("/de/laender/")
    response = page.goto("/de/laender/")
    assert response.headers["x-page-cache"] == "hit"
    assert response.headers["cache-control"] == "public, max-age=0, s-maxage=300"
    assert "'nonce-" not in response.headers["content-security-policy"]
    page.wait_for_load_state("load")
    assert page.evaluate("window.loadViolations") == []
    loaded = page.evaluate(
        "performance.getEntriesByType('resource').map((entry) => entry.name)"
        ".filter((name) => name.includes('autocomplete'))"
    )
    assert loaded
    page.evaluate(INJECT)
    page.locator("#xss-link").click()
    page.wait_for_function("window.violations.length >= 3")
    assert page.evaluate("window.injected") is None
