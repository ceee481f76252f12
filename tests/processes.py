"""A Python process of the portal's own, for what a test process cannot hold (settings read
from the environment at start, a whole database replaced): it runs in the checkout with the
given environment over this one's (pytest's own variables left out) and answers with the JSON
of its last line of output."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def json_answer(arguments, timeout=600, drop=(), **environment):
    """Run `python ARGUMENTS`; the JSON of its last output line. `drop`: variables to unset."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("PYTEST_") and key not in drop
    }
    env |= {"DJANGO_SETTINGS_MODULE": "portal.settings.test", **environment}
    result = subprocess.run(
        [sys.executable, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])
