"""The sitemap lists live public pages of both languages, and nothing restricted or draft."""

PUBLIC = "https://bq-portal.example.de"


def test_sitemap_has_both_languages_and_only_public_live_pages(client, tree, settings):
    """Every address is under the portal's public address (settings), not the host the request
    came in by nor the Wagtail Site's hostname."""
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    index = client.get("/sitemap.xml", HTTP_HOST="localhost")
    assert index.status_code == 200
    assert f"<loc>{PUBLIC}/sitemap-pages.xml</loc>" in index.content.decode()
    xml = client.get("/sitemap-pages.xml", HTTP_HOST="localhost").content.decode()
    assert "localhost" not in xml
    for language in ("de", "en"):
        assert f"<loc>{PUBLIC}{tree[language]['profile'].url}</loc>" in xml
    assert "/de/arbeitsbereich/" not in xml
    assert "/en/workspace/" not in xml
    tree["en"]["news"].unpublish()
    assert tree["en"]["news"].url not in client.get("/sitemap-pages.xml").content.decode()


def test_sitemap_lists_the_chamber_directory_and_each_published_chamber(client, tree, settings):
    from pages.snippets import Chamber
    from tests.factories.pages import ChamberFactory

    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    chamber = ChamberFactory(name="Handwerkskammer Beispielstadt", slug="hwk-beispielstadt")
    draft = ChamberFactory(name="Entwurfskammer", slug="entwurfskammer")
    Chamber.objects.filter(pk=draft.pk).update(live=False)
    index = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{PUBLIC}/sitemap-chambers.xml</loc>" in index
    xml = client.get("/sitemap-chambers.xml").content.decode()
    finder = {language: tree[language]["finder"].url for language in ("de", "en")}
    assert f"<loc>{PUBLIC}{finder['de']}kammern/</loc>" in xml
    assert f"<loc>{PUBLIC}{finder['en']}chambers/{chamber.slug}/</loc>" in xml
    assert "entwurfskammer" not in xml
