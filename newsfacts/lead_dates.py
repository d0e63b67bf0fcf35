"""The day a story's lead reports, for the figures of its later paragraphs that no date of their own governs.

A news story opens with its day (今天（9月23日），我国…; 截至今天（2月9日）…) and tells the rest of what happened
that day in paragraphs that name no date again: a careful reader files those figures under the lead's day.
``attribute`` carries a date through a sentence and the paragraph it continues; this fills in what it left
without one, story by story, from the first governing one-day date of the story's lead,
within a week of the text's own date — not a period (2022年, 上半年: a report's period is carried by
``attribute`` where it governs), not a founding or a comparison base (成立于2006年6月15日), and only for
figures after it, not lengths of time or ages, and not a figure its sentence puts at another time (近年来,
过去, 累计, 成立于 …). An undated text (an archive page with no date line) gets none: its lead may tell any day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import regex

from . import compiled
from .attribute import LAST_SENTENCE_END, governs, timeless
from .models import Date, Fact, Place

LEAD: Final[int] = 120  # characters of a story's headline and lead that can hold its day
NEWS_DAYS: Final[int] = 7  # how far from the text's own date the lead's day may be: news of the day, not a history


def _lead_day(story: Sequence[Fact], lo: int, text: str, reference: dt.date) -> Date | None:
    """The first governing date of one day in the story's lead, near the text's date, if any."""
    for fact in story:
        if fact.start >= lo + LEAD:
            return None
        if isinstance(fact, Date) and (fact.until is None or fact.until == fact.date) and governs(fact, text):
            return fact if abs((reference - fact.date).days) <= NEWS_DAYS else None
    return None


# Words before a figure in its sentence that put it at another time than the day's news: a span up to now
# (近年来, 十年来, 累计), the past (过去, 当年, 曾), a founding (成立于, 始建于).
OTHER_TIMES: Final[tuple[str, ...]] = (
    "以来", "年来", "近年", "多年", "过去", "历史上", "当年", "曾经", "曾", "累计", "成立于", "创建于", "始建于",
    "建于",
)  # fmt: skip
_OTHER_TIME = compiled.compile("|".join(regex.escape(w) for w in sorted(OTHER_TIMES, key=len, reverse=True)))
_REACH = 200


def _sentence_start(text: str, at: int) -> int:
    m = LAST_SENTENCE_END.search(text, max(0, at - _REACH), at)
    return m.end() if m is not None else max(0, at - _REACH)


def fill_lead_dates(
    facts: Sequence[Fact], text: str, reference: dt.date | None, stories: Sequence[tuple[int, int]]
) -> list[Fact]:
    """The figures without a date given the day of their story's lead (``stories``: ``scope.items(text)``), when
    the lead names one before them. Only for a dated text (``reference``): news of a day, whose lead says which."""
    if reference is None:
        return list(facts)
    out: list[Fact] = []
    k = 0
    for lo, hi in stories:
        story = []
        while k < len(facts) and facts[k].start < hi:
            story.append(facts[k])
            k += 1
        day = _lead_day(story, lo, text, reference)
        for fact in story:
            if (
                day is None
                or isinstance(fact, (Place, Date))
                or fact.date is not None
                or fact.start < day.end
                or timeless(fact)
                or _OTHER_TIME.search(text, _sentence_start(text, fact.start), fact.start) is not None
            ):
                out.append(fact)
            else:
                out.append(fact.model_copy(update={"date": day.date, "date_until": None}))
    out.extend(facts[k:])
    return out
