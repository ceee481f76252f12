"""The restricted area holds whatever happens to its pages, and the admin shows nothing of it
to users outside Registered staff (privacy app; docs/privacy.md lists the channels).

Every case ends the way an attacker would check it: an anonymous GET that must be refused, or
the secret marker that must never appear in what a non-staff admin user is shown.
"""

import html
import inspect
import re
import threading
from collections import deque
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from wagtail.blocks import Block
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import Translation, TranslationSource

from moderation.publishing import trusted_publication
from pages.models import GuidelineIndexPage, RestrictedAreaPage
from portal import roles
from privacy import mirroring, patches
from privacy.views import is_public
from tests.factories.moderation import restrict_to_registered_staff, user_with
from tests.factories.pages import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory
from tests.leaks import body, leaks, restricted_content


def refused(client, page):
    """An anonymous visitor is sent to the sign-in (or finds nothing) instead of the page."""
    client.logout()
    return client.get(page.url).status_code in (302, 404)


@pytest.fixture
def restricted(tree, german, translate):
    content = restricted_content(tree, german)
    content["guideline_en"] = translate(content["guideline"])
    return content


def not_found(client, url, data=None):
    """Answered as for an id that does not exist (admin 404s go on to the site's 404 page)."""
    response = client.post(url, data, follow=True) if data else client.get(url, follow=True)
    return response.status_code == 404 and not leaks(response, url)


# Deletion, in every form: a dying page's restrictions are never mirrored.


def test_deleting_the_english_version_keeps_the_german_page_restricted(client, tree):
    german, english = tree["de"]["news"], tree["en"]["news"]
    restrict_to_registered_staff(german)
    assert refused(client, english)
    english.delete()
    assert refused(client, german)


def test_deleting_the_german_version_keeps_the_english_page_restricted(client, tree):
    german, english = tree["de"]["news"], tree["en"]["news"]
    restrict_to_registered_staff(german)
    german.delete()
    assert refused(client, english)


