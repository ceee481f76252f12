"""Security headers as a browser receives them: on public pages, admin pages, the admin's
preview, documents and media; the CSP report endpoint; security.txt; the request id."""

import json
import logging

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

PERMISSIONS = ["camera=()", "geolocation=()", "microphone=()", "payment=()", "usb=()"]


@pytest.fixture(autouse=True)
def hsts(settings):
    """HSTS as production sends it (Django sends it on HTTPS requests only)."""
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True


def policy(response):
    """{directive: [sources]} of the response's Content-Security-Policy."""
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {words[0]: words[1:] for words in directives if words}


def assert_common_headers(response, frame_options="DENY"):
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert response["X-Frame-Options"] == frame_options
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    for feature in PERMISSIONS:
        assert feature in response["Permissions-Policy"]
    assert response["X-Request-ID"]
    ancestors = {"DENY": ["'none'"], "SAMEORIGIN": ["'self'"]}[frame_options]
    assert policy(response)["frame-ancestors"] == ancestors


def assert_strict(csp):
    everything = " ".join(" ".join(sources) for sources in csp.values())
    assert "'unsafe-inline'" not in everything
    assert "'unsafe-eval'" not in everything
    assert "*" not in everything


def test_public_pages_get_a_strict_policy(client, tree):
    for path in ["/de/", "/en/", tree["de"]["profile"].url, "/de/suche/?q=Elektro", "/en/login/"]:
        response = client.get(path, secure=True)
        assert response.status_code == 200, path
        assert_common_headers(response)
        csp = policy(response)
        assert_strict(csp)
        assert csp["default-src"] == ["'self'"]
        assert csp["script-src"] == ["'self'"]  # the autocomplete script is a file
        assert csp["style-src"] == ["'self'"]
        assert csp["object-src"] == ["'none'"]
        assert csp["base-uri"] == ["'self'"]
        assert csp["report-uri"] == ["/csp-report/"]
        assert csp["report-to"] == ["csp"]
        assert response["Reporting-Endpoints"] == 'csp="https://testserver/csp-report/"'
        body = response.content.decode()
        assert "<script>" not in body and " onclick=" not in body and " style=" not in body


def test_a_profile_pdf_gets_the_headers(client, tree):
    response = client.get(tree["de"]["profile"].url + "pdf/", secure=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert_common_headers(response)
    assert_strict(policy(response))


def test_the_admin_gets_its_own_looser_policy(portal_admin_client):
    response = portal_admin_client.get("/admin/", secure=True)
    assert response.status_code == 200
    assert_common_headers(response)
    csp = policy(response)
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in " ".join(" ".join(sources) for sources in csp.values())
    assert csp["object-src"] == ["'none'"]
    assert csp["default-src"] == ["'self'"]


def test_the_admin_preview_may_be_framed_by_the_admin_only(admin_client, home):
    response = admin_client.get(f"/admin/pages/{home.pk}/edit/preview/", secure=True)
    assert response.status_code == 200
    assert_common_headers(response, frame_options="SAMEORIGIN")


def test_documents_and_media_get_the_headers(client, db):
    document = get_document_model().objects.create(
        title="Merkblatt", file=ContentFile(b"%PDF-1.4 sample", name="merkblatt.pdf")
    )
    response = client.get(document.url, secure=True)
    assert response.status_code == 200
    assert_common_headers(response)
    assert policy(response)["default-src"] == ["'none'"]  # Wagtail's own, kept

    image = wagtail_factories.ImageFactory(collection=Collection.get_first_root_node())
    response = client.get(image.file.url, secure=True)
    assert response.status_code == 200
    assert_common_headers(response)
    assert_strict(policy(response))


CSP_REPORT = {
    "csp-report": {
        "document-uri": "https://bq-portal.example/de/?api_key=bq_0000.secret",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "inline",
        "line-number": 12,
        "script-sample": "alert(1)",
        "disposition": "enforce",
    }
}
REPORTING_API = [
    {
        "type": "csp-violation",
        "url": "https://bq-portal.example/en/",
        "body": {
            "documentURL": "https://bq-portal.example/en/",
            "effectiveDirective": "img-src",
            "blockedURL": "https://tracker.example/pixel.gif?id=1",
            "disposition": "enforce",
        },
    }
]


def post_report(client, data, content_type="application/csp-report", **extra):
    payload = data if isinstance(data, (bytes, str)) else json.dumps(data)
    return client.post("/csp-report/", payload, content_type=content_type, **extra)


def test_csp_reports_are_logged_without_query_strings(client, caplog):
    with caplog.at_level(logging.WARNING, logger="portal.csp"):
        response = post_report(client, CSP_REPORT)  # no CSRF token, as browsers send it
        assert response.status_code == 204
        response = post_report(client, REPORTING_API, content_type="application/reports+json")
        assert response.status_code == 204
    first, second = (record.csp for record in caplog.records if record.name == "portal.csp")
    assert first["document"] == "https://bq-portal.example/de/"
    assert first["directive"] == "script-src-elem"
    assert first["blocked"] == "inline"
    assert first["sample"] == "alert(1)"
    assert second["directive"] == "img-src"
    assert second["blocked"] == "https://tracker.example/pixel.gif"
    assert "secret" not in caplog.text


def test_csp_reports_are_limited_in_size_kind_and_rate(client, settings, caplog):
    settings.CSP_REPORT_RATE = "3/m"
    huge = {"csp-report": {**CSP_REPORT["csp-report"], "script-sample": "x" * 20_000}}
    with caplog.at_level(logging.WARNING, logger="portal.csp"):
        assert client.get("/csp-report/").status_code == 405
        assert post_report(client, huge).status_code == 413
        assert post_report(client, "not json").status_code == 400
        assert post_report(client, CSP_REPORT, content_type="text/plain").status_code == 415
        assert post_report(client, CSP_REPORT).status_code == 429  # the fourth of the minute
    assert not [record for record in caplog.records if record.name == "portal.csp"]


def test_security_txt_comes_from_settings(client, settings):
    settings.SECURITY_TXT = {
        "CONTACT": ["mailto:sicherheit@bq-portal.example", "https://bq-portal.example/melden"],
        "EXPIRES": "2027-06-30T22:00:00Z",
        "PREFERRED_LANGUAGES": ["de", "en"],
        "POLICY": [],
    }
    response = client.get("/.well-known/security.txt", secure=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "Contact: mailto:sicherheit@bq-portal.example",
        "Contact: https://bq-portal.example/melden",
        "Expires: 2027-06-30T22:00:00Z",
        "Preferred-Languages: de, en",
        "Canonical: https://testserver/.well-known/security.txt",
    ]


def test_a_sane_request_id_is_kept_and_any_other_replaced(client, db):
    sane = client.get("/.well-known/security.txt", HTTP_X_REQUEST_ID="lb-4f2a9c1e-77")
    assert sane["X-Request-ID"] == "lb-4f2a9c1e-77"
    for bad in ["short", "x" * 200, "id with spaces", "<script>alert(1)</script>"]:
        response = client.get("/.well-known/security.txt", HTTP_X_REQUEST_ID=bad)
        assert response["X-Request-ID"] != bad
        assert len(response["X-Request-ID"]) == 32
    ids = {client.get("/.well-known/security.txt")["X-Request-ID"] for _ in range(3)}
    assert len(ids) == 3
