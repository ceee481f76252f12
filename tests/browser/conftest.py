"""Browser tests: Playwright drives Debian's Chromium against a live server of the test database.

They run in a pytest session of their own (`make test` runs `pytest tests/browser` after the rest
of the suite): the demo content of `make run` is loaded once, committed, and shared by every
journey, so no test transaction may wrap it. In a session that collects other tests too, the
browser tests are deselected with a note (they would leave the demo content behind for the
others). Without Chromium they are skipped with the reason, except in CI, where that is an error.
"""

import os
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import setup_databases, teardown_databases
from pytest_django.live_server_helper import LiveServer

HERE = Path(__file__).parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def pytest_collection_modifyitems(config, items):
    in_browser = [item for item in items if HERE in item.path.parents]
    if not in_browser:
        return
    if len(in_browser) < len(items):
        config.hook.pytest_deselected(items=in_browser)
        items[:] = [item for item in items if item not in in_browser]
        config.issue_config_time_warning(
            pytest.PytestConfigWarning(
                f"{len(in_browser)} browser tests deselected: they run in a session of their "
                "own, `pytest tests/browser` (make test runs both)."
            ),
            stacklevel=2,
        )
        return
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            raise pytest.UsageError(f"CI needs Chromium for the browser tests: {CHROMIUM} missing")
        skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM} (apt install chromium)")
        for item in in_browser:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def django_db_modify_db_settings():
    """SQLite in a file, not in memory: the live server's threads each open their own connection."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        settings.VAR_DIR.mkdir(exist_ok=True)
        database.setdefault("TEST", {})["NAME"] = str(settings.VAR_DIR / "test-browser.sqlite3")


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_modify_db_settings
):
    """The test database for the session (pytest-django makes one only for tests marked
    django_db, whose transactions would hide the demo content from the live server).
    --reuse-db keeps it between runs, as for the rest of the suite."""
    keepdb = request.config.getoption("reuse_db") and not request.config.getoption("create_db")
    with django_db_blocker.unblock():
        databases = setup_databases(
            verbosity=0, interactive=False, aliases={"default"}, keepdb=keepdb
        )
    yield
    with django_db_blocker.unblock():
        close_lingering_connections()
        teardown_databases(databases, verbosity=0, keepdb=keepdb)


def close_lingering_connections():
    """A request still open when the server stopped (a browser's last fetch) keeps its
    connection, and PostgreSQL drops no database anyone is connected to."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.fixture(scope="session")
def portal(django_db_setup, django_db_blocker):
    """The demo portal of `make run`, served from the test database for the whole session."""
    # Playwright's sync API keeps an event loop in the test thread; the tests' own database
    # reads are plain synchronous code all the same.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with django_db_blocker.unblock():
        if not get_user_model().objects.filter(username="editor").exists():  # else: --reuse-db
            call_command("load_demo_content", stdout=StringIO())
        call_command("rebuild_search_index", stdout=StringIO())
    server = LiveServer("127.0.0.1:0")
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _database(portal, django_db_blocker):
    """The server and the tests' own checks read and write the committed demo content."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="session")
def base_url(portal):
    return portal.url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}}
