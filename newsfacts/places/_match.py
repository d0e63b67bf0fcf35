"""Finding place names in a text: one left-to-right scan, longest match first, then context rules.

1. Scan: at each position the longest surface of the gazetteer that starts there (a dict keyed by the first two
   characters gives the lengths to try), so the scan is linear in the text length. Block words (合作社, 新华社,
   中山装, 张高丽) are surfaces too: they consume their span and yield nothing.
2. Filter: a weak name (an ordinary word too: 合作, 东方, 来宾) needs a place right before or after it, or a
   list of places around it; a one-character full name (沛县, 和县) needs a clean left boundary; a two-character
   short form right after a common surname (李长春, 王建平) is a person's name.
3. Resolve: a name with several readings (鼓楼区, 朝阳区) takes the reading that the other places of the text
   point to (the nearest first); a short form of a county shared by several counties is dropped when the text
   does not decide; otherwise the hit keeps its candidates and no division.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .. import compiled
from ._data import RANK_COUNTY_SHORT, RANK_FULL, Entry, Gazetteer, Name, gazetteer
from ._model import Division, PlaceHit

# Han characters after which a county's short form (临沭) or a one-character full name (沛县, 和县, 范县) may
# start; any other Han character before it makes it part of a word (创新和, 示范县, 召开县委)
_BOUNDARY_WORDS = set("在到于赴至往从经是和与及或的向对去来回了自由为将把被县市区省州镇乡村")
# common surnames, without those that are also prepositions or conjunctions (于 向 和 ...)
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱侯江尹薛闫段雷黎史龙陶贺顾毛郝龚邵万钱严覃武戴莫孔汤习温俞栗"
)
_LIST_JOINERS = set("、和与及")


@dataclass
class _Raw:
    start: int
    end: int
    name: Name


def _clean_left(text: str, start: int, prev_end: int) -> bool:
    """The name starts a word: at the start, after a place, punctuation, a non-Han character or a function word."""
    if start == 0 or prev_end == start:
        return True
    c = text[start - 1]
    return c in _BOUNDARY_WORDS or not ("\u4e00" <= c <= "\u9fff")


def _block_inside(text: str, r: _Raw, gz: Gazetteer) -> bool:
    """A block word that starts inside a county's short form and runs past it wins: 外扬中新网 is not 扬中."""
    for j in range(r.start + 1, r.end):
        for length in gz.lengths.get(text[j : j + 2], ()):
            nm = gz.names.get(text[j : j + length])
            if nm is not None and nm.block and j + length > r.end:
                return True
    return False


# Words after a county's short form that make it part of a name of something else: a company, a brand, a
# fund, a shop (龙湖地产, 南城百货, 东海东风2号, 商城点数卡).
_NAME_HEADS = (
    "地产", "集团", "股份", "控股", "百货", "基金", "银行", "证券", "电器", "商城", "广场", "酒店", "公司", "实业",
    "科技", "置业", "药业", "食品", "点数", "东风", "之星", "号",
)  # fmt: skip
_WORD_WINDOW = 6  # characters of context the segmenter reads on each side of a short form


def _inside_other_word(text: str, r: _Raw, after_parent: bool = False) -> bool:
    """A county's short form that the segmenter reads inside a longer word (正阳门, 金牛座, 鄱阳湖), or that heads
    the name of a company, brand or fund (龙湖地产, 南城百货), is not that county — though right after its own
    prefecture or province it is, whatever name it opens (红河州|弥勒东风机场)."""
    if text.startswith(_NAME_HEADS, r.end):
        return not after_parent
    import rjieba  # the segmenter the subject rules use; loaded on the first short form

    lo = max(0, r.start - _WORD_WINDOW)
    at = lo
    for word, _tag in rjieba.tag(text[lo : r.end + _WORD_WINDOW]):
        end = at + len(word)
        if at < r.end and end > r.start:  # the word overlapping the short form
            if after_parent and at < r.start and end == r.end:
                return False  # 上海浦东 read as one word: the parent and its district
            return (at < r.start or end > r.end) and not (at == r.start and end == r.end)
        at = end
    return False


# What makes a short form the name of a town or village of its own: 金山|镇, 石桥|村; or of a street or an estate
# named for the place, as cities name their streets (上海南京|路, 泰安|路一带, 鞍山|新村的二手房).
_TOWN_AFTER = compiled.compile(
    r"镇|乡|村|街道|社区|嘎查|苏木|路(?![线费况段网径])|大街|大道|巷|弄|胡同|新村|小区|花园|公寓"
)


