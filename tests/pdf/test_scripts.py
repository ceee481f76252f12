"""Original names in every script of the portal print as letters, not empty boxes, and
right-to-left names read right to left.

A glyph the fonts lack is drawn by WeasyPrint as the font's .notdef box: in the PDF it is glyph
0, or a glyph number beyond the embedded font's glyphs. The checks read the PDF as a reader's
viewer does: each string shown, its font, and that font's embedded glyphs.
"""

from io import BytesIO

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

from pdf.rendering import render_pdf
from tests.factories import pages as factories
from tests.pdf.test_pdf import pdf_text, pdf_url, request_for

# An original name in each script, and the font family of the stylesheet that prints it.
ORIGINAL_NAMES = {
    "devanagari": ("व्यावसायिक शिक्षा एवं प्रशिक्षण प्रमाणपत्र – विद्युतकार", "Noto-Sans-Devanagari"),
    "arabic": ("شهادة التدريب المهني – التمديدات الصحية والتدفئة", "Noto-Sans-Arabic"),
    "persian": ("دیپلم شاخه فنی و حرفه‌ای – رشته الکتروتکنیک", "Noto-Sans-Arabic"),
    "chinese": ("中等职业学校毕业证书 – 电气运行与控制", "Noto-Sans-CJK-SC"),
    "cyrillic": ("Диплом о среднем профессиональном образовании – Повар, кондитер", "Noto-Sans"),
    "greek": ("Πτυχίο Επαγγελματικής Ειδικότητας – Ηλεκτρολόγος", "Noto-Sans"),
    "thai": ("ประกาศนียบัตรวิชาชีพ – ช่างไฟฟ้ากำลัง", "Noto-Sans-Thai"),
}


def glyph_counts(reader, page):
    """Font resource name -> the number of glyphs its embedded font program holds."""
    counts = {}
    for name, reference in page["/Resources"]["/Font"].items():
        descendant = reference.get_object()["/DescendantFonts"][0].get_object()
        descriptor = descendant["/FontDescriptor"]
        # TrueType outlines, or OpenType with CFF outlines (Noto Sans CJK): both sfnt files.
        program = (descriptor.get("/FontFile2") or descriptor["/FontFile3"]).get_object()
        program = program.get_data()
        counts[name] = (descendant["/BaseFont"], TTFont(BytesIO(program))["maxp"].numGlyphs)
    return counts


def shown_glyphs(pdf):
    """(font, glyph number, shown as .notdef) of every glyph shown in `pdf`."""
    reader = PdfReader(BytesIO(pdf))
    glyphs = []
    for page in reader.pages:
        fonts = glyph_counts(reader, page)
        font = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                font = operands[0]
            elif operator in (b"Tj", b"TJ"):
                shown = operands[0] if operator == b"TJ" else [operands[0]]
                base_font, count = fonts[font]
                for item in shown:
                    if isinstance(item, (int, float)):
                        continue  # a shift between glyphs
                    # Identity-H: two bytes per glyph, the glyph's number in the font program.
                    string = getattr(item, "original_bytes", item)
                    numbers = [int.from_bytes(string[i : i + 2]) for i in range(0, len(string), 2)]
                    glyphs += [(base_font, g, g == 0 or g >= count) for g in numbers]
    return glyphs


@pytest.fixture
def profile_named(tree):
    def build(original_name):
        return factories.ProfessionalProfilePageFactory(
            parent=tree["de"]["country"],
            title="Elektroniker",
            slug="elektroniker-schrift",
            original_name=original_name,
        )

    return build


@pytest.mark.parametrize("script", ORIGINAL_NAMES)
def test_original_names_print_in_their_script(profile_named, script):
    name, family = ORIGINAL_NAMES[script]
    profile = profile_named(name)
    pdf, _fetcher = render_pdf(request_for(path=pdf_url(profile)), profile)
    glyphs = shown_glyphs(pdf)
    assert [(font, number) for font, number, notdef in glyphs if notdef] == []
    fonts = {font.split("+")[1] for font, _number, _notdef in glyphs}  # "/ABCDEF+Noto-Sans-Bold"
    assert family in fonts
    assert profile.title in pdf_text(pdf)


def drawn_text(pdf):
    """The text of the first page, piece by piece, in the order it is drawn: WeasyPrint draws each
    line from left to right, whatever the direction of its text."""
    pieces = []
    PdfReader(BytesIO(pdf)).pages[0].extract_text(
        visitor_text=lambda text, *_state: pieces.append(text.strip())
    )
    return [piece for piece in pieces if piece]


def test_right_to_left_names_read_from_the_right(profile_named):
    """The Latin part at the end of an Arabic name stands at its left, as Arabic readers read it;
    in a left-to-right paragraph it would stand at the right."""
    arabic = "شهادة الكفاءة المهنية"
    profile = profile_named(f"{arabic} – CAP")
    pdf, _fetcher = render_pdf(request_for(path=pdf_url(profile)), profile)
    pieces = drawn_text(pdf)
    assert pieces.index("CAP –") + 1 == pieces.index(arabic)
