"""The translation app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    """The app of this package, named in INSTALLED_APPS."""

    name = "translation"
    verbose_name = _("Translation")

    def ready(self):
        from .listing import install

        install()
