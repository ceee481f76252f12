"""psycopg's private APIs: the escaping of array items in the text format."""

from psycopg.types.array import ListDumper


class ArrayItemEscape:
    """What `ListDumper._re_esc` does (a compiled pattern whose `sub` with psycopg's template
    puts a backslash before each double quote and backslash of an array item), with two
    `bytes.replace` calls instead of a regular expression with a template per match."""

    template = rb"\\\1"

    def sub(self, template, item):
        if template != self.template:
            raise ValueError(f"unexpected template {template!r}")
        return item.replace(b"\\", b"\\\\").replace(b'"', b'\\"')


def escape_array_items_quickly():
    """Escape the items of array parameters without a regular expression.

    Why private (`ListDumper._re_esc`): Django inserts the rows of a bulk_create on PostgreSQL
    as one array per column (`UNNEST`), and with its client-side parameter binding psycopg
    escapes each text item with `re.sub` and a template, a Python call per quote: for the JSON
    of StreamFields and revisions (hundreds of quotes per row) that was the costliest part of
    writing pages in bulk. The result is the same bytes. Applied once, in PortalConfig.ready."""
    if not isinstance(ListDumper._re_esc, ArrayItemEscape):
        ListDumper._re_esc = ArrayItemEscape()
