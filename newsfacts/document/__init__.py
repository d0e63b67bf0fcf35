"""The document layer: read a news page — a file, bytes or text, plain or HTML, UTF-8, GB18030 or Big5 —
into an ``Article``: its clean text, the span of its news body, its title and metadata.

>>> from pathlib import Path
>>> from newsfacts.document import read_article
>>> article = read_article(Path("seeds/000_65b7911c41883545.txt"))  # doctest: +SKIP
>>> article.title, article.source, article.reporters  # doctest: +SKIP
('山东百万党员结穷亲解民忧 深入基层送温暖', '中国广播网', ('桂园', '柴安东'))

The names below are imported on first use: ``extract_facts`` on a ``str`` reads only the dateline pattern
(``_dateline``), and compiling the page reader's tables would add a tenth of a second to its first call.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._article import MAX_PAGE_BYTES, Article, read_article
    from ._errors import ArticleDecodeError, BinaryPageError, PageTooLargeError
    from ._layout import canonical_source
    from ._tables import SOURCES

# name → the module that defines it
_LAZY = {
    "MAX_PAGE_BYTES": "._article",
    "Article": "._article",
    "read_article": "._article",
    "ArticleDecodeError": "._errors",
    "BinaryPageError": "._errors",
    "PageTooLargeError": "._errors",
    "canonical_source": "._layout",
    "SOURCES": "._tables",
}

__all__ = [
    "MAX_PAGE_BYTES",
    "SOURCES",
    "Article",
    "ArticleDecodeError",
    "BinaryPageError",
    "PageTooLargeError",
    "canonical_source",
    "read_article",
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value  # once: later reads (and a caller's assignment to MAX_PAGE_BYTES) skip this
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
