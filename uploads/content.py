"""What an uploaded file really is, read from its bytes, never from its name or the browser.

Every accepted extension names one format, and a file is accepted only if its content is that
format: `matches(extension, file)`. The formats:

- PDF: the file starts with `%PDF-`.
- DOCX, XLSX (Office Open XML): a ZIP archive holding `[Content_Types].xml` and the part folder
  of its kind (`word/`, `xl/`), and no macros (`vbaProject.bin`; a macro file renamed .docx).
- ODT (OpenDocument): a ZIP archive whose first entry is `mimetype`, stored, and says
  `application/vnd.oasis.opendocument.text`.
- PNG, JPEG, WebP: their signatures (the image field also decodes them with Willow).
- MP4 (ISO base media): `ftyp` at byte 4; WebM: the EBML signature; WebVTT (captions): the text
  `WEBVTT` at the start (after an optional UTF-8 byte order mark).

Only names in a ZIP archive's directory and the few bytes of ODF's `mimetype` are read: nothing
is unpacked, so a ZIP bomb costs nothing. An HTML, SVG or script file renamed to an accepted
extension matches nothing.
"""

import zipfile

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
OOXML_PARTS = {"docx": "word/", "xlsx": "xl/"}
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "webm": (b"\x1a\x45\xdf\xa3",),
    "vtt": (b"WEBVTT", b"\xef\xbb\xbfWEBVTT"),
}
HEAD = 16  # bytes read to compare signatures


def _head(file):
    file.seek(0)
    head = file.read(HEAD)
    file.seek(0)
    return head


def _is_webp(head):
    return head[:4] == b"RIFF" and head[8:12] == b"WEBP"


def _zip(file):
    """The file as an open ZIP archive, or None if it is none."""
    file.seek(0)
    try:
        return zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def _is_ooxml(file, part_folder):
    archive = _zip(file)
    if archive is None:
        return False
    with archive:
        names = archive.namelist()
    return (
        "[Content_Types].xml" in names
        and any(name.startswith(part_folder) for name in names)
        and not any(name.rsplit("/", 1)[-1].lower() == "vbaproject.bin" for name in names)
    )


def _is_odt(file):
    archive = _zip(file)
    if archive is None:
        return False
    with archive:
        entries = archive.infolist()
        if not entries or entries[0].filename != "mimetype":
            return False
        if entries[0].file_size != len(ODT_MIMETYPE):
            return False
        with archive.open(entries[0]) as entry:
            return entry.read(len(ODT_MIMETYPE) + 1) == ODT_MIMETYPE


def matches(extension, file):
    """Whether the content of `file` (a seekable binary file) is the format `extension` names.

    An extension outside the formats above never matches. The file is left at its start.
    """
    extension = extension.lower()
    try:
        if extension in OOXML_PARTS:
            return _is_ooxml(file, OOXML_PARTS[extension])
        if extension == "odt":
            return _is_odt(file)
        head = _head(file)
        if extension == "webp":
            return _is_webp(head)
        if extension == "mp4":
            return head[4:8] == b"ftyp"
        return head.startswith(SIGNATURES.get(extension, ()))  # () never matches
    finally:
        file.seek(0)
