"""The one call: ``extract_facts(text)``."""

from __future__ import annotations

from datetime import date

from .models import Fact, Facts
from .resolve import resolve
from .scan import candidates

MAX_CHARS = 50_000_000
"""Longest text accepted (characters); a longer one raises ValueError rather than exhausting memory."""


def extract_facts(text: str, reference_date: date | None = None) -> Facts:
    """Every money, headcount and quantity figure of a Chinese news text, in text order.

    ``reference_date`` is the article's publication date (used by date resolution; accepted now so that
    callers need not change). Raises ``TypeError`` for a non-``str`` text, ``ValueError`` for a text longer
    than ``MAX_CHARS`` or a ``reference_date`` that is not a date.
    """
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("extract_facts expects str, got bytes: decode it first (e.g. data.decode('gb18030'))")
    if not isinstance(text, str):
        raise TypeError(f"extract_facts expects str, got {type(text).__name__}")
    if reference_date is not None and not isinstance(reference_date, date):
        raise ValueError(f"reference_date must be a datetime.date, got {reference_date!r}")
    if len(text) > MAX_CHARS:
        raise ValueError(f"text has {len(text):,} characters, more than MAX_CHARS={MAX_CHARS:,}")
    found: list[Fact] = []
    last_end = 0
    for candidate in candidates(text):
        if candidate.start < last_end:
            continue  # already covered by a longer reading (5元3角 swallows 3角)
        fact = resolve(candidate, text)
        if fact is not None:
            found.append(fact)
            last_end = fact.end
    return Facts(facts=tuple(found))
