"""The WSGI application; settings from DJANGO_SETTINGS_MODULE (portal.settings.dev if unset)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

application = get_wsgi_application()
