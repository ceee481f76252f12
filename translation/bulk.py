"""wagtail-localize's rows for many new translations at once, for bulk writers (demo.generator).

`translate_with_localize` (translation.localize) makes one translation as a translator does,
some hundred queries per page. `translate_in_bulk` writes the same rows of localize's models for
many objects of one model in a few queries per batch: the TranslatableObject, the
TranslationSource with the object's content, its segments (strings, templates, related objects,
overridable values) with their String, Template and TranslationContext rows, the Translation
into the target locale and a StringTranslation per string segment. It returns each source with
the target instance that localize would build from it (a copy in the target locale with the
translated segments ingested by localize's own `ingest_segments`), unsaved: pages are written
by the caller's bulk page writer (profile_io.writes), which then records each translation's
revision with `log_translations`.

Localize's own functions are called wherever they write nothing: `extract_segments`, the
hashes of strings, templates and context paths, the field path of a context, the check of a
translated string (`StringValue.from_translated_html`, `validate_translation_links`),
`copy_synchronised_fields` and `ingest_segments`. Only new translations: objects that have
sources or translations in the target locale already are the caller's to leave out.
tests/translation/test_bulk.py compares the rows with those localize's own path writes.
"""

import copy
import json
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    String,
    StringSegment,
    StringTranslation,
    Template,
    TemplateSegment,
    TranslatableObject,
    Translation,
    TranslationContext,
    TranslationLog,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.ingest import ingest_segments
from wagtail_localize.strings import StringValue, validate_translation_links

from portal.frameworks.localize import string_data_hash, unsaved_context
from portal.frameworks.wagtail import copy_unsaved

BATCH = 1000  # rows per INSERT, keys per IN (...)


def translate_in_bulk(instances, locale, translate):
    """Translate `instances` (German pages or snippets of one model) into `locale`, where
    `translate(text, path)` gives each string's translation (as for translate_with_localize;
    a string without one keeps its source text, as localize's `save_target` falls back).
    Returns [(source, unsaved target instance)]."""
    if not instances:
        return []
    model = type(instances[0])
    content_type = ContentType.objects.get_for_model(instances[0].get_translation_model())
    specific_type = ContentType.objects.get_for_model(model)
    schema_version = get_schema_version(model._meta.app_label)
    now = timezone.now()
    TranslatableObject.objects.bulk_create(
        [
            TranslatableObject(translation_key=item.translation_key, content_type=content_type)
            for item in instances
        ],
        batch_size=BATCH,
        ignore_conflicts=True,
    )
    sources = TranslationSource.objects.bulk_create(
        [
            TranslationSource(
                object_id=item.translation_key,
                specific_content_type=specific_type,
                locale_id=item.locale_id,
                object_repr=str(item)[:200],
                content_json=content_json(item),
                schema_version=schema_version,
                last_updated_at=now,
            )
            for item in instances
        ],
        batch_size=BATCH,
    )
    extracted = [extract_segments(item) for item in instances]
    strings, contexts = SegmentWriter(sources, instances, extracted).write()
    Translation.objects.bulk_create(
        [Translation(source=source, target_locale=locale, enabled=True) for source in sources],
        batch_size=BATCH,
    )
    translated = []
    string_translations = {}
    for source, segments in zip(sources, extracted, strict=True):
        own = []
        for value in segments:
            if isinstance(value, OverridableSegmentValue):
                continue  # localize ingests only overridden values; a new translation has none
            if type(value) is not StringSegmentValue:
                own.append(value)
                continue
            text = translate(value.string.data, value.path)
            text = value.string.data if text is None else text
            key = (
                strings[(source.locale_id, string_hash(value))],
                contexts[(source.object_id, value.path)],
            )
            string_translations.setdefault(key, (value.string.data, text))
            own.append(
                StringSegmentValue(value.path, StringValue(text), attrs=value.attrs).with_order(
                    value.order
                )
            )
        translated.append(own)
    write_string_translations(string_translations, locale)
    return [
        (source, target_instance(item, locale, source.locale, segments))
        for source, item, segments in zip(sources, instances, translated, strict=True)
    ]


