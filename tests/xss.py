"""The usual stored-XSS payloads, and a check that HTML coming back over HTTP is inert.

`assert_inert` parses the HTML as a browser would and fails on any element that could run
script: script, style, iframe, object, embed, svg, math, img with a handler, any `on*`
attribute, a `style` attribute, or an address with a `javascript:`, `vbscript:` or `data:`
scheme (also when entity-encoded or split by whitespace).
"""

import html
from html.parser import HTMLParser

PAYLOADS = [
    "<script>alert('xss')</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(2)">klick</a>',
    "javascript:alert(document.cookie)",
    '"><svg onload=alert(3)>',
    "<svg><script>alert(4)</script></svg>",
    '<div style="background:url(javascript:alert(5));width:expression(alert(6))">x</div>',
    '<a href="&#106;avascript&#58;alert(7)">kodiert</a>',
    '<a href="jav&#x09;ascript:alert(8)">tab</a>',
    "&lt;script&gt;alert(9)&lt;/script&gt;",
    '<iframe src="data:text/html,<script>alert(10)</script>"></iframe>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(11)>",
    'http://example.org/"><svg onload=alert(12)>',
    "<body onload=alert(13)>",
    '<form action="javascript:alert(14)"><button>x</button></form>',
]
ACTIVE_ELEMENTS = {"script", "style", "iframe", "object", "embed", "svg", "math", "form", "base"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")


class _Inspector(HTMLParser):
    def __init__(self, allowed_elements):
        super().__init__(convert_charrefs=True)
        self.allowed = allowed_elements
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag in ACTIVE_ELEMENTS - self.allowed:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append(f"<{tag} {name}=...>")
            if name in URL_ATTRIBUTES and value:
                address = "".join(html.unescape(value).split()).lower()
                if address.startswith(BAD_SCHEMES):
                    self.problems.append(f"<{tag} {name}={value!r}>")


def assert_inert(page, allowed_elements=frozenset()):
    """No element of `page` can run script. `allowed_elements`: the page's own (for a whole
    page with its own script and style elements, check the fragment instead)."""
    inspector = _Inspector(set(allowed_elements))
    inspector.feed(page)
    assert not inspector.problems, inspector.problems
