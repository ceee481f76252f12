"""Production settings refuse to start without their secrets."""

import os
import subprocess
import sys

import pytest

CODE = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"


def start(**env):
    environment = {
        key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "DATABASE_URL"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.production", **env)
    return subprocess.run(
        [sys.executable, "-c", CODE], env=environment, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY"),
        ({"DATABASE_URL": "postgres://db/portal"}, "SECRET_KEY"),
        ({"SECRET_KEY": "s3cret-from-the-vault"}, "DATABASE_URL"),
    ],
)
def test_production_refuses_to_start_without_secrets(env, missing):
    result = start(**env)
    assert result.returncode != 0
    assert f"environment variable {missing}" in result.stderr


def test_production_starts_with_secrets():
    result = start(SECRET_KEY="s3cret-from-the-vault", DATABASE_URL="postgres://db/portal")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