def _local_name_after_county(kept: list[_Raw], r: _Raw) -> bool:
    """A short form right after a county or district of another province (上海杨浦|鞍山): the name of a quarter of
    that district, as cities name their quarters for other places — not a division far away."""
    if not kept or kept[-1].end != r.start or kept[-1].name.weak or any(e.rank <= RANK_FULL for e in r.name.candidates):
        return False  # not after a weak name that pass 2 may drop (新建|西宁: 新建 the verb, not 新建区)
    before = kept[-1].name.candidates
    if not before or any(e.division.level != "county" for e in before):
        return False
    provinces = {e.division.province_code for e in before}
    # a province-level city is its own province (滨海新区|天津港 is 天津's)
    return all((e.division.province_code or e.division.code) not in provinces for e in r.name.candidates)


def _after_parent(kept: list[_Raw], r: _Raw) -> bool:
    """The short form follows its own prefecture or province (红河州|弥勒东风机场): a run of places."""
    if not kept or kept[-1].end != r.start:
        return False
    parents = {e.division.code for e in kept[-1].name.candidates}
    return any(e.division.prefecture_code in parents or e.division.province_code in parents for e in r.name.candidates)


def _ends_other_word(text: str, r: _Raw) -> bool:
    """A short form (达州, 山南) that the segmenter reads as the end of a word that starts before it
    (佛罗里达州, 马里兰州, 太行山|南部, 基|金华夏, 出海口) is not that place. A word that starts with it (北京大学)
    still names the place; a province's short form is left to the other rules."""
    import rjieba

    lo = max(0, r.start - _WORD_WINDOW)
    at = lo
    for word, _tag in rjieba.tag(text[lo : r.end + _WORD_WINDOW]):
        end = at + len(word)
        if end > r.start:  # the word that holds the short form's first character
            return at < r.start
        at = end
    return False


def _scan(text: str, gz: Gazetteer) -> list[_Raw]:
    out: list[_Raw] = []
    names, lengths = gz.names, gz.lengths
    n = len(text)
    at = 0  # where the next name may start: after the last one found
    for start in gz.starts.finditer(text):  # the positions whose two characters may begin a surface
        i = start.start()
        if i < at:
            continue
        for length in lengths.get(text[i : i + 2], ()):
            if i + length <= n:
                name = names.get(text[i : i + length])
                if name is not None:
                    out.append(_Raw(i, i + length, name))
                    at = i + length
                    break
    return out


def _is_person(text: str, r: _Raw, prev_end: int) -> bool:
    """A two-character short form right after a surname that no other match covers: 李长春, 王建平."""
    if len(r.name.surface) != 2 or r.start == 0 or prev_end == r.start:
        return False
    if not all(e.rule == "short_name" and e.rank > 2 for e in r.name.candidates):
        return False
    return text[r.start - 1] in _SURNAMES


def _context_score(c: Division, ctx: Division) -> int:
    if ctx.code == c.prefecture_code:
        return 3
    if ctx.code == c.province_code:
        return 2
    if ctx.prefecture_code and ctx.prefecture_code == c.prefecture_code:
        return 1
    if ctx.province_code and ctx.province_code == c.province_code:
        return 1
    return 0


# how many places on each side of an ambiguous name are looked at (keeps the matching linear)
_CONTEXT_WINDOW = 30


def _decide(cands: list[Division], r: _Raw, context: list[tuple[int, int, Division]]) -> Division | None:
    """The candidate that the nearest place of the text points to (preceding places first)."""
    at = bisect.bisect_left(context, r.start, key=lambda c: c[0])
    before = [c for c in context[max(0, at - _CONTEXT_WINDOW) : at] if c[1] <= r.start][::-1]
    after = [c for c in context[at : at + _CONTEXT_WINDOW] if c[0] >= r.end]
    for _, _, ctx in before + after:
        scores = [_context_score(c, ctx) for c in cands]
        top = max(scores)
        if top > 0 and scores.count(top) == 1:
            return cands[scores.index(top)]
    return None


