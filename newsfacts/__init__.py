"""newsfacts: typed, checked facts — money, headcounts, quantities — from Chinese news text."""

from .api import MAX_CHARS, extract_facts
from .models import Approx, Counts, Date, Fact, Facts, Headcount, Level, Money, Percentage, Place, PlaceRef, Quantity
from .numerals import parse_number

__version__ = "0.1.0"

__all__ = [
    "MAX_CHARS",
    "Approx",
    "Counts",
    "Date",
    "Fact",
    "Facts",
    "Headcount",
    "Level",
    "Money",
    "Percentage",
    "Place",
    "PlaceRef",
    "Quantity",
    "__version__",
    "extract_facts",
    "parse_number",
]
