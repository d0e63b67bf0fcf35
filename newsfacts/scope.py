"""The place an article is about, for the figures whose own sentence and paragraph name none.

A reader files a figure of a domestic bulletin (新闻联播: 前10个月规模以上工业增加值增长5.8%) under China
without being told, and a figure of a story about one province under that province. ``attribute`` gives each
figure the place of its sentence or paragraph; what it leaves without one takes the article's place here,
when the article has one:

- a story whose places are Chinese and mostly one division (at least ``MAIN_SHARE`` of its mentions, or the
  place of its lead) is about that division;
- a story that names no place but China, or no place at all or Chinese places spread over several divisions
  and a national word (全国, 我国, 国务院 …, a domestic bulletin's dateline), is about China;
- a story that names a foreign country is about no one place: its figures keep their None.

A figure whose sentence is about the world, a market abroad or a company keeps None as well (全球, 国际,
公司 …): those are no place's figures — but not the world as the measure of a rank (建成全球最大规模的…,
世界第一, 国际领先): that figure is still the story's.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from typing import Final

import regex

from . import compiled
from .attribute import (
    HEADLINE,
    LIST_JOINERS,
    LOCAL_YUAN,
    PASSING_AFTER,
    WORLD_IN_PASSING,
    bare_yuan,
    common_division,
    in_company_name,
    passing_before,
    venue_of_speech,
)
from .models import Date, Fact, Money, Place, PlaceRef

CHINA: Final[PlaceRef] = PlaceRef(name="中国", code="CN", level="country")
# Words that make a story domestic and national when it names no narrower place.
NATIONAL_WORDS: Final[tuple[str, ...]] = (
    "全国", "我国", "国务院", "国家统计局", "国家发展改革委", "国家发改委", "财政部", "商务部", "海关总署",
    "人民银行", "央行", "中央", "各地", "各省", "全社会", "新闻联播", "央视网消息", "国内",
)  # fmt: skip
# A sentence with one of these is about the world, abroad or a company: its figures have no place.
# Not 企业 (规模以上工业企业, 民营企业: a sector of the economy) nor 银行业, a sector too.
NO_PLACE_WORDS: Final[tuple[str, ...]] = (
    "全球", "世界", "国际", "海外", "境外", "公司", "集团", "股份", "基金", "银行", "指数", "股价",
    "美股", "港股", "欧元区",
)  # fmt: skip
# Words of NO_PLACE_WORDS that name a sector, not one firm, when a sector word follows (银行业, 银行机构).
SECTOR_AFTER: Final[dict[str, tuple[str, ...]]] = {
    "银行": ("业", "机构", "体系", "间", "结售汇", "代客"),
    # people from abroad counted at home (境外采购商, 海外游客): the figure is still the story's place's
    **dict.fromkeys(
        ("境外", "海外"), ("采购商", "客商", "游客", "旅客", "观众", "嘉宾", "媒体", "记者", "展商", "参展商")
    ),
}
# …and words of NO_PLACE_WORDS that a word before them makes a national statistic, not a market's or a
# firm's (制造业采购经理指数, 居民消费价格指数, 服务业生产指数 — but 上证指数, 恒生指数), or the world the base
# of a share (占世界的比重, 占全球70%: the share is the story's place's).
NOT_AFTER: Final[dict[str, tuple[str, ...]]] = {
    "指数": ("价格", "经理", "经理人", "生产", "景气", "活动", "信心", "发展"),
    "全球": ("占", *WORLD_IN_PASSING),  # 来自全球…的参展商: where they come from, not the figure's world
    "世界": ("占", *WORLD_IN_PASSING),
    "国际": ("来自",),
}
# …and 国际 opening the name of an event held somewhere (青海湖国际诗歌节, 国际投资论坛): the venue's figures.
EVENT_AFTER_INTERNATIONAL: Final[tuple[str, ...]] = (
    "论坛", "博览会", "展览会", "交易会", "展会", "教育展", "车展", "诗歌节", "电影节", "艺术节", "文化节", "旅游节",
    "音乐节", "纪录片节", "马拉松", "邀请赛", "锦标赛", "大会", "峰会", "会展中心", "机场",
)  # fmt: skip
MAIN_SHARE: Final[float] = 0.6  # the share of Chinese place mentions that makes one division the story's
LEAD: Final[int] = 120  # characters of headline and lead that say what the story is about
_SENTENCE_END = compiled.compile(r"[。！？!?\n]")


def _words(words: Sequence[str]) -> regex.Pattern[str]:
    return compiled.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)))


_NATIONAL = _words(NATIONAL_WORDS)
# …except the world as the measure of a rank: 形成全球最大规模的充电网络, 世界第一, 国际领先 are this place's.
WORLD_WORDS: Final[tuple[str, ...]] = ("全球", "世界", "国际")
RANK_WORDS: Final[tuple[str, ...]] = ("最", "第一", "首", "领先", "前列", "一流", "之最", "排名", "上首")

def _not_followed_by(word: str) -> str:
    after = RANK_WORDS if word in WORLD_WORDS else SECTOR_AFTER.get(word, ())
    if word == "国际":
        after = (*after, *EVENT_AFTER_INTERNATIONAL)
    before = NOT_AFTER.get(word, ())
    return (
        ("".join(f"(?<!{regex.escape(w)})" for w in before))
        + regex.escape(word)
        + ("(?!" + "|".join(map(regex.escape, after)) + ")" if after else "")
    )


_NO_PLACE = compiled.compile("|".join(_not_followed_by(w) for w in sorted(NO_PLACE_WORDS, key=len, reverse=True)))


def article_place(facts: Sequence[Fact], text: str) -> PlaceRef | None:
    """The place the article is about (see the module's docstring), or None."""
    places = _places_of_story(facts, text, 0)
    if any(f.level == "country" and f.code != "CN" for f in places):
        return None  # a story about (or involving) another country
    chinese = [f.ref for f in places if f.ref is not None and f.code != "CN"]
    if chinese:
        counts = Counter(chinese)
        top, n = counts.most_common(1)[0]
        lead = [f.ref for f in places if f.start < LEAD and f.ref is not None and f.code != "CN"]
        # named twice at least (as for a story's place), or the only one of the lead: a division named once
        # in the body is an example or a visit (习近平来到吉林) of a story that may be national
        if (n >= 2 and n >= MAIN_SHARE * len(chinese)) or (lead and len(set(lead)) == 1 and lead[0] == top):
            return top
    if _NATIONAL.search(text) or (places and not chinese):
        return CHINA
    return None  # places of several divisions and no national word: the story's place is not known


def _places_of_story(facts: Sequence[Fact], text: str, lo: int) -> list[Place]:
    """The places of a story (from ``lo``) that say what it is about: not those named in passing, nor the
    rest of a list that one in passing opens (运抵莫斯科、华沙), nor a city abroad after the lead."""
    out: list[Place] = []
    previous: Place | None = None
    passing = False
    for f in facts:
        if not isinstance(f, Place) or f.code is None:
            continue
        # the rest of a list, or a division written right after its province (地址：北京|海淀区)
        listed = previous is not None and (previous.end == f.start or text[previous.end : f.start] in LIST_JOINERS)
        passing = (listed and passing) or _in_passing(f, text)
        previous = f
        if not passing and not _city_abroad_in_passing(f, lo):
            out.append(f)
    return out


def _in_passing(place: Place, text: str) -> bool:
    """北京时间, 江苏籍, 来自四川: a place named in passing says nothing of what the story is about."""
    return bool(
        PASSING_AFTER.match(text, place.end)
        or passing_before(text, place.start, place)
        or in_company_name(text, place)  # 贵州茅台: a company's name
        or venue_of_speech(text, place)  # 王京清在|北京|介绍: where a briefing was given
    )


def _city_abroad_in_passing(place: Place, lo: int) -> bool:
    """A city abroad named after a story's lead (上海到法兰克福的机票, 纽约梅隆银行, 运抵莫斯科、华沙) is a
    destination, a firm's name or an example: it makes its own sentence's figures that country's, not the
    story a foreign one. In the headline or lead (东京奥组委8月1日称…) it says where the story is."""
    return place.rule == "foreign_city" and place.start >= lo + LEAD


def items(text: str) -> list[tuple[int, int]]:
    """The stories of a text, each from its headline to the next: a bulletin (新闻联播, 联播快讯) or a page of
    briefs holds several, each about its own place. A headline is a short line with no sentence end."""
    starts = [m.start() for m in HEADLINE.finditer(text) if m.start() > 0]
    bounds = [0, *starts, len(text)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def _item_place(facts: Sequence[Fact], text: str, lo: int) -> tuple[bool, PlaceRef | None]:
    """The place of one story by its own place names: (True, place) when they settle it — one Chinese
    division that dominates, or the only one of its lead; the one foreign country its headline and lead name
    (莫桑比克发生沉船事故…), or None for a story with more countries — and (False, None) when the story names
    no place of its own."""
    places = _places_of_story(facts, text, lo)
    if not places:
        return False, None
    lead = [f for f in places if f.start < lo + LEAD and f.ref is not None]
    countries = {f.ref for f in places if f.level == "country" and f.code != "CN"}
    if countries:
        lead_countries = {f.ref for f in lead if f.level == "country" and f.code != "CN"}
        lead_home = [f for f in lead if f.level != "country" or f.code == "CN"]  # 我国商船…抵达荷兰
        if len(lead_countries) == 1 and not lead_home:
            return True, next(iter(lead_countries))
        if not lead_countries and _national_lead(text, lo):
            return True, CHINA  # 我国外贸…: a national story that names its partners below (对东盟、欧盟和美国进出口)
        return True, None
    chinese = [f.ref for f in places if f.ref is not None and f.code != "CN"]
    if chinese and _national_lead(text, lo):
        # 我国服务贸易持续扩能提质 … 江苏苏州: a national story, its cities examples — unless its headline names
        # the one division it is about (海南打造新时代中国改革开放的示范, and the lead says 国际国内发展大局)
        headline = _headline_place(places, text, lo)
        return (True, headline) if headline is not None else (False, None)
    if chinese:
        top, n = Counter(chinese).most_common(1)[0]
        lead_chinese = [f for f in lead if f.code != "CN"]
        lead_place = _one_chain(lead_chinese)  # 甘肃岷县: the county of its province
        if lead_place is not None:
            return True, lead_place
        if n >= 2 and n >= MAIN_SHARE * len(chinese):  # not one mention in passing
            return True, top
        lead_common = common_division(lead_chinese)  # 榆林至西安…陕西榆林到西安: the province holding them all
        if lead_common is not None and lead_common.code != "CN":
            return True, lead_common
    return False, None


# National words that open a story (its headline or first sentence): 我国, 全国, 各地; not a bulletin's
# dateline words (新闻联播, 央视网消息), which every story of the bulletin has.
LEAD_NATIONAL_WORDS: Final[tuple[str, ...]] = tuple(
    w for w in NATIONAL_WORDS if w not in ("新闻联播", "央视网消息", "中央")
)
_LEAD_NATIONAL = _words(LEAD_NATIONAL_WORDS)
_DATELINE_COLON = compiled.compile(r"[:：]")


def _headline_place(places: Sequence[Place], text: str, lo: int) -> PlaceRef | None:
    """The one Chinese division (or chain) a story's headline names, when the headline has no national word
    and the story names it again below; None otherwise."""
    m = HEADLINE.match(text, lo)
    if m is None or _LEAD_NATIONAL.search(text, lo, m.end()):
        return None
    named = [f for f in places if f.start < m.end() and f.code != "CN"]
    if not named or any(f.level == "country" for f in named):
        return None
    place = _one_chain(named)
    again = place is not None and any(f.start >= m.end() and f.ref == place for f in places)
    return place if again else None


def _national_lead(text: str, lo: int) -> bool:
    """The story's headline or first sentence (after its dateline) is about the whole country."""
    first = _SENTENCE_END.search(text, lo)
    end = first.end() if first is not None else len(text)
    second = _SENTENCE_END.search(text, end)
    if second is not None and _DATELINE_COLON.search(text, end, second.end()):
        end = second.end()  # the headline, then a dateline and the lead's first sentence
    return _LEAD_NATIONAL.search(text, lo, min(end, lo + 2 * LEAD)) is not None


def _one_chain(places: Sequence[Place]) -> PlaceRef | None:
    """The finest of places that all lie in it or contain it (甘肃, 岷县 → 岷县), else None."""
    if not places:
        return None
    finest = max(places, key=lambda f: _DEPTH.get(f.level or "", -1))
    around = {finest.code, finest.province_code, finest.prefecture_code}
    if all(f.code in around for f in places):
        return finest.ref
    return None


# The datelines of a domestic news bulletin (新闻联播): its stories abroad name their country, so a story of
# it that names no place is a domestic one.
BULLETIN_WORDS: Final[tuple[str, ...]] = ("新闻联播", "央视网消息")
_BULLETIN = _words(BULLETIN_WORDS)


_DEPTH: Final[dict[str, int]] = {"country": 0, "province": 1, "prefecture": 2, "county": 3}


def fill_places(facts: Sequence[Fact], text: str, stories: Sequence[tuple[int, int]]) -> list[Fact]:
    """The figures without a place given their story's (``stories``: ``items(text)``), else the article's, where
    their sentence is about a place at all."""
    article = article_place(facts, text)
    bulletin = len(stories) > 1 and _BULLETIN.search(text) is not None
    out: list[Fact] = []
    k = 0
    for lo, hi in stories:
        story = []
        while k < len(facts) and facts[k].start < hi:
            story.append(facts[k])
            k += 1
        decided, place = _item_place(story, text, lo)
        if not decided:  # a bulletin's story that its places do not settle is a domestic one: its stories
            place = CHINA if bulletin else article  # abroad name their country, and the bulletin is no one place
        renminbi_until = -1  # the end of the paragraph of the last sum written in 人民币
        for fact in story:
            if isinstance(fact, Money) and fact.currency == "CNY" and not bare_yuan(fact):
                renminbi_until = _renminbi_reach(text, fact.end)  # 80亿元人民币国债。其中，2年期50亿元: yuan too
            local = isinstance(fact, Money) and fact.start > renminbi_until
            if (
                place is None
                or isinstance(fact, (Place, Date))
                or fact.place is not None
                or _about_no_place(text, fact.start)
            ):
                out.append(_local_yuan(fact, place) if local and isinstance(fact, Money) else fact)
            else:
                placed = fact.model_copy(update={"place": place})
                out.append(_local_yuan(placed, place) if local and isinstance(placed, Money) else placed)
    out.extend(facts[k:])
    return out


def _renminbi_reach(text: str, at: int) -> int:
    """How far a sum written in 人民币 at ``at`` makes bare 元 yuan: to its sentence's end, and through the next
    sentence when that one breaks the sum down (其中, 包括)."""
    end_m = _SENTENCE_END.search(text, at)
    end = end_m.end() if end_m else len(text)
    if text.startswith(_BREAKDOWN_OPENERS, end):
        next_m = _SENTENCE_END.search(text, end)
        end = next_m.end() if next_m else len(text)
    return end


_BREAKDOWN_OPENERS = ("其中", "包括", "分别")


def _local_yuan(fact: Money, story_place: PlaceRef | None) -> Money:
    """A bare 元 of a figure in Hong Kong, Macau or Taiwan is the local dollar (attribute.LOCAL_YUAN) — and so
    in a story about one of them when the figure's sentence names no place (恒地…料值30至40亿元: a company's
    sentence keeps no place, its yuan are still Hong Kong's)."""
    if fact.currency != "CNY" or not bare_yuan(fact):
        return fact
    where = fact.place or story_place
    if where is None or where.code not in LOCAL_YUAN:
        return fact
    return fact.model_copy(update={"currency": LOCAL_YUAN[where.code]})


def _about_no_place(text: str, at: int) -> bool:
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, at - 200), at):
        start = m.end()
    end_m = _SENTENCE_END.search(text, at)
    end = end_m.start() if end_m else len(text)
    found = _NO_PLACE.search(text, start, end)
    if found is None or "“" not in text[start:end]:
        return found is not None
    quoted = [m.span() for m in _QUOTED_NAME.finditer(text, start, end)]
    return any(
        not any(a <= m.start() and m.end() <= b for a, b in quoted) for m in _NO_PLACE.finditer(text, start, end)
    )


# A short quoted name, theme or slogan (以“跨国公司与中国”为主题, “国际消费中心城市”): the words inside it name it,
# they do not make the sentence about a company or the world.
_QUOTED_NAME = compiled.compile(r"“[^“”。，,！？!?\n]{1,16}”")
