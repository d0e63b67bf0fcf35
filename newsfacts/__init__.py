"""newsfacts: typed, checked facts — money, headcounts, quantities — from Chinese news text."""

from .api import MAX_CHARS, extract_facts
from .batch import DocResult, extract_many
from .document import Article, ArticleDecodeError, PageTooLargeError, read_article
from .frame import read_facts, to_dataframe
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
