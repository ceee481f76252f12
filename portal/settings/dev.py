"""Local development: `make run`. SQLite under var/ unless DATABASE_URL says otherwise."""

from .base import *

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-not-for-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

# Log lines as text on the console, with the request id ---------------------------------------
LOGGING["formatters"]["text"] = {
    "format": "{asctime} {levelname} {name} [{request_id}] {message}",
    "style": "{",
}
LOGGING["handlers"]["stdout"]["formatter"] = "text"

# Tasks run at once here (no worker): a PDF pre-render would hold up every publication, and the
# demo content's hundreds of them `make run` (production renders them on its workers).
PDF_PRERENDER = False
