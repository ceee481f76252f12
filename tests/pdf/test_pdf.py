"""Country and professional profiles as PDF: in the page's language, with the page's privacy,
and a renderer that fetches nothing but the portal's own static files and visible media.

Rendering costs about half a second a PDF, so each test renders only what it checks.
"""

import socket
import unicodedata
from io import BytesIO

import pytest
import wagtail_factories
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone, translation
from django.utils.formats import date_format
from pypdf import PdfReader
from wagtail.models import Collection

from moderation.publishing import trusted_publication
from pdf.fetcher import PortalURLFetcher, URLRefusedError
from pdf.rendering import render_pdf
from portal import roles
from tests.factories import pages as factories
from tests.factories.moderation import restrict_to_registered_staff, user_with

BASE_URL = "http://testserver/de/laender/tuerkei/pdf/"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Every test here fails if anything tries to open a connection or resolve a name.

    WeasyPrint swallows exceptions raised while fetching, so attempts are recorded and checked
    after the test rather than raised."""
    attempts = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append((name, args))
            raise OSError(f"network access in a test: {name}{args!r}")

        return blocked

    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    yield attempts
    assert attempts == []


def pdf_text(content):
    reader = PdfReader(BytesIO(content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFC", text)


def stored(url):
    with default_storage.open(url.removeprefix(settings.MEDIA_URL)) as file:
        return file.read()


def pdf_url(page):
    return page.url + page.reverse_subpage("pdf")


def request_for(user=None, path="/de/laender/tuerkei/pdf/"):
    request = RequestFactory().get(path)
    request.user = user or AnonymousUser()
    request.session = {}
    return request


PUBLIC = "https://bq-portal.example.de"


@pytest.mark.parametrize("language", ["de", "en"])
def test_profiles_as_pdf_in_their_language(client, tree, language, settings):
    """A PDF a chamber can cite: the page's address under the portal's public address (not the
    host asked nor the Site's hostname), and the version of the content it shows."""
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    country, profile = tree[language]["country"], tree[language]["profile"]
    with trusted_publication():
        profile.save_revision().publish()  # the country is live without a revision, as imported
    profile.refresh_from_db()
    for page in (country, profile):
        response = client.get(pdf_url(page), HTTP_HOST="localhost")
        assert response.status_code == 200, page.url
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == f'inline; filename="{page.slug}.pdf"'
        assert "public" in response["Cache-Control"]
        assert "max-age=600" in response["Cache-Control"]
        text = pdf_text(response.content)
        assert page.title in text
        assert PUBLIC + page.url in text.replace("\n", "")  # the canonical URL
        assert "localhost" not in text
        with translation.override(language):
            published = date_format(timezone.localdate(page.last_published_at), "DATE_FORMAT")
        version = {"de": "Version {}vom {}", "en": "Version {}of {}"}[language]
        revision = f"{page.live_revision_id} " if page.live_revision_id else ""
        assert version.format(revision, published) in text  # on every page

    text = pdf_text(response.content)  # the professional profile's
    if language == "de":
        assert tree["de"]["profile"].title in text
        assert "[en]" not in text
        assert "Elektroniker/-in" in text  # the German reference occupation
        assert "Zuletzt geprüft" in text
        assert "30. Juni 2025" in text
        assert "Das BQ-Portal finden Sie unter https://bq-portal.example.de/." in text
    else:
        assert profile.title.startswith("[en] ")
        assert "Electronics technician" in text  # the occupation's English translation
        assert "Last reviewed" in text
        assert "June 30, 2025" in text
        assert "The BQ-Portal is at https://bq-portal.example.de/." in text


def test_profile_pages_link_their_pdf(client, tree):
    for language in ("de", "en"):
        for page in (tree[language]["country"], tree[language]["profile"]):
            html = client.get(page.url).content.decode()
            assert f'href="{page.url}pdf/" type="application/pdf"' in html
    assert "Download as PDF" in html  # the English page
    assert "(PDF)" in html


def test_wagtail_routes_the_pdf_and_keeps_the_page(client, tree):
    country = tree["de"]["country"]
    assert pdf_url(country) == "/de/laender/tuerkei/pdf/"
    assert pdf_url(tree["en"]["country"]) == "/en/countries/tuerkei-en/pdf/"
    assert client.get(country.url)["Content-Type"].startswith("text/html")
    # The country's professional profiles are still routed below it.
    assert client.get(tree["de"]["profile"].url).status_code == 200
    assert client.get(country.url + "pdf/nothing/").status_code == 404


def stand_in_view(request, page):
    return HttpResponse(f"PDF of {page.title}", content_type="text/plain")


def test_the_route_serves_the_view_that_the_setting_names(client, tree, settings):
    """The page types never import the pdf app: their route calls settings.PORTAL_PDF_VIEW."""
    settings.PORTAL_PDF_VIEW = f"{__name__}.stand_in_view"
    for page in (tree["de"]["country"], tree["de"]["profile"]):
        response = client.get(pdf_url(page))
        assert response.content.decode() == f"PDF of {page.title}"


def test_no_profile_can_take_the_address_of_its_countrys_pdf(tree):
    country = tree["de"]["country"]
    profile = factories.ProfessionalProfilePageFactory.build(
        title="PDF", slug="pdf", locale=country.locale
    )
    profile.path, profile.depth = country.path + "9999", country.depth + 1  # not saved
    with pytest.raises(ValidationError) as refused:
        profile.clean()
    assert "slug" in refused.value.message_dict


@pytest.mark.parametrize("language", ["de", "en"])
def test_restricted_profile_pdf_only_for_those_who_may_read_it(client, tree, language):
    restrict_to_registered_staff(tree["de"]["profile"])  # mirrored to the English page
    profile = tree[language]["profile"]
    url = pdf_url(profile)

    anonymous = client.get(url)
    assert anonymous.status_code == 302
    sign_in = {"de": "/de/anmelden/", "en": "/en/login/"}[language]
    assert anonymous["Location"] == f"{sign_in}?next={url}"
    assert "no-store" in anonymous["Cache-Control"]

    client.force_login(user_with(roles.TRANSLATORS, username="outsider"))
    refused = client.get(url)
    page_response = client.get(profile.url)
    assert page_response.status_code != 200
    # The outsider is answered as the HTML page answers them (Wagtail: to the login).
    assert refused.status_code == page_response.status_code
    assert (
        refused.get("Location", "").split("?")[0] == page_response.get("Location", "").split("?")[0]
    )
    assert refused["Content-Type"] != "application/pdf"

    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff"))
    served = client.get(url)
    assert served.status_code == 200
    assert served["Content-Type"] == "application/pdf"
    assert "private" in served["Cache-Control"]
    assert "no-store" in served["Cache-Control"]
    assert "public" not in served["Cache-Control"]
    assert profile.title in pdf_text(served.content)


def test_pdf_view_checks_restrictions_itself(tree):
    """Without Wagtail's serve view and its hooks (DESIGN section 10)."""
    profile = tree["de"]["profile"]
    restrict_to_registered_staff(profile)
    response = profile.pdf_view(request_for(path=pdf_url(profile)))
    assert response.status_code == 302
    assert response["Location"].split("?")[0] in ("/de/anmelden/", "/en/login/")  # sign-in form
    outsider = user_with(roles.TRANSLATORS, username="outsider")
    response = profile.pdf_view(request_for(outsider, path=pdf_url(profile)))
    assert response.status_code == 302
    assert response["Content-Type"] != "application/pdf"


def test_signed_in_users_get_public_pdfs_uncached_by_shared_caches(client, tree):
    client.force_login(user_with(roles.TRANSLATORS, username="reader"))
    response = client.get(pdf_url(tree["de"]["country"]))
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_public_pdf_is_rendered_once_and_renders_are_limited(client, tree, settings):
    settings.PDF_RENDER_RATE = "1/m"
    profile, country = tree["de"]["profile"], tree["de"]["country"]
    first = client.get(pdf_url(profile))
    assert first.status_code == 200
    for _ in range(3):  # from the cache: no render, so not limited
        again = client.get(pdf_url(profile))
        assert again.status_code == 200
        assert again.content == first.content
    limited = client.get(pdf_url(country))  # a second render within the minute
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    assert "no-store" in limited["Cache-Control"]  # a refusal is never kept
    assert "zu viele PDFs" in limited.content.decode()  # in the language of the address
    client.force_login(user_with(roles.TRANSLATORS, username="reader"))
    assert client.get(pdf_url(profile)).status_code == 429  # signed in: rendered for each request


def test_a_cached_pdf_follows_publishing(client, tree):
    profile = tree["de"]["profile"]
    assert "Elektrotechniker" in pdf_text(client.get(pdf_url(profile)).content)
    profile.title = "Elektrotechnikerin"
    with trusted_publication():
        profile.save_revision().publish()
    assert "Elektrotechnikerin" in pdf_text(client.get(pdf_url(profile)).content)


@pytest.fixture
def media(db):
    root = Collection.get_first_root_node()
    restricted = Collection.objects.get(name="Arbeitsbereich")
    public = wagtail_factories.ImageFactory(collection=root, title="Bildungswege")
    private = wagtail_factories.ImageFactory(collection=restricted, title="Bescheid-Scan")
    return {"public": public, "private": private}


REFUSED = [
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254/static/css/pdf.css",
    "https://example.org/static/css/pdf.css",
    "http://localhost/static/css/pdf.css",
    "http://127.0.0.1:8000/static/css/pdf.css",
    "http://[::1]/static/css/pdf.css",
    "http://testserver.example.org/static/css/pdf.css",
    "https://testserver/static/css/pdf.css",  # not the page's origin
    "http://user:secret@testserver/static/css/pdf.css",
    "http://testserver/de/",  # the portal itself, but no static or media file
    "http://testserver/admin/",
    "http://testserver/documents/1/secret.pdf",
    "http://testserver/static/../portal/settings/base.py",
    "http://testserver/static/%2e%2e/portal/settings/base.py",
    "http://testserver/static/css/..%2f..%2f..%2fportal/settings/base.py",
    "http://testserver/static/%2Fetc/passwd",
    "http://testserver/static/css/does-not-exist.css",
    "http://testserver/media/../portal/settings/base.py",
    "http://testserver/media/%2e%2e/%2e%2e/etc/passwd",
    "http://testserver/media/original_images/not-there.png",
    "file:///etc/passwd",
    "file://testserver/static/css/pdf.css",
    "ftp://testserver/static/css/pdf.css",
    "gopher://127.0.0.1:6379/_INFO",
    "data:text/css,body{}",
    "/static/css/pdf.css",  # never relative: WeasyPrint resolves against the base URL first
    "http://[::1/static/css/pdf.css",  # malformed
]


@pytest.mark.parametrize("url", REFUSED)
def test_fetcher_refuses_everything_but_own_files(db, url):
    fetcher = PortalURLFetcher(request_for(), BASE_URL)
    with pytest.raises(URLRefusedError):
        fetcher.fetch(url)
    assert fetcher.refused == [url]
    assert fetcher.served == []


def test_fetcher_serves_static_files_and_visible_media(media):
    staff = user_with(roles.REGISTERED_STAFF, username="staff")
    outsider = user_with(roles.TRANSLATORS, username="outsider")
    anonymous = PortalURLFetcher(request_for(), BASE_URL)

    response = anonymous.fetch("http://testserver/static/css/pdf.css")
    assert b"@page" in response.read()
    assert response.content_type == "text/css"
    response.close()

    public = media["public"]
    for url in (public.file.url, public.get_rendition("width-40").url):
        response = anonymous.fetch(f"http://testserver{url}")
        assert response.read() == stored(url)
        assert response.content_type.startswith("image/")
        response.close()

    private = media["private"]
    private_urls = [private.file.url, private.get_rendition("width-40").url]
    for fetcher in (anonymous, PortalURLFetcher(request_for(outsider), BASE_URL)):
        for url in private_urls:
            with pytest.raises(URLRefusedError):
                fetcher.fetch(f"http://testserver{url}")
    for url in private_urls:
        response = PortalURLFetcher(request_for(staff), BASE_URL).fetch(f"http://testserver{url}")
        assert response.read() == stored(url)
        response.close()


HOSTILE_HTML = """Prüfung am Ende der Ausbildung.
<base href="http://169.254.169.254/">
<img src="http://169.254.169.254/latest/meta-data/iam/security-credentials/">
<img src="https://tracker.example.org/pixel.png">
<img src="file:///etc/passwd">
<img src="http://localhost:8000/admin/">
<span style="background-image: url(http://127.0.0.1:9/css-bg.png)">x</span>
<object data="http://10.0.0.1/object.svg"></object>
<embed src="https://example.net/embed.svg">
<link rel="stylesheet" href="http://evil.example.com/evil.css">"""


def figure_section(*images):
    """A profile section of figures, in raw StreamField form."""
    figures = [
        {
            "type": "figure",
            "value": {
                "image": {"image": image.pk, "alt_text": image.title, "decorative": False},
                "caption": image.title,
            },
        }
        for image in images
    ]
    return {"type": "section", "value": {"topic": "examination", "heading": "", "content": figures}}


def test_hostile_content_renders_without_any_network_access(tree, media, no_network):
    """Markup in rich text (imported, or stored by the API) cannot make the renderer fetch: the
    sanitiser (portal.sanitising) drops it before rendering, and the fetcher would refuse it
    (test_fetcher_refuses_everything_but_own_files)."""
    profile = factories.ProfessionalProfilePageFactory(
        parent=tree["de"]["country"],
        title="Gefährlicher Inhalt",
        slug="gefaehrlich",
        body=[
            factories.profile_section(text=HOSTILE_HTML),
            figure_section(media["public"], media["private"]),
        ],
    )

    pdf, fetcher = render_pdf(request_for(path=pdf_url(profile)), profile)

    assert profile.title in pdf_text(pdf)
    assert no_network == []
    requested = " ".join([*fetcher.refused, *fetcher.served])
    for target in (
        "169.254.169.254",
        "tracker.example.org",
        "file:///etc/passwd",
        "localhost:8000",
        "127.0.0.1:9",
        "10.0.0.1",
        "example.net",
        "evil.example.com",
    ):
        assert target not in requested, target  # never even asked for
    public = media["public"].get_rendition("width-1000").url
    private = media["private"].get_rendition("width-1000").url
    assert f"http://testserver{private}" in fetcher.refused  # restricted: not for anonymous
    assert sorted(fetcher.served) == sorted(
        ["http://testserver/static/css/pdf.css", f"http://testserver{public}"]
    )
