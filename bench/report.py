"""Where the benches' figures go: their own section of docs/benchmarks.md, and docs/benchmarks.json.

The JSON file holds one entry per section, named by its heading without the "## ": the figures
a bench passes, or else what the section's lines hold: the rows of its Markdown tables (each a
dict by column header) and its "- label: number" lines, numbers as numbers, so every figure of
the page is there for a program to compare.
"""

import json
import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
BENCHMARKS = DOCS / "benchmarks.md"
FIGURES = DOCS / "benchmarks.json"
NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?$")


def write_section(lines, figures=None):
    """Print `lines` and put them in docs/benchmarks.md in place of the section they head
    ("## Search", "## Import"), up to the next heading of that level; a new section goes at
    the end. The sections that interpret the figures stay as they are. `figures` (or the
    section's tables) replace the section's entry in docs/benchmarks.json."""
    text = "\n".join(lines)
    print(text)
    heading = lines[0] + "\n"
    existing = BENCHMARKS.read_text() if BENCHMARKS.exists() else "# Benchmarks\n\n"
    head, found, rest = existing.partition(heading)
    if not found:
        head, rest = existing.rstrip("\n") + "\n\n", ""
    tail = rest[rest.find("\n## ") + 1 :] if "\n## " in rest else ""
    BENCHMARKS.write_text(head + text + ("\n" + tail if tail else ""))
    write_figures(lines[0].removeprefix("## "), read_figures(lines) if figures is None else figures)


def write_figures(name, figures):
    everything = json.loads(FIGURES.read_text()) if FIGURES.exists() else {}
    everything[name] = figures
    FIGURES.write_text(json.dumps(everything, indent=2, ensure_ascii=False) + "\n")


def read_figures(lines):
    """The rows of every Markdown table in `lines` (each a dict by column header) and the
    "- label: number" lines."""
    figures, rows, header = {}, [], None
    for line in lines:
        label, colon, number = line.removeprefix("- ").rpartition(": ")
        if line.startswith("- ") and colon and NUMBER.match(number):
            figures[label] = value(number)
        if not line.startswith("|"):
            header = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
        elif not all(set(cell) <= set("-:") for cell in cells):
            rows.append(dict(zip(header, map(value, cells), strict=False)))
    return {**figures, "rows": rows}


def value(cell):
    if not NUMBER.match(cell):
        return cell
    number = cell.replace(",", "")
    return float(number) if "." in number else int(number)
