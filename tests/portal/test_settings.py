"""Production settings: refuse to start without their secrets or with demo, debug or wildcard
settings; `check --deploy` reports nothing; the demo loader refuses to run. Each in a process of
its own, as an operator would start it."""

import os
import secrets
import subprocess
import sys

import pytest

CODE = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
MANAGE = [sys.executable, "manage.py"]


def production_env(**env):
    """The environment of a production start: the variables it needs, none of the test run's."""
    removed = {"SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "DEMO_PASSWORD", "DEBUG"}
    environment = {key: value for key, value in os.environ.items() if key not in removed}
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.production", **env)
    return {key: value for key, value in environment.items() if value is not None}


NEEDED = {
    "SECRET_KEY": "s3cret-from-the-vault",
    "DATABASE_URL": "postgres://db/portal",
    "ALLOWED_HOSTS": "bq-portal.example",
    "SECURITY_TXT_CONTACT": "mailto:security@bq-portal.example",
    "SECURITY_TXT_EXPIRES": "2027-06-30T00:00:00Z",
}


def run(command, **env):
    return subprocess.run(
        command, env=production_env(**env), capture_output=True, text=True, check=False
    )


def start(**env):
    return run([sys.executable, "-c", CODE], **env)


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY"),
        ({"DATABASE_URL": "postgres://db/portal"}, "SECRET_KEY"),
        ({"SECRET_KEY": "s3cret-from-the-vault"}, "DATABASE_URL"),
        ({**NEEDED, "SECURITY_TXT_CONTACT": None}, "SECURITY_TXT_CONTACT"),
        ({**NEEDED, "SECURITY_TXT_EXPIRES": None}, "SECURITY_TXT_EXPIRES"),
    ],
)
def test_production_refuses_to_start_without_secrets(env, missing):
    result = start(**env)
    assert result.returncode != 0
    assert f"environment variable {missing}" in result.stderr


def test_production_starts_with_secrets():
    result = start(**NEEDED)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DEMO_PASSWORD": "demo"}, "refuse DEMO_PASSWORD"),
        ({"DEMO_PASSWORD": "a-long-password-of-its-own"}, "refuse DEMO_PASSWORD"),
        ({"DEBUG": "true"}, "refuse DEBUG"),
        ({"DJANGO_DEBUG": "1"}, "refuse DEBUG"),
        ({"ALLOWED_HOSTS": "*"}, "need ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": "bq-portal.example,*"}, "need ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": ".example"}, "need ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": ""}, "need ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": None}, "need ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_demo_debug_and_wildcard_hosts(env, message):
    result = start(**{**NEEDED, **env})
    assert result.returncode != 0
    assert message in result.stderr


@pytest.fixture(scope="module")
def deploy_env():
    return {**NEEDED, "SECRET_KEY": secrets.token_urlsafe(50)}


def test_check_deploy_reports_nothing(deploy_env):
    result = run([*MANAGE, "check", "--deploy", "--fail-level", "DEBUG"], **deploy_env)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (1 silenced)." in result.stdout
    assert result.stderr == ""


def test_check_deploy_with_hsts_preload_silences_nothing(deploy_env):
    result = run(
        [*MANAGE, "check", "--deploy", "--fail-level", "DEBUG"],
        **deploy_env,
        SECURE_HSTS_PRELOAD="true",
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_demo_content_is_refused_with_production_settings(deploy_env, tmp_path):
    database = tmp_path / "production.sqlite3"
    result = run(
        [*MANAGE, "load_demo_content"], **{**deploy_env, "DATABASE_URL": f"sqlite:///{database}"}
    )
    assert result.returncode != 0
    assert "nie Demo-Inhalte" in result.stderr  # commands speak the default language, German
    assert not database.exists()  # nothing was written, not even an empty database
