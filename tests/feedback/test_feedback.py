"""Readers' feedback as a reader, a spammer and the chambers see it: an error report reaches the
right chamber's list and no other, the answer reaches the reader, spam and floods are refused
with a clear message in both languages, nothing restricted is reported on, helpful votes are
counted, the contact form reaches the operators, and profiles stay in the page cache."""

import re
import time

import pytest
from django.core import mail, signing
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from feedback.forms import SALT
from feedback.models import ContactMessage, ErrorReport, HelpfulCount, Status
from moderation.publishing import trusted_publication
from pages import public_cache
from portal import roles
from tests.factories import pages as factories
from tests.factories.moderation import chamber_editor, user_with

ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


def shown(seconds_ago=10):
    return signing.Signer(salt=SALT).sign(str(int(time.time()) - seconds_ago))


def report(client, page, language="de", **data):
    url = f"/{language}/{'rueckmeldung' if language == 'de' else 'feedback'}/{page.pk}/"
    url += "fehler/" if language == "de" else "report/"
    fields = {"text": "Die Ausbildungsdauer ist falsch.", "shown": shown(), "website": ""}
    return client.post(url, {**fields, **data}, **ORIGIN)


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()


@pytest.fixture
def chambers(tree):
    """Two chambers; the profile belongs to an editor of the first."""
    first, second = factories.ChamberFactory(), factories.ChamberFactory()
    owner = chamber_editor(first, username="owner")
    profile = tree["de"]["profile"]
    profile.owner = owner
    with trusted_publication():
        profile.save_revision().publish()
        tree["de"]["country"].save_revision().publish()
    return first, second


def test_an_anonymous_report_reaches_the_profiles_chamber_only(client, tree, chambers):
    first, second = chambers
    profile = type(tree["de"]["profile"]).objects.get(pk=tree["de"]["profile"].pk)
    response = report(client, profile, revision=profile.live_revision_id)
    assert response.status_code == 302
    assert response["Location"].endswith("?feedback=reported#feedback")
    saved = ErrorReport.objects.get()
    assert (saved.page_id, saved.chamber, saved.revision_id) == (
        profile.pk,
        first,
        profile.live_revision_id,
    )
    assert "Vielen Dank: Ihre Meldung" in client.get(response["Location"]).content.decode()

    own = chamber_editor(first, username="own-editor")
    other = chamber_editor(second, username="other-editor")
    client.force_login(own)
    assert (
        "Die Ausbildungsdauer ist falsch."
        in client.get("/admin/feedback/reports/").content.decode()
    )
    client.force_login(other)
    assert (
        "Die Ausbildungsdauer ist falsch."
        not in client.get("/admin/feedback/reports/").content.decode()
    )
    client.force_login(user_with(roles.REGISTERED_STAFF, roles.COMPETENT_EDITORS, username="c"))
    assert (
        "Die Ausbildungsdauer ist falsch."
        in client.get("/admin/feedback/reports/").content.decode()
    )


def test_a_revision_of_another_page_is_not_taken(client, tree, chambers):
    country, profile = (
        type(page).objects.get(pk=page.pk)
        for page in (tree["de"]["country"], tree["de"]["profile"])
    )
    report(client, profile, revision=country.live_revision_id)
    assert ErrorReport.objects.get().revision_id == profile.live_revision_id


@pytest.mark.parametrize(
    ("who", "status"),
    [("translator", (302, 403)), ("staff", (302, 403)), ("anonymous", (302,))],
)
def test_nobody_else_reads_or_closes_the_reports(client, tree, chambers, who, status):
    report(client, tree["de"]["profile"])
    saved = ErrorReport.objects.get()
    if who == "translator":
        client.force_login(user_with(roles.TRANSLATORS, username="t"))
    elif who == "staff":
        client.force_login(user_with(roles.REGISTERED_STAFF, username="s"))
    response = client.get("/admin/feedback/reports/")
    assert response.status_code in status
    assert "Die Ausbildungsdauer" not in response.content.decode()
    closing = client.post(
        f"/admin/feedback/reports/{saved.pk}/close/", {"status": "resolved", "note": "x"}
    )
    assert closing.status_code in (302, 403, 404)
    assert ErrorReport.objects.get().status == Status.OPEN


