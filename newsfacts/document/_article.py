"""``Article`` and ``read_article``: one news page — a file, its bytes, or its text — as clean text with
the span of its news body and its metadata."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ._decode import decode_page
from ._errors import PageTooLargeError
from ._html import looks_like_html, render
from ._layout import analyse

MAX_PAGE_BYTES = 64 * 1024 * 1024
"""Largest page ``read_article`` accepts by default (64 MiB of bytes, or 64 Mi characters of a ``str``).
Pass ``max_size=`` to change it for one call, or set ``newsfacts.document.MAX_PAGE_BYTES``."""

Span = tuple[int, int]


class Article(BaseModel):
    """A news page read by ``read_article``. All offsets are ``str`` indices into ``text``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(repr=False, description="the whole page as clean text (plain text: exactly the input)")
    body_start: int = Field(ge=0, description="offset of the first character of the news body in text")
    body_end: int = Field(ge=0, description="offset one past its last character")
    title: str | None = Field(default=None, description="the headline")
    title_span: Span | None = Field(default=None, description="where the headline is in text (None if not in it)")
    published: dt.datetime | None = Field(default=None, description="publication time, naive, as written")
    source: str | None = Field(default=None, description="outlet the story comes from (中国广播网, 新华社 …)")
    dateline: str | None = Field(default=None, description="the dateline as written: 新华社北京5月12日电")
    dateline_span: Span | None = None
    dateline_place: str | None = Field(default=None, description="place as written: 济南, 濟南")
    dateline_date: dt.date | None = Field(default=None, description="dateline's day, year from published")
    reporters: tuple[str, ...] = Field(default=(), description="credited names: 记者桂园、柴安东 → (桂园, 柴安东)")
    editor: str | None = Field(default=None, description="责任编辑 / 责编")
    encoding: str | None = Field(default=None, description="codec used to decode bytes; None for str input")
    path: str | None = Field(default=None, description="the file read, if any")
    html: bool = Field(default=False, description="the page was read as HTML")
    html_parser: Literal["lxml", "html.parser"] | None = Field(default=None, description="which parser, if HTML")
    truncated: bool = Field(default=False, description="bytes ended inside a character, which was dropped")

    @model_validator(mode="after")
    def _check(self) -> Self:
        n = len(self.text)
        if not self.body_start <= self.body_end <= n:
            raise ValueError(f"body span ({self.body_start}, {self.body_end}) is not inside text of length {n}")
        for name in ("title_span", "dateline_span"):
            span = getattr(self, name)
            if span is not None and not 0 <= span[0] <= span[1] <= n:
                raise ValueError(f"{name} {span} is not inside text of length {n}")
        return self

    @property
    def body(self) -> Span:
        """``(body_start, body_end)``."""
        return self.body_start, self.body_end

    @property
    def body_text(self) -> str:
        """The news body: ``text[body_start:body_end]``."""
        return self.text[self.body_start : self.body_end]

    def content_spans(self) -> list[Span]:
        """The spans facts should come from, in text order: the title (when it is in ``text``) and the body.
        Page chrome — menus, link bars, telephone and copyright lines, the trailer — is in neither."""
        spans: list[Span] = []
        if self.title_span is not None and self.title_span[1] > self.title_span[0]:
            spans.append(self.title_span)
        if self.body_end > self.body_start:
            spans.append(self.body)
        spans.sort()
        merged: list[Span] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        return merged


def _default_limit() -> int:
    """``newsfacts.document.MAX_PAGE_BYTES``, read at call time so that setting it there takes effect."""
    package = sys.modules.get(__package__ or "")
    value = getattr(package, "MAX_PAGE_BYTES", MAX_PAGE_BYTES)
    return value if isinstance(value, int) else MAX_PAGE_BYTES


PageSource = str | bytes | bytearray | memoryview | os.PathLike[str] | os.PathLike[bytes]
HtmlParser = Literal["auto", "lxml", "html.parser"]


