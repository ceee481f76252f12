"""Restricted content carrying a secret marker, and how a response is searched for it.

`restricted_content` makes one of each kind of restricted thing (outcome, guideline, document,
image, forum topic and post, an e-mail waiting in the task queue), each with MARKER in its title
and body; the leak tests request every channel and assert the marker never reaches anyone
outside Registered staff.
"""

import io
from urllib.parse import quote

import wagtail_factories
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.models import Collection

from forum.models import ForumPage
from pages.models import (
    ChamberOutcomesPage,
    GuidelineIndexPage,
    GuidelinePage,
    RecognitionOutcomePage,
    RestrictedAreaPage,
)
from portal import roles
from search.indexing import rebuild as rebuild_search_index
from tests.factories.forum import topic_with_posts
from tests.factories.moderation import user_with
from tests.factories.pages import ChamberFactory
from tests.queue import database_queue

MARKER = "GEHEIM-7f3a9c"


def restricted_content(tree, german):
    chamber_a = ChamberFactory(name="Handwerkskammer A")
    chamber_b = ChamberFactory(name="Handwerkskammer B")
    outcome = ChamberOutcomesPage.objects.get(chamber=chamber_a).add_child(
        instance=RecognitionOutcomePage(
            title=f"Bescheid {MARKER}",
            profile=tree["de"]["profile"],
            reference_occupation=tree["occupation"],
            result="partial",
            substantial_differences="Fehlende Praxis",
            decision_year=2025,
            completion_year=2015,
            notes=f"Notiz {MARKER}",
            locale=german,
        )
    )
    guideline = GuidelineIndexPage.objects.get(locale=german).add_child(
        instance=GuidelinePage(
            title=f"Arbeitshilfe {MARKER}",
            intro=f"Einleitung {MARKER}",
            locale=german,
        )
    )
    document = get_document_model().objects.create(
        title=f"Dokument {MARKER}",
        file=ContentFile(f"Inhalt {MARKER}".encode(), name="arbeitshilfe.txt"),
        collection=Collection.objects.get(name="Arbeitsbereich"),
    )
    image = wagtail_factories.ImageFactory(
        title=f"Bild {MARKER}", collection=Collection.objects.get(name="Arbeitsbereich")
    )
    forum = ForumPage.objects.get(locale=german)
    author = user_with(roles.REGISTERED_STAFF, username="forum-author")
    topic = topic_with_posts(forum, author, f"Thema {MARKER}", [(author, f"Beitrag {MARKER}")])
    rebuild_search_index()  # restricted pages are in the index: the search must filter them
    with database_queue():  # an e-mail about restricted content waits in the task queue
        send_mail(f"Bescheid {MARKER}", f"Notiz {MARKER}", None, ["staff@hwk-a.example"])
    return {
        "forum": forum,
        "image": image,
        "topic_url": forum.topic_url(topic),
        "chamber_a": chamber_a,
        "chamber_b": chamber_b,
        "outcome": outcome,
        "guideline": guideline,
        "document": document,
        "area": RestrictedAreaPage.objects.get(locale=german),
    }


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if response.get("Content-Type") == "application/pdf":  # its text, not compressed streams
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return content.decode(errors="replace")


def leaks(response, requested=""):
    """The marker in any case (slugs carry it lower-cased), not counting the requested URL
    itself, which a login page echoes back to its requester as ?next=."""
    text = body(response)
    for echo in (requested, quote(requested)):
        if echo:
            text = text.replace(echo, "")
    return MARKER.lower() in text.lower()
