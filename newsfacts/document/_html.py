"""HTML to clean text, with lxml when it is installed (the ``newsfacts[html]`` extra), else ``html.parser``.

Both parsers feed the same renderer, so they give the same text for well-formed pages. The renderer follows
what a browser's ``innerText`` shows: tags removed, entities decoded, runs of HTML whitespace collapsed to one
space, ``<br>`` a line break, block elements (div, li, tr, td …) on lines of their own, paragraphs and
headings (p, h1–h6, blockquote) separated by a blank line, ``<pre>`` kept as written; script, style,
noscript, template, select, textarea, svg and comments dropped. A no-break space (``&nbsp;``) becomes a plain
space (after collapsing, so ``&nbsp;&nbsp;`` indentation survives). The page's ``<title>``, the spans of its
``<h1>`` headings in the text, and its ``<meta name/property content>`` pairs are kept for the metadata.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Literal

import regex

Parser = Literal["lxml", "html.parser"]

_BLOCK = frozenset(
    "address article aside body caption center dd details dialog dir div dl dt fieldset figcaption figure footer"
    " form header hgroup hr html legend li main menu nav ol section summary table tbody td tfoot th thead tr ul"
    " frameset noframes".split()
)
_PARAGRAPH = frozenset("p h1 h2 h3 h4 h5 h6 blockquote".split())
_SKIP = frozenset("script style noscript template select textarea svg math object iframe".split())
_PRE = frozenset("pre listing plaintext xmp".split())
_WS = regex.compile(r"[ \t\n\r\f]+")
_XML_DECL = regex.compile(r"\A\s{0,100}<\?xml[^>]{0,300}\?>")
_SNIFF_START = regex.compile(
    r"\A\s{0,1000}<(?:!doctype\s+html|!--|\?xml|(?:html|head|body|meta|title|p|div|table|span|a|h[1-6]|ul|ol|br|font"
    r"|center|b|strong|section|article|header|main|nav)(?=[\s/>]))",
    regex.I,
)
_SNIFF_DOC = regex.compile(r"<(?:!doctype\s+html|html[\s>]|body[\s>]|head[\s>])", regex.I)
_SNIFF_TAG = regex.compile(
    r"</(?:p|div|a|span|td|tr|table|li|ul|font|b|strong|h[1-6]|title)\s*>|<br\s*/?>|<(?:p|div|table|span|a)\s[^<>\n]{0,300}>",
    regex.I,
)


def looks_like_html(text: str) -> bool:
    """A page is HTML when it starts with a tag, has document tags, or has a few common tags early on."""
    head = text[:16384]
    if _SNIFF_START.match(head) or _SNIFF_DOC.search(head):
        return True
    return len(_SNIFF_TAG.findall(head, overlapped=False)) >= 3


@dataclass
class Rendered:
    text: str
    parser: Parser
    title: str | None = None
    headings: list[tuple[int, int]] = field(default_factory=list)  # spans of <h1> in text
    meta: dict[str, str] = field(default_factory=dict)  # lower-cased name/property → content


class _Renderer:
    """Turns start/end/data events into text the way a browser lays it out."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.breaks = 0  # line breaks owed before the next text
        self.space = False  # a collapsed space owed before the next text
        self.line_start = True
        self.skip: list[str] = []
        self.pre = 0
        self.pre_fresh = False
        self.title_parts: list[str] | None = None
        self.title: str | None = None
        self.h1_open: int | None = None
        self.h1_pending = False
        self.h1_start = 0
        self.headings: list[tuple[int, int]] = []
        self.meta: dict[str, str] = {}

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def _flush(self) -> None:
        if self.breaks:
            if self.length:
                self._emit("\n" * self.breaks)
                self.line_start = True
            self.breaks = 0
            self.space = False
        elif self.space and not self.line_start:
            self._emit(" ")
        self.space = False
        if self.h1_pending:
            self.h1_start = self.length
            self.h1_pending = False

    def _block(self, n: int) -> None:
        if self.length:
            self.breaks = max(self.breaks, n)
        self.space = False

    def start(self, tag: str, attrs: Mapping[str, str | None]) -> None:
        if tag == "meta":
            key = attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or attrs.get("http-equiv")
            content = attrs.get("content")
            if key and content is not None:
                self.meta.setdefault(key.strip().lower(), content.strip())
            return
        if self.skip:
            if tag in _SKIP:
                self.skip.append(tag)
            return
        if tag in _SKIP:
            self.skip.append(tag)
            return
        if tag == "title":
            if self.title is None and self.title_parts is None:
                self.title_parts = []
            return
        if self.title_parts is not None and (tag in _BLOCK or tag in _PARAGRAPH):
            self._end_title()  # an unclosed <title>
        if tag == "br":
            self._flush()
            if self.length:
                self._emit("\n")
                self.line_start = True
            return
        if tag in _PARAGRAPH:
            self._block(2)
            if tag == "h1" and self.h1_open is None:
                self.h1_open = len(self.headings)
                self.h1_pending = True
        elif tag in _BLOCK:
            self._block(1)
        if tag in _PRE:
            self.pre += 1
            self.pre_fresh = True

    def end(self, tag: str) -> None:
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            elif tag in ("body", "html"):
                self.skip.clear()
            return
        if tag == "title":
            self._end_title()
            return
        if tag in _PARAGRAPH:
            if tag == "h1" and self.h1_open is not None:
                if not self.h1_pending:
                    self.headings.append((self.h1_start, self.length))
                self.h1_open, self.h1_pending = None, False
            self._block(2)
        elif tag in _BLOCK:
            self._block(1)
        if tag in _PRE and self.pre:
            self.pre -= 1

    def _end_title(self) -> None:
        if self.title_parts is not None:
            title = _WS.sub(" ", "".join(self.title_parts)).replace("\xa0", " ").strip()
            self.title = title or None
            self.title_parts = None

    def data(self, s: str) -> None:
        if self.skip or not s:
            return
        if self.title_parts is not None:
            self.title_parts.append(s)
            return
        if self.pre:
            if self.pre_fresh and s.startswith("\n"):
                s = s[1:]
            self.pre_fresh = False
            if s:
                self._flush()
                self._emit(s)
                self.line_start = s.endswith("\n")
            return
        collapsed = _WS.sub(" ", s)
        if collapsed.startswith(" "):
            self.space = True
            collapsed = collapsed[1:]
        if not collapsed:
            return
        trailing = collapsed.endswith(" ")
        if trailing:
            collapsed = collapsed[:-1]
        self._flush()
        self._emit(collapsed)
        self.line_start = False
        self.space = trailing

    def result(self, parser: Parser) -> Rendered:
        self._end_title()
        text = "".join(self.parts).replace("\xa0", " ")
        headings = [(a, b) for a, b in self.headings if b > a]
        return Rendered(text=text, parser=parser, title=self.title, headings=headings, meta=self.meta)