def find_places(text: str) -> list[PlaceHit]:
    """Place names in ``text``, in text order, non-overlapping (the longest match wins)."""
    gz = gazetteer()
    raws = [r for r in _scan(text, gz) if not r.name.block]

    # pass 1: filter boundaries and person names; weak names wait for pass 2
    kept: list[_Raw] = []
    prev_end = -1
    for r in raws:
        nm = r.name
        county_short = all(e.rank >= RANK_COUNTY_SHORT for e in nm.candidates)
        if (nm.single_stem or county_short) and not _clean_left(text, r.start, prev_end):
            prev_end = r.end
            continue
        if county_short and (_block_inside(text, r, gz) or _inside_other_word(text, r, _after_parent(kept, r))):
            prev_end = r.end
            continue
        if (
            not county_short
            and not (kept and kept[-1].end == r.start and not kept[-1].name.weak)  # 甘肃兰州, 中国宁波: a run
            and all(e.rank > RANK_FULL and e.division.level != "province" for e in nm.candidates)
            and _ends_other_word(text, r)
        ):
            prev_end = r.end
            continue
        if _local_name_after_county(kept, r):
            continue  # 杨浦|鞍山, 兰溪|东至|建德: a quarter of the district before it, or a word, not a city elsewhere
        if _is_person(text, r, prev_end):
            prev_end = r.end
            continue
        if all(e.rank > RANK_FULL for e in nm.candidates) and _TOWN_AFTER.match(text, r.end):
            prev_end = r.end  # 淄博金山镇, 兴隆县六道河镇, 南京路: a town or street of that name, not the district
            continue
        kept.append(r)
        prev_end = r.end
    # places that can give context: not weak, and not a county's short form shared by several counties
    strong = [
        r
        for r in kept
        if not r.name.weak
        and not (len(r.name.candidates) > 1 and all(e.rank >= RANK_COUNTY_SHORT for e in r.name.candidates))
    ]
    by_end = {r.end: r for r in strong}
    by_start = {r.start: r for r in strong}

    def near_place(r: _Raw) -> bool:
        """Context for a weak name: its parent right before it (广西来宾), a division of its own right after it
        (来宾兴宾区), or a list of places of its kind around it (柳州、来宾、贵港)."""
        mine = [e.division for e in r.name.candidates]
        is_country = mine[0].level == "country"

        def kind_ok(s: _Raw) -> bool:
            return (s.name.candidates[0].division.level == "country") == is_country

        s = by_end.get(r.start)
        if s is not None and kind_ok(s):
            if any(_context_score(m, e.division) >= 2 for m in mine for e in s.name.candidates):
                return True
        s = by_start.get(r.end)
        if s is not None and kind_ok(s):
            if any(_context_score(e.division, m) >= 2 for m in mine for e in s.name.candidates):
                return True
        if r.start > 0 and text[r.start - 1] in _LIST_JOINERS:
            s = by_end.get(r.start - 1)
            if s is not None and kind_ok(s):
                return True
        if r.end < len(text) and text[r.end] in _LIST_JOINERS:
            s = by_start.get(r.end + 1)
            if s is not None and kind_ok(s):
                return True
        return False

    accepted = [r for r in kept if not r.name.weak or near_place(r)]

    # pass 2: resolve readings
    context = [
        (r.start, r.end, r.name.candidates[0].division)
        for r in accepted
        if len(r.name.candidates) == 1 and r.name.candidates[0].division.level != "country"
    ]
    hits: list[PlaceHit] = []
    for idx, r in enumerate(accepted):
        hit = _resolve(text, r, context, accepted[idx - 1] if idx else None)
        if hit is not None:
            hits.append(hit)
    return hits


def _resolve(text: str, r: _Raw, context: list[tuple[int, int, Division]], prev: _Raw | None) -> PlaceHit | None:
    nm = r.name
    surface = text[r.start : r.end]
    cands = list(nm.candidates)
    others = context

    def hit(e: Entry, how: str = "") -> PlaceHit:
        return PlaceHit(r.start, r.end, surface, e.division, (), e.former_name, e.rule + how)

    if len(cands) == 1:
        default = cands[0]
        if nm.alternates:
            # an adjacent parent picks a reading of a worse rank: 北京朝阳 -> 朝阳区 of Beijing
            if prev is not None and prev.end == r.start and len(prev.name.candidates) == 1:
                parent = prev.name.candidates[0].division
                alts = [a for a in nm.alternates if _context_score(a.division, parent) >= 2]
                if len(alts) == 1 and _context_score(default.division, parent) < 2:
                    return hit(alts[0], "+context")
            if default.division.level == "county":
                pool = [default, *nm.alternates]
                chosen = _decide([e.division for e in pool], r, others)
                if chosen is not None and chosen.code != default.division.code:
                    return hit(next(e for e in pool if e.division is chosen), "+context")
        return hit(default)

    chosen = _decide([e.division for e in cands], r, others)
    if chosen is not None:
        return hit(next(e for e in cands if e.division is chosen), "+context")
    if all(e.rank >= RANK_COUNTY_SHORT for e in cands):
        return None  # a county's short form shared by several counties: not a place without context
    former = {e.former_name for e in cands}
    return PlaceHit(
        r.start,
        r.end,
        surface,
        None,
        tuple(e.division for e in cands),
        former.pop() if len(former) == 1 else None,
        cands[0].rule + "+ambiguous",
    )


def lookup_code(code: str) -> Division | None:
    """The division (or country) with this GB/T 2260 or ISO 3166-1 alpha-2 code, current or former."""
    return gazetteer().divisions.get(code)


def is_current(code: str) -> bool:
    """False for a code that only existed before (巢湖市 341400), True for a current one."""
    return gazetteer().status.get(code) == "current"
