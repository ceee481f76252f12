"""CSV and XLSX files the portal hands out: Wagtail's spreadsheet export (the same as its admin
reports'), usable by any view, and no cell a spreadsheet would run as a formula.

A subclass names its `columns` (key: heading) and `filename`, and turns an item into a row of
those keys (`row`); `response(items, "csv" or "xlsx")` streams the CSV or writes the workbook.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin


def defuse_formula(value):
    """A CSV cell that a spreadsheet would run as a formula (=, +, -, @) is kept as text."""
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value


class Spreadsheet(SpreadsheetExportMixin):
    """Items as rows of a spreadsheet (XLSX cells are never formulas: Wagtail's mixin)."""

    columns = {}
    filename = "export"

    def __init__(self, request):
        self.request = request
        self.list_export = list(self.columns)
        self.export_headings = self.columns
        self.export_filename = self.filename

    def row(self, item):
        raise NotImplementedError

    def to_row_dict(self, item):
        return self.row(item)

    def write_csv_row(self, writer, row_dict):
        return super().write_csv_row(
            writer, {name: defuse_formula(value) for name, value in row_dict.items()}
        )

    def response(self, items, spreadsheet_format):
        return self.as_spreadsheet(items, spreadsheet_format)
