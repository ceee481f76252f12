"""URLs of the second factor and the rate-limited password reset, under /admin/ but before
Wagtail's own admin URLs (portal.urls): the second factor's pages are for every signed-in user,
with or without admin access, and the reset form takes the place of Wagtail's."""

from django.urls import path

from . import views

urlpatterns = [
    path("two-factor/verify/", views.VerifyView.as_view(), name="two_factor_verify"),
    path("two-factor/setup/", views.SetupView.as_view(), name="two_factor_setup"),
    path("password_reset/", views.PasswordResetView.as_view(), name="password_reset"),
]
