"""Uploaded files are served through Django: restricted images and renditions only to staff."""

import uuid
from urllib.parse import quote

import pytest
import wagtail_factories
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import Storage
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


class StorageWithoutLocalFiles(Storage):
    """Files that can only be opened through the storage, as on S3 (portal.storages): no local
    path (Django's InMemoryStorage makes one up, which Wagtail's document view would use)."""

    def __init__(self):
        self.files = {}

    def _save(self, name, content):
        self.files[name] = b"".join(content.chunks())
        return name

    def _open(self, name, mode="rb"):
        if name not in self.files:
            raise FileNotFoundError(name)
        return ContentFile(self.files[name], name=name)

    def exists(self, name):
        return name in self.files

    def delete(self, name):
        self.files.pop(name, None)

    def size(self, name):
        return len(self.files[name])

    def url(self, name):
        return settings.MEDIA_URL + quote(name)


@pytest.fixture
def storage_without_local_files(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": f"{__name__}.StorageWithoutLocalFiles"},
    }


def test_images_from_a_storage_without_local_files(client, db, storage_without_local_files):
    root = Collection.get_first_root_node()
    restricted = Collection.objects.get(name="Arbeitsbereich")
    public = wagtail_factories.ImageFactory(collection=root, title="Bildungswege")
    private = wagtail_factories.ImageFactory(collection=restricted, title="Bescheid-Scan")
    response = client.get(public.file.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == public.file.open().read()
    assert client.get(private.file.url).status_code == 302  # to the sign-in


def test_documents_from_a_storage_without_local_files(client, db, storage_without_local_files):
    """Wagtail's serve view streams them from the storage, after its privacy check."""
    documents = get_document_model().objects
    content = {"public": uuid.uuid4().bytes, "restricted": uuid.uuid4().bytes}
    public = documents.create(
        title="Merkblatt", file=ContentFile(content["public"], name="merkblatt.pdf")
    )
    private = documents.create(
        title="Bescheid",
        file=ContentFile(content["restricted"], name="bescheid.pdf"),
        collection=Collection.objects.get(name="Arbeitsbereich"),
    )
    response = client.get(public.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content["public"]
    refused = client.get(private.url)
    assert refused.status_code == 302
    assert refused["Location"].startswith("/de/anmelden/")  # the sign-in form
    client.force_login(user_with(roles.REGISTERED_STAFF, username="staff"))
    response = client.get(private.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == content["restricted"]
