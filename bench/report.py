"""Where the benches' figures go: their own section of docs/benchmarks.md."""

from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def write_section(lines):
    """Print `lines` and put them in docs/benchmarks.md in place of the section they head
    ("## Search", "## Import"), up to the next heading of that level; a new section goes at
    the end. The sections that interpret the figures stay as they are."""
    text = "\n".join(lines)
    print(text)
    heading = lines[0] + "\n"
    existing = BENCHMARKS.read_text() if BENCHMARKS.exists() else "# Benchmarks\n\n"
    head, found, rest = existing.partition(heading)
    if not found:
        head, rest = existing.rstrip("\n") + "\n\n", ""
    tail = rest[rest.find("\n## ") + 1 :] if "\n## " in rest else ""
    BENCHMARKS.write_text(head + text + ("\n" + tail if tail else ""))
