"""The restricted area: outcomes per chamber, guidelines, restricted documents, and no leaks.

Restricted content carries a unique marker; every channel the portal has is requested
anonymously and as a signed-in user outside Registered staff, and the marker never appears.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import nested_form_data

from pages.models import ChamberOutcomesPage, RecognitionOutcomePage, RestrictedAreaPage
from portal import roles
from tests.factories.moderation import chamber_editor, user_with
from tests.leaks import MARKER, body, leaks, restricted_content


def public_urls(tree):
    urls = ["/", "/de/", "/en/", "/de/gibt-es-nicht/", "/en/no-such-page/"]
    urls += ["/sitemap.xml", "/sitemap-pages.xml", "/sitemap-chambers.xml"]
    # Search and suggestions for the words around the marker (a query is echoed back), also
    # misspelt: the search corrects them to words of restricted pages' names too.
    words = ("Bescheid", "Arbeitshilfe", "Notiz", "Einleitung", "GEHEIM", "7f3a9c")
    for query in (*words, "Beschied", "Arbeitshilf", "GEHEIN"):
        urls += [
            f"/de/suche/?q={query}",
            f"/de/suche/?q={query}&languages=all",
            f"/en/search/?q={query}&languages=all",
            f"/de/suche/vorschlaege/?q={query[:4]}",
        ]
    urls += ["/de/suche/?type=school", "/de/suche/?country=TR&languages=all"]
    urls += ["/de/aenderungen.atom", "/en/changes.atom", "/de/aenderungen/TR.atom"]
    # The competent authority finder (a profile's occupations, the text echoed), the directory.
    for language, directory in (("de", "kammern/"), ("en", "chambers/")):
        finder = tree[language]["finder"].url
        urls += [
            f"{finder}?profile={tree[language]['profile'].pk}&postcode=80331",
            f"{finder}?occupation=Bescheid&state=BY",
            finder + directory,
            f"{finder}{directory}?state=BY",
        ]
    # The read API in both languages, its schema, and the outcomes API without a key.
    for locale in ("de", "en"):
        urls += [
            f"/api/v1/{endpoint}/?locale={locale}&limit=100"
            for endpoint in ("countries", "profiles", "reference-occupations", "outcomes")
        ]
    urls += ["/api/v1/profiles/?q=Bescheid", "/api/schema/", "/api/v3/pages/"]
    # Every profile's PDF (a restricted outcome must never reach it).
    urls += [
        tree[language][name].url + "pdf/"
        for language in ("de", "en")
        for name in ("country", "profile")
    ]
    for language in ("de", "en"):
        urls += [page.url for page in tree[language].values()]
    index = tree["de"]["countries"]
    urls.append(
        index.url + index.reverse_subpage("reference_occupation", args=[tree["occupation"].pk])
    )
    return urls


def restricted_urls(restricted):
    return [
        restricted["area"].url,
        "/en/workspace/",
        restricted["outcome"].url,
        restricted["outcome"].get_parent().url,
        restricted["outcome"].get_parent().get_parent().url + "?export=csv",
        restricted["guideline"].url,
        restricted["guideline"].get_parent().url,
        restricted["document"].url,
        restricted["image"].file.url,
        restricted["image"].get_rendition("width-40").url,
        restricted["forum"].url,
        restricted["topic_url"],
    ]


@pytest.fixture
def restricted(tree, german):
    return restricted_content(tree, german)


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_no_channel_leaks_restricted_content(client, tree, restricted, who):
    if who == "outsider":
        # Signed in, even with admin access (a translator), but not Registered staff.
        client.force_login(user_with(roles.TRANSLATORS, username="outsider"))
    for url in public_urls(tree):
        assert not leaks(client.get(url, follow=True)), url
    for url in restricted_urls(restricted):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert not leaks(response, url), url
        assert not leaks(client.get(url, follow=True), url), url


def test_outsider_choosers_do_not_offer_restricted_content(client, restricted):
    client.force_login(user_with(roles.TRANSLATORS, username="outsider"))
    # The choosers echo the query, so search for the words around the marker.
    for url in (
        "/admin/choose-page/search/?q=Arbeitshilfe",
        "/admin/choose-page/search/?q=Bescheid",
        "/admin/documents/chooser/?q=Dokument",
        "/admin/documents/chooser/",
        "/admin/documents/?q=Dokument",
        "/admin/images/chooser/?q=Bild",
        "/admin/images/chooser/",
    ):
        assert not leaks(client.get(url)), url
    staff = user_with(roles.REGISTERED_STAFF, roles.CHAMBER_EDITORS, username="staff")
    client.force_login(staff)
    assert MARKER in body(client.get("/admin/choose-page/search/?q=Arbeitshilfe"))


def test_registered_staff_read_it_and_it_is_never_cached(client, tree, restricted):
    staff = user_with(roles.REGISTERED_STAFF, username="staff")
    client.force_login(staff)
    for url in restricted_urls(restricted):
        response = client.get(url)
        assert response.status_code == 200, url
        if url.endswith((".png", ".jpg", ".gif")):
            continue  # image bytes carry no marker; test_media checks who gets them
        if url not in (restricted["area"].url, "/en/workspace/", restricted["forum"].url):
            assert MARKER in body(response), url
        assert "no-store" in response["Cache-Control"], url
        assert "private" in response["Cache-Control"], url
    profile = client.get(tree["de"]["profile"].url)
    html = body(profile)
    assert MARKER in html
    assert "Teilweise Gleichwertigkeit: 1" in html
    assert "Handwerkskammer A" in html
    assert "no-store" in profile["Cache-Control"]
    english = client.get(tree["en"]["profile"].url)
    assert MARKER in body(english), "outcomes of the German record show on the English profile"
    for url in (
        "/de/suche/?q=Arbeitshilfe",
        "/de/suche/?q=Notiz",
        "/de/suche/vorschlaege/?q=Besch",
    ):
        response = client.get(url)
        assert MARKER in body(response), url
        assert "no-store" in response["Cache-Control"], url


def test_profile_says_nothing_about_outcomes_to_others(client, tree, restricted):
    html = body(client.get(tree["de"]["profile"].url))
    assert "Anerkennungsergebnisse" not in html
    assert "outcome" not in html.lower()


def test_restriction_holds_for_the_english_translation_at_once(client, restricted):
    english_area = RestrictedAreaPage.objects.get(locale__language_code="en")
    assert english_area.get_view_restrictions().exists()
    response = client.get("/en/workspace/")
    assert response.status_code == 302


def test_each_chamber_edits_only_its_own_outcomes(client, tree, restricted):
    editor_a = chamber_editor(restricted["chamber_a"], username="editor-a")
    page_a = ChamberOutcomesPage.objects.get(chamber=restricted["chamber_a"])
    page_b = ChamberOutcomesPage.objects.get(chamber=restricted["chamber_b"])
    assert page_a.permissions_for_user(editor_a).can_add_subpage()
    assert not page_b.permissions_for_user(editor_a).can_add_subpage()
    assert restricted["outcome"].permissions_for_user(editor_a).can_edit()
    client.force_login(editor_a)
    add_b = client.get(f"/admin/pages/add/pages/recognitionoutcomepage/{page_b.pk}/")
    assert add_b.status_code == 302 and add_b["Location"] == "/admin/"
    editor_b = chamber_editor(restricted["chamber_b"], username="editor-b")
    client.force_login(editor_b)
    edit_a = client.get(f"/admin/pages/{restricted['outcome'].pk}/edit/")
    assert edit_a.status_code == 302 and edit_a["Location"] == "/admin/"


def outcome_form(tree, **fields):
    return nested_form_data(
        {
            "title": "Bescheid 2026",
            "slug": "bescheid-2026",
            "profile": tree["de"]["profile"].pk,
            "reference_occupation": tree["occupation"].pk,
            "result": "full",
            "decision_year": "2026",
            "completion_year": "2019",
            "substantial_differences": "",
            "compensation_measures": "",
            "notes": "",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            "action-submit": "1",
            **fields,
        }
    )


def test_outcome_form_refuses_what_looks_like_personal_data(client, tree, restricted):
    editor_a = chamber_editor(restricted["chamber_a"], username="editor-a")
    page_a = ChamberOutcomesPage.objects.get(chamber=restricted["chamber_a"])
    client.force_login(editor_a)
    url = f"/admin/pages/add/pages/recognitionoutcomepage/{page_a.pk}/"
    before = RecognitionOutcomePage.objects.count()
    for text in ("Kontakt: max.mustermann@example.com", "geb. 12.03.1988", "Tel. 0171 2345678"):
        response = client.post(url, outcome_form(tree, notes=text))
        assert response.status_code == 200, text
        assert RecognitionOutcomePage.objects.count() == before, text
    response = client.post(
        url, outcome_form(tree, notes="Tel. 0171 2345678", no_personal_data_confirmed="on")
    )
    assert response.status_code == 302
    created = RecognitionOutcomePage.objects.get(slug="bescheid-2026")
    assert created.get_workflow().name == "Outcome check"
    assert not created.live
    model_fields = {field.name for field in RecognitionOutcomePage._meta.get_fields()}
    assert not {"name", "first_name", "last_name", "birth_date", "date_of_birth"} & model_fields


def test_a_restriction_on_a_german_page_holds_for_its_translation_at_once(client, tree):
    from wagtail.models import PageViewRestriction

    german, english = tree["de"]["news"], tree["en"]["news"]
    assert client.get(english.url).status_code == 200
    restriction = PageViewRestriction.objects.create(page=german, restriction_type="groups")
    restriction.groups.set([Group.objects.get(name=roles.REGISTERED_STAFF)])
    assert client.get(english.url).status_code == 302
    copied = PageViewRestriction.objects.get(page=english)
    assert list(copied.groups.values_list("name", flat=True)) == [roles.REGISTERED_STAFF]
    restriction.delete()
    assert client.get(english.url).status_code == 200


def test_no_shared_password_restrictions(client, tree):
    admin = user_with(roles.PORTAL_ADMINISTRATORS, username="portal-admin")
    client.force_login(admin)
    response = client.get(f"/admin/pages/{tree['de']['news'].pk}/privacy/")
    html = response.json()["html"]
    assert 'value="password"' not in html
    assert 'value="groups"' in html


def test_staff_find_the_restricted_area_in_the_footer(client, tree):
    home = tree["de"]["home"].url
    assert "/de/arbeitsbereich/" not in body(client.get(home))
    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff"))
    assert 'href="/de/arbeitsbereich/"' in body(client.get(home))


def test_the_kept_footer_link_is_for_staff_only(client, tree):
    """The link is kept for all staff (pages.public_cache); after staff filled it, an editor
    of the admin who is not registered staff, and an anonymous visitor, still go without it."""
    home = tree["de"]["home"].url
    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff"))
    assert 'href="/de/arbeitsbereich/"' in body(client.get(home))
    client.force_login(user_with(roles.TRANSLATORS, username="translator"))
    assert "/de/arbeitsbereich/" not in body(client.get(home))
    client.logout()
    assert "/de/arbeitsbereich/" not in body(client.get(home))


def staff_signed_in(client, restricted):
    staff = user_with(roles.REGISTERED_STAFF, username="staff")
    client.force_login(staff)
    for url in (restricted["outcome"].url, "/de/"):  # the session's copy in the cache, warm
        assert MARKER in body(client.get(url)) or url == "/de/"
    return staff


def refused(client, restricted):
    response = client.get(restricted["outcome"].url)
    home = body(client.get("/de/"))
    return (
        response.status_code == 302
        and MARKER not in body(response)
        and 'href="/de/arbeitsbereich/"' not in home
    )


def test_staff_removed_from_the_group_are_refused_at_the_next_request(client, restricted):
    """Whether or not their sessions end (accounts.signals does it on commit), the groups are
    read again for every request: the removal holds at once, though the session is cached."""
    staff = staff_signed_in(client, restricted)
    membership = get_user_model().groups.through.objects.filter(user=staff)
    membership.delete()  # without signals: the session stands
    assert refused(client, restricted)

    staff.groups.add(Group.objects.get(name=roles.REGISTERED_STAFF))
    client.force_login(staff)
    assert not refused(client, restricted)
    staff.groups.remove(Group.objects.get(name=roles.REGISTERED_STAFF))
    assert refused(client, restricted)


def test_a_deactivated_staff_member_is_signed_out_at_the_next_request(client, restricted):
    staff = staff_signed_in(client, restricted)
    get_user_model().objects.filter(pk=staff.pk).update(is_active=False)  # without signals
    assert refused(client, restricted)
    assert "Log in for chamber staff" in body(client.get("/en/"))


def test_private_profiles_are_not_even_counted(client, tree):
    from wagtail.models import PageViewRestriction

    index = tree["de"]["countries"]
    assert "1 Berufsprofil" in body(client.get(index.url))
    PageViewRestriction.objects.create(
        page=tree["de"]["profile"], restriction_type=PageViewRestriction.LOGIN
    )
    html = body(client.get(index.url))
    assert "0 Berufsprofile" in html
    assert tree["de"]["profile"].title not in body(client.get(tree["de"]["country"].url))


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_feedback_takes_nothing_about_restricted_pages(client, restricted, who):
    if who == "outsider":
        client.force_login(user_with(roles.TRANSLATORS, username="outsider"))
    origin = {"HTTP_ORIGIN": "http://testserver"}
    for page in (restricted["area"], restricted["outcome"], restricted["guideline"]):
        for url in (f"/de/rueckmeldung/{page.pk}/fehler/", f"/en/feedback/{page.pk}/helpful/"):
            response = client.post(url, {"text": "x", "helpful": "yes"}, **origin)
            assert response.status_code == 404, url
            assert not leaks(response, url), url


def test_the_contact_form_never_names_a_restricted_page(client, restricted):
    from tests.feedback.test_feedback import shown

    data = {
        "topic": "general",
        "message": "Hallo",
        "shown": shown(),
        "website": "",
        "page": restricted["outcome"].pk,
    }
    response = client.post("/de/kontakt/senden/", data, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 302
    assert response["Location"] == "/de/?contact=sent#contact"
