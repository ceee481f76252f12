"""StreamField blocks of the public pages.

Every block carries a description and a preview value, so editors see what it renders in the
block picker (the previews use templates/wagtailcore/shared/block_preview.html with the site's CSS).
Country and professional profiles are a list of *sections*: a fixed topic (education system,
examination, ...) plus free content, so every profile reads in the same order and the topic
headings come from the interface translation, not from each editor.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

from . import hooks
from .choices import CountryTopic, ProfileTopic
from .snippets import GlossaryTerm, published


def shown_to_every_editor(model):
    """The images or documents, newest first, that every editor may see (block previews)."""
    return hooks.the_one(hooks.SHOWN_TO_EVERY_EDITOR)(model.objects.order_by("-pk"))


RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]

SAMPLE_PARAGRAPH = (
    "<p>Die Berufsausbildung dauert in der Regel drei Jahre und verbindet Unterricht an einer "
    "Berufsschule mit praktischer Ausbildung im Betrieb.</p>"
)


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with links and lists; headings inside are h3/h4 below the section heading."""

    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"
        description = _("Formatted text with links and lists.")
        preview_value = SAMPLE_PARAGRAPH


class HeadingBlock(blocks.StructBlock):
    """A heading in a free-form page; level 2 or 3 keeps the document outline valid."""

    text = blocks.CharBlock(label=_("Text"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A section heading of level 2 or 3.")
        preview_value = {"text": "Anerkennung in Deutschland", "level": "h2"}


class CalloutBlock(blocks.StructBlock):
    """A highlighted note, for example a change in the law or a hint for assessors."""

    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("warning", _("Important"))],
        default="info",
        label=_("Kind"),
    )
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout_block.html"
        description = _("A highlighted note for readers.")
        preview_value = {
            "kind": "info",
            "text": "<p>Die Ausbildungsordnung wurde 2019 reformiert.</p>",
        }


class FigureBlock(blocks.StructBlock):
    """An image with alternative text (or marked decorative) and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    def get_preview_value(self):
        """Preview with the newest public image of the library (never a restricted one: the
        block picker shows it to every editor)."""
        image = shown_to_every_editor(get_image_model()).first()
        return self.normalize({"image": image, "caption": "Bildungswege (Beispiel)"})

    class Meta:
        icon = "image"
        label = _("Figure")
        template = "blocks/figure_block.html"
        description = _("An image such as a diagram of educational pathways, with a caption.")


class SubjectRowBlock(blocks.StructBlock):
    """One row of a subjects table: a subject and its hours."""

    subject = blocks.CharBlock(label=_("Subject"))
    hours = blocks.IntegerBlock(min_value=0, required=False, label=_("Hours"))


class SubjectsTableValue(blocks.StructValue):
    """A subjects table as templates see it, with the total of its hours."""

    def total_hours(self):
        return sum(row["hours"] or 0 for row in self["rows"])


class SubjectsTableBlock(blocks.StructBlock):
    """Subjects of a training programme with their hours; renders a data table with a total."""

    caption = blocks.CharBlock(required=False, label=_("Caption"))
    rows = blocks.ListBlock(SubjectRowBlock(), label=_("Subjects"))

    class Meta:
        icon = "table"
        label = _("Subjects table")
        template = "blocks/subjects_table_block.html"
        value_class = SubjectsTableValue
        description = _("A table of subjects and their hours, with the total computed.")
        preview_value = {
            "caption": "Stundentafel",
            "rows": [
                {"subject": "Mathematik", "hours": 240},
                {"subject": "Elektrotechnik", "hours": 480},
            ],
        }


class SourceBlock(blocks.StructBlock):
    """One source: its title, an optional web address and the date it was accessed."""

    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(required=False, label=_("Web address"))
    accessed = blocks.DateBlock(required=False, label=_("Accessed on"))


class SourcesBlock(blocks.StructBlock):
    """Sources of the information, as a list with optional links and access dates."""

    items = blocks.ListBlock(SourceBlock(), label=_("Sources"))

    class Meta:
        icon = "link"
        label = _("Sources")
        template = "blocks/sources_block.html"
        description = _("Where the information comes from, with links and access dates.")
        preview_value = {
            "items": [{"title": "Ministerium für Bildung: Ausbildungsordnung", "url": ""}]
        }


class DocumentLinkBlock(blocks.StructBlock):
    """A downloadable document such as a sample certificate."""

    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(required=False, label=_("Description"))

    def get_preview_value(self):
        document = shown_to_every_editor(get_document_model()).first()
        return self.normalize({"document": document, "description": "Musterzeugnis"})

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_link_block.html"
        description = _("A downloadable document, for example a sample certificate.")


VIDEO_FORMATS = {"mp4": "video/mp4", "webm": "video/webm"}


class SignLanguageVideoBlock(blocks.StructBlock):
    """A video in German Sign Language (BITV 2.0 § 4) with its captions and a transcript.

    The transcript is always shown, below the video or instead of it while none is uploaded;
    the video must be MP4 or WebM and the captions a WebVTT file (uploads.content checks the
    bytes of both when they are uploaded).
    """

    title = blocks.CharBlock(label=_("Title"))
    video = DocumentChooserBlock(required=False, label=_("Video (MP4 or WebM)"))
    captions = DocumentChooserBlock(required=False, label=_("Captions (WebVTT)"))
    transcript = blocks.RichTextBlock(
        features=["bold", "italic", "ol", "ul"], label=_("Transcript")
    )

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        video, captions = value.get("video"), value.get("captions")
        if video and video.file_extension.lower() not in VIDEO_FORMATS:
            errors["video"] = ValidationError(_("Choose a video in MP4 or WebM format."))
        if captions and captions.file_extension.lower() != "vtt":
            errors["captions"] = ValidationError(_("Choose captions in WebVTT format (.vtt)."))
        if captions and not video:
            errors["captions"] = ValidationError(_("Captions need a video."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        video = value.get("video")
        context["video_type"] = video and VIDEO_FORMATS.get(video.file_extension.lower())
        return context

    class Meta:
        icon = "media"
        label = _("Sign-language video")
        template = "blocks/sign_language_video_block.html"
        description = _("A video in German Sign Language with captions and a transcript.")
        preview_value = {
            "title": "Das BQ-Portal in Deutscher Gebärdensprache",
            "transcript": "<p>Willkommen beim BQ-Portal. Hier finden Sie Informationen über "
            "ausländische Berufsabschlüsse.</p>",
        }


class ContactFormBlock(blocks.StaticBlock):
    """The contact form, to the portal's operators (feedback app): placed on the contact page."""

    class Meta:
        icon = "mail"
        label = _("Contact form")
        template = "blocks/contact_form_block.html"
        admin_text = _("Shows the contact form; messages go to the portal's operators.")
        description = _("The contact form, with spam protection and no account needed.")
        preview_value = None