def test_resolving_answers_the_reader_by_email(
    client, tree, chambers, django_capture_on_commit_callbacks
):
    report(client, tree["de"]["profile"], email="leser@example.org")
    saved = ErrorReport.objects.get()
    client.force_login(chamber_editor(chambers[0], username="handler"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/feedback/reports/{saved.pk}/close/",
            {"status": "resolved", "note": "Korrigiert, danke!"},
        )
    assert response.status_code == 302
    saved.refresh_from_db()
    assert (saved.status, saved.note, saved.closed_by.username) == (
        "resolved",
        "Korrigiert, danke!",
        "handler",
    )
    [answer] = [message for message in mail.outbox if message.to == ["leser@example.org"]]
    assert "Korrigiert, danke!" in answer.body
    assert answer.body.startswith("Vielen Dank für Ihre Nachricht")  # the reader's language


@pytest.mark.parametrize(
    ("language", "data", "message"),
    [
        ("de", {"website": "http://spam.example"}, "Nicht gesendet"),
        ("en", {"website": "http://spam.example"}, "This was not sent"),
        ("de", {"shown": 0}, "Das ging sehr schnell"),
        ("en", {"shown": 0}, "That was very fast"),
        ("en", {"shown": 8 * 24 * 3600}, "This form is out of date"),
        ("de", {"shown": "gefälscht"}, "Das Formular konnte nicht geprüft werden"),
        ("en", {"text": ""}, "This field is required"),
        ("de", {"email": "keine-adresse"}, "Geben Sie eine gültige E-Mail-Adresse an"),
    ],
)
def test_spam_and_invalid_fields_are_refused_clearly(client, tree, language, data, message):
    if isinstance(data.get("shown"), int):
        data = {**data, "shown": shown(data["shown"])}  # signed now, not when collected
    response = report(client, tree[language]["profile"], language=language, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ErrorReport.objects.exists()


def test_a_foreign_origin_is_refused(client, tree):
    url = f"/en/feedback/{tree['en']['profile'].pk}/report/"
    data = {"text": "x", "shown": shown(), "website": ""}
    response = client.post(url, data, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 400
    assert not ErrorReport.objects.exists()


def test_a_flood_is_refused_with_a_clear_message(client, tree, settings):
    settings.FEEDBACK_RATE = "2/h"
    for _ in range(2):
        assert report(client, tree["de"]["profile"]).status_code == 302
    refused = report(client, tree["de"]["profile"])
    assert refused.status_code == 429
    assert "Zu viele Meldungen" in refused.content.decode()
    assert ErrorReport.objects.count() == 2


def test_restricted_and_unpublished_pages_take_no_report(client, tree):
    profile = tree["de"]["profile"]
    PageViewRestriction.objects.create(page=profile, restriction_type="login")
    public_cache.changed()
    assert report(client, profile).status_code == 404
    draft = factories.StandardPageFactory(parent=tree["de"]["home"], slug="entwurf", live=False)
    assert report(client, draft).status_code == 404
    assert not ErrorReport.objects.exists()


def test_helpful_votes_are_counted_per_page_and_day(client, tree):
    profile = tree["en"]["profile"]
    url = f"/en/feedback/{profile.pk}/helpful/"
    for answer in ("yes", "yes", "no"):
        response = client.post(url, {"helpful": answer, "shown": shown(), "website": ""}, **ORIGIN)
        assert response.status_code == 302
    row = HelpfulCount.objects.get(page=profile)
    assert (row.yes, row.no) == (2, 1)


def test_the_contact_form_reaches_the_operators(
    client, tree, settings, django_capture_on_commit_callbacks
):
    settings.PORTAL_OPERATOR_EMAILS = ["redaktion@bq-portal.example"]
    data = {
        "topic": "accessibility",
        "message": "Der Kontrast im Kopf ist zu gering.",
        "email": "leser@example.org",
        "shown": shown(),
        "website": "",
        "page": tree["de"]["about"].pk,
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/de/kontakt/senden/", data, **ORIGIN)
    assert response.status_code == 302
    assert response["Location"].startswith(tree["de"]["about"].url)
    saved = ContactMessage.objects.get()
    assert (saved.topic, saved.email) == ("accessibility", "leser@example.org")
    [sent] = [m for m in mail.outbox if m.to == ["redaktion@bq-portal.example"]]
    assert "Kontrast" in sent.body and sent.reply_to == ["leser@example.org"]
    admin = user_with(roles.REGISTERED_STAFF, roles.PORTAL_ADMINISTRATORS, username="op")
    client.force_login(admin)
    assert "Kontrast" in client.get("/admin/feedback/messages/").content.decode()
    client.force_login(user_with(roles.CHAMBER_EDITORS, username="ed"))
    assert client.get("/admin/feedback/messages/").status_code in (302, 403)


def test_the_contact_form_block_preselects_the_accessibility_topic(client, tree):
    about = tree["de"]["about"]
    about.body = [("contact_form", None)]
    with trusted_publication():
        about.save_revision().publish()
    html = client.get(about.url + "?topic=accessibility").content.decode()
    assert re.search(r'<option value="accessibility" selected>', html)
    assert 'action="/de/kontakt/senden/"' in html


def test_a_profile_with_the_forms_stays_in_the_page_cache(client, tree):
    url = tree["de"]["profile"].url
    first = client.get(url)
    assert 'action="/de/rueckmeldung/' in first.content.decode()
    assert first["X-Page-Cache"] == "stored"
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_addresses_of_closed_reports_are_forgotten_after_their_period(tree):
    from datetime import timedelta

    from django.utils import timezone

    from feedback.models import purge_addresses

    now = timezone.now()
    old, recent, still_open = (
        ErrorReport.objects.create(
            page=tree["de"]["profile"], text="x", language="de", email=f"{n}@example.org"
        )
        for n in ("alt", "neu", "offen")
    )
    ErrorReport.objects.filter(pk=old.pk).update(status="resolved", closed_at=now - timedelta(91))
    ErrorReport.objects.filter(pk=recent.pk).update(status="resolved", closed_at=now)
    assert purge_addresses(now - timedelta(90)) == 1
    emails = dict(ErrorReport.objects.values_list("pk", "email"))
    assert emails == {old.pk: "", recent.pk: "neu@example.org", still_open.pk: "offen@example.org"}
