"""Every role's dashboard costs a fixed number of queries with 3 or 33 pages in review, and the
review panel lists a panel's worth with a link to all (DESIGN section 8)."""

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from workbench.panels import PANEL_SIZE

from .conftest import LARGE, SMALL, in_review, queries, signed_in

ROLES = ["editor", "reviewer", "competent", "translator", "portal_admin", "superuser"]


def test_dashboard_of_every_role_with_more_pages_in_review(world):
    clients = {who: signed_in(world["users"][who]) for who in ROLES}
    before = {who: queries(client, "/admin/")[0] for who, client in clients.items()}
    submitter = get_user_model().objects.get(pk=world["submitter"])
    in_review(Page.objects.get(pk=world["small"]).specific, submitter, LARGE - SMALL, "Mehr")
    after = {who: queries(client, "/admin/")[0] for who, client in clients.items()}
    assert after == before


def test_dashboard_lists_a_panel_of_reviews_and_links_to_all(world):
    """Of the pages in review, the reviewer's panel shows the newest PANEL_SIZE, counts the
    rest, and links to Wagtail's workflow tasks report filtered to the same rules (paginated);
    the submitter, who may not review their own work, gets none of them."""
    panel = review_panel(signed_in(world["users"]["reviewer"]))
    waiting = SMALL + LARGE + 2
    assert panel.count('<td class="title">') == PANEL_SIZE
    assert panel.count('<ul class="actions">') == PANEL_SIZE  # approve, request changes ...
    link = "/admin/reports/workflow_tasks/?reviewable=true"
    assert f'href="{link}"' in panel and f"{waiting - PANEL_SIZE}" in panel
    report = queries(signed_in(world["users"]["reviewer"]), link)[1].content.decode()
    assert report.count("Gross ") >= 1
    assert "Gross 0" not in review_panel(signed_in(world["submitter"]))


def review_panel(client):
    html = queries(client, "/admin/")[1].content.decode()
    return html.split('id="awaiting-my-review-section"')[1].split("</section>")[0]


def test_locked_pages_panel_shows_a_panels_worth(world):
    editor = get_user_model().objects.get(pk=world["users"]["editor"])
    Page.objects.filter(title__startswith="Gross ").update(
        locked=True, locked_by=editor, locked_at=timezone.now()
    )
    html = queries(signed_in(editor.pk), "/admin/")[1].content.decode()
    panel = html.split('id="locked-pages-section"')[1].split("</section>")[0]
    assert panel.count('<td class="title">') == PANEL_SIZE
