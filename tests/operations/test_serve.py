"""`make serve` as a newcomer runs it: an environment file with a fresh secret is written, and
gunicorn answers with production settings, static files compressed by WhiteNoise."""

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from operations.serve import ensure_env_file

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, path, **headers):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": "localhost", **headers})
    response = connection.getresponse()
    return response, response.read()


def wait_until_ready(port, process, seconds=240):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "make serve ended early"
        try:
            if get(port, "/readyz")[0].status == 200:
                return
        except OSError:
            pass
        time.sleep(1)
    raise AssertionError("make serve did not get ready")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve")
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "REDIS_", "PYTEST_", "COV_"))
    }
    env["DATABASE_URL"] = f"sqlite:///{folder / 'portal.sqlite3'}"
    command = [sys.executable, "-m", "operations.serve", "--env-file", str(folder / ".env")]
    process = subprocess.Popen(
        [*command, "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_ready(port, process)
        yield port, folder / ".env", process
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)


def test_an_env_file_with_a_fresh_secret_is_written_for_its_owner(served):
    _port, env_file, _process = served
    text = env_file.read_text()
    secret = re.search(r"^SECRET_KEY=(\S+)$", text, re.MULTILINE).group(1)
    assert len(secret) >= 50
    assert oct(env_file.stat().st_mode & 0o777) == "0o600"
    assert not ensure_env_file(env_file, "127.0.0.1")  # never overwritten
    assert env_file.read_text() == text


def test_pages_and_compressed_static_files_are_served_as_in_production(served):
    port, _env_file, _process = served
    response, body = get(port, "/de/")
    assert response.status == 200
    missing, page = get(port, "/de/nichts-hier/")
    assert missing.status == 404
    assert b"URLconf" not in page  # DEBUG is off: the portal's own page, no traceback
    stylesheet = re.search(rb'href="(/static/[^"]+\.css)"', body).group(1).decode()
    assert re.search(r"\.[0-9a-f]{12}\.css$", stylesheet)  # the manifest's hashed name
    response, _css = get(port, stylesheet, **{"Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert "immutable" in response.headers["Cache-Control"]
    assert get(port, "/healthz")[0].status == 200


def test_ctrl_c_stops_gunicorn_and_the_worker(served):
    _port, _env_file, process = served
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    commands = " ".join(Path(f"/proc/{child}/cmdline").read_text() for child in children)
    assert "gunicorn" in commands and "db_worker" in commands
    process.send_signal(signal.SIGINT)
    process.wait(timeout=60)  # both stopped, it ends
    assert not any(Path(f"/proc/{child}").exists() for child in children)
