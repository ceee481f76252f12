"""The ASGI application; settings from DJANGO_SETTINGS_MODULE (portal.settings.dev if unset)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

application = get_asgi_application()
