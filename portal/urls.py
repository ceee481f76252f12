"""Admin, documents, media and the API live outside i18n_patterns; pages under /de/ and /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps import views as sitemap_views
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views
from authorities.sitemap import ChamberSitemap
from feedback import views as feedback_views
from pages import routing
from pages.feeds import ProfileChanges
from pages.sitemap import PortalSitemap, sitemap_index
from portal import security
from privacy import media
from search import views as search_views

SITEMAPS = {"pages": PortalSitemap, "chambers": ChamberSitemap}


def favicon(request):
    """Browsers ask for /favicon.ico wherever a page names no icon (PDFs, for one)."""
    return redirect(static("img/favicon.svg"), permanent=True)


handler500 = "portal.errors.server_error"  # the page names the request id (portal.logs)

urlpatterns = [
    path("favicon.ico", favicon),
    path(".well-known/security.txt", security.security_txt, name="security_txt"),
    path(settings.CSP_REPORT_PATH.strip("/") + "/", security.csp_report, name="csp_report"),
    path("sitemap.xml", sitemap_index, {"sitemaps": SITEMAPS}, name="sitemap_index"),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    # The second factor's pages and the rate-limited password reset (accounts.urls) first.
    path("admin/", include("accounts.urls")),
    path("admin/", include(wagtailadmin_urls)),
    # The authorities' API is the portal's own (api app); Wagtail's v3 API is not mounted.
    path("api/", include("api.urls")),
    path("documents/", include(wagtaildocs_urls)),
    # Uploaded files only through Django, with the collection's privacy checked (privacy.media).
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media.serve_media, name="media"),
]

# "/" has no language prefix: LocaleMiddleware redirects it by Accept-Language (German default).
urlpatterns += i18n_patterns(
    path(_("register/"), account_views.register, name="register"),
    path(_("login/"), account_views.SignInView.as_view(), name="login"),
    path(_("logout/"), account_views.SignOutView.as_view(), name="logout"),
    path(_("search/"), search_views.search, name="search"),
    path(_("search/suggestions/"), search_views.suggestions, name="search_suggestions"),
    path(_("changes.atom"), ProfileChanges(), name="profile_changes"),
    path(_("feedback/<int:page_id>/report/"), feedback_views.report_error, name="feedback_report"),
    path(_("feedback/<int:page_id>/helpful/"), feedback_views.helpful, name="feedback_helpful"),
    path(_("contact/send/"), feedback_views.contact, name="feedback_contact"),
    path(_("changes/<str:iso_code>.atom"), ProfileChanges(), name="country_profile_changes"),
    # Pages are found by pages.routing in one query, then served by Wagtail's serve view; the
    # same pattern and name as Wagtail's own (after it, in wagtail_urls), which it shadows.
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
