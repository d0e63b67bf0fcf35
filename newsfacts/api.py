"""The one call: ``extract_facts(text)``."""

from __future__ import annotations

import datetime as dt

import regex

from .kinds import dates
from .models import Date, Fact, Facts, Percentage
from .resolve import Source, resolve, resolve_percent
from .scan import DateCandidate, PercentCandidate, candidates
from .script import fold

MAX_CHARS = 50_000_000
"""Longest text accepted (characters); a longer one raises ValueError rather than exhausting memory."""

# A publication line near the top of a page: 2005年02月01日10:24, 2012-07-27 08:30.
_PUBLICATION_LINE = regex.compile(
    r"(?P<y>[12][0-9]{3})(?:年|-)(?P<m>[0-9]{1,2})(?:月|-)(?P<d>[0-9]{1,2})日?\s*[0-9]{1,2}[:：][0-9]{2}"
)
_PUBLICATION_WINDOW = 1000
# A figure's time is the latest date before it in the same sentence.
_SENTENCE_END = regex.compile(r"[。！？!?\n]")


def extract_facts(text: str, reference_date: dt.date | None = None) -> Facts:
    """Every money, headcount, quantity, percentage and date fact of a Chinese news text, in text order.

    ``reference_date`` is the article's publication date: dates without a year and relative dates
    (今年, 昨天) resolve against it. When it is None and the top of the text has a publication line
    (2005年02月01日10:24), that line's date is used. Raises ``TypeError`` for a non-``str`` text,
    ``ValueError`` for a text longer than ``MAX_CHARS`` or a ``reference_date`` that is not a date.
    """
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("extract_facts expects str, got bytes: decode it first (e.g. data.decode('gb18030'))")
    if not isinstance(text, str):
        raise TypeError(f"extract_facts expects str, got {type(text).__name__}")
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise ValueError(f"reference_date must be a datetime.date, got {reference_date!r}")
    if len(text) > MAX_CHARS:
        raise ValueError(f"text has {len(text):,} characters, more than MAX_CHARS={MAX_CHARS:,}")
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    src = Source(original=text, folded=fold(text))
    reference = reference_date or publication_date(src.folded)
    found: list[Fact] = []
    last_end = 0
    for candidate in candidates(src.folded):
        if candidate.start < last_end:
            continue  # already covered by a longer reading (5元3角 swallows 3角)
        fact: Fact | None
        if isinstance(candidate, DateCandidate):
            fact = _date_fact(candidate, text, reference)
        elif isinstance(candidate, PercentCandidate):
            fact = resolve_percent(candidate, src)
        else:
            fact = resolve(candidate, src)
        if fact is not None:
            found.append(fact)
            last_end = fact.end
    return Facts(facts=tuple(_anchor(found, text)))


def publication_date(text: str) -> dt.date | None:
    """The date of a publication line (a date with a clock time) near the top of the text, if any."""
    m = _PUBLICATION_LINE.search(text, 0, _PUBLICATION_WINDOW)
    if m is None:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def _date_fact(c: DateCandidate, text: str, reference: dt.date | None) -> Date | None:
    r = dates.resolve(c.parts, reference)
    if r is None:
        return None
    return Date(
        text=text[c.start : c.end],
        start=c.start,
        end=c.end,
        date=r.first,
        until=r.last,
        time=r.time,
        relative=r.relative,
        rule="date:" + next(iter(c.parts)),
    )


def _anchor(found: list[Fact], text: str) -> list[Fact]:
    """Give each figure the time it refers to, and a percentage without a subject the subject of the figure
    just before it in the sentence (出口12.13万亿元，增长6.9% — the growth is the exports')."""
    out: list[Fact] = []
    current: Date | None = None
    previous_subject: str | None = None
    last_end = 0
    for fact in found:
        if _SENTENCE_END.search(text, last_end, fact.start):
            current, previous_subject = None, None
        last_end = fact.end
        if isinstance(fact, Date):
            current = fact
            out.append(fact)
            continue
        update: dict[str, object] = {}
        if current is not None:
            update.update(date=current.date, date_until=current.until)
        if isinstance(fact, Percentage) and fact.subject is None and previous_subject:
            update["subject"] = previous_subject
        if fact.subject:
            previous_subject = fact.subject
        out.append(fact.model_copy(update=update) if update else fact)
    return out
