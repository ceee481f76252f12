"""The texts of the generated portal (demo.generator): pages' fields and StreamField bodies in
German, each string paired with an English one for the pages that get a translation.

Everything is drawn from a seeded random generator over demo.corpus's vocabularies, so a seed
gives the same portal every time. A `Texts` records the pairs (German -> English) of the
strings it made; the generator's translator reads them back, as localize's segments ask for
each German string.
"""

import datetime
import uuid

from pages.choices import CountryTopic, IscedLevel, OutcomeResult, ProfileTopic, QualificationType

from . import corpus

PROFILE_TEXT_TOPICS = [
    ProfileTopic.LEARNING_OBJECTIVES,
    ProfileTopic.PRACTICAL_TRAINING,
    ProfileTopic.EXAMINATION,
    ProfileTopic.CERTIFICATE,
]
NOTE = (
    "Hinweis: Die Angaben beruhen auf der nationalen Ausbildungsordnung.",
    "Note: the information is based on the national training regulation.",
)


class Texts:
    """German texts drawn from the vocabularies, with their English pairs."""

    def __init__(self, rng):
        self.rng = rng
        self.vocabularies = corpus.vocabularies(rng)
        self.english = {}  # German string -> English string

    def uuid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def block(self, block_type, value):
        return {"type": block_type, "value": value, "id": self.uuid()}

    def pair(self, german, english):
        self.english.setdefault(german, english)
        return german

    def text(self, sentences):
        """Running text of `sentences` sentences (and its English pair)."""
        german = self.vocabularies["de"].text(self.rng, sentences)
        english = self.vocabularies["en"].text(self.rng, sentences)
        return self.pair(german, english)

    def paragraph(self, sentences):
        return self.block("paragraph", f"<p>{self.text(sentences)}</p>")

    def callout(self):
        return self.block("callout", {"kind": "info", "text": f"<p>{self.pair(*NOTE)}</p>"})

    def sources(self, number):
        title = self.pair(
            f"Nationale Ausbildungsordnung Nr. {number}",
            f"National training regulation no. {number}",
        )
        item = {
            "title": title,
            "url": f"https://example.org/regulations/{number}",
            "accessed": None,
        }
        return self.block("sources", {"items": [self.block("item", item)]})

    def subjects_table(self):
        rows = [
            self.block(
                "item",
                {
                    "subject": self.pair(
                        *(
                            vocabulary.draw(self.rng, 1)[0].capitalize()
                            for vocabulary in self.vocabularies.values()
                        )
                    ),
                    "hours": self.rng.randrange(40, 600, 20),
                },
            )
            for _ in range(self.rng.randint(4, 8))
        ]
        caption = self.pair("Stundentafel", "Subjects and hours")
        return self.block("subjects_table", {"caption": caption, "rows": rows})

    def section(self, topic, content):
        return self.block("section", {"topic": topic, "heading": "", "content": content})

    def profile_body(self, number):
        """Sections with 10 to 30 content blocks in all: paragraphs (now and then a callout)
        in the text sections, a subjects table and the sources."""
        count = self.rng.randint(10, 30) - 2
        texts = {topic: [] for topic in PROFILE_TEXT_TOPICS}
        for position in range(count):
            topic = PROFILE_TEXT_TOPICS[position % len(PROFILE_TEXT_TOPICS)]
            if position == 0:
                texts[topic].append(self.callout())
            else:
                texts[topic].append(self.paragraph(self.rng.randint(2, 5)))
        body = [self.section(topic, content) for topic, content in texts.items()]
        body.insert(1, self.section(ProfileTopic.SUBJECTS, [self.subjects_table()]))
        body.append(self.section(ProfileTopic.SOURCES, [self.sources(number)]))
        return body

    def country_sections(self, number):
        sections = [
            self.section(
                topic,
                [self.paragraph(self.rng.randint(3, 6)) for _ in range(self.rng.randint(1, 3))],
            )
            for topic in CountryTopic.values
            if topic != CountryTopic.SOURCES
        ]
        sections.append(self.section(CountryTopic.SOURCES, [self.sources(number)]))
        return sections

    def profile_fields(self, number, occupation, country_name, field, today):
        """The fields of one professional profile (the import's columns and the body)."""
        rng = self.rng
        german, english = corpus.OCCUPATIONS[occupation]
        original = corpus.original_name(rng)
        return {
            "title": self.pair(
                f"{german} ({country_name[0]}: {original})",
                f"{english} ({country_name[1]}: {original})",
            ),
            "external_id": f"gen-{number:06d}",
            "original_name": original,
            "transliteration": original.lower() if rng.random() < 0.3 else "",
            "qualification_type": rng.choice(QualificationType.values),
            "isced_level": rng.choice(IscedLevel.values),
            "isco_code": f"{rng.randint(1000, 9999)}",
            "occupational_field": field,
            "duration_months": rng.choice([24, 30, 36, 42, 48]),
            "valid_from": datetime.date(rng.randint(1980, 2022), rng.randint(1, 12), 1),
            "valid_until": None,
            "legal_basis": self.text(1),
            "training_institutions": self.text(1),
            "admission_requirements": self.text(2),
            "summary": self.text(3),
            "body": self.profile_body(number),
            "last_reviewed": today - datetime.timedelta(days=rng.randrange(1100)),
        }

    def outcome_fields(self):
        rng = self.rng
        decision = rng.randint(2013, 2026)
        return {
            "result": rng.choice(OutcomeResult.values),
            "substantial_differences": self.vocabularies["de"].text(rng, 2),
            "compensation_measures": self.vocabularies["de"].text(rng, 1),
            "skills_analysis": rng.random() < 0.1,
            "decision_year": decision,
            "completion_year": rng.randint(decision - 30, decision),
            "notes": self.vocabularies["de"].text(rng, 1),
        }