def log_translations(sources, targets, locale):
    """The TranslationLog of each translation, with the target's revision (pages) or none, as
    `create_or_update_translation` records it."""
    TranslationLog.objects.bulk_create(
        [
            TranslationLog(
                source=source, locale=locale, revision=getattr(target, "latest_revision", None)
            )
            for source, target in zip(sources, targets, strict=True)
        ],
        batch_size=BATCH,
    )


def content_json(instance):
    """The source content as `TranslationSource.update_or_create_from_instance` serialises it."""
    if isinstance(instance, ClusterableModel):
        return instance.to_json()
    return json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)


class SegmentWriter:
    """The segment rows of new sources, as `TranslationSource.refresh_segments` writes them
    one by one (with `get_or_create` of each String, Template and TranslationContext)."""

    def __init__(self, sources, instances, extracted):
        self.sources, self.instances, self.extracted = sources, instances, extracted

    def write(self):
        strings = self.strings()
        templates = self.templates()
        contexts = self.contexts()
        self.related_objects()
        rows = {
            StringSegment: [],
            TemplateSegment: [],
            RelatedObjectSegment: [],
            OverridableSegment: [],
        }
        for source, segments in zip(self.sources, self.extracted, strict=True):
            for value in segments:
                common = {
                    "source": source,
                    "context_id": contexts[(source.object_id, value.path)],
                    "order": value.order,
                }
                if isinstance(value, TemplateSegmentValue):
                    rows[TemplateSegment].append(
                        TemplateSegment(template_id=templates[template_uuid(value)], **common)
                    )
                elif isinstance(value, RelatedObjectSegmentValue):
                    rows[RelatedObjectSegment].append(
                        RelatedObjectSegment(object_id=value.translation_key, **common)
                    )
                elif isinstance(value, OverridableSegmentValue):
                    rows[OverridableSegment].append(
                        OverridableSegment(
                            data_json=json.dumps(value.data, cls=DjangoJSONEncoder), **common
                        )
                    )
                else:
                    rows[StringSegment].append(
                        StringSegment(
                            string_id=strings[(source.locale_id, string_hash(value))],
                            attrs=json.dumps(value.attrs, cls=DjangoJSONEncoder),
                            **common,
                        )
                    )
        for model, objs in rows.items():
            model.objects.bulk_create(objs, batch_size=BATCH)
        return strings, contexts

    def values_of(self, kind):
        for source, segments in zip(self.sources, self.extracted, strict=True):
            for value in segments:
                if isinstance(value, kind) and (
                    kind is not StringSegmentValue or type(value) is StringSegmentValue
                ):
                    yield source, value

    def strings(self):
        """{(locale id, data hash): String id}."""
        found = {}
        for source, value in self.values_of(StringSegmentValue):
            found.setdefault(
                (source.locale_id, string_hash(value)),
                String(
                    locale_id=source.locale_id, data_hash=string_hash(value), data=value.string.data
                ),
            )
        String.objects.bulk_create(found.values(), batch_size=BATCH, ignore_conflicts=True)
        ids = {}
        keys = list(found)
        for start in range(0, len(keys), BATCH):
            chunk = keys[start : start + BATCH]
            rows = String.objects.filter(
                data_hash__in=[data_hash for _locale, data_hash in chunk]
            ).values_list("locale_id", "data_hash", "pk")
            ids.update({(locale, data_hash): pk for locale, data_hash, pk in rows})
        return ids

    def templates(self):
        """{uuid: Template id}."""
        found = {}
        for _source, value in self.values_of(TemplateSegmentValue):
            found.setdefault(
                template_uuid(value),
                Template(
                    uuid=template_uuid(value),
                    template=value.template,
                    template_format=value.format,
                    string_count=value.string_count,
                ),
            )
        Template.objects.bulk_create(found.values(), batch_size=BATCH, ignore_conflicts=True)
        return dict(Template.objects.filter(uuid__in=list(found)).values_list("uuid", "pk"))

    def contexts(self):
        """{(object id, path): TranslationContext id}, each with its field path, as
        `refresh_segments` fills it in (`get_field_path` of the context and the instance)."""
        found = {}
        for source, instance, segments in zip(
            self.sources, self.instances, self.extracted, strict=True
        ):
            for value in segments:
                key = (source.object_id, value.path)
                if key in found:
                    continue
                found[key] = unsaved_context(source.object_id, value.path, instance)
        TranslationContext.objects.bulk_create(
            found.values(), batch_size=BATCH, ignore_conflicts=True
        )
        ids = {}
        objects = sorted({object_id for object_id, _path in found})
        for start in range(0, len(objects), BATCH):
            rows = TranslationContext.objects.filter(
                object_id__in=objects[start : start + BATCH]
            ).values_list("object_id", "path", "pk")
            ids.update({(object_id, path): pk for object_id, path, pk in rows})
        return ids

    def related_objects(self):
        """The TranslatableObjects that related object segments point at."""
        TranslatableObject.objects.bulk_create(
            [
                TranslatableObject(
                    translation_key=value.translation_key, content_type=value.content_type
                )
                for _source, value in self.values_of(RelatedObjectSegmentValue)
            ],
            batch_size=BATCH,
            ignore_conflicts=True,
        )


