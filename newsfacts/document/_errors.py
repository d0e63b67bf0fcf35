"""The errors ``read_article`` raises: all are ``ValueError`` subclasses that name the page."""

from __future__ import annotations


class ArticleDecodeError(ValueError):
    """The page's bytes can't be decoded as text (invalid in its encoding, or no encoding fits).

    ``name`` is the file's path, or ``"<bytes>"`` for bytes passed directly.
    """

    def __init__(self, message: str, name: str) -> None:
        super().__init__(message)
        self.name = name


class BinaryPageError(ArticleDecodeError):
    """The data is not text at all: an image, an archive, compressed data, NUL bytes."""


class PageTooLargeError(ValueError):
    """The page is larger than the limit (``MAX_PAGE_BYTES`` unless ``max_size`` says otherwise)."""

    def __init__(self, message: str, name: str) -> None:
        super().__init__(message)
        self.name = name
