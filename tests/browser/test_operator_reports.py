"""The operator reads the reports in the admin: outcomes per chamber and year, and page views
from the portal's own counts with their monthly chart."""

from playwright.sync_api import expect

from tests.browser.actions import assert_accessible, screenshot, staff_page


def test_the_operator_reads_the_reports(new_context, settings):
    settings.PORTAL_VIEW_COUNTS = {"views": 1, "seconds": 10**9}  # counts written at once
    visitor = new_context(locale="de-DE").new_page()
    for path in ("/de/", "/de/laender/", "/de/", "/de/suche/?q=Elektroniker"):
        visitor.goto(path)

    page = staff_page(new_context, "admin")
    page.goto("/admin/reports/outcome-statistics/")
    expect(page.get_by_role("heading", name="Outcomes per chamber and year")).to_be_visible()
    expect(page.get_by_role("cell", name="Handwerkskammer Hamburg")).to_be_visible()
    assert_accessible(page)
    screenshot(page, "5-report-outcomes")

    page.goto("/admin/reports/page-views/")
    expect(page.locator("[data-chart]")).to_be_visible()
    expect(page.get_by_role("cell", name="BQ-Portal").first).to_be_visible()
    assert_accessible(page)
    screenshot(page, "5-report-page-views")
