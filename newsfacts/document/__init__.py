"""The document layer: read a news page — a file, bytes or text, plain or HTML, UTF-8, GB18030 or Big5 —
into an ``Article``: its clean text, the span of its news body, its title and metadata.

>>> from pathlib import Path
>>> from newsfacts.document import read_article
>>> article = read_article(Path("seeds/000_65b7911c41883545.txt"))  # doctest: +SKIP
>>> article.title, article.source, article.reporters  # doctest: +SKIP
('山东百万党员结穷亲解民忧 深入基层送温暖', '中国广播网', ('桂园', '柴安东'))
"""

from __future__ import annotations

from ._article import MAX_PAGE_BYTES, Article, read_article
from ._errors import ArticleDecodeError, BinaryPageError, PageTooLargeError
from ._layout import canonical_source
from ._tables import SOURCES

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
