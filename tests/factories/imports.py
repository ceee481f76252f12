"""Fixtures for the profile import: the reference data of the demo (demo/data/) that the
sample files under docs/samples/ point at, and helpers that write import files."""

import csv
import io
import json

from demo.loader import read
from pages.models import CountryIndexPage
from pages.slugs import german_slug
from profile_io.reading import COLUMNS
from tests.factories.pages import (
    CountryProfilePageFactory,
    OccupationalFieldFactory,
    ReferenceOccupationFactory,
)

# Countries of the demo that the sample files use, with their German names.
COUNTRIES = {"TR": "Türkei", "PL": "Polen", "RO": "Rumänien", "UA": "Ukraine", "IN": "Indien"}


def demo_reference_data(home):
    """German countries, occupational fields and reference occupations as the demo has them."""
    index = CountryIndexPage.objects.get(locale=home.locale)
    countries = {
        code: CountryProfilePageFactory(
            parent=index, title=name, slug=german_slug(name), iso_code=code
        )
        for code, name in COUNTRIES.items()
    }
    fields = {
        spec["key"]: OccupationalFieldFactory(name=spec["de"])
        for spec in read("occupational_fields")
    }
    occupations = {
        spec["key"]: ReferenceOccupationFactory(
            name=spec["de"],
            kldb_code=spec["kldb"],
            chamber_type=spec["chamber_type"],
            occupational_field=fields[spec["field"]],
        )
        for spec in read("reference_occupations")
    }
    return {"index": index, "countries": countries, "fields": fields, "occupations": occupations}


def profile_row(number=1, **values):
    """A valid row for the demo reference data (strings, as a CSV cell holds them)."""
    row = {
        "external_id": f"test-{number:04d}",
        "country": "TR",
        "title": f"Elektroinstallateur {number}",
        "original_name": "Elektrik Tesisatçısı",
        "transliteration": "",
        "qualification_type": "school",
        "isced_level": "3",
        "isco_code": "7411",
        "occupational_field": "Elektrotechnik und Elektronik",
        "reference_occupations": "26212",
        "duration_months": "48",
        "valid_from": "2016-09-01",
        "valid_until": "",
        "legal_basis": "Gesetz Nr. 3308",
        "training_institutions": "Berufsgymnasien",
        "admission_requirements": "Sekundarstufe I",
        "summary": "Eine schulische Ausbildung.",
    }
    row.update(values)
    return row


def csv_bytes(rows, delimiter=";", bom=False, columns=None):
    """Rows (dicts) as a CSV file in UTF-8."""
    if columns is None:
        present = {name for row in rows for name in row}
        columns = [name for name in COLUMNS if name in present]
        columns += sorted(present - set(COLUMNS))
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=delimiter, extrasaction="raise")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" if bom else "").encode() + buffer.getvalue().encode("utf-8")


def json_bytes(rows):
    return json.dumps(rows, ensure_ascii=False).encode("utf-8")
