"""The pages a German federal site must carry: linked from every page's footer in the reader's
language, live and public ones only, changed at once with the setting, reviewed like every
information page; and the sign-language video block."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site

from moderation.publishing import trusted_publication
from pages.blocks import SignLanguageVideoBlock
from pages.models import FooterLinks
from tests.conftest import translate_into_english
from tests.factories import pages as factories

# Setting field -> (German title, slug)
LEGAL = {
    "imprint": ("Impressum", "impressum"),
    "privacy_notice": ("Datenschutzerklärung", "datenschutz"),
    "accessibility_statement": ("Erklärung zur Barrierefreiheit", "barrierefreiheit"),
    "easy_language": ("Leichte Sprache", "leichte-sprache"),
    "sign_language": ("Deutsche Gebärdensprache", "gebaerdensprache"),
}
PAGE_TYPES = ["home", "countries", "country", "profile", "about", "news_index", "news", "finder"]


@pytest.fixture(scope="module")
def legal(built_tree, django_db_blocker):
    """The five pages under the module's tree's home, translated, and chosen in the setting."""
    with django_db_blocker.unblock():
        home = Page.objects.get(pk=built_tree["de"]["home"][1])
        translate = translate_into_english(Locale.objects.get(language_code="en"))
        links = FooterLinks.for_site(Site.objects.get(is_default_site=True))
        pages = {}
        for name, (title, slug) in LEGAL.items():
            page = factories.StandardPageFactory(
                parent=home, title=title, slug=slug, show_in_menus=False
            )
            setattr(links, name, page)
            pages[name] = (page.pk, translate(page).pk)
        with trusted_publication():
            links.save()
    return pages


def footer(client, url):
    html = client.get(url).content.decode()
    return html[html.index("<footer") :]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("name", PAGE_TYPES)
def test_every_page_links_the_legal_pages_in_its_language(client, tree, legal, language, name):
    text = footer(client, tree[language][name].url)
    index = 0 if language == "de" else 1
    urls = [Page.objects.get(pk=pks[index]).url for pks in legal.values()]
    positions = [text.index(f'href="{url}"') for url in urls]
    assert positions == sorted(positions)  # in the setting's order
    assert f"/{language}/" in urls[0]


def test_an_unpublished_legal_page_is_not_linked(client, tree, legal):
    english = Page.objects.get(pk=legal["easy_language"][1])
    with trusted_publication():
        english.unpublish()
    assert english.url_path.rstrip("/").rsplit("/", 1)[1] not in footer(
        client, tree["en"]["home"].url
    )
    assert 'href="/de/leichte-sprache/"' in footer(client, tree["de"]["home"].url)


def test_a_changed_setting_is_visible_at_once(client, tree, legal):
    assert 'href="/de/impressum/"' in footer(client, tree["de"]["about"].url)
    links = FooterLinks.for_site(Site.objects.get(is_default_site=True))
    links.imprint = None
    links.save()
    assert 'href="/de/impressum/"' not in footer(client, tree["de"]["about"].url)


def test_the_footer_costs_no_query_in_a_warm_process(client, tree, legal):
    from tests.pages.test_queries import ANONYMOUS

    url = tree["de"]["about"].url
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    assert len(captured) <= ANONYMOUS["about"]


@pytest.mark.parametrize("name", list(LEGAL))
def test_legal_pages_go_through_the_editorial_review(tree, legal, name):
    german, english = (Page.objects.get(pk=pk) for pk in legal[name])
    assert german.get_workflow().name == "Editorial review"
    assert english.get_workflow().name == "Translation review"


def video_documents(db):
    documents = {}
    for name, data in (("dgs.mp4", b"\x00\x00\x00\x18ftypmp42"), ("dgs.vtt", b"WEBVTT\n")):
        documents[name] = get_document_model().objects.create(
            title=name, file=ContentFile(data, name=name)
        )
    return documents


def test_the_sign_language_block_shows_video_captions_and_transcript(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    documents = video_documents(db)
    block = SignLanguageVideoBlock()
    value = block.to_python(
        {
            "title": "Das BQ-Portal in DGS",
            "video": documents["dgs.mp4"].pk,
            "captions": documents["dgs.vtt"].pk,
            "transcript": "<p>Willkommen beim BQ-Portal.</p>",
        }
    )
    html = block.render(value)
    assert "<video controls" in html and 'type="video/mp4"' in html
    assert '<track kind="captions" srclang="de"' in html and documents["dgs.vtt"].url in html
    assert "Willkommen beim BQ-Portal." in html


def test_without_a_video_the_transcript_is_shown_alone(db):
    block = SignLanguageVideoBlock()
    value = block.to_python({"title": "DGS", "transcript": "<p>Abschrift.</p>"})
    html = block.render(value)
    assert "<video" not in html and "Abschrift." in html


def test_the_block_refuses_a_document_that_is_no_video(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    documents = video_documents(db)
    block = SignLanguageVideoBlock()
    value = block.to_python(
        {"title": "DGS", "video": documents["dgs.vtt"].pk, "transcript": "<p>Abschrift.</p>"}
    )
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    assert "video" in refused.value.block_errors


def test_portal_administrators_edit_the_footer_links(client, db):
    from portal import roles
    from tests.factories.moderation import user_with

    client.force_login(
        user_with(roles.REGISTERED_STAFF, roles.PORTAL_ADMINISTRATORS, username="op")
    )
    site = Site.objects.get(is_default_site=True)
    assert client.get(f"/admin/settings/pages/footerlinks/{site.pk}/").status_code == 200
    client.force_login(user_with(roles.REGISTERED_STAFF, roles.CHAMBER_EDITORS, username="ed"))
    assert client.get(f"/admin/settings/pages/footerlinks/{site.pk}/").status_code in (302, 403)
