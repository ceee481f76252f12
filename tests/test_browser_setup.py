"""The browser tests never pass by being skipped where they must run."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_browser_tests_without_chromium(*args, ci):
    environment = {key: value for key, value in os.environ.items() if key != "CI"}
    environment["CHROMIUM"] = "/nonexistent/chromium"
    if ci:
        environment["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "tests/browser", "-q", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_in_ci_missing_chromium_is_an_error():
    result = run_browser_tests_without_chromium("--collect-only", ci=True)
    assert result.returncode == 4, result.stdout  # pytest's usage error
    assert "CI needs Chromium for the browser tests" in result.stdout + result.stderr


def test_elsewhere_they_are_skipped_with_the_reason():
    result = run_browser_tests_without_chromium("-rs", ci=False)
    assert result.returncode == 0, result.stdout
    assert "no Chromium at /nonexistent/chromium" in result.stdout
    assert " passed" not in result.stdout
