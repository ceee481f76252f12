"""The production settings as the benches run them: secrets, hosts and services of this machine."""

import os

import django


def setup(redis_url, **environment):
    """Django with portal.settings.production (DEBUG off), Redis at `redis_url` as its cache;
    `environment` and the variables already set win over these defaults."""
    defaults = {
        "SECRET_KEY": "bench-only-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "REDIS_URL": redis_url,
        "SECURITY_TXT_CONTACT": "mailto:security@bq-portal.example",
        "SECURITY_TXT_EXPIRES": "2027-12-31T23:00:00Z",
        "LOG_LEVEL": "WARNING",  # no request line per measured request
    }
    for name, value in {**defaults, **environment}.items():
        os.environ.setdefault(name, value)
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    django.setup()
