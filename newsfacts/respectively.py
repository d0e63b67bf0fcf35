"""Figures listed after 分别 go, in order, with the items listed before it.

营业收入、利润总额同比分别增长51.9%、181.2%: the first figure is the income's, the second the profit's — a
reader pairs the i-th figure with the i-th item. The phrase rules see only the item next to the figures (利润总额)
and would give it to both. Here the items are read from the clause before 分别: split at 、 first (在线旅游产品和
景点门票、在线文娱销售额 are two items), else at every list mark (90号汽油和0号柴油); the pairing is made only
when there are as many items as figures, and each item is a noun phrase.

Figures listed before 分别 (收入260亿元、游客3200万人次，分别增长12%和15%) are paired by ``attribute``; a
count among the items (A、B两项指标) sums them up, and a list of places or times (北京和上海, 今年和去年) is the
where and when of the figures, not what they are: no pairing then.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

import regex

from . import compiled
from .coordinate import LIST_MARKS
from .kinds.headcount import PEOPLE_NOUNS
from .kinds.percentage import CHANGE_NOUNS
from .link import Span, subject_before
from .models import Fact, Headcount, Money, Percentage, Place, Quantity
from .resolve import Source
from .structure import MEASURE_HEADS, MEASURE_MODIFIERS, NOMINAL_SUFFIXES, NOMINAL_WORDS, VERB_TAGS, Words

Figure = Money | Headcount | Quantity | Percentage

# 分别, or a copula right before a list of figures, which pairs them the same way when as many items stand
# before it (销售面积和金额为|51.7万平方米和38.9亿元).
_RESPECTIVELY = compiled.compile(r"分别|(?<!分别)(?:为|达到|达)(?=[0-9０-９])")
# What may stand between 分别 and the first figure: a change or copula verb (增长, 为, 达到, 上涨了).
_BEFORE_FIRST = compiled.compile(r"[^，,。；;！？!?\n：:、]{0,8}")
_LIST_GAP = compiled.compile("|".join(regex.escape(m) for m in sorted(LIST_MARKS, key=len, reverse=True)))
# The clause before 分别 ends at a clause mark; a clause that holds no list runs back over one comma
# (畜肉类和水产品价格涨幅较高，分别上涨4.8%和4.3%).
_CLAUSE_MARK = compiled.compile(r"[，,。；;！？!?\n：:（(）)]")
_LIST_REACH = 60
# The facts a list may hold, before 分别: its reach, an aside and a rate unit (at most 24) and the last phrase.
_FACTS_REACH = _LIST_REACH + 48
_ITEM_REACH = 6  # how far before the phrase of the last item its list mark may stand (玉米|种植面积)
# Item joiners: 、 first, then the list words too.
ENUMERATION_MARK: Final[str] = "、"
LIST_WORDS: Final[tuple[str, ...]] = ("以及", "和", "与", "及", "或")
_ENUMERATION = compiled.compile(regex.escape(ENUMERATION_MARK))
_ANY_JOINER = compiled.compile("|".join(regex.escape(w) for w in (ENUMERATION_MARK, *LIST_WORDS)))
# A count among the items sums them up (A、B两项指标): the list is not to be paired.
_COUNT_IN_ITEM = compiled.compile(r"[0-9０-９一二两三四五六七八九十几数多][个项类种家只大][^，,]{0,8}$")


def pair_respectively(facts: Sequence[Fact], src: Source) -> list[Fact]:
    """``facts`` (in text order) with the figures listed after each 分别 given the subjects of the items
    listed before it, one each, in order."""
    text, reader = src.folded, src.words
    out = list(facts)
    starts = [f.start for f in out]
    for m in _RESPECTIVELY.finditer(text):
        group = _listed_figures(out, starts, text, m.end())
        if len(group) < 2:
            continue
        nearby = _between(out, starts, m.start() - _FACTS_REACH, m.start())
        items = _items_before(text, m.start(), len(group), reader, nearby)
        if items is None:
            continue
        region = src.original[items[0][0] : m.start()]
        subjects = _with_shared_head(src, items)
        for index, subject in zip(group, subjects, strict=True):
            fact = out[index]
            assert isinstance(fact, Figure)
            # a subject named after the figure (分别为3只基金和5只股票) is its own; one from the list is replaced
            if fact.subject is None or fact.subject in region:
                out[index] = fact.model_copy(update={"subject": subject})
    return out


def _listed_figures(facts: list[Fact], starts: list[int], text: str, at: int) -> list[int]:
    """The indices of the figures listed right after ``at``: the first within a few characters of the
    clause, then each next one of its kind that only a list mark separates from the one before."""
    i = bisect.bisect_left(starts, at)
    while i < len(facts) and isinstance(facts[i], Place):
        i += 1
    if i >= len(facts) or not isinstance(facts[i], Figure):
        return []
    if _BEFORE_FIRST.fullmatch(text, at, facts[i].start) is None:
        return []
    group = [i]
    j = i + 1
    while j < len(facts):
        a, b = facts[group[-1]], facts[j]
        # kinds may differ when each item has its own measure (销售面积和金额为|51.7万平方米和38.9亿元)
        if not isinstance(b, Figure) or _LIST_GAP.fullmatch(text, a.end, b.start) is None:
            break
        group.append(j)
        j += 1
    return group


def _between(facts: list[Fact], starts: list[int], lo: int, hi: int) -> list[Fact]:
    """The facts that start in [lo, hi), found by bisection: a long text's facts are not all scanned."""
    return facts[bisect.bisect_left(starts, max(0, lo)) : bisect.bisect_left(starts, hi)]


