"""The portal's own interfaces under /api/ (outside i18n_patterns).

Wagtail's v3 API is deliberately not mounted (DESIGN section 10): anything under /api/ that is
not listed here answers a JSON 404.
"""

from django.urls import include, path, re_path
from rest_framework.routers import SimpleRouter

from . import views
from .base import not_found

app_name = "api"

router = SimpleRouter()
router.register("countries", views.CountryViewSet, basename="country")
router.register("profiles", views.ProfileViewSet, basename="profile")
router.register(
    "reference-occupations", views.ReferenceOccupationViewSet, basename="reference-occupation"
)
router.register("outcomes", views.OutcomeViewSet, basename="outcome")

urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", views.SchemaView.as_view(), name="schema"),
    re_path(r"^.*$", not_found, name="not_found"),
]
