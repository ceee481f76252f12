"""Uploaded files are served through Django: restricted images and renditions only to staff."""

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from portal import roles
from tests.factories.moderation import user_with


@pytest.fixture
def images(db):
    root = Collection.get_first_root_node()
    restricted = Collection.objects.get(name="Arbeitsbereich")
    public = wagtail_factories.ImageFactory(collection=root, title="Bildungswege")
    private = wagtail_factories.ImageFactory(collection=restricted, title="Bescheid-Scan")
    return {
        "public": public.file.url,
        "public_rendition": public.get_rendition("width-40").url,
        "private": private.file.url,
        "private_rendition": private.get_rendition("width-40").url,
    }


def test_public_images_are_served_and_cacheable(client, images):
    for key in ("public", "public_rendition"):
        response = client.get(images[key])
        assert response.status_code == 200, key
        assert "public" in response["Cache-Control"]


def test_restricted_images_and_renditions_never_reach_outsiders(client, images):
    for key in ("private", "private_rendition"):
        response = client.get(images[key])
        assert response.status_code == 302, key
        assert response["Location"].startswith("/de/anmelden/?next=/media/")  # the sign-in form
    client.force_login(user_with(roles.TRANSLATORS, username="outsider"))
    for key in ("private", "private_rendition"):
        assert client.get(images[key]).status_code == 404, key


def test_registered_staff_get_restricted_images_uncached(client, images):
    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff"))
    for key in ("private", "private_rendition"):
        response = client.get(images[key])
        assert response.status_code == 200, key
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


def test_document_files_are_never_served_from_media(client, db):
    document = get_document_model().objects.create(
        title="Öffentlich", file=ContentFile(b"text", name="oeffentlich.txt")
    )
    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert client.get(document.url).status_code == 200
    assert client.get("/media/../portal/settings/base.py").status_code == 404


def test_a_storage_without_local_files_serves_the_same_way(client, db, settings):
    """Media on S3 (portal.storages) have no local path: the view reads through the storage."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    root = Collection.get_first_root_node()
    restricted = Collection.objects.get(name="Arbeitsbereich")
    public = wagtail_factories.ImageFactory(collection=root, title="Bildungswege")
    private = wagtail_factories.ImageFactory(collection=restricted, title="Bescheid-Scan")
    response = client.get(public.file.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == public.file.open().read()
    assert client.get(private.file.url).status_code == 302  # to the sign-in
