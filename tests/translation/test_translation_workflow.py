"""Translators take German pages to reviewed English pages; no translation goes live unreviewed."""

import polib
import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from moderation.publishing import trusted_publication
from pages.models import CountryProfilePage, ProfessionalProfilePage, StandardPage
from portal import roles
from tests.factories.moderation import user_with
from tests.factories.pages import ProfessionalProfilePageFactory, StandardPageFactory


@pytest.fixture
def people(db):
    return {
        "translator": user_with(roles.TRANSLATORS, username="translator"),
        "reviewer": user_with(roles.REVIEWERS, username="reviewer"),
        "competent": user_with(roles.COMPETENT_EDITORS, username="competent"),
    }


def start_translation(client, user, page, english):
    client.force_login(user)
    return client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [english.pk]})


def refused(response):
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def po_round_trip(client, translation, translate):
    """Download the PO file, translate every entry, upload it again (as a translator would)."""
    base = f"/admin/localize/translate/{translation.pk}/pofile"
    po = polib.pofile(client.get(f"{base}/download/").content.decode())
    for entry in po:
        entry.msgstr = translate(entry.msgid, entry.msgctxt)
    upload = SimpleUploadedFile("translation.po", str(po).encode(), "text/x-gettext-translation")
    response = client.post(f"{base}/upload/", {"file": upload})
    assert response.status_code == 302
    return po


def approve(client, user, page):
    client.force_login(user)
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
    assert client.post(url).status_code in (200, 302)


def english_text(text, context):
    return "turkish-electrician" if context == "slug" else f"EN {text}"


def test_translator_takes_a_profile_to_a_reviewed_english_page(client, tree, people, english):
    german = ProfessionalProfilePageFactory(
        parent=tree["de"]["country"], title="Elektriker", slug="elektriker"
    )
    translator = people["translator"]
    assert start_translation(client, translator, german, english).status_code == 302
    target = german.get_translation(english).specific
    assert not target.live, "a new translation is a draft, never published with German text"

    translation = Translation.objects.get(
        source__object_id=german.translation_key, target_locale=english
    )
    machine = client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")
    assert machine.status_code == 302
    total, done = translation.get_progress()
    assert done == total, "the dummy machine translator pre-translated every string"

    po_round_trip(client, translation, english_text)

    editor = client.get(f"/admin/pages/{target.pk}/edit/")
    assert f"/admin/translation/{target.pk}/submit-for-review/" in editor.content.decode()
    publish = client.post(f"/admin/pages/{target.pk}/edit/", {"action": "publish"})
    assert refused(publish), "the translator cannot publish"
    target.refresh_from_db()
    assert not target.live

    response = client.post(f"/admin/translation/{target.pk}/submit-for-review/")
    assert response.status_code == 302
    target.refresh_from_db()
    assert not target.live
    assert target.current_workflow_state.requested_by == translator

    approve(client, translator, target)
    target.refresh_from_db()
    assert target.current_workflow_task.name == "Stufe 1: Fachliche Prüfung", "no self-review"

    approve(client, people["reviewer"], target)
    approve(client, people["competent"], target)
    target.refresh_from_db()
    assert target.live
    assert target.title == "EN Elektriker"
    assert target.url == "/en/countries/tuerkei-en/turkish-electrician/"
    page = client.get(target.url)
    assert page.status_code == 200
    assert "EN Elektriker" in page.content.decode()


def test_translation_review_on_english_information_pages(client, tree, people, english):
    german = StandardPageFactory(parent=tree["de"]["home"], title="Hinweise", slug="hinweise")
    start_translation(client, people["translator"], german, english)
    target = german.get_translation(english).specific
    assert target.get_workflow().name == "Translation review"
    client.post(f"/admin/translation/{target.pk}/submit-for-review/")
    approve(client, people["reviewer"], target)
    target.refresh_from_db()
    assert target.live, "one four-eyes review by a reviewer publishes a translation"


def test_translators_cannot_translate_what_they_may_not_edit(client, tree, people, english):
    # A German page under a German parent without English translation: the translation would
    # need a new page where nobody has made the parent, so it is refused.
    parent = StandardPageFactory(parent=tree["de"]["home"], slug="nur-deutsch")
    child = StandardPageFactory(parent=parent, slug="kind")
    assert refused(start_translation(client, people["translator"], child, english))
    # Someone with localize's global permission but no page permissions in the English tree.
    outsider = user_with(roles.REGISTERED_STAFF, username="outsider")
    outsider.user_permissions.add(
        *Permission.objects.filter(codename__in=["submit_translation", "access_admin"])
    )
    new_page = ProfessionalProfilePageFactory(parent=tree["de"]["country"], slug="neu")
    assert refused(start_translation(client, outsider, new_page, english))
    assert not new_page.has_translation(english)


