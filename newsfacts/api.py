"""The one call: ``extract_facts(text)``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import compiled
from .attribute import RECORD_AFTER, attribute
from .coordinate import places_name_no_subject, share_subjects
from .kinds import dates, quantity
from .lead_dates import fill_lead_dates
from .models import ArticleMeta, Date, Fact, Facts, Headcount, Money, Place, Quantity
from .not_figures import inside_named, named_phrases, team_names_in
from .numerals import ARABIC_DIGITS, CHINESE_DIGITS
from .places import PlaceHit, find_places
from .qualifiers import RANGE_SEPARATORS
from .resolve import Source, resolve, resolve_percent
from .respectively import pair_respectively
from .scan import Candidate, DateCandidate, PercentCandidate, candidates
from .scope import fill_places, items
from .script import fold
from .spacing import close_up
from .structure import Words

if TYPE_CHECKING:
    from .document import Article

MAX_CHARS = 50_000_000
"""Longest text accepted (characters); a longer one raises ValueError rather than exhausting memory."""

# A publication line near the top of a page: 2005年02月01日10:24, 2012-07-27 08:30.
_PUBLICATION_LINE = compiled.compile(
    r"(?P<y>[12][0-9]{3})(?:年|-)(?P<m>[0-9]{1,2})(?:月|-)(?P<d>[0-9]{1,2})日?\s*[0-9]{1,2}[:：][0-9]{2}"
)
_PUBLICATION_WINDOW = 1000


def extract_facts(text: str | Article, reference_date: dt.date | None = None) -> Facts:
    """Every money, headcount, quantity, percentage, date and place fact of a Chinese news text, in text
    order, each figure tied to its place and time.

    ``text`` is a ``str`` or an ``Article`` from ``read_article``; for an article, facts come from its title
    and body only (not the page chrome), their offsets point into ``article.text``, and ``Facts.article``
    carries its metadata. ``reference_date`` is the article's publication date: dates without a year and
    relative dates (今年, 昨天) resolve against it. When it is None, an article's ``published`` date is used,
    or for a ``str`` the date of a publication line near its top (2005年02月01日10:24).

    Raises ``TypeError`` for anything but ``str``/``Article``, ``ValueError`` for a text longer than
    ``MAX_CHARS`` or a ``reference_date`` that is not a date.
    """
    article: Article | None = None
    if not isinstance(text, str):
        from .document import Article  # the page reader is imported only when a page is given

        if isinstance(text, Article):
            article, text = text, text.text
        elif isinstance(text, (bytes, bytearray)):
            raise TypeError(
                "extract_facts expects str or Article, got bytes: decode it first, or use read_article(data)"
            )
        else:
            raise TypeError(f"extract_facts expects str or Article, got {type(text).__name__}")
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise ValueError(f"reference_date must be a datetime.date, got {reference_date!r}")
    if len(text) > MAX_CHARS:
        raise ValueError(f"text has {len(text):,} characters, more than MAX_CHARS={MAX_CHARS:,}")
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    spans = article.content_spans() if article is not None else [(0, len(text))]
    if reference_date is None and article is not None and article.published:
        reference_date = article.published.date()
    meta = ArticleMeta.from_article(article) if article is not None else None
    closed = close_up(text)
    if closed is None:
        return Facts(facts=tuple(_facts(text, spans, reference_date)), article=meta)
    # 百 分 之 2.4: the figures are read with their inner spaces closed up, then put back on the text
    inner = _facts(closed.text, [(closed.to_closed(lo), closed.to_closed(hi)) for lo, hi in spans], reference_date)
    return Facts(facts=tuple(closed.restore(inner, text)), article=meta)


def _facts(text: str, spans: list[tuple[int, int]], reference_date: dt.date | None) -> list[Fact]:
    folded = fold(text)
    src = Source(original=text, folded=folded, words=Words(folded))
    reference = reference_date or publication_date(src.folded)
    found: list[Fact] = []
    for lo, hi in spans:
        found.extend(_figures_and_dates(src, lo, hi, reference))
    found.extend(_place_fact(hit) for hit in find_places(text) if _inside(hit.start, hit.end, spans))
    merged = _without_list_counts(sorted(found, key=lambda f: (f.start, f.end)))
    paired = pair_respectively(share_subjects(places_name_no_subject(merged), src.folded), src)
    stories = items(src.folded)  # the headlines' stories, read once for places and for dates
    placed = fill_places(attribute(paired, src.folded), src.folded, stories)
    return fill_lead_dates(placed, src.folded, reference, stories)


def _without_list_counts(facts: list[Fact]) -> list[Fact]:
    """``facts`` without a count of divisions that only sums up the list of places right before it (四川、重庆|
    两省市, 天津、河北、山东|三省市): the places are the facts; with 等 (浙江、上海等|6省市) the count says more
    than the list and stays."""
    ends = {f.end for f in facts if isinstance(f, Place)}
    if not ends:
        return facts
    return [
        f for f in facts
        if not (isinstance(f, Quantity) and f.unit in quantity.DIVISION_COUNTS and f.start in ends)
    ]  # fmt: skip


def _measured(fact: Quantity) -> bool:
    """A physical measure or a magnitude (quantity.TITLE_MEASURES), which a name or title holds as the story's
    figure (【甘肃6.6级地震】), unlike a count or a length of time (“国11条”, 【辉煌35年】, “一二手联动”)."""
    row = quantity.UNITS.get(fact.unit or "")
    if row is None or row.counts or row.duration:
        return False
    return fact.standard_value is not None or fact.unit in quantity.TITLE_MEASURES


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= start and end <= hi for lo, hi in spans)


def _figures_and_dates(src: Source, lo: int, hi: int, reference: dt.date | None) -> list[Fact]:
    found: list[Fact] = []
    last_end = lo
    last_money: Money | None = None
    teams = team_names_in(src.folded)  # 76人 in a basketball report is the team
    names = named_phrases(src.folded)  # “国11条”, 【辉煌35年】: counts inside names are no figures
    # a stack of candidate streams: a range read as a movement (从6124点至1664点) pushes its two ends' readings
    streams: list[Iterator[Candidate | PercentCandidate | DateCandidate]] = [candidates(src.folded, lo, hi)]
    while streams:
        candidate = next(streams[-1], None)
        if candidate is None:
            streams.pop()
            continue
        if candidate.start < last_end:
            continue  # already covered by a longer reading (5元3角 swallows 3角)
        fact: Fact | None
        if isinstance(candidate, DateCandidate):
            fact = _date_fact(candidate, src.original, reference)
        elif isinstance(candidate, PercentCandidate):
            fact = resolve_percent(candidate, src)
        else:
            fact = resolve(candidate, src, last_money)
            mid = _movement_split(src.folded, candidate) if fact is None else None
            if mid is not None:  # 从6124点至1664点: read each end on its own, then go on
                streams.append(candidates(src.folded, mid, candidate.end))
                streams.append(candidates(src.folded, candidate.start, mid))
                continue
        if fact is not None and teams and isinstance(fact, Headcount) and fact.text in teams:
            continue
        named = names and isinstance(fact, Quantity) and inside_named(names, fact.start, fact.end)
        if named and isinstance(fact, Quantity) and not _measured(fact):
            continue  # (a measure in a title is still one: 【甘肃6.6级地震】)
        if fact is not None and fact.end <= hi:
            joined = _date_range(src, found[-1], fact) if found and isinstance(fact, Date) else None
            if joined is not None:
                found[-1] = joined  # 今年9月至明年6月, 2021年9月至2022年6月: one period, as 1月26日至27日 is
            else:
                found.append(fact)
            last_end = fact.end
            last_money = fact if isinstance(fact, Money) else None
    return found


_RANGE_SEPARATORS = frozenset(RANGE_SEPARATORS)


def _date_range(src: Source, first: Fact, second: Date) -> Date | None:
    """``first`` and ``second`` as one period when a range separator alone joins two months or years that
    run forward (今年9月|至|明年6月); None otherwise."""
    if not isinstance(first, Date) or src.folded[first.end : second.start] not in _RANGE_SEPARATORS:
        return None
    if first.until is None or second.until is None or second.date <= first.until or first.text.endswith("以来"):
        return None  # two periods, the second after the first (not two days: 1月26日至27日 is read whole)
    return Date(
        text=src.original[first.start : second.end], start=first.start, end=second.end, date=first.date,
        until=second.until, relative=first.relative or second.relative, rule="date:range",
    )  # fmt: skip


_NUMERAL_CHARS = frozenset(ARABIC_DIGITS + CHINESE_DIGITS + "十百千万亿")
_DURATION_ENDS = frozenset("年月天周时分秒")


def _movement_split(text: str, c: Candidate) -> int | None:
    """Where the first end of a range with its unit written at both ends stops (6124点|至1664点), when the
    range did not read as one figure (it runs backwards: a movement from one level to another, not a range);
    None for any other candidate."""
    if c.num2 is None or c.unit1 is None:
        return None
    if text[c.end : c.end + 1] in _NUMERAL_CHARS or text[c.start - 1 : c.start] in _DURATION_ENDS:
        return None  # 一年|六个月至十年|六个月: ends of compound lengths, which neither half reads whole
    first = c.num + c.unit1
    at = text.find(first, c.start, c.end)
    return None if at < 0 else at + len(first)


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
    end = c.end
    if "d_since" in c.parts and (
        not r.relative or "d_ry" not in c.parts or RECORD_AFTER.match(text[end : end + 8])
    ):
        # 为2008年以来|最高: a record's start is the time as written before 以来; so is a written date
        # (2020年12月17日以来, 1998年以来: since that day, which the reader files under that day), and a since-period
        # with no reference date to end it. Only a time relative to the article (今年以来, 去年以来) runs to it.
        end -= len(c.parts["d_since"])
        r = dates.resolve({k: v for k, v in c.parts.items() if k != "d_since"}, reference) or r
    return Date(
        text=text[c.start : end],
        start=c.start,
        end=end,
        date=r.first,
        until=r.last,
        time=r.time,
        relative=r.relative,
        rule="date:" + next(iter(c.parts)),
    )


def _place_fact(hit: PlaceHit) -> Place:
    d = hit.division
    return Place(
        text=hit.text, start=hit.start, end=hit.end, name=d.name if d else None, code=d.code if d else None,
        level=d.level if d else None, province=d.province if d else None,
        province_code=d.province_code if d else None, prefecture=d.prefecture if d else None,
        prefecture_code=d.prefecture_code if d else None, former_name=hit.former_name,
        candidates=tuple(c.code for c in hit.candidates), rule="place:" + hit.rule,
    )  # fmt: skip