def read_article(
    source: PageSource,
    *,
    encoding: str | None = None,
    html: bool | None = None,
    max_size: int | None = None,
    html_parser: HtmlParser = "auto",
) -> Article:
    """Read one news page.

    ``source`` is a path (``pathlib.Path`` or any ``os.PathLike``: the file is read), page bytes, or a ``str``:
    the page text itself, or a file's name when it is one line (no line break, no ``<``, at most 4,096
    characters) that names an existing file. ``encoding`` forces the codec for
    bytes and files; otherwise the page's own ``<meta charset>``, strict UTF-8 and detection decide (see
    docs/documents.md). ``html`` forces HTML (True) or plain text (False); None sniffs. ``max_size`` (bytes,
    or characters for a ``str``) defaults to ``MAX_PAGE_BYTES``. ``html_parser`` picks the HTML parser: lxml
    when installed, else the standard library's ``html.parser``.

    Raises ``ArticleDecodeError`` (a ``ValueError``) naming the page when its bytes can't be decoded,
    ``BinaryPageError`` (a subclass) for images, archives and other binary data, ``PageTooLargeError``
    (a ``ValueError``) over the size limit, ``TypeError`` for another type of ``source``, ``ValueError`` for
    an unknown encoding or an encoding given with ``str`` input, and ``OSError`` (``FileNotFoundError`` …)
    when a file can't be read. An empty page gives an ``Article`` with empty text and no metadata.
    """
    if isinstance(source, str) and _names_a_file(source):
        source = Path(source)
    return read_page(source, encoding=encoding, html=html, max_size=max_size, html_parser=html_parser)


# A file name, not a page: one short line that names an existing file. No news page is a single line that
# happens to be the name of a file in the working directory, and read_article("seeds/x.txt") is what people
# type; code that holds texts (extract_many, the CLI's JSON Lines) calls read_page, which never looks.
_MAX_PATH_CHARS = 4096


def _names_a_file(text: str) -> bool:
    if len(text) > _MAX_PATH_CHARS or "\n" in text or "<" in text:
        return False
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):
        return False


def read_page(
    source: PageSource,
    *,
    encoding: str | None = None,
    html: bool | None = None,
    max_size: int | None = None,
    html_parser: HtmlParser = "auto",
) -> Article:
    """``read_article``, except that a ``str`` is always the page text, never a file name."""
    limit = _default_limit() if max_size is None else max_size
    path: str | None = None
    truncated = False
    used: str | None = None
    if isinstance(source, str):
        if encoding is not None:
            raise ValueError("encoding= applies to bytes or a file; a str is already decoded")
        if len(source) > limit:
            raise PageTooLargeError(f"<str>: {len(source):,} characters, more than the limit of {limit:,}", "<str>")
        text = source
    else:
        if isinstance(source, (bytes, bytearray, memoryview)):
            name = "<bytes>"
            data = bytes(source)
            if len(data) > limit:
                raise PageTooLargeError(f"{name}: {len(data):,} bytes, more than the limit of {limit:,}", name)
        elif isinstance(source, os.PathLike):
            path = os.fsdecode(os.fspath(source))
            name = path
            size = os.stat(path).st_size
            if size > limit:
                raise PageTooLargeError(f"{name}: {size:,} bytes, more than the limit of {limit:,}", name)
            with open(path, "rb") as f:
                data = f.read(limit + 1)
            if len(data) > limit:  # grew while we looked
                raise PageTooLargeError(f"{name}: more than the limit of {limit:,} bytes", name)
        else:
            raise TypeError(
                f"read_article expects a path (pathlib.Path), bytes or the page text (str), got {type(source).__name__}"
            )
        decoded = decode_page(data, encoding=encoding, html=html, name=name)
        text, used, truncated = decoded.text, decoded.encoding, decoded.truncated
    is_html = looks_like_html(text) if html is None else html
    parser: Literal["lxml", "html.parser"] | None = None
    if is_html:
        rendered = render(text, html_parser)
        text, parser = rendered.text, rendered.parser
        layout = analyse(text, html_title=rendered.title, headings=rendered.headings, meta=rendered.meta)
    else:
        layout = analyse(text)
    return Article(
        text=text,
        body_start=layout.body[0],
        body_end=layout.body[1],
        title=layout.title,
        title_span=layout.title_span,
        published=layout.published,
        source=layout.source,
        dateline=layout.dateline,
        dateline_span=layout.dateline_span,
        dateline_place=layout.dateline_place,
        dateline_date=layout.dateline_date,
        reporters=layout.reporters,
        editor=layout.editor,
        encoding=used,
        path=path,
        html=is_html,
        html_parser=parser,
        truncated=truncated,
    )
