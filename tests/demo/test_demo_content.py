"""The demo content command: complete, bilingual through localize, and idempotent."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision, WorkflowState
from wagtail_localize.models import StringTranslation, TranslationLog, TranslationSource

from pages.models import CountryProfilePage, ProfessionalProfilePage
from pages.snippets import Chamber, GlossaryTerm, OccupationalField, ReferenceOccupation


def snapshot():
    return {
        model.__name__: model.objects.count()
        for model in [
            Page,
            Revision,
            TranslationSource,
            TranslationLog,
            StringTranslation,
            ReferenceOccupation,
            OccupationalField,
            GlossaryTerm,
            Chamber,
            get_user_model(),
        ]
    }


def load_demo(capture):
    with capture(execute=True):
        call_command("load_demo_content", stdout=StringIO())


def test_demo_content(client, german, english, django_capture_on_commit_callbacks):
    """One load (it takes half a minute), every promise checked, then a second load."""
    load_demo(django_capture_on_commit_callbacks)
    check_complete_in_both_languages(german, english)
    check_english_pages_are_localize_translations(client, german, english)
    check_demo_accounts(client)
    check_workflow_stages()
    check_finder_and_footer(client)
    check_further_languages(client)
    before = snapshot()
    load_demo(django_capture_on_commit_callbacks)
    assert snapshot() == before, "a second run changes nothing"


def check_complete_in_both_languages(german, english):
    for locale in (german, english):
        countries = CountryProfilePage.objects.live().filter(locale=locale)
        assert countries.count() >= 23
        assert {"YUCS", "SUHH", "CSHH"} <= set(countries.values_list("iso_code", flat=True))
        assert ProfessionalProfilePage.objects.live().filter(locale=locale).count() >= 80
        assert ReferenceOccupation.objects.filter(locale=locale).count() >= 40
    assert Chamber.objects.count() >= 12
    assert set(Chamber.objects.values_list("chamber_type", flat=True)) == {
        "hwk",
        "ihk",
        "liberal",
        "agriculture",
    }
    assert Chamber.objects.values("federal_state").distinct().count() >= 4
    every_country_has_profiles = all(
        ProfessionalProfilePage.objects.child_of(country).exists()
        for country in CountryProfilePage.objects.filter(locale=german)
    )
    assert every_country_has_profiles


def check_finder_and_footer(client):
    """The independent check of the finder, and the legal pages in every footer."""
    for url in ("/de/zustaendige-stelle/", "/en/competent-authority/"):
        html = client.get(url, {"occupation": "Elektroniker/-in", "postcode": "80331"})
        assert "Handwerkskammer für München und Oberbayern" in html.content.decode()
    for language, links in {
        "de": [
            "impressum",
            "datenschutz",
            "barrierefreiheit",
            "leichte-sprache",
            "gebaerdensprache",
        ],
        "en": ["legal-notice", "privacy", "accessibility", "easy-to-read", "sign-language"],
    }.items():
        html = client.get(f"/{language}/").content.decode()
        for slug in links:
            assert f'href="/{language}/{slug}/"' in html
            assert client.get(f"/{language}/{slug}/").status_code == 200


def check_english_pages_are_localize_translations(client, german, english):
    turkey = CountryProfilePage.objects.get(locale=german, iso_code="TR")
    assert TranslationSource.objects.filter(object_id=turkey.translation_key).exists()
    english = turkey.get_translation(english)
    assert english.url == "/en/countries/turkey/"
    response = client.get(english.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Turkey" in html or "Türkiye" in html
    assert "Sample content" in html
    profile = ProfessionalProfilePage.objects.child_of(english).first()
    assert profile.url.startswith("/en/countries/turkey/")
    assert client.get(profile.url).status_code == 200


def check_demo_accounts(client):
    users = get_user_model().objects
    expected = {
        "editor": "Chamber editors",
        "editor2": "Chamber editors",
        "reviewer": "Reviewers",
        "competent": "Competent editors",
        "translator": "Translators (en)",
        "admin": "Portal administrators",
    }
    for username, group in expected.items():
        user = users.get(username=username)
        assert user.groups.filter(name=group).exists()
        assert client.login(username=username, password="demo")
    assert users.get(username="editor").staff_profile.chamber != (
        users.get(username="editor2").staff_profile.chamber
    )
    assert not users.filter(is_superuser=True).exists()


def check_workflow_stages():
    """One profile at each stage: draft, in review, awaiting final check, changes requested."""
    states = {
        (state.status, state.current_task_state.task.specific.__class__.__name__)
        for state in WorkflowState.objects.select_related("current_task_state__task")
    }
    assert ("in_progress", "ReviewTask") in states
    assert ("in_progress", "FinalCheckTask") in states
    assert ("needs_changes", "ReviewTask") in states
    in_workflow = {int(state.object_id) for state in WorkflowState.objects.all()}
    drafts = ProfessionalProfilePage.objects.filter(has_unpublished_changes=True).exclude(
        pk__in=in_workflow
    )
    assert drafts.filter(latest_revision__user__username="editor").exists()


def check_further_languages(client):
    """A visitor reads reviewed profiles in Ukrainian and Arabic, made through localize by each
    language's translator and approved through their workflow."""
    for code, title, direction in (("uk", "Сирія", "ltr"), ("ar", "سوريا", "rtl")):
        country = CountryProfilePage.objects.live().get(locale__language_code=code, iso_code="SY")
        assert country.title == title
        profiles = ProfessionalProfilePage.objects.child_of(country).live()
        assert profiles.count() >= 3
        html = client.get(profiles.first().url).content.decode()
        assert f'<html lang="{code}" dir="{direction}">' in html
        approved = WorkflowState.objects.filter(
            object_id=str(profiles.first().pk), status="approved"
        )
        assert approved.filter(requested_by__username=f"translator-{code}").exists()
        assert TranslationSource.objects.filter(object_id=country.translation_key).exists()
