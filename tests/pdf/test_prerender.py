"""After a publication the task queue renders a public profile's PDF into the cache, so its
first visitor gets it without waiting; restricted profiles' PDFs are never rendered there."""

import pytest
from django.test import override_settings

from moderation.publishing import trusted_publication
from tests.factories.moderation import restrict_to_registered_staff
from tests.pdf.test_pdf import no_network, pdf_text, pdf_url  # noqa: F401 (a fixture)
from tests.queue import database_queue, work_off

pytestmark = pytest.mark.django_db
SITE_HOST = "localhost"  # the address of the tests' site, where visitors come


@pytest.fixture(autouse=True)
def prerendering():
    with override_settings(PDF_PRERENDER=True), database_queue():
        yield


def renders():
    """The PDF renders the worker ran (Wagtail's own index updates are queued too)."""
    return [task for task in work_off() if task.task_path == "pdf.tasks.prerender_pdf"]


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), trusted_publication():
        page.save_revision().publish()


def test_a_published_profiles_pdf_is_ready_before_anyone_asks(
    client, tree, settings, django_capture_on_commit_callbacks
):
    profile = tree["de"]["profile"]
    profile.title = "Elektroniker (neu)"
    publish(profile, django_capture_on_commit_callbacks)
    [task] = renders()
    assert (task.status, task.return_value) == ("SUCCESSFUL", "rendered")

    settings.PDF_RENDER_RATE = "0/m"  # a render now would be refused: the PDF must be stored
    response = client.get(pdf_url(profile), HTTP_HOST=SITE_HOST)
    assert response.status_code == 200
    assert "Elektroniker (neu)" in pdf_text(response.content)


def test_a_restricted_profiles_pdf_is_not_rendered(
    client, tree, settings, django_capture_on_commit_callbacks
):
    profile = tree["de"]["profile"]
    restrict_to_registered_staff(profile)
    publish(profile, django_capture_on_commit_callbacks)
    [task] = renders()
    assert task.return_value == "skipped"
    settings.PDF_RENDER_RATE = "0/m"
    assert client.get(pdf_url(profile), HTTP_HOST=SITE_HOST).status_code == 302  # sign-in


def test_other_pages_queue_nothing(tree, django_capture_on_commit_callbacks):
    publish(tree["de"]["news"], django_capture_on_commit_callbacks)
    assert renders() == []
