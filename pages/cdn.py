"""Purges of a CDN in front of the portal (wagtail.contrib.frontend_cache), beyond Wagtail's own.

Public pages may be held by shared caches for settings.PORTAL_CACHE_SECONDS["page_shared"]
(pages.page_cache). Wagtail purges a page's own URLs when it is published or unpublished; the
portal also purges, once the change's transaction has committed:

- a page and its live descendants when a view restriction is put on it (a page closed to the
  public must leave the CDN at once; privacy mirrors the restriction to every translation,
  which purges each language's subtree);
- a page's translations when it is published or unpublished (they show whether the original
  changed, and link to it in the language switcher and hreflang);
- a moved page's subtree at its old addresses, a deleted page at its address (its descendants
  are deleted one by one, each purging its own).

What pages show from elsewhere (the menu, snippets, sites) reaches a CDN within the shared
lifetime; the portal's own page cache is current at once. Without a configured CDN
(settings.WAGTAILFRONTENDCACHE empty) nothing is done.
"""

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_after_commit(pages):
    """Purge the URLs `pages` have now, once the current transaction commits."""
    batch = PurgeBatch()
    batch.add_pages(pages)
    if batch.urls:
        transaction.on_commit(batch.purge)


def live_subtree(page):
    return Page.objects.descendant_of(page, inclusive=True).live()


def restriction_saved(sender, instance, raw=False, **kwargs):
    """A view restriction put on (or changed on) a page takes its subtree out of the CDN."""
    if configured() and not raw:
        purge_after_commit(live_subtree(instance.page))


def page_published(sender, instance, **kwargs):
    """Published or unpublished: Wagtail purges the page itself, the portal its translations."""
    if configured():
        purge_after_commit(instance.get_translations().live())


def page_moving(sender, instance, **kwargs):
    """Before a move, the subtree's addresses are still the old ones."""
    if configured():
        purge_after_commit(live_subtree(instance))


def page_deleted(sender, instance, **kwargs):
    if configured() and instance.live and instance.depth > 1:
        purge_after_commit([instance])