def test_deleting_a_translation_in_the_admin_keeps_the_original_restricted(client, tree):
    german, english = tree["de"]["news"], tree["en"]["news"]
    restrict_to_registered_staff(german)
    client.force_login(user_with(roles.COMPETENT_EDITORS, username="competent"))
    response = client.post(f"/admin/pages/{english.pk}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk=english.pk).exists()
    assert refused(client, german)


def test_deleting_the_english_restricted_area_keeps_the_german_one_closed(client, restricted):
    RestrictedAreaPage.objects.get(locale__language_code="en").delete()
    for page in (restricted["area"], restricted["guideline"], restricted["outcome"]):
        assert refused(client, page), page.url


def test_deleting_the_german_restricted_area_keeps_the_english_one_closed(client, restricted):
    restricted["area"].delete()
    english_area = RestrictedAreaPage.objects.get(locale__language_code="en")
    assert refused(client, english_area)
    assert refused(client, restricted["guideline_en"])


def test_deleting_an_ancestor_of_a_translation_keeps_the_original_restricted(client, tree):
    german = tree["de"]["news"]
    restrict_to_registered_staff(german)
    tree["en"]["news_index"].delete()
    assert refused(client, german)


def test_aliases_stay_restricted_and_their_deletion_opens_nothing(client, tree, restricted):
    guideline = restricted["guideline"]  # restricted by its ancestor, the restricted area
    with trusted_publication():
        alias = guideline.create_alias(parent=tree["de"]["home"], update_slug="alias")
    assert refused(client, alias)
    alias.delete()
    assert refused(client, guideline)
    news = tree["de"]["news"]
    restrict_to_registered_staff(news)
    with trusted_publication():
        news_alias = news.create_alias(parent=tree["de"]["home"], update_slug="news-alias")
    assert refused(client, news_alias)
    news_alias.delete()
    assert refused(client, news)
    assert refused(client, tree["en"]["news"])


# Moves, copies, unpublishing and localize's sync.


def test_a_translation_moved_out_of_the_restricted_area_stays_restricted(client, tree, restricted):
    english = restricted["guideline_en"]
    english.move(tree["en"]["home"], pos="last-child")
    english.refresh_from_db()
    assert refused(client, english)


def test_an_original_moved_out_of_the_restricted_area_stays_restricted(client, tree, restricted):
    german = restricted["guideline"]
    german.move(tree["de"]["home"], pos="last-child")
    german.refresh_from_db()
    assert refused(client, german)


def test_a_copy_of_a_restricted_page_is_restricted(client, tree, restricted):
    with trusted_publication():
        copy = restricted["guideline"].copy(
            to=tree["de"]["home"], update_attrs={"slug": "kopie"}, keep_live=True
        )
    assert copy.live
    assert refused(client, copy)


def test_a_copy_in_the_admin_is_restricted(client, tree):
    restrict_to_registered_staff(tree["de"]["news_index"])  # the news page by its ancestor
    public_index = NewsIndexPageFactory(parent=tree["de"]["home"], slug="presse")
    client.force_login(user_with(roles.REGISTERED_STAFF, username="root", is_superuser=True))
    response = client.post(
        f"/admin/pages/{tree['de']['news'].pk}/copy/",
        {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": public_index.pk},
    )
    assert response.status_code == 302
    assert not is_public(Page.objects.get(slug="kopie"))


def test_unpublishing_the_original_leaves_the_translation_restricted(client, tree):
    german, english = tree["de"]["news"], tree["en"]["news"]
    restrict_to_registered_staff(german)
    german.unpublish()
    assert refused(client, english)


def test_a_localize_sync_keeps_the_restriction(client, tree, translate):
    german, english = tree["de"]["news"], tree["en"]["news"]
    restrict_to_registered_staff(german)
    translate(german)
    assert refused(client, english)
    assert refused(client, german)


def test_a_new_translation_of_a_restricted_page_keeps_its_readers(client, tree, translate):
    german = NewsPageFactory(parent=tree["de"]["news_index"], title="Intern", slug="intern")
    restrict_to_registered_staff(german)
    english = translate(german)  # localize's sync copies the restriction without its groups
    assert refused(client, english)
    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff"))
    assert client.get(german.url).status_code == 200
    assert client.get(english.url).status_code == 200


def test_removing_a_restriction_on_purpose_opens_every_version(client, tree):
    german, english = tree["de"]["news"], tree["en"]["news"]
    restrict_to_registered_staff(german)
    PageViewRestriction.objects.get(page=english).delete()  # the admin's privacy dialog
    assert client.get(german.url).status_code == 200
    assert client.get(english.url).status_code == 200


def test_a_sync_after_a_move_into_the_restricted_area_keeps_the_translation_closed(
    client, tree, restricted, translate
):
    german, english = tree["de"]["news"], tree["en"]["news"]
    german.move(restricted["area"], pos="last-child")
    german.refresh_from_db()
    assert refused(client, english)
    translate(german)  # localize's sync would delete the translation's restriction
    assert refused(client, english)


def test_removing_a_redundant_restriction_keeps_versions_of_restricted_pages_closed(
    client, tree, restricted
):
    english = restricted["guideline_en"]
    english.move(tree["en"]["home"], pos="last-child")  # public place, secured by a copy
    restrict_to_registered_staff(restricted["guideline"])  # redundant under the area
    PageViewRestriction.objects.get(page=restricted["guideline"]).delete()
    english.refresh_from_db()
    assert refused(client, english)


def test_localize_sync_is_the_privacy_apps_and_its_patch_still_fits():
    patched = TranslationSource.sync_view_restrictions
    original = patches.ORIGINAL_SYNC_VIEW_RESTRICTIONS
    assert patched is patches.sync_view_restrictions
    assert inspect.signature(original) == inspect.signature(patched)
    callers = inspect.getsource(TranslationSource)
    assert callers.count("self.sync_view_restrictions(") >= 2, "localize stopped calling it"


def test_mirroring_is_marked_per_thread_not_per_process(tree):
    seen = []
    with mirroring.mirroring():
        worker = threading.Thread(target=lambda: seen.append(mirroring._mirroring.get()))
        worker.start()
        worker.join()
    assert seen == [False]


# Translators and wagtail-localize.


def test_convert_to_alias_never_publishes_around_review(client, tree):
    english = tree["en"]["profile"]
    english.unpublish()
    client.force_login(user_with(roles.TRANSLATORS, username="translator"))
    response = client.post(f"/admin/localize/page/{english.pk}/convert_to_alias/")
    assert response.status_code in (302, 403)
    english.refresh_from_db()
    assert not english.live and english.alias_of_id is None
    client.logout()
    assert client.get(english.url).status_code == 404


def test_translators_cannot_translate_or_open_restricted_pages(client, restricted, english):
    translator = user_with(roles.TRANSLATORS, username="translator")
    client.force_login(translator)
    outcome_index = restricted["outcome"].get_parent().get_parent()
    for page in (outcome_index, restricted["area"], restricted["guideline"]):
        url = f"/admin/localize/submit/page/{page.pk}/"
        assert not_found(client, url), url
        assert not_found(client, url, {"locales": [english.pk], "include_subtree": "on"}), url
    section = StandardPageFactory(parent=restricted["area"].get_parent(), slug="intern")
    restrict_to_registered_staff(StandardPageFactory(parent=section, slug="geheim"))
    response = client.post(  # a page they may translate, with a restricted page below it
        f"/admin/localize/submit/page/{section.pk}/",
        {"locales": [english.pk], "include_subtree": "on"},
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"  # refused
    assert not section.get_translations().exists()
    assert not Page.objects.filter(
        locale__language_code="en", translation_key=outcome_index.translation_key
    ).exists()
    for page in (restricted["guideline_en"], RestrictedAreaPage.objects.get(locale=english)):
        assert not_found(client, f"/admin/pages/{page.pk}/edit/")
        assert not page.permissions_for_user(translator).can_edit()
    index = GuidelineIndexPage.objects.get(locale=english)
    assert not index.permissions_for_user(translator).can_add_subpage()


# Roles.


def test_roles_that_work_in_the_restricted_area_imply_registered_staff(db):
    staff = Group.objects.get(name=roles.REGISTERED_STAFF)
    for role in (
        roles.CHAMBER_EDITORS,
        roles.REVIEWERS,
        roles.COMPETENT_EDITORS,
        roles.PORTAL_ADMINISTRATORS,
    ):
        user = user_with(role, username=f"user-{role}")
        assert user.groups.filter(pk=staff.pk).exists(), role
        user.groups.remove(staff)
        assert user.groups.filter(pk=staff.pk).exists(), role
    reviewer = user_with(username="later")
    Group.objects.get(name=roles.REVIEWERS).user_set.add(reviewer)
    assert reviewer.groups.filter(pk=staff.pk).exists()
    translator = user_with(roles.TRANSLATORS, username="translator")
    assert not translator.groups.filter(pk=staff.pk).exists()


# Uploads.

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'


def test_svg_uploads_are_refused(client, db):
    client.force_login(user_with(roles.REGISTERED_STAFF, username="root", is_superuser=True))
    before = get_image_model().objects.count()
    response = client.post(
        "/admin/images/add/",
        {"title": "Bild", "file": ContentFile(SVG, name="bild.svg"), "collection": 1},
    )
    assert response.status_code == 200
    assert get_image_model().objects.count() == before


def test_an_svg_in_storage_is_never_served_inline(client, db):
    image = get_image_model().objects.create(
        title="Alt", file=ContentFile(SVG, name="alt.svg"), width=10, height=10
    )
    response = client.get(image.file.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    # Its own policy, with the frame-ancestors of X-Frame-Options added (portal.security).
    assert response["Content-Security-Policy"] == "sandbox; frame-ancestors 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


# The admin crawl: nothing restricted reaches an admin user outside Registered staff.

LINK = re.compile(r'(?:href|data-url|hx-get|src|action)="(/admin/[^"#]*)"')
NOT_FOLLOWED = re.compile(r"logout|/delete|/revert|/unpublish|/disable|/unlock|/lock|/copy/$")
CRAWL_LIMIT = 2000
PAGE_VIEWS = [
    "",
    "edit/",
    "edit/preview/",
    "history/",
    "revisions/",
    "workflow_history/",
    "copy/",
    "move/",
    "delete/",
    "unpublish/",
    "privacy/",
    "usage/",
]
SEARCH_WORDS = ["Bescheid", "Arbeitshilfe", "Dokument", "Bild", "Thema", "GEHEIM", "7f3a9c"]


OPERATOR_REPORTS = (
    "country-coverage",
    "overdue-review",
    "outcome-statistics",
    "error-reports",
    "translation-coverage",
    "out-of-date-translations",
    "page-views",
    "search-terms",
)


def probes(restricted):
    """Admin URLs that name restricted things directly, as an attacker would guess them."""
    pages = [
        restricted["area"],
        restricted["outcome"],
        restricted["outcome"].get_parent(),
        restricted["outcome"].get_parent().get_parent(),
        restricted["guideline"],
        restricted["guideline"].get_parent(),
        restricted["guideline_en"],
        restricted["guideline_en"].get_parent(),
        restricted["forum"],
        RestrictedAreaPage.objects.get(locale__language_code="en"),
    ]
    chambers_page = restricted["outcome"].get_parent()
    record = f"/admin/outcomes/record/{restricted['outcome'].profile_id}/"
    urls = ["/admin/", "/admin/outcomes/import/", record, f"{record}?chamber={chambers_page.pk}"]
    urls += [f"/admin/reports/{name}/?export=csv" for name in OPERATOR_REPORTS]
    for page in pages:
        urls += [f"/admin/pages/{page.pk}/{view}" for view in PAGE_VIEWS]
        urls += [
            f"/admin/localize/submit/page/{page.pk}/",
            f"/admin/localize/page/{page.pk}/convert_to_alias/",
            f"/admin/translation/{page.pk}/submit-for-review/",
            f"/admin/api/main/pages/{page.pk}/",
            f"/admin/api/main/pages/?child_of={page.pk}",
            f"/admin/choose-page/{page.pk}/",
        ]
        urls += [
            f"/admin/choose-page/chosen-multiple/?id={page.pk}",
            f"/admin/bulk/wagtailcore/page/delete/?id={page.pk}",
            f"/admin/bulk/wagtailcore/page/move/?childOf={page.pk}&id=all",
        ]
        revision = page.get_latest_revision()
        if revision:
            urls.append(f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/")
    for translation in Translation.objects.all():
        urls += [
            f"/admin/localize/translate/{translation.pk}/pofile/download/",
            f"/admin/localize/translate/{translation.pk}/preview/",
        ]
    urls += [f"/admin/localize/update/{source.pk}/" for source in TranslationSource.objects.all()]
    document, image = restricted["document"], restricted["image"]
    urls += [
        f"/admin/documents/edit/{document.pk}/",
        f"/admin/documents/usage/{document.pk}/",
        f"/admin/documents/chooser/chosen/{document.pk}/",
        f"/admin/images/{image.pk}/",
        f"/admin/images/usage/{image.pk}/",
        f"/admin/images/chooser/chosen/{image.pk}/",
        f"/admin/images/{image.pk}/preview/original/",
    ]
    previewed = {}  # one preview of each kind of block (the same class previews the same)
    for block_id, block in Block.definition_registry.items():
        previewed.setdefault(type(block), block_id)
    urls += [f"/admin/block-preview/?id={block_id}" for block_id in previewed.values()]
    for word in SEARCH_WORDS:
        urls += [
            f"/admin/pages/search/?q={word}",
            f"/admin/choose-page/search/?q={word}",
            f"/admin/documents/?q={word}",
            f"/admin/documents/chooser/results/?q={word}",
            f"/admin/images/?q={word}",
            f"/admin/images/chooser/results/?q={word}",
            f"/admin/api/main/pages/?search={word}",
            f"/admin/localize/reports/translations/?source_title={word}",
        ]
    urls += [
        f"/admin/choose-page/?page_type={model}"
        for model in ("pages.recognitionoutcomepage", "pages.guidelinepage", "forum.forumpage")
    ]
    urls += [f"/admin/bulk/wagtailcore/page/{action}/?id=all" for action in ("delete", "move")]
    urls += [
        "/admin/reports/site-history/",
        "/admin/reports/aging-pages/",
        "/admin/reports/locked/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/page-types-usage/",
        "/admin/localize/reports/translations/",
        "/admin/api/main/pages/?limit=100",
        "/admin/my-data/",
        "/admin/my-data/download/",
        "/admin/task-queue/",
        "/admin/task-queue/?status=READY",
    ]
    return urls


def shape(url):
    """Links that differ only in the values of their query (sorting, filters, paging) show the
    same kind of answer: the crawl follows one of each shape."""
    parts = urlsplit(url)
    return parts.path, frozenset(key for key, _value in parse_qsl(parts.query))


def crawl(client, start):
    """GET every admin URL in `start` and one of each shape of admin link found on the way; the
    URLs whose answer shows the marker, and the URLs requested."""
    seen, shapes, queue, found = set(), set(), deque(start), []
    while queue and len(seen) < CRAWL_LIMIT:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if leaks(response, url):
            found.append(url)
        content_type = response.get("Content-Type", "")
        if response.status_code != 200 or not ("html" in content_type or "json" in content_type):
            continue
        for link in LINK.findall(html.unescape(body(response).replace("\\/", "/"))):
            if not NOT_FOLLOWED.search(urlsplit(link).path) and shape(link) not in shapes:
                shapes.add(shape(link))
                queue.append(link)
    return found, seen


def test_admin_crawl_shows_nothing_restricted_to_non_staff(client, restricted):
    outsiders = Group.objects.create(name="Outsiders")
    outsiders.permissions.add(Permission.objects.get(codename="access_admin"))
    for user in (
        user_with(roles.TRANSLATORS, username="translator"),
        user_with("Outsiders", username="outsider"),
    ):
        client.force_login(user)
        found, seen = crawl(client, probes(restricted))
        assert found == [], (user.username, found)
        assert len(seen) > 150, (user.username, len(seen))
    staff = user_with(roles.REVIEWERS, username="reviewer")
    client.force_login(staff)
    found, _seen = crawl(client, probes(restricted)[:40])
    assert found, "the crawl finds the marker where staff may see it"


def test_admin_forms_do_not_name_restricted_parents(client, tree, restricted):
    client.force_login(user_with(roles.TRANSLATORS, username="translator"))
    area = restricted["guideline"].get_parent()
    english_news = tree["en"]["news"]
    for url, data in (
        ("/admin/pages/create/pages/standardpage", {"parent_page": area.pk}),
        (f"/admin/pages/{english_news.pk}/copy/", {"new_parent_page": area.pk, "new_slug": "x"}),
        (f"/admin/pages/{english_news.pk}/move/", {"new_parent_page": area.pk}),
    ):
        response = client.post(url, data, follow=True)
        assert response.status_code == 404, url
        assert not leaks(response, url), url
        assert area.title not in body(response), url


def test_the_dashboard_counts_only_pages_the_user_may_read(client, tree, restricted):
    translator = user_with(roles.TRANSLATORS, username="translator")
    client.force_login(translator)
    html_text = body(client.get("/admin/"))
    link = re.search(r'href="/admin/pages/\d+/">\s*(\d+) (?:Seiten|Seite|Pages|Page)\b', html_text)
    shown = int(link.group(1))
    english_home = tree["en"]["home"]
    readable = Page.objects.descendant_of(english_home, inclusive=True)
    assert (
        shown
        == readable.count()
        - Page.objects.filter(
            path__startswith=RestrictedAreaPage.objects.get(locale=english_home.locale).path
        ).count()
    )


def test_editors_cannot_refer_to_what_they_may_not_read(client, tree, restricted):
    translator = user_with(roles.TRANSLATORS, username="translator")
    client.force_login(translator)
    url = f"/admin/pages/add/pages/standardpage/{tree['en']['home'].pk}/"

    def page_form(slug, document):
        return nested_form_data(
            {
                "title": "Information",
                "slug": slug,
                "intro": "",
                "body": streamfield([("document", {"document": document.pk, "description": ""})]),
                "comments": inline_formset([]),
            }
        )

    response = client.post(url, page_form("secret", restricted["document"]), follow=True)
    assert response.redirect_chain == [("/admin/", 302)]  # "no permission"
    assert not leaks(response, url)
    assert not Page.objects.filter(slug="secret").exists()
    public = get_document_model().objects.create(
        title="Merkblatt", file=ContentFile(b"Text", name="merkblatt.txt")
    )
    assert client.post(url, page_form("public", public)).status_code == 302
    assert Page.objects.filter(slug="public").exists()
