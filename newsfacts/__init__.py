"""newsfacts: typed, checked facts — money, headcounts, quantities — from Chinese news text."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .api import MAX_CHARS, extract_facts
from .grammar import parse_number
from .models import (
    Approx,
    ArticleMeta,
    Counts,
    Date,
    Fact,
    Facts,
    Headcount,
    Level,
    Money,
    Percentage,
    Place,
    PlaceRef,
    Quantity,
)

if TYPE_CHECKING:
    from .batch import DocResult, extract_many
    from .document import Article, ArticleDecodeError, PageTooLargeError, read_article
    from .frame import read_facts, to_dataframe

# Imported on first use: the page reader, the batch runner and the table functions are not needed to
# extract facts from a str, and importing them would add a tenth of a second to a fresh process's first call.
_LAZY = {
    "DocResult": ".batch",
    "extract_many": ".batch",
    "Article": ".document",
    "ArticleDecodeError": ".document",
    "PageTooLargeError": ".document",
    "read_article": ".document",
    "read_facts": ".frame",
    "to_dataframe": ".frame",
}

__version__ = "0.1.0"

__all__ = [
    "MAX_CHARS",
    "Approx",
    "Article",
    "ArticleDecodeError",
    "ArticleMeta",
    "Counts",
    "Date",
    "DocResult",
    "Fact",
    "Facts",
    "Headcount",
    "Level",
    "Money",
    "PageTooLargeError",
    "Percentage",
    "Place",
    "PlaceRef",
    "Quantity",
    "__version__",
    "extract_facts",
    "extract_many",
    "parse_number",
    "read_article",
    "read_facts",
    "to_dataframe",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    else:
        try:  # a submodule not imported yet (newsfacts.frame, newsfacts.batch …)
            value = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