class _StdlibParser(HTMLParser):
    def __init__(self, sink: _Renderer) -> None:
        super().__init__(convert_charrefs=True)
        self.sink = sink

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.sink.start(tag, dict(attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.sink.start(tag, dict(attrs))
        self.sink.end(tag)

    def handle_endtag(self, tag: str) -> None:
        self.sink.end(tag)

    def handle_data(self, data: str) -> None:
        self.sink.data(data)


def _lxml() -> tuple[Any, Any] | None:
    try:
        return importlib.import_module("lxml.html"), importlib.import_module("lxml.etree")
    except ImportError:
        return None


def lxml_available() -> bool:
    return _lxml() is not None


def render(text: str, parser: Literal["auto", "lxml", "html.parser"] = "auto") -> Rendered:
    """Render an HTML page to text. ``auto`` uses lxml when installed, else the standard library."""
    mods = _lxml() if parser in ("auto", "lxml") else None
    if parser == "lxml" and mods is None:
        raise ImportError("html_parser='lxml' needs lxml: pip install 'newsfacts[html]'")
    sink = _Renderer()
    if mods is None:
        p = _StdlibParser(sink)
        step = 1 << 20
        for i in range(0, len(text), step):
            p.feed(text[i : i + step])
        p.close()
        return sink.result("html.parser")
    lxml_html, etree = mods
    source = _XML_DECL.sub("", text, count=1)
    if not source.strip():
        return sink.result("lxml")
    # Bytes with an explicit encoding: libxml2 then never re-reads a <meta charset> of the (already decoded) page.
    html_parser = lxml_html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True, default_doctype=False
    )
    try:
        root = etree.fromstring(source.encode("utf-8", "surrogatepass"), parser=html_parser)
    except etree.ParserError:
        root = None
    if root is None:
        return sink.result("lxml")
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in html_parser.error_log):
        # libxml2 stops reading at a hard nesting limit (2048 levels even with huge_tree) and keeps only the
        # text before it; the standard library's parser has no such limit, so the page is read with it.
        return render(text, "html.parser")
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if not isinstance(tag, str):  # entity or anything else without a name
            if event == "end" and el.tail:
                sink.data(el.tail)
            continue
        tag = tag.lower()
        if event == "start":
            sink.start(tag, el.attrib)
            if el.text:
                sink.data(el.text)
        else:
            sink.end(tag)
            if el.tail:
                sink.data(el.tail)
    return sink.result("lxml")
