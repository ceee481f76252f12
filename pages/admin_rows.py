"""What the admin's page chooser shows of each row (its parent, its locale), fetched for all rows
at once: Wagtail's templates ask each row, a query each (portal.frameworks.wagtail
.prepare_page_chooser_rows applies it)."""

from wagtail.models import Locale, Page

from portal.frameworks.treebeard import remember_parent


def fetch_parents_and_locales(pages):
    """Give each of `pages` its parent and its locale, in two queries for all of them."""
    parent_paths = {page.path[: -Page.steplen] for page in pages if page.depth > 1}
    parents = {
        parent.path: parent
        for parent in Page.objects.filter(path__in=parent_paths).select_related("locale")
    }
    locales = Locale.objects.in_bulk()
    for page in pages:
        parent = parents.get(page.path[: -Page.steplen])
        if parent is not None:
            remember_parent(page, parent)
        if page.locale_id in locales:
            page.locale = locales[page.locale_id]
