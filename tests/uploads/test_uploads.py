"""Uploads: only real PDF, DOCX, XLSX and ODT documents, MP4 and WebM videos with WebVTT captions,
and PNG, JPEG and WebP images get in,
within the size and pixel limits, through every admin upload path; refused files leave nothing
behind; served documents never run script on the portal's origin."""

import io
import json
import os
import zipfile

import openpyxl
import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfWriter
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from portal import roles
from tests.factories.moderation import english_speaking, user_with

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def pdf():
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def zipped(entries):
    """A ZIP archive of (name, bytes) in order; a `mimetype` entry is stored uncompressed."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            compression = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=compression)
    return out.getvalue()


def docx(extra=()):
    """The smallest Word document Word opens: content types, the package relation, a body."""
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    return zipped(
        [
            (
                "[Content_Types].xml",
                '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                '2006/content-types"><Default Extension="rels" ContentType="application/'
                'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                f'ContentType="application/xml"/><Override PartName="/word/document.xml" '
                f'ContentType="{main}"/></Types>',
            ),
            (
                "_rels/.rels",
                '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                'Target="word/document.xml"/></Relationships>',
            ),
            (
                "word/document.xml",
                '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Bescheid</w:t></w:r></w:p>'
                "</w:body></w:document>",
            ),
            *extra,
        ]
    )


def xlsx():
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Beruf"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def odt(mimetype=b"application/vnd.oasis.opendocument.text"):
    return zipped(
        [
            ("mimetype", mimetype),
            (
                "META-INF/manifest.xml",
                '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>',
            ),
            (
                "content.xml",
                '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:'
                'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:'
                'xmlns:text:1.0"><office:body><office:text><text:p>Bescheid</text:p>'
                "</office:text></office:body></office:document-content>",
            ),
        ]
    )


def image(format, size=(40, 30), mode="RGB"):
    out = io.BytesIO()
    Image.new(mode, size).save(out, format=format)
    return out.getvalue()


# The first bytes of an MP4 (ISO base media: a box with "ftyp") and a WebM (EBML) video, and
# WebVTT captions: what the sign-language block takes (pages.blocks.SignLanguageVideoBlock).
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
WEBM = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01" + b"\x00" * 64
VTT = b"WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen beim BQ-Portal.\n"

GOOD_DOCUMENTS = {
    "bescheid.pdf": pdf,
    "bescheid.docx": docx,
    "liste.xlsx": xlsx,
    "bescheid.odt": odt,
    "gebaerden.mp4": lambda: MP4,
    "gebaerden.webm": lambda: WEBM,
    "untertitel.vtt": lambda: VTT,
    "untertitel-bom.vtt": lambda: b"\xef\xbb\xbf" + VTT,
}
GOOD_IMAGES = {
    "bild.png": lambda: image("PNG"),
    "bild.jpg": lambda: image("JPEG"),
    "foto.jpeg": lambda: image("JPEG"),
    "bild.webp": lambda: image("WEBP"),
}
BAD_DOCUMENTS = {
    "skript.svg": SVG,
    "seite.html": HTML,
    "seite.pdf": HTML,  # an HTML page renamed .pdf
    "bild.pdf": b"\x89PNG\r\n\x1a\n",
    "seite.docx": HTML,
    "archiv.docx": zipped([("readme.txt", b"no office file")]),
    "makro.docx": docx(extra=[("word/vbaProject.bin", b"\0")]),
    "tabelle.xlsx": docx(),  # a Word document named .xlsx
    "text.odt": odt(b"application/vnd.oasis.opendocument.spreadsheet"),
    "notiz.txt": b"text",
    "daten.csv": b"a;b\n1;2\n",
    "video.mp4": HTML,
    "video.webm": MP4,  # an MP4 named .webm
    "untertitel.vtt": HTML,
}
BAD_IMAGES = {
    "skript.svg": SVG,
    "seite.png": HTML,
    "seite.jpg": HTML,
    "animation.gif": image("GIF"),
    "bild.png": image("JPEG"),  # a JPEG named .png
}


def stored_files(tmp_media):
    return sorted(path.name for path in tmp_media.rglob("*") if path.is_file())


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def root(db):
    return Collection.get_first_root_node()


@pytest.fixture
def uploader(db):
    """Only superusers hold document and image permissions here; the admin speaks English."""
    return english_speaking(
        user_with(roles.REGISTERED_STAFF, username="uploader", is_superuser=True)
    )


@pytest.fixture
def uploader_client(client, uploader):
    client.force_login(uploader)
    return client


def add_document(client, name, data, root):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": "Dokument", "file": SimpleUploadedFile(name, data), "collection": root.pk},
    )


def add_image(client, name, data, root):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Bild", "file": SimpleUploadedFile(name, data), "collection": root.pk},
    )


@pytest.mark.parametrize("name", GOOD_DOCUMENTS)
def test_real_documents_are_accepted(uploader_client, media, root, name):
    response = add_document(uploader_client, name, GOOD_DOCUMENTS[name](), root)
    assert response.status_code == 302, response.content
    document = get_document_model().objects.get()
    assert document.file_extension == name.rsplit(".", 1)[1]


@pytest.mark.parametrize("name", BAD_DOCUMENTS)
def test_other_documents_are_refused_and_nothing_is_stored(uploader_client, media, root, name):
    response = add_document(uploader_client, name, BAD_DOCUMENTS[name], root)
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert len(errors) == 1, errors  # one clear error, not several
    assert not get_document_model().objects.exists()
    assert stored_files(media) == []


def test_the_refusal_names_the_problem_in_english_and_german(
    uploader_client, uploader, media, root
):
    client = uploader_client
    response = add_document(client, "seite.pdf", HTML, root)
    assert "The content of this file is not PDF" in response.content.decode()
    response = add_document(client, "seite.svg", SVG, root)
    assert "svg" in response.context["form"].errors["file"][0]  # Django's, names the extension
    UserProfile.objects.filter(user=uploader).update(preferred_language="de")
    response = add_document(client, "seite.svg", SVG, root)
    assert "nicht erlaubt" in response.context["form"].errors["file"][0]


@pytest.mark.parametrize("name", GOOD_IMAGES)
def test_real_images_are_accepted(uploader_client, media, root, name):
    response = add_image(uploader_client, name, GOOD_IMAGES[name](), root)
    assert response.status_code == 302, response.context["form"].errors
    assert get_image_model().objects.count() == 1


@pytest.mark.parametrize("name", BAD_IMAGES)
def test_other_images_are_refused_and_nothing_is_stored(uploader_client, media, root, name):
    response = add_image(uploader_client, name, BAD_IMAGES[name], root)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_oversized_files_are_refused(uploader_client, media, root, settings):
    too_big = pdf() + b"\0" * settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    response = add_document(uploader_client, "gross.pdf", too_big, root)
    assert "This file is too big" in response.context["form"].errors["file"][0]
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    noise = Image.frombytes("RGB", (100, 100), os.urandom(30_000))
    out = io.BytesIO()
    noise.save(out, format="PNG")
    response = add_image(uploader_client, "gross.png", out.getvalue(), root)
    assert "This file is too big" in response.context["form"].errors["file"][0]
    assert response.status_code == 200
    assert not get_document_model().objects.exists()
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_a_60_megapixel_png_is_refused(uploader_client, media, root):
    huge = image("PNG", (10_000, 6_000), "1")  # small as a file: a bomb once decoded
    response = add_image(uploader_client, "karte.png", huge, root)
    assert "too many pixels" in response.context["form"].errors["file"][0]
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_multiple_upload_refuses_with_the_reason(uploader_client, media, root):
    for url in (reverse("wagtaildocs:add_multiple"), reverse("wagtailimages:add_multiple")):
        response = uploader_client.post(
            url, {"files[]": SimpleUploadedFile("seite.pdf", HTML), "collection": root.pk}
        )
        answer = json.loads(response.content)
        assert answer["success"] is False, url
        assert answer["error_message"], url
    response = uploader_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("seite.pdf", HTML), "collection": root.pk},
    )
    assert "The content of this file is not PDF" in json.loads(response.content)["error_message"]
    response = uploader_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("bescheid.pdf", pdf()), "collection": root.pk},
    )
    assert json.loads(response.content)["success"] is True
    assert get_document_model().objects.count() == 1
    assert not get_image_model().objects.exists()


def test_chooser_upload_refuses_with_the_reason(uploader_client, media, root):
    choosers = {"document": "wagtaildocs_chooser:create", "image": "wagtailimages_chooser:create"}
    for kind, name, data in (("document", "seite.pdf", HTML), ("image", "seite.png", SVG)):
        response = uploader_client.post(
            reverse(choosers[kind]),
            {
                f"{kind}-chooser-upload-title": "Seite",
                f"{kind}-chooser-upload-file": SimpleUploadedFile(name, data),
                f"{kind}-chooser-upload-collection": root.pk,
            },
        )
        answer = json.loads(response.content)
        assert answer["step"] == "reshow_creation_form", kind
        assert "error-message" in answer["htmlFragment"], kind
        assert "extension “”" not in answer["htmlFragment"], kind
    assert (
        "The content of this file is not PDF"
        in json.loads(
            uploader_client.post(
                reverse("wagtaildocs_chooser:create"),
                {
                    "document-chooser-upload-title": "Seite",
                    "document-chooser-upload-file": SimpleUploadedFile("seite.pdf", HTML),
                    "document-chooser-upload-collection": root.pk,
                },
            ).content
        )["htmlFragment"]
    )
    assert not get_document_model().objects.exists()
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_replacing_a_file_is_checked_too(uploader_client, media, root):
    add_document(uploader_client, "bescheid.pdf", pdf(), root)
    document = get_document_model().objects.get()
    response = uploader_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "Dokument", "file": SimpleUploadedFile("neu.pdf", HTML), "collection": root.pk},
    )
    assert response.status_code == 200
    assert "The content of this file is not PDF" in response.content.decode()
    document.refresh_from_db()
    assert document.file.read().startswith(b"%PDF-")


def test_served_documents_never_run_script(client, media, db):
    documents = get_document_model()
    for name, data in (("bescheid.pdf", pdf()), ("alt.html", HTML), ("alt.svg", SVG)):
        document = documents.objects.create(title=name, file=ContentFile(data, name=name))
        response = client.get(document.url)
        assert response.status_code == 200, name
        assert (
            response["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
        ), name
        assert response["X-Content-Type-Options"] == "nosniff", name
        inline = response["Content-Disposition"].startswith("inline")
        assert inline == (name == "bescheid.pdf"), name
