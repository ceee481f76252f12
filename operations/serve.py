"""`make serve`: the portal as production runs it, on this machine, by one command.

`python -m operations.serve [--env-file .env] [--host H] [--port P]`: production settings
(portal.settings.production) from the environment file, which is written first when it is
missing: a fresh SECRET_KEY, the embedded SQLite under var/ (DATABASE_URL in the file or the
environment names another database), this machine's host names, e-mails printed rather than
sent, no HTTPS redirect (plain HTTP on loopback). Then the database is migrated and each
configured language made (`manage.py add_languages`), the static files collected (served by
WhiteNoise, compressed), and gunicorn and a task worker (`manage.py db_worker`) run until
Ctrl-C, which stops both.

Rules: variables already set in the environment win over the file's; the file is written
readable by its owner only and never overwritten; nothing here runs at import.
"""

import argparse
import os
import secrets
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dotenv import dotenv_values

ROOT = Path(__file__).resolve().parent.parent
WORKERS = os.environ.get("WEB_CONCURRENCY", "2")


def fresh_environment(host):
    """The variables of a new environment file."""
    expires = (datetime.now(UTC) + timedelta(days=360)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{ROOT / 'var' / 'production.sqlite3'}",
        "ALLOWED_HOSTS": ",".join(dict.fromkeys([host, "127.0.0.1", "localhost"])),
        "SECURE_SSL_REDIRECT": "false",
        "SECURITY_TXT_CONTACT": "mailto:security@localhost",
        "SECURITY_TXT_EXPIRES": expires,
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
    }


def ensure_env_file(path, host):
    """Write the environment file unless it exists; whether it was written."""
    if path.exists():
        return False
    lines = [f"{name}={value}" for name, value in fresh_environment(host).items()]
    header = "# Written by `make serve`: production settings on this machine (docs/operations.md)."
    path.touch(mode=0o600)
    path.write_text("\n".join([header, *lines, ""]))
    return True


def environment(path):
    """The process environment over the file's variables, with the production settings."""
    values = {name: value for name, value in dotenv_values(path).items() if value is not None}
    return {**values, **os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.production"}


def prepare(env):
    manage = [sys.executable, str(ROOT / "manage.py")]
    (ROOT / "var").mkdir(exist_ok=True)
    subprocess.run([*manage, "migrate", "--noinput"], cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "add_languages"], cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)


def run(env, host, port):
    """gunicorn and a task worker until either ends or the command is stopped; its exit code."""
    gunicorn = [sys.executable, "-m", "gunicorn", "portal.wsgi:application"]
    gunicorn += ["--bind", f"{host}:{port}", "--workers", WORKERS]  # requests: portal.request
    worker = [sys.executable, str(ROOT / "manage.py"), "db_worker"]
    processes = [subprocess.Popen(command, cwd=ROOT, env=env) for command in (gunicorn, worker)]

    def stop(signum, frame):
        for process in processes:
            process.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"Serving on http://{host}:{port}/ (Ctrl-C stops)", flush=True)
    os.wait()  # the first to end ends both
    stop(None, None)
    return max(process.wait() for process in processes)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--env-file", type=Path, default=ROOT / ".env")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default="8000")
    options = parser.parse_args(argv)
    if ensure_env_file(options.env_file, options.host):
        print(f"Wrote {options.env_file} with a fresh SECRET_KEY.", flush=True)
    env = environment(options.env_file)
    prepare(env)
    return run(env, options.host, options.port)


if __name__ == "__main__":
    sys.exit(main())
