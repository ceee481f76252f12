"""The sitemap lists live public pages of both languages, and nothing restricted or draft."""


def test_sitemap_has_both_languages_and_only_public_live_pages(client, tree):
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert "/sitemap-pages.xml" in index.content.decode()
    xml = client.get("/sitemap-pages.xml").content.decode()
    for language in ("de", "en"):
        assert f"<loc>http://testserver{tree[language]['profile'].url}</loc>" in xml
    assert "/de/arbeitsbereich/" not in xml
    assert "/en/workspace/" not in xml
    tree["en"]["news"].unpublish()
    assert tree["en"]["news"].url not in client.get("/sitemap-pages.xml").content.decode()
