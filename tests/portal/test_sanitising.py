"""Whatever people type comes back inert over HTTP: rich text from any source (not only the
editor), glossary terms, profile fields, registration reasons (forum posts: tests/forum)."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from accounts.models import RegistrationRequest
from pages.models import CountryIndexPage
from portal.sanitising import clean_rich_text, clean_text_html
from tests.factories import pages as factories
from tests.xss import PAYLOADS, assert_inert

TEXT = "\n".join(PAYLOADS)
KEPT = (
    '<p><b>fett</b> <i>kursiv</i> <a href="https://example.org/">extern</a> '
    '<a href="/de/ueber-uns/">intern</a> <a href="mailto:info@example.org">Mail</a></p>'
    "<h3>Titel</h3><ul><li>eins</li></ul><ol><li>zwei</li></ol>"
)


def fragments(html, pattern):
    found = re.findall(pattern, html, re.S)
    assert found, pattern
    return found


@pytest.mark.parametrize("payload", PAYLOADS)
def test_each_payload_is_cleaned_out_of_rich_text_and_text(payload):
    assert_inert(clean_rich_text(payload))
    assert_inert(clean_text_html(payload))
    assert "<script" not in clean_rich_text(payload)


def test_the_editors_markup_is_kept():
    assert clean_rich_text(KEPT) == KEPT


def test_rich_text_glossary_and_callouts_come_back_inert(client, home):
    factories.GlossaryTermFactory(term="<script>alert('term')</script>Begriff", definition=TEXT)
    page = factories.StandardPageFactory(
        parent=home,
        title="Sicherheit",
        slug="sicherheit",
        body=[
            # as an import or a shell would store it: not through the editor's converter
            {"type": "paragraph", "value": KEPT + "".join(f"<p>{p}</p>" for p in PAYLOADS)},
            {"type": "callout", "value": {"kind": "info", "text": "".join(PAYLOADS)}},
            {"type": "glossary", "value": None},
        ],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for fragment in (
        *fragments(html, r'<div class="rich-text">(.*?)</div>\s*(?=<|$)'),
        *fragments(html, r"<aside class=\"callout[^>]*>(.*?)</aside>"),
        *fragments(html, r'<dl class="glossary">(.*?)</dl>'),
    ):
        assert_inert(fragment)
    assert KEPT in html  # the editor's own markup is untouched
    assert "&lt;script&gt;alert(&#x27;term&#x27;)&lt;/script&gt;Begriff" in html


def test_profile_fields_come_back_inert(client, home):
    countries = CountryIndexPage.objects.get(locale=home.locale)
    country = factories.CountryProfilePageFactory(parent=countries, title="Land", iso_code="TR")
    profile = factories.ProfessionalProfilePageFactory(
        parent=country,
        title="Beruf",
        legal_basis=TEXT,
        training_institutions=TEXT,
        admission_requirements=TEXT,
    )
    html = client.get(profile.url).content.decode()
    sections = fragments(
        html,
        r'<section aria-labelledby="(?:legal|institutions|admission)'
        r'-heading">(.*?)</section>',
    )
    assert len(sections) == 3
    for section in sections:
        assert_inert(section)
        assert "&lt;script&gt;alert(" in section  # shown as typed
        assert "<br>" in section


def test_registration_reasons_come_back_inert_in_the_admin(client, portal_admin_client):
    chamber = factories.ChamberFactory(name="Kammer", email_domain="kammer-xss.de")
    response = client.post(
        "/en/register/",
        {
            "first_name": "<img src=x onerror=alert(1)>",
            "last_name": "Muster",
            "email": "erika@kammer-xss.de",
            "chamber": chamber.pk,
            "position": '"><svg onload=alert(2)>',
            "reason": TEXT[:2000],
        },
    )
    assert response.status_code == 302
    cache.clear()
    registration = RegistrationRequest.objects.get()
    html = portal_admin_client.get(
        reverse("registration_requests:review", args=[registration.pk])
    ).content.decode()
    for fragment in fragments(html, r"<dd>(.*?)</dd>"):
        assert_inert(fragment)
    assert "&lt;script&gt;alert(" in html
