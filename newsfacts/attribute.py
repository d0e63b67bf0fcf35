"""Which place, and which time, each figure is about.

A careful reader ties a figure to the place named last before it in its sentence (烟台市发放救助金1227.7万元);
to the province, city or county in play when the sentence says 全省, 省委, 该市 …; to the country for 全国,
我国, 中央; and, when its sentence names none, to the place of the figure before it in the same paragraph
(…的人员共有51名 continues a paragraph about Macao); when nothing before it names one, to the place or
scope word just after it in its sentence (下拨的54.76亿元中央救助资金 → China). 全球/全世界 cut that chain: a
worldwide figure has no place. Its time is the latest date before it in the same sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from .kinds import money, percentage
from .models import Date, Fact, Money, Percentage, Place, PlaceRef

# Words that refer back to the division in play, by level.
ANAPHORA: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("全省", "本省", "该省", "省委", "省政府", "省里", "我省", "全区", "全港", "本港", "全澳", "全台"), "province"
    ),
    **dict.fromkeys(("全市", "本市", "该市", "市委", "市政府", "市里", "我市", "全州", "该州"), "prefecture"),
    **dict.fromkeys(("全县", "本县", "该县", "县委", "县政府", "县里", "我县"), "county"),
    **dict.fromkeys(("全国", "我国", "中央", "国家", "国内", "全军"), "country"),
}  # fmt: skip
# Words that make a figure worldwide: no place.
GLOBAL_WORDS: Final[tuple[str, ...]] = ("全球", "全世界", "世界各地", "世界上", "国际上", "各国")

# Currency of a bare 元/块 by the place it is spent in: 香港…发放5,000元 is Hong Kong dollars.
LOCAL_YUAN: Final[dict[str, str]] = {"810000": "HKD", "820000": "MOP", "710000": "TWD"}

CHINA = PlaceRef(name="中国", code="CN", level="country")

_SENTENCE_END = regex.compile(r"[。！？!?\n]")
_PARAGRAPH_END = regex.compile(r"\n")


def _alternation(words: object) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))  # type: ignore[call-overload]


# A figure right after a word of change (增加600元, 减少了3万吨) measures the change of the figure before it.
_CHANGE_JUST_BEFORE = regex.compile(rf"(?:{_alternation(percentage.CHANGE_WORDS)})了?$")
_SCOPE = regex.compile(rf"(?P<ana>{_alternation(ANAPHORA)})|(?P<glob>{_alternation(GLOBAL_WORDS)})")


class _InPlay:
    """The latest place named at each level, as the reader goes through the text."""

    def __init__(self) -> None:
        self.by_level: dict[str, PlaceRef] = {}

    def see(self, place: PlaceRef, fact: Place) -> None:
        if place.level == "country":
            # A foreign country ends the Chinese divisions in play; China itself keeps them.
            self.by_level = {**self.by_level, "country": place} if place.code == "CN" else {"country": place}
            return
        self.by_level[place.level] = place
        # A county also puts its prefecture and province in play (临沭县 → 临沂市, 山东省).
        if fact.prefecture and fact.prefecture_code:
            self.by_level["prefecture"] = PlaceRef(name=fact.prefecture, code=fact.prefecture_code, level="prefecture")
        if fact.province and fact.province_code:
            self.by_level["province"] = PlaceRef(name=fact.province, code=fact.province_code, level="province")
        self.by_level["country"] = CHINA

    def at(self, level: str) -> PlaceRef | None:
        if level == "country":
            return self.by_level.get("country", CHINA)
        return self.by_level.get(level)


def attribute(facts: Sequence[Fact], text: str) -> list[Fact]:
    """Give each figure its place and time; return the facts in the same order."""
    out: list[Fact] = []
    in_play = _InPlay()
    sentence_place: tuple[int, PlaceRef | None] | None = None  # (position, place) of the latest mention
    sentence_date: Date | None = None
    paragraph_place: PlaceRef | None = None
    previous_subject: str | None = None
    sentence_subjects: list[str] = []  # subjects of the sentence's figures other than percentages, in order
    respectively: dict[int, str] = {}  # index of a percentage after 分别 → the subject it pairs with
    last_end = 0
    for index, fact in enumerate(facts):
        if _PARAGRAPH_END.search(text, last_end, fact.start):
            paragraph_place = None
        if _SENTENCE_END.search(text, last_end, fact.start):
            sentence_place, sentence_date, previous_subject = None, None, None
            sentence_subjects = []
        if isinstance(fact, Percentage) and fact.subject is None and _RESPECTIVELY.search(text, last_end, fact.start):
            respectively.update(_pair_respectively(facts, index, text, sentence_subjects))
        # Scope words between the last fact and this one: 全省, 我国, 全球 …
        for m in _SCOPE.finditer(text, last_end, fact.start):
            if m.group("glob"):
                sentence_place, paragraph_place = (m.start(), None), None
            else:
                sentence_place = (m.start(), in_play.at(ANAPHORA[m.group("ana")]))
        last_end = max(last_end, fact.end)
        if isinstance(fact, Place):
            ref = fact.ref
            if ref is not None:
                in_play.see(ref, fact)
                sentence_place = (fact.start, ref)
            out.append(fact)
            continue
        if isinstance(fact, Date):
            sentence_date = fact
            out.append(fact)
            continue
        update: dict[str, object] = {}
        place = sentence_place[1] if sentence_place is not None else paragraph_place
        if place is None and sentence_place is None:
            place = _place_named_after(facts, index, text, in_play)
        if place is not None:
            update["place"] = place
            paragraph_place = place
        elif sentence_place is not None:  # a worldwide figure: the chain stops here
            paragraph_place = None
        if sentence_date is not None:
            update.update(date=sentence_date.date, date_until=sentence_date.until)
        if fact.subject is None and index in respectively:
            update["subject"] = respectively[index]  # 收入260亿元、游客3200万人次，分别增长12%和15%
        elif fact.subject is None and previous_subject and (
            isinstance(fact, Percentage) or _CHANGE_JUST_BEFORE.search(text, max(0, fact.start - 4), fact.start)
        ):
            # 出口12.13万亿元，增长6.9%: the growth is the exports'; 收入5800元，比上年增加600元: so is the 600元
            update["subject"] = previous_subject
        if isinstance(fact, Money) and place is not None and place.code in LOCAL_YUAN and _bare_yuan(fact):
            update["currency"] = LOCAL_YUAN[place.code]
        if fact.subject:
            previous_subject = fact.subject
            if not isinstance(fact, Percentage):
                sentence_subjects.append(fact.subject)
        out.append(fact.model_copy(update=update) if update else fact)
    return out


_RESPECTIVELY = regex.compile(r"分别")


def _pair_respectively(facts: Sequence[Fact], index: int, text: str, subjects: list[str]) -> dict[int, str]:
    """Percentages listed after 分别 with no subject of their own (…，分别增长12%和15%) go with the figures
    before them in the sentence, in order: the last k subjects for k percentages. Nothing when there are
    fewer subjects than percentages; when a noun is named before 分别 (加仓幅度分别为14.45%和8.61%), it is
    their subject and this pairing does not apply."""
    group = [index]
    j = index + 1
    while j < len(facts) and isinstance(facts[j], Percentage) and not _SENTENCE_END.search(
        text, facts[j - 1].end, facts[j].start
    ):
        group.append(j)
        j += 1
    if len(group) < 2 or len(subjects) < len(group):
        return {}
    return dict(zip(group, subjects[-len(group) :], strict=True))


# How far after a figure a reader looks for its place when nothing before it in the sentence or paragraph
# names one (…下拨的54.76亿元中央救助资金; 民营企业进出口11.64万亿元，增长11.2％，占我国外贸总值的55％).
LOOK_AHEAD: Final[int] = 40


def _place_named_after(facts: Sequence[Fact], index: int, text: str, in_play: _InPlay) -> PlaceRef | None:
    """The first place or scope word after the figure in its sentence, within LOOK_AHEAD characters."""
    start = facts[index].end
    limit = min(len(text), start + LOOK_AHEAD)
    end = _SENTENCE_END.search(text, start, limit)
    if end is not None:
        limit = end.start()
    scope = _SCOPE.search(text, start, limit)
    for j in range(index + 1, len(facts)):  # no slice: this runs for many figures of a long text
        later = facts[j]
        if later.start >= limit or (scope is not None and later.start >= scope.start()):
            break
        if isinstance(later, Place) and later.ref is not None:
            return later.ref
    if scope is None or scope.group("glob"):
        return None
    return in_play.at(ANAPHORA[scope.group("ana")])


def _bare_yuan(fact: Money) -> bool:
    """Written with a generic 元/块 and no currency word of its own (港幣, 人民币 …)."""
    unit = fact.rule.partition(":")[2]
    return unit in money.YUAN_UNITS and not any(word in fact.text for word in money.BEFORE)