def _items_before(text: str, at: int, count: int, reader: Words, facts: list[Fact]) -> list[Span] | None:
    """The ``count`` items listed in the clause before ``at`` (the position of 分别), as noun-phrase spans,
    or None when the clause does not list that many. ``facts``: those that start shortly before ``at``."""
    aside = _ASIDE_BEFORE.search(text, max(0, at - 24), at)
    if aside is not None:
        at = aside.start()  # 0号柴油（全国平均）每升分别: the list ends before the aside
    last = subject_before(text, at, change=True, words=reader, coordinated=False)
    if last is None:
        comma = _trailing_comma(text, at)
        if comma is None:
            return None
        last = subject_before(text, comma, change=True, words=reader, coordinated=False)
    last = reader.noun_phrase(last)
    if last is None:
        return None
    last = _with_model(text, last)
    joined = [m.end() for m in _ANY_JOINER.finditer(text, max(0, last[0] - _ITEM_REACH), last[0])]
    if joined and joined[-1] < last[0] and not _CLAUSE_MARK.search(text, joined[-1], last[0]):
        # 水稻、小麦、玉米|种植|面积: the phrase rules stop at the verb, but the item runs back to the list mark
        widened = reader.noun_phrase((joined[-1], last[1]))
        if widened is not None and widened[0] == joined[-1]:
            last = widened
    lo = max(0, last[0] - _LIST_REACH)
    for mark in _CLAUSE_MARK.finditer(text, lo, last[0]):
        lo = mark.end()
    if any(lo <= f.start < at and isinstance(f, Figure) for f in facts):
        return None  # figures listed before 分别 are paired with them by attribute
    for joiner in (_ENUMERATION, _ANY_JOINER):
        pieces = _split(text, lo, last[0], joiner)
        if pieces is not None and len(pieces) + 1 == count:
            return _as_items(text, pieces, last, reader, facts)
    return None


# A bracketed aside, and the rate unit after it, between the list and 分别.
_ASIDE_BEFORE = compiled.compile(r"[（(][^（()）\n]{1,16}[)）](?:每\p{Han}{1,3})?$")
# A model number before a noun belongs to the item (90号汽油和0号柴油): the phrase rules stop at digits.
_MODEL_BEFORE = compiled.compile(r"[0-9A-Za-z０-９][0-9A-Za-z０-９.\-]*[号型式]?$")


def _with_model(text: str, span: Span) -> Span:
    m = _MODEL_BEFORE.search(text, max(0, span[0] - 8), span[0])
    return (m.start(), span[1]) if m is not None else span


def _trailing_comma(text: str, at: int) -> int | None:
    """The comma that ends the clause before ``at`` when only that comma stands between (…较高，分别)."""
    if at > 0 and text[at - 1] in "，,":
        return at - 1
    return None


