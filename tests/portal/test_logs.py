"""Production logging, as an operator reads it on stdout: one JSON object per line, each line of
a request with its id; the 500 page names that id; CSP reports and django.security events are
logged; no full client address and no key reaches a line. Run in a process of its own with the
production settings, against a database without tables (so that a page fails for real)."""

import json
import subprocess
import sys

import pytest

from tests.portal.test_settings import NEEDED, production_env

SCRIPT = r"""
import json, sys
import django
django.setup()
from django.test import Client

client = Client(raise_request_exception=False)
report = {"csp-report": {"document-uri": "https://testserver/de/", "blocked-uri": "inline",
                         "effective-directive": "script-src-elem"}}
answers = {
    "report": client.post("/csp-report/", json.dumps(report), content_type="application/csp-report",
                          secure=True, HTTP_X_REQUEST_ID="report-0001", REMOTE_ADDR="203.0.113.77"),
    "failure": client.get("/de/?api_key=bq_1234abcd.topsecret", secure=True,
                          HTTP_X_REQUEST_ID="failure-0001", REMOTE_ADDR="2001:db8:abcd:12::7"),
    "bad_host": client.get("/de/", secure=True, HTTP_HOST="evil.example",
                           HTTP_X_REQUEST_ID="badhost-0001", REMOTE_ADDR="198.51.100.9"),
}
sys.stdout.flush()
print(json.dumps({name: {"status": r.status_code, "headers": dict(r.headers),
                         "body": r.content.decode()} for name, r in answers.items()}),
      file=sys.stderr)
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    database = tmp_path_factory.mktemp("production") / "empty.sqlite3"
    env = production_env(
        **{**NEEDED, "DATABASE_URL": f"sqlite:///{database}", "ALLOWED_HOSTS": "testserver"}
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stderr.strip().splitlines()[-1])
    lines = [json.loads(line) for line in result.stdout.splitlines()]  # every line is JSON
    return answers, lines, result.stdout


def of_request(lines, request_id):
    return [line for line in lines if line.get("request_id") == request_id]


def test_every_line_is_json_with_time_level_logger_and_request_id(run):
    _answers, lines, _stdout = run
    assert lines
    for line in lines:
        assert {"time", "level", "logger", "message", "request_id"} <= line.keys()


def test_a_csp_report_is_logged_with_its_request_id(run):
    answers, lines, _stdout = run
    assert answers["report"]["status"] == 204
    assert answers["report"]["headers"]["X-Request-ID"] == "report-0001"
    (violation,) = [
        line for line in of_request(lines, "report-0001") if line["logger"] == "portal.csp"
    ]
    assert violation["level"] == "WARNING"
    assert violation["csp"]["directive"] == "script-src-elem"


def test_a_server_error_is_logged_and_its_page_names_the_request_id(run):
    answers, lines, _stdout = run
    failure = answers["failure"]
    assert failure["status"] == 500
    assert failure["headers"]["X-Request-ID"] == "failure-0001"
    assert "Kennung: <code>failure-0001</code>" in failure["body"]
    assert "quote this id: <code>failure-0001</code>" in failure["body"]
    loggers = {line["logger"]: line for line in of_request(lines, "failure-0001")}
    assert loggers["django.request"]["level"] == "ERROR"
    assert "no such table" in loggers["django.request"]["exc_info"]
    assert loggers["portal.request"]["status_code"] == 500
    assert loggers["portal.request"]["path"] == "/de/"


def test_django_security_events_are_logged(run):
    answers, lines, _stdout = run
    assert answers["bad_host"]["status"] == 400
    loggers = {line["logger"] for line in of_request(lines, "badhost-0001")}
    assert "django.security.DisallowedHost" in loggers


def test_request_lines_keep_truncated_addresses_and_no_query_strings(run):
    _answers, lines, stdout = run
    clients = {
        line["request_id"]: line["client"] for line in lines if line["logger"] == "portal.request"
    }
    assert clients == {
        "report-0001": "203.0.113.0",
        "failure-0001": "2001:db8:abcd::",
        "badhost-0001": "198.51.100.0",
    }
    for full in ["203.0.113.77", "2001:db8:abcd:12", "198.51.100.9", "topsecret", "api_key"]:
        assert full not in stdout


def test_production_sends_hsts_with_subdomains(run):
    answers, _lines, _stdout = run
    assert answers["report"]["headers"]["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains"
    )
