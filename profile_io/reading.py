"""Reading import files as rows: professional profiles from CSV or JSON (docs/import.md),
recognition outcomes from CSV or XLSX (docs/outcomes.md).

Values come out as stripped strings (a JSON list stays a list, for reference_occupations), keyed
by the file kind's columns (`COLUMNS` for profiles). Every problem is a `RowError` with its row
and field; a file that cannot be read at all raises `ProfileImportError` at once, the rest is
left to the import's checks (profile_io.importing, profile_io.outcome_import), which report
everything together.
"""

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from zipfile import BadZipFile

from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

# Every column a file may have, in the order of the documentation and the sample files.
COLUMNS = (
    "external_id",
    "country",
    "title",
    "original_name",
    "transliteration",
    "qualification_type",
    "isced_level",
    "isco_code",
    "occupational_field",
    "reference_occupations",
    "duration_months",
    "valid_from",
    "valid_until",
    "legal_basis",
    "training_institutions",
    "admission_requirements",
    "summary",
)
FORMATS = ("csv", "json")


@dataclass(frozen=True)
class RowError:
    """One problem: `row` is the CSV line number (header = 1) or the JSON entry number (from 1);
    0 for a problem of the whole file."""

    row: int
    field: str
    message: str

    def __str__(self):
        if self.row == 0:
            return f"file: {self.message}"
        return f"row {self.row}, field {self.field or '-'}: {self.message}"


class ProfileImportError(Exception):
    """The file was refused; `errors` lists every problem found, by row and then in the order
    of `columns`. Nothing was written."""

    def __init__(self, errors, columns=COLUMNS):
        def order(error):
            column = columns.index(error.field) if error.field in columns else len(columns)
            return (error.row, column)

        self.errors = sorted(errors, key=order)
        super().__init__("\n".join(str(error) for error in self.errors))


def detect_format(name="", content=b""):
    """By the file name's extension, else by the content: JSON starts with [ or {."""
    suffix = Path(name or "").suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if isinstance(content, bytes):
        content = content[:64].decode("utf-8", "ignore")
    return "json" if content.lstrip("\ufeff \t\r\n")[:1] in ("[", "{") else "csv"


def decode(content):
    """UTF-8 text, with or without BOM."""
    if isinstance(content, str):
        return content.removeprefix("\ufeff")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProfileImportError(
            [
                RowError(
                    0,
                    "",
                    _("The file is not UTF-8 encoded (byte %(position)s).")
                    % {"position": error.start + 1},
                )
            ]
        ) from error


def read_rows(content, format=None, name=""):
    """([(row number, {column: value})], [RowError]) from a CSV or JSON file (bytes or text).

    Values are stripped strings; a JSON list stays a list (for reference_occupations). Unknown
    columns are left out of the rows and reported as errors, so that the rows can still be
    checked; a file that cannot be read at all raises ProfileImportError at once.
    """
    format = format or detect_format(name, content)
    if format not in FORMATS:
        raise ProfileImportError([RowError(0, "", _("Unknown format: use CSV or JSON."))])
    text = decode(content)
    rows, errors = (read_csv if format == "csv" else read_json)(text)
    if any(error.row == 0 for error in errors):
        raise ProfileImportError(errors)
    if not rows:
        raise ProfileImportError([RowError(0, "", _("The file contains no profiles."))])
    return rows, errors


def read_csv(text, columns=COLUMNS, required=("external_id",)):
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return [], []
    header_line = lines[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, errors, header = [], [], None
    previous_line = 0
    try:
        for record in reader:
            number, previous_line = previous_line + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = [cell.strip().lower() for cell in record]
                errors += check_header(number, header, columns, required)
                if not set(required) <= set(header):
                    raise ProfileImportError(errors, columns)  # no row can be checked then
                continue
            if len(record) > len(header) and any(cell.strip() for cell in record[len(header) :]):
                errors.append(RowError(number, "", _("The line has more values than columns.")))
            row = {}
            for name, cell in zip(header, record, strict=False):
                if name in columns:
                    row[name] = cell.strip()
            for name in header[len(record) :]:
                if name in columns:
                    row[name] = ""
            rows.append((number, row))
    except csv.Error as error:
        errors.append(
            RowError(reader.line_num, "", _("Not a valid CSV file: %(error)s") % {"error": error})
        )
    return rows, errors


def check_header(number, header, columns=COLUMNS, required=("external_id",)):
    errors, seen = [], set()
    for name in header:
        if not name:
            continue  # an empty column (a trailing delimiter) is ignored
        if name not in columns:
            errors.append(RowError(number, name, _("Unknown column.")))
        elif name in seen:
            errors.append(RowError(number, name, _("The column appears twice.")))
        seen.add(name)
    for name in required:
        if name not in seen:
            errors.append(RowError(number, name, _("The column is missing.")))
    return errors


def cell_text(value):
    """A spreadsheet cell as the stripped string a CSV cell would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(content, columns, required):
    """(rows, errors) of the first sheet of an XLSX workbook, its first row naming the columns;
    rows are numbered as the spreadsheet numbers them."""
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (BadZipFile, InvalidFileException, KeyError, OSError) as error:
        message = _("Not a valid XLSX file.")
        raise ProfileImportError([RowError(0, "", message)], columns) from error
    rows, errors, header = [], [], None
    for number, record in enumerate(workbook.worksheets[0].iter_rows(values_only=True), 1):
        cells = [cell_text(value) for value in record]
        if not any(cells):
            continue
        if header is None:
            header = [cell.lower() for cell in cells]
            errors += check_header(number, header, columns, required)
            if not set(required) <= set(header):
                raise ProfileImportError(errors, columns)
            continue
        rows.append(
            (
                number,
                {name: cell for name, cell in zip(header, cells, strict=False) if name in columns},
            )
        )
    workbook.close()
    return rows, errors


def read_json(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        message = _("Not valid JSON: %(error)s (line %(line)s).") % {
            "error": error.msg,
            "line": error.lineno,
        }
        return [], [RowError(0, "", message)]
    if not isinstance(data, list):
        return [], [RowError(0, "", _("The JSON file must contain a list of objects."))]
    rows, errors = [], []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            errors.append(RowError(number, "", _("Each entry must be a JSON object.")))
            continue
        row = {}
        for name, value in item.items():
            key = str(name).strip().lower()
            if key not in COLUMNS:
                errors.append(RowError(number, str(name), _("Unknown column.")))
                continue
            converted = json_value(value, allow_list=key == "reference_occupations")
            if converted is None:
                errors.append(RowError(number, key, _("Enter a text, a number or nothing.")))
                continue
            row[key] = converted
        rows.append((number, row))
    return rows, errors


def json_value(value, allow_list=False):
    """A JSON value as the stripped string a CSV cell would hold (lists only where allowed)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, str):
        return value.strip()
    if allow_list and isinstance(value, list):
        items = [json_value(item) for item in value]
        return None if None in items else [item for item in items if item]
    return None