_LIST_WORD_BEFORE = compiled.compile("(?:" + "|".join(regex.escape(w) for w in LIST_WORDS) + ")$")


def _first_item(text: str, lo: int, hi: int, reader: Words) -> Span | None:
    """The noun phrase that ends the first piece, text[lo:hi], and opens the list: where the phrase rules
    stop at a list word inside the piece (在线旅游产品和|景点门票、…), the item runs on over it."""
    found = subject_before(text, hi, change=True, words=reader, coordinated=False)
    span = reader.noun_phrase((found[0], hi)) if found is not None else None
    while span is not None and span[0] > lo:
        word = _LIST_WORD_BEFORE.search(text, lo, span[0])
        if word is None:
            break
        before = reader.noun_phrase(subject_before(text, word.start(), change=True, words=reader, coordinated=False))
        if before is None or before[0] < lo:
            break
        span = (before[0], span[1])
    return span


def _split(text: str, lo: int, hi: int, joiner: regex.Pattern[str]) -> list[Span] | None:
    """text[lo:hi], which must end with a joiner, cut at its joiners into the items before the last."""
    marks = list(joiner.finditer(text, lo, hi))
    if not marks or marks[-1].end() != hi:
        return None
    pieces, start = [], lo
    for mark in marks:
        pieces.append((start, mark.start()))
        start = mark.end()
    return pieces


def _as_items(text: str, pieces: list[Span], last: Span, reader: Words, facts: list[Fact]) -> list[Span] | None:
    items: list[Span] = []
    for k, (lo, hi) in enumerate(pieces):
        span = _first_item(text, lo, hi, reader) if k == 0 else reader.noun_phrase((lo, hi))
        if span is None and _SHORT_ITEM.fullmatch(text, lo, hi):
            span = (lo, hi)  # 一居、两居的租金: a short piece between list marks is an item, whatever its tags
        if span is None or span[0] < lo:
            return None
        # the piece ends at the list mark, so its last word is the item's own, even one the phrase rules
        # drop as a verb or a classifier (汽车制造、…; 汽车类、…)
        items.append(_with_model(text, (span[0], hi)))
    items.append(last)
    if any(_abbreviated(reader, hi) for _, hi in items[:-1]):
        return None
    for lo, hi in items:
        if _COUNT_IN_ITEM.search(text, lo, hi):
            return None
        if any(isinstance(f, Place) and f.start <= lo and hi <= f.end for f in facts):
            return None  # 北京和上海分别有: where, not what
    return items


_SHORT_ITEM = compiled.compile(r"\p{Han}{2,4}")


def _abbreviated(reader: Words, end: int) -> bool:
    """The item ending at ``end`` is one character that shares the next item's rest (全国汽、柴油价格: 汽油价格;
    大、中城市): the items are not whole phrases. A classifier or a noun suffix (汽车类、家电类) is no such
    character."""
    words = reader.words(end - 1, end)
    if not words:
        return False
    w = words[-1]
    return w.end == end and len(w.text) == 1 and w.tag != "q" and w.text not in NOMINAL_SUFFIXES


# In the last item of a list, what the list shares starts after 的 or 等 (A和B的|跌幅, A、B等|产品出口).
_SHARED_AFTER = compiled.compile(r"[的等](?!.*[的等])")
# Words that join the measure a list shares (华夏红利|单位净值, 化学药品制造业|实际使用外资): with the verbs before
# the measure (参保|人数, 销售|收入), they belong to the head, not to the last item.
HEAD_MODIFIERS: Final[frozenset[str]] = MEASURE_MODIFIERS
# Words that name a measure: a list's last item that ends in one shares it with the items before.
MEASURES: Final[frozenset[str]] = frozenset({*MEASURE_HEADS, *NOMINAL_WORDS, *CHANGE_NOUNS} - set(PEOPLE_NOUNS))
OWN_MEASURE_SUFFIXES: Final[str] = "率额量值比速幅数价费税"
_LONGEST_MEASURE = max(map(len, MEASURES))
_VERBAL_TAGS = frozenset({*VERB_TAGS, "vn"})
_VERB_REACH = 3  # characters of verbs a measure's head takes (可支配|收入)