class GlossaryBlock(blocks.StaticBlock):
    """Lists every glossary term of the page's language; edited as snippets, not here."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        terms = GlossaryTerm.objects.filter(locale__language_code=get_language())
        context["terms"] = published(terms)
        return context

    class Meta:
        icon = "list-ul"
        label = _("Glossary")
        template = "blocks/glossary_block.html"
        admin_text = _("Shows all glossary terms of this language (edited under Snippets).")
        description = _("The list of glossary terms of this language.")
        preview_value = None


class SectionContentBlock(blocks.StreamBlock):
    """What a profile section holds: paragraphs, callouts, figures, subjects tables, sources and
    documents."""

    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    figure = FigureBlock()
    subjects_table = SubjectsTableBlock()
    sources = SourcesBlock()
    document = DocumentLinkBlock()


class TopicSectionValue(blocks.StructValue):
    """A profile section as templates see it, with its `title`."""

    def title(self):
        """The editor's heading, else the translated name of the section's topic."""
        return self.get("heading") or self.block.topics(self.get("topic")).label


class TopicSectionBlock(blocks.StructBlock):
    """A profile section: a topic from a fixed list, an optional own heading, and content.

    Subclasses set the topic choices; the topic's translated label is the default heading.
    """

    topics = None  # the TextChoices of the topics

    heading = blocks.CharBlock(
        required=False,
        label=_("Heading"),
        help_text=_("Leave empty to use the topic's name."),
    )
    content = SectionContentBlock(label=_("Content"))

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/topic_section_block.html"
        value_class = TopicSectionValue


class CountrySectionBlock(TopicSectionBlock):
    """A section of a country profile, such as the school or vocational training system."""

    topics = CountryTopic
    topic = blocks.ChoiceBlock(choices=CountryTopic.choices, label=_("Topic"))

    class Meta:
        label = _("Country section")
        description = _("One section of a country profile, such as its school system.")
        form_layout = ["topic", "heading", "content"]
        preview_value = {
            "topic": CountryTopic.VOCATIONAL_TRAINING,
            "content": [("paragraph", SAMPLE_PARAGRAPH)],
        }


class ProfileSectionBlock(TopicSectionBlock):
    """A section of a professional profile, such as its subjects or its examination."""

    topics = ProfileTopic
    topic = blocks.ChoiceBlock(choices=ProfileTopic.choices, label=_("Topic"))

    class Meta:
        label = _("Profile section")
        description = _("One section of a professional profile, such as its examination.")
        form_layout = ["topic", "heading", "content"]
        preview_value = {
            "topic": ProfileTopic.EXAMINATION,
            "content": [("paragraph", SAMPLE_PARAGRAPH)],
        }


class CountrySectionsBlock(blocks.StreamBlock):
    """The sections of a country profile."""

    section = CountrySectionBlock()


class ProfileSectionsBlock(blocks.StreamBlock):
    """The sections of a professional profile."""

    section = ProfileSectionBlock()


class StandardBodyBlock(blocks.StreamBlock):
    """The content of standard pages, news items and guidelines: headings, paragraphs, callouts,
    figures, documents, the glossary, sign-language videos and the contact form."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    figure = FigureBlock()
    document = DocumentLinkBlock()
    glossary = GlossaryBlock()
    sign_language_video = SignLanguageVideoBlock()
    contact_form = ContactFormBlock()