def republish_german(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with trusted_publication():
        page.save_revision().publish()


def test_sync_never_publishes_and_marks_english_out_of_date(client, tree, people, english):
    german, target = tree["de"]["profile"], tree["en"]["profile"]
    live_revision = target.live_revision_id
    notice = "The German original of this page has changed since it was translated."
    assert notice not in client.get(target.url).content.decode()
    republish_german(german, summary="Neue Kurzbeschreibung.")

    html = client.get(target.url).content.decode()
    assert notice in html
    assert f'href="{german.url}" hreflang="de"' in html

    client.force_login(people["translator"])
    untranslated = StandardPageFactory(parent=tree["de"]["home"], title="Unübersetzt")
    dashboard = client.get("/admin/").content.decode()
    assert target.title in dashboard, "the translator's workbench lists it as out of date"
    assert untranslated.title in dashboard, "and what has no translation yet"

    source = TranslationSource.objects.get(object_id=german.translation_key)
    response = client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.live_revision_id == live_revision, "publish immediately is not offered"
    source.refresh_from_db()
    assert "Neue Kurzbeschreibung." in str(source.export_po())


def test_python_api_cannot_publish_a_translation(
    tree, english, people, django_capture_on_commit_callbacks
):
    german = tree["de"]["profile"]
    republish_german(german, summary="Noch eine Änderung.")
    translation = Translation.objects.get(
        source__object_id=german.translation_key, target_locale=english
    )
    translation.source.update_from_db()
    for publish in (True, False):
        with pytest.raises(PermissionDenied), django_capture_on_commit_callbacks(execute=True):
            translation.save_target(user=people["translator"], publish=publish)
    target = Page.objects.get(pk=tree["en"]["profile"].pk).specific
    assert "Noch eine Änderung." not in target.summary


def test_translatable_and_synchronised_fields_are_decided_field_by_field():
    translatable, synchronised = translatable_field_names(ProfessionalProfilePage)
    assert {"title", "slug", "summary", "body", "legal_basis"} <= translatable
    assert {
        "original_name",
        "isced_level",
        "isco_code",
        "duration_months",
        "valid_from",
        "valid_until",
        "last_reviewed",
        "reference_occupations",
        "occupational_field",
        "qualification_type",
    } <= synchronised
    translatable, synchronised = translatable_field_names(CountryProfilePage)
    assert {"title", "slug", "summary", "sections", "official_languages"} <= translatable
    assert {"iso_code", "region", "valid_since", "pathway_image", "last_reviewed"} <= synchronised
    assert "slug" in translatable_field_names(StandardPage)[0]


def translatable_field_names(model):
    fields = get_translatable_fields(model)
    return (
        {field.field_name for field in fields if not isinstance(field, SynchronizedField)},
        {field.field_name for field in fields if isinstance(field, SynchronizedField)},
    )


def test_machine_translation_is_configured_not_coded_around():
    from django.utils.module_loading import import_string
    from wagtail_localize.machine_translators import get_machine_translator

    assert type(get_machine_translator()).__name__ == "DummyTranslator"
    assert import_string("wagtail_localize.machine_translators.deepl.DeepLTranslator")


def test_translator_saves_a_string_in_the_translation_editor(client, tree, people, english):
    """The editor saves each string as form data; the API app's JSON-only settings once made
    this fail with 415 (Unsupported Media Type) for every manual translation."""
    german = ProfessionalProfilePageFactory(
        parent=tree["de"]["country"], title="Maurer", slug="maurer"
    )
    translator = people["translator"]
    assert start_translation(client, translator, german, english).status_code == 302
    translation = Translation.objects.get(
        source__object_id=german.translation_key, target_locale=english
    )
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    response = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{title.pk}/edit/",
        encode_multipart(BOUNDARY, {"value": "Bricklayer"}),
        content_type=MULTIPART_CONTENT,
    )
    assert response.status_code == 201
    assert response.json()["data"] == "Bricklayer"