def _with_shared_head(src: Source, items: list[Span]) -> list[str]:
    """The items as subjects: when the last item ends in the measure the list shares (原煤、原油、天然气|产量;
    水稻、玉米|机收率; 东盟、拉美、非洲|进出口), each other item that names no measure of its own takes it too
    (原煤产量). In the last item, what follows 的 is all shared (A、B和C的|跌幅), and what follows 等 names the
    category of the whole list (汽车、家电、船舶等|优势产品出口): its measure is shared and the item is 船舶."""
    subjects = [src.original[lo:hi] for lo, hi in items]
    lo, hi = items[-1]
    marker = _SHARED_AFTER.search(src.folded, lo + 1, hi)
    if marker is not None and not _is_word(src.words, marker.start()):
        marker = None  # 高等教育, 目的地: inside a word
    if marker is not None and marker.group() == "的":
        measure = src.original[marker.end() : hi]
        subjects[-1] = src.original[lo : marker.start()] + measure
    else:
        head = _measure_head(src.words, marker.end() if marker is not None else lo, hi)
        if head is None:
            return subjects
        measure = src.original[head:hi]
        if marker is not None:
            subjects[-1] = src.original[lo : marker.start()] + measure
    return [s if k == len(items) - 1 or _ends_in_measure(s) else s + measure for k, s in enumerate(subjects)]


def _is_word(reader: Words, pos: int) -> bool:
    """The character at ``pos`` is a word of its own."""
    return any(w.start == pos and w.end == pos + 1 for w in reader.words(pos, pos + 1))


def _measure_suffix(word: str) -> str | None:
    """The longest measure word that ends ``word`` (汽车产量 → 产量), or its last character when that is a
    measure's suffix (机收|率)."""
    for n in range(min(len(word), _LONGEST_MEASURE), 0, -1):
        if word[-n:] in MEASURES:
            return word[-n:]
    return word[-1] if word and word[-1] in NOMINAL_SUFFIXES else None


def _ends_in_measure(phrase: str) -> bool:
    """An item names a measure of its own (营业收入、利润总额): it ends in a measure word or a rate's suffix —
    not in any noun suffix (甲基金 names no measure)."""
    return any(phrase.endswith(w) for w in MEASURES) or phrase[-1:] in OWN_MEASURE_SUFFIXES


def _measure_head(reader: Words, lo: int, hi: int) -> int | None:
    """Where the measure that ends text[lo:hi] starts (…天然气|产量 → 产量), or None when the phrase ends in no
    measure or is all measure (利润总额: nothing is left to share it with)."""
    words = [w for w in reader.words(lo, hi) if lo <= w.start and w.end <= hi]
    if not words or words[-1].end != hi:
        return None
    last = words[-1]
    suffix = _measure_suffix(last.text)
    if suffix is None:
        return None
    k = len(words) - 1
    if len(suffix) == 1:
        if last.text == suffix and k > 0:
            k -= 1  # 机收|率: a suffix measures the word it ends
    elif len(suffix) < len(last.text):  # a compound: 汽车产量 shares 产量; 销售收入 (a verb's measure) and
        rest = last.text[: -len(suffix)]  # 净利润 are whole
        verbal = all(tag in _VERBAL_TAGS for _, tag in reader.tag(rest))
        if not verbal and rest not in HEAD_MODIFIERS:
            return last.end - len(suffix)
    elif suffix in MEASURE_HEADS or suffix in CHANGE_NOUNS:
        # 参保|人数, 出口|增速, 可|支配|收入: the verb a noun measures; not 设备|出口, itself an action
        verbs = 0
        while k > 0 and words[k - 1].tag in _VERBAL_TAGS and verbs + len(words[k - 1].text) <= _VERB_REACH:
            verbs += len(words[k - 1].text)
            k -= 1
    while k > 0 and (words[k - 1].text in HEAD_MODIFIERS or words[k - 1].text in MEASURE_HEADS):
        k -= 1  # 实际|使用外资, 单位|净值, 价格|涨幅
    return words[k].start if k > 0 else None
