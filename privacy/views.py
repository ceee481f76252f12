"""Views and answers of the privacy app: refusals on the site, guarded wagtail-localize views.

- `refusal` is what every custom serve path (PDF, routable sub-views, JSON) asks before it
  answers: Wagtail's own serve path checks view restrictions, custom ones must not forget to.
- wagtail-localize's translations report has no permission check and lists every source; here
  it requires the submit-translation permission and leaves out pages the user may not read.
- wagtail-localize's "convert to alias" makes a page live at once without publish(): here it
  needs the publish permission on the page, which nobody has where a workflow applies, so no
  translation goes live around review.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.cache import add_never_cache_headers
from wagtail.models import Page
from wagtail_localize.views import convert
from wagtail_localize.views.report import TranslationsReportView

from pages.tree import under

from .rules import hidden_paths, is_hidden


def is_public(page):
    """Whether anonymous visitors may read `page` (no restriction on it or an ancestor)."""
    return not is_hidden(page, AnonymousUser())


def refusal(request, page):
    """None if the request may read `page`; otherwise the sign-in, never cached, as Wagtail
    answers for its own pages (signed-in outsiders too: they may sign in as someone else)."""
    if not is_hidden(page, request.user):
        return None
    response = redirect_to_login(request.get_full_path(), settings.WAGTAIL_FRONTEND_LOGIN_URL)
    add_never_cache_headers(response)
    return response


def hidden_translation_keys(user):
    """Translation keys of the pages `user` may not read (a queryset, for subqueries)."""
    return Page.objects.filter(under(hidden_paths(user))).values("translation_key")


class GuardedTranslationsReportView(TranslationsReportView):
    """wagtail-localize's translations report, for those who may submit translations, without the
    pages they may not read."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtail_localize.submit_translation"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        hidden = hidden_translation_keys(self.request.user)
        return super().get_queryset().exclude(source__object_id__in=hidden).order_by("-pk")


def guarded_convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id, alias_of_id__isnull=True).specific
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)