def string_hash(value):
    return string_data_hash(value.string.data)


def template_uuid(value):
    namespace = uuid.uuid5(Template.BASE_UUID_NAMESPACE, value.format)
    return uuid.uuid5(namespace, value.template)


def write_string_translations(translations, locale):
    """A StringTranslation per (String id, context id): (source text, translation), as
    translate_with_localize's `update_or_create` writes it, its has_error as
    `StringTranslation.save` finds it."""
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of_id=string_id,
                locale=locale,
                context_id=context_id,
                data=text,
                has_error=not is_valid_translation(original, text),
            )
            for (string_id, context_id), (original, text) in translations.items()
        ],
        batch_size=BATCH,
    )


def is_valid_translation(original, text):
    try:
        StringValue.from_translated_html(text)
        validate_translation_links(original, text)
    except ValueError:
        return False
    return True


def target_instance(original, locale, source_locale, segments):
    """The new translation of `original` as `create_or_update_translation` builds it before
    saving: a copy for the target locale (a page as `copy_for_translation` copies it: not live,
    same translation key), the synchronised fields copied, the translated segments ingested,
    the slug made valid."""
    update = {"locale": locale}
    exclude = []
    if isinstance(original, Page):
        update.update(
            live=False,
            has_unpublished_changes=True,
            live_revision=None,
            first_published_at=None,
            last_published_at=None,
            alias_of=None,
        )
        exclude = original.default_exclude_fields_in_copy + original.exclude_fields_in_copy
    else:
        exclude = ["id"]
    target = copy_unsaved(original, exclude, update)
    copy_synchronised_fields(original, target)
    ingest_segments(own_stream_values(original), target, source_locale, locale, segments)
    if isinstance(target, Page):
        target.slug = slugify(target.slug)
    return target


def own_stream_values(instance):
    """A copy of `instance` with StreamField values of its own: localize's `ingest_segments`
    writes the translated blocks into the StreamField values of the object it translates from
    (in localize's own path a copy made from the TranslationSource) and hands them to the
    target, so the original keeps its text only if ingest gets a copy."""
    source = copy.copy(instance)
    for field in type(instance)._meta.concrete_fields:
        if isinstance(field, StreamField):
            raw = copy.deepcopy(field.get_prep_value(getattr(instance, field.attname)))
            setattr(source, field.attname, field.to_python(raw))
    return source
