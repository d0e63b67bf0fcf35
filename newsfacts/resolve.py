"""From a figure as written (a candidate of ``scan``) to a typed fact, or None when it is not a figure.

The order of the checks is the order a careful reader applies them: what the number is, whether it is a
number at all here (一个 is an article, 千家万户 an idiom), then what the unit makes it.

Patterns and context checks read ``Source.folded`` (the text in simplified script, same length); every
span handed back is sliced from ``Source.original``, the caller's string.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, Literal

import regex

from . import compiled, qualifiers
from .grammar import Reading, parse_number, read_numeral, shared_scale_range
from .kinds import headcount, money, percentage, quantity
from .link import (
    Span,
    bought_subject,
    echoed_topic,
    find_subject,
    index_subject,
    measure_after,
    multiple_subject,
    percentage_subject,
    share_base,
    subject_after,
    subject_before,
    subject_of_range,
)
from .models import Approx, Fact, Headcount, Money, Percentage, Quantity
from .numerals import BIG_SCALES, CHINESE_DIGITS, SCALES, juxtaposed_range
from .scan import TRAILING_DIGIT_AFTER_MAO, Candidate, PercentCandidate, yuan_tail
from .structure import QUOTE_PAIRS, Words

# Words before a length of time that make 一 one, not "a": 为期一年, 历时一个月.
_LASTING = ("为期", "历时", "期限为", "有效期为")
# …of them, the verbs that name no measure: what lasts is the phrase before them or after their 的 (此次科考|为期|
# 282天, 为期两天的|论坛); 有效期为 and 期限为 name the measure themselves (计量认证|有效期为|5年: DURATION_MEASURES).
_LASTING_VERBS = ("为期", "历时")
# Time alone is no subject of a figure other than a length of time (三个月|时间|减少3.45个百分点, 三个月的时间，|
# 高达45%): it says when. A length of time may measure it (成都至昆明的时间|缩短至7小时), see _duration_subject.
_BARE_TIMES = frozenset({"时间", "时间里", "时间内"})


@dataclass(frozen=True, slots=True)
class Source:
    original: str
    folded: str
    words: Words

    def noun_phrase(self, span: Span | None) -> Span | None:
        """The noun phrase a subject rule cut out, by the words of its sentence (see ``structure``)."""
        return self.words.noun_phrase(span)

    def subject(self, start: int, end: int, people: bool = False, counted: bool = False) -> str | None:
        """The subject of the figure at [start, end): after it, else before it, else the clause's before."""
        found = self.slice(find_subject(self.folded, start, end, self.words, people=people, counted=counted))
        return None if found in _BARE_TIMES else found

    def slice(self, span: Span | None) -> str | None:
        return None if span is None else self.original[span[0] : span[1]]


_BARE_SCALE = compiled.compile(rf"[百千佰仟{BIG_SCALES}]+")  # not 十: 十人 is ten people
_CHINESE_ONLY = compiled.compile(rf"[{CHINESE_DIGITS}{SCALES}]+")
_LONE_CHINESE_DIGIT = compiled.compile(rf"[{CHINESE_DIGITS}十拾]")
_LONE_ONE = frozenset({"一", "壹", "幺"})
# Financial capitals are written for sums of money (陆万元, 伍佰圆); one alone before any other unit is part
# of a word (大陆人, 入伍, 重拾).
_LONE_CAPITALS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")
_HAN = compiled.compile(r"\p{Han}")
_DIGIT_CHARS = frozenset(CHINESE_DIGITS)
_SPOKEN_SCALE = "个亿"  # the grammar's spoken production (两个亿)
_HALF_UNIT = Decimal("0.5")  # 三斤半, 一个半小时


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_IMPLYING_VERB = compiled.compile(
    rf"(?P<verb>{_alternation(money.IMPLYING_VERBS)})(?:{_alternation(money.ADVERBS_BEFORE_SUM)}){{0,2}}"
    r"(?P<link>了|达|达到|高达|共|共计|总计|为|约|超|逾|近|的)?了?(?P<gap>\s*)$"
)  # 总价已经达|135万, 累计投入将达到|200亿, 贷款额达到了|100万: adverbs and an aspect between the word and its sum
_PEOPLE_AHEAD = compiled.compile(rf"\p{{Han}}{{0,4}}?(?:{_alternation(headcount.PEOPLE_NOUNS)})")
_PEOPLE_RIGHT_AFTER = compiled.compile(
    rf"(?:{_alternation(headcount.PEOPLE_STATES)})?"
    rf"(?:{_alternation(tuple(w for w in headcount.PEOPLE_NOUNS if len(w) >= 2))})"
)  # …with no classifier and no scale: only a people noun of two characters or more right after the estimate
_MONEY_NOUN_AFTER = compiled.compile(rf"的(?:{_alternation(money.MONEY_NOUNS_AFTER)})")
# A programme named by a round count of the people it serves: 万名特困生救助工程, 千名干部下基层活动.
_PROGRAMME_AHEAD = compiled.compile(r"[^，,。；;、\s]{0,8}?(?:工程|计划|行动|活动|项目|工作|调研|论证)")
_BARE_SCALE_PEOPLE_CLASSIFIERS: Final[frozenset[str]] = frozenset({"名", "位"})
# …and a people noun or its measure (参保人数, 网民规模, 人口总数) right before a bare scaled number: 常住人口1200万
_PEOPLE_BEHIND = compiled.compile(
    rf"(?:{_alternation(headcount.PEOPLE_NOUNS)})(?:{_alternation(headcount.PEOPLE_MEASURES)})?"
    rf"(?:{_alternation(money.ADVERBS_BEFORE_SUM)})?(?:达到|已达|超过|约为|共有|达|为|约|有|共)?$"
)
_CASUALTY_AHEAD = compiled.compile(_alternation(headcount.LONE_ONE_COUNTS_BEFORE))
# 一人 with no noun after it ends its clause: a count after the noun (救出被困人员一人。), not an article;
# unless a determiner makes it "one of them" (其中一人。).
_CLAUSE_END = compiled.compile(r"[。，,；;、！？!?）)\n]|$")
_DETERMINER_BEFORE = compiled.compile(r"(?:其中|这|那|每|第|另|哪|任何|之)$")
_NOT_YUAN_AHEAD = compiled.compile(_alternation(money.NOT_AFTER_YUAN))
# …right after a clause mark or an adverb of it (紧急转移|3000人, 江苏累计转移|14.3万人), not inside a word
_EVENT_BEFORE = compiled.compile(
    rf"(?:(?<![\p{{Han}}])|(?<={_alternation((*headcount.EVENT_ADVERBS, *headcount.EVENT_ADVERBS_BEFORE))}))"
    rf"(?P<event>{_alternation(headcount.EVENT_VERBS)})(?:了|人数)?$"
)
_EVENT_AFTER = compiled.compile(
    rf"(?:{_alternation(headcount.EVENT_ADVERBS)})?(?P<event>{_alternation(headcount.EVENT_VERBS)})"
)
_EVENT_AFTER_CAUSE = compiled.compile(
    rf"(?:{_alternation(headcount.EVENT_ADVERBS)})?(?:因|在|于|由于|死于)[^，,。；;！？!?\n]{{1,14}}?"
    rf"(?:{_alternation(headcount.EVENT_ADVERBS)})?(?P<event>{_alternation(headcount.EVENT_VERBS)})(?=[，,。；;！？!?\n]|$)"
)
_PRICE_BEFORE = compiled.compile(_alternation(money.PRICE_WORDS))
_CONTINUING = compiled.compile(rf"[，,、\s]*(?:(?:{_alternation(money.CONTINUING_WORDS)})[，,、\s]*)*")


def _continues_money(text: str, money_end: int, start: int) -> bool:
    """Only joining words (同比增加, 其中, 和) stand between a money figure and the number at ``start``."""
    gap = start - money_end
    return 0 <= gap <= money.CONTINUING_REACH and _CONTINUING.fullmatch(text, money_end, start) is not None


class _NotAFigure(Exception):
    pass


def resolve(c: Candidate, src: Source, previous_money: Money | None = None) -> Fact | None:
    """The fact of candidate ``c``, or None. ``previous_money``: the last money figure before it, whose
    currency a bare 5000万 right after it continues (营收3亿元，同比增加5000万)."""
    try:
        return _resolve(c, src, previous_money)
    except (_NotAFigure, ValueError, ArithmeticError):
        return None


def _values(c: Candidate, people_after: bool = False) -> tuple[Decimal, Decimal | None, Approx | None]:
    """(value, high, how sure) of the number part, scale words applied; how sure is None where the
    numeral itself says nothing (3万) and set where it does (二三十 and 数十亿 are about). ``people_after``:
    people are named right after the classifier, so a bare scale word counts them (百名老人, 千名患者)."""
    num, num2 = c.num, c.num2
    qualified = c.pre is not None or c.inside in ("余", "多") or people_after
    if _BARE_SCALE.fullmatch(num) and not qualified:
        raise _NotAFigure("a bare scale word (千家万户, 百元店) is a count only with a qualifier (近千, 百余)")
    if num2 is not None and _BARE_SCALE.fullmatch(num2):
        raise _NotAFigure("range to a bare scale word")
    approx: Approx | None = None
    high: Decimal | None = None
    if num2 is not None:
        value, high, range_approx = shared_scale_range(num, num2)  # 三到五万元: 万 belongs to both ends
        approx = None if range_approx == "exact" else range_approx
    else:
        # 七八个, 二三十人: neighbouring digits are an estimate, not 78 read digit by digit.
        pair = juxtaposed_range(num) if _CHINESE_ONLY.fullmatch(num) else None
        if pair is not None:
            (value, high), approx = pair, "about"
        else:
            reading: Reading = read_numeral(num)
            value, high = reading.value, reading.high
            approx = None if reading.approx == "exact" else reading.approx
    if c.scale:
        factor = parse_number("1" + c.scale)
        value *= factor
        high = high * factor if high is not None else None
    if high is not None and high < value:
        raise _NotAFigure("a range that runs backwards is not a range (more likely a date or a code)")
    if high == value:
        high = None
    return value, high, approx


# A ranking's move right before a count of 位 (排名上升8位, 位次前移3位): places in the ranking.
_RANK_MOVE_BEFORE = compiled.compile(
    r"(?:排名|名次|位次|排位)[^，,。；;！？!?\n]{0,6}?(?:上升|下降|提升|前进|后退|跃升|攀升|下滑|提高|前移|后移)了?$"
)


def _is_lone_digit(c: Candidate) -> bool:
    return c.num2 is None and not c.scale and len(c.num) == 1 and bool(_LONE_CHINESE_DIGIT.match(c.num))


_ARABIC_THEN_NON_HAN = compiled.compile(r"[0-9０-９.．]+[角毛](?!\p{Han})")
_LEADING_ZERO = compiled.compile(r"[0０][0-9０-９]")


def _resolve(c: Candidate, src: Source, previous_money: Money | None = None) -> Fact | None:
    text = src.folded
    if c.unit1 is not None and c.unit1 != c.unit:
        return None  # 50元至80人 is not one range
    if _LEADING_ZERO.match(c.num) or (c.num2 is not None and _LEADING_ZERO.match(c.num2)):
        return None  # 010, 0755: codes and telephone numbers, not amounts
    if c.num in ("零", "〇") and c.num2 is None:
        return None  # 零件, 零售, 零星: words, not a count of zero
    if c.num in _LONE_CAPITALS and c.num2 is None and not c.scale and c.unit not in money.AFTER:
        return None  # 大陆人, 入伍本报讯, 重拾升势: a financial capital alone is a word's character, not a count
    if c.unit is not None and _SPOKEN_SCALE in c.num and c.unit not in money.AFTER:
        # 拨款八个亿|支援灾区: after 两个亿 a classifier is the next word's, not the figure's unit
        c = dataclasses.replace(c, unit=None, after=None, end=c.end - len(c.unit) - len(c.after or ""))
    # 百名老人, 万名学生: a bare scale word and a people classifier before people (not 千人计划, 百人论证; nor
    # in a quoted name: “百名红通人员”, the list of fugitives)
    people = _PEOPLE_AHEAD.match(text, c.end) if c.unit in _BARE_SCALE_PEOPLE_CLASSIFIERS else None
    people_after = (
        people is not None and (c.start == 0 or text[c.start - 1] not in QUOTE_PAIRS)
        and _PROGRAMME_AHEAD.match(text, people.end()) is None  # 万名特困生救助工程: a programme's name
    )  # fmt: skip
    value, high, written = _values(c, people_after)
    if c.half:
        if c.scale or any(ch in SCALES for ch in c.num):
            return None  # 3万吨半 is no reading
        if high is None:  # 3到4年半 is 3 to 4.5 years
            value += _HALF_UNIT
        else:
            high += _HALF_UNIT
    approx: Approx = qualifiers.combine(
        qualifiers.before(c.pre),
        qualifiers.INSIDE.get(c.inside or ""),
        qualifiers.AFTER.get(c.after or ""),
        written,
    )
    lone = _is_lone_digit(c)
    unit = c.unit
    half_unit = unit in quantity.UNITS and quantity.UNITS[unit].half  # 一个半小时: 一 is one, not "a"
    # 满一年, 一周左右: a qualified length of time is one, not "a" (有一天, 一年四季 stay words); but 近一周 is
    # "the past week" (近一周累计下跌8.6%), no figure
    qualified_length = (
        unit in quantity.UNITS
        and quantity.UNITS[unit].duration
        and (((c.pre or c.after) is not None and c.pre != "近") or text.endswith(_LASTING, 0, c.start))
    )  # (…and 为期一年: "lasting one year")
    if (
        lone and c.num in _LONE_ONE and unit not in money.AFTER and not _jiao_with_fen(c, text) and not half_unit
        and not qualified_length
    ):  # fmt: skip
        counted = unit in headcount.CLASSIFIERS and (
            _CASUALTY_AHEAD.match(text, c.end) is not None
            or (
                _CLAUSE_END.match(text, c.end) is not None
                and not _DETERMINER_BEFORE.search(text, max(0, c.start - 2), c.start)
            )
        )
        if not counted:
            return None  # 一个, 一名, 一次性, 一起: an article or a set word; 一人死亡 is a count
    if unit is None:
        return _without_unit(c, src, value, high, approx, previous_money)
    if unit == "块" and c.currency_sign is None and (_next_is_noun(text, c.end) or _pieces_not_yuan(c, text, lone)):
        if lone and c.num in _LONE_ONE:
            return None  # 买下一块手表: 一 is "a"
        return _quantity(c, src, value, high, approx, quantity.UNITS["块"])
    if unit in money.AFTER or unit in money.BARE_JIAO_UNITS:
        return _money(c, src, value, high, approx, lone)
    if unit in headcount.CLASSIFIERS:
        if lone and unit in headcount.WEAK:
            return None
        if unit == "位" and _RANK_MOVE_BEFORE.search(text, max(0, c.start - 12), c.start):
            return _not_people(c, src, value, high, approx, None)  # 排名上升8位: places in a ranking
        subject = _people_subject(c, src, headcount.CLASSIFIERS[unit] == "households")
        if unit == "户":
            # 49.77万户|市场主体, 300多户|小巨人型的|创新型企业: firms or accounts, counted by the head noun
            head = subject if subject is not None and subject.endswith(headcount.NOT_HOUSEHOLDS) else None
            if head is None:
                head = src.slice(src.words.relative_head(c.end))
                head = head if head is not None and head.endswith(headcount.NOT_HOUSEHOLDS) else None
            if head is not None:
                return _not_people(c, src, value, high, approx, head)
        return Headcount(
            text=src.original[c.start : c.end], start=c.start, end=c.end, value=value, high=high,
            approx=approx, unit=unit, counts=headcount.CLASSIFIERS[unit], subject=subject,
            rule=f"headcount:{unit}",
        )  # fmt: skip
    row = quantity.UNITS[unit]
    if lone and not row.weak_ok:
        return None
    if lone and c.num == "二" and row.counts and c.pre is None:
        return None  # two things are 两套, 两期: 二 alone is an ordinal (二套房 a second home, 二期, 二类水质, 二层)
    if row.approx:
        # 两个多小时内: more than two hours, the 内 only bounds the time it took
        within = c.after in qualifiers.ONLY_AFTER_UNITS
        approx = row.approx if within else qualifiers.combine(approx, row.approx)
    if row.half:
        value, high = value + _HALF_UNIT, None if high is None else high + _HALF_UNIT
    return _quantity(c, src, value, high, approx, row)


def _sum_subject(src: Source, start: int, end: int, rate: _Rate) -> str | None:
    """What a sum is: its noun phrase, else the money verb right before it; none after a verb of paying or
    getting with its particle (父母借了|20万, 公司花了|3亿元), whose phrase before is who paid or got it."""
    subject = _money_subject(src, start, end, rate)
    m = _IMPLYING_VERB.search(src.folded, max(0, start - 12), start)
    if m is None:
        return subject
    with_particle = m.group("verb").endswith("了")
    if subject is not None:
        if with_particle and not m.group("gap") and src.original.endswith(subject, 0, m.start("verb")):
            return None  # the payer before the verb; what the sum is for after it still names it (花了3万元|的学费)
        return subject
    # 投入 of 阿坝州投入8亿多元, 索赔 of 索赔116万: with no noun for the amount, the money verb right before it names
    # it (as the dev gold's 索赔 does) — not 花了, 赚了 (a verb with its particle), nor before a copula (投资为…)
    if with_particle or m.group("link") in ("为", "的") or m.group("gap"):
        return None
    return src.original[m.start("verb") : m.end("verb")]


# …the last count of a list (1200人和|980人报名) shares the verb with the others: none takes it alone.
_IN_LIST_BEFORE = compiled.compile(r"[和、及与]$")


# The group the people counted are part of, before 中 and an existential verb: 伤者中有|18人, 代表当中，有|5人.
_GROUP_BEFORE = compiled.compile(r"(?:中|当中|之中)[，,]?(?:有|共有|约有|仅有|只有|还有|已有|已经有)?$")


_PEOPLE_GROUP = compiled.compile(rf"(?:{_alternation((*headcount.PEOPLE_NOUNS, '者', '户', '家庭'))})$")


def _group_before(src: Source, start: int) -> str | None:
    """伤者 of 伤者中有|18人: with no other name, the group whose part is counted names the people."""
    m = _GROUP_BEFORE.search(src.folded, max(0, start - 6), start)
    if m is None or m.start() == m.end():
        return None
    group = src.noun_phrase(subject_before(src.folded, m.start(), words=src.words))
    if group is None or not _PEOPLE_GROUP.search(src.folded, group[0], group[1]):
        return None  # 火灾中|至少58人: what they were in, not who they are
    return src.slice(group)


def _event_before(src: Source, start: int) -> str | None:
    """死亡 of 发生事故13起、死亡7385人: the event written right before the count."""
    m = _EVENT_BEFORE.search(src.folded, max(0, start - 6), start)
    return None if m is None else src.original[m.start("event") : m.end("event")]


def _closing_event(src: Source, m: regex.Match[str] | None) -> str | None:
    """The event right after the count when it is the clause's predicate, not a modifier of a noun after it
    (2000多人|受伤。, 3人|死亡、 — not 63名|被困|群众, 4600名|流离失所的|巴勒斯坦人, 50万名|住院|医师)."""
    if m is None:
        return None
    at = m.end() + src.folded.startswith("了", m.end())
    inside = src.words.words(m.end() - 1, m.end())
    if inside and inside[-1].end > m.end():
        return None  # 获救者, 受伤者: the event is the start of a noun
    if (
        not _CLAUSE_END.match(src.folded, at)
        and not src.folded.startswith(_VAGUE_COUNTS, at)  # 66人|死亡|多人受伤: another count, no noun
        and (src.folded.startswith("的", at) or src.words.starts_noun(at))
    ):
        return None
    return _event_text(src, m)


# Counts with no number, which open the next clause of a run-on list of casualties (66人死亡多人受伤).
_VAGUE_COUNTS = ("多人", "数人", "多名", "数名", "多位", "数十人", "数百人", "上百人", "上千人")


def _event_after_cause(src: Source, end: int) -> str | None:
    """受伤 of 15人|因吸入刺激性气体|受伤。, 流离失所 of 400万人|在苏丹境内外|流离失所: the event after the cause
    or the place, when it closes the clause."""
    return _event_text(src, _EVENT_AFTER_CAUSE.match(src.folded, end))


def _event_text(src: Source, m: regex.Match[str] | None) -> str | None:
    """The event word of an ``_EVENT_AFTER`` match (headcount.EVENT_VERBS), in the text's own script."""
    return None if m is None else src.original[m.start("event") : m.end("event")]


def _jiao_with_fen(c: Candidate, text: str) -> bool:
    """一毛二 is 0.12 yuan: a lone 一 before 毛/角 and a digit is money, not "a"."""
    return c.unit in money.BARE_JIAO_UNITS and TRAILING_DIGIT_AFTER_MAO.match(text, c.end) is not None


def _pieces_not_yuan(c: Candidate, text: str, lone: bool) -> bool:
    """一块, 四块 alone are pieces (最后的一块“肥肉”, 分割成四块) unless a price is being told (只卖三块, 花了两块):
    the colloquial yuan needs 钱, a tail (两块五) or a price word before it."""
    if not lone or c.half or text.startswith("钱", c.end) or yuan_tail(text, c.end, "块")[0] > c.end:
        return False
    return _PRICE_BEFORE.search(text, max(0, c.start - money.PRICE_WORDS_REACH), c.start) is None


def _next_is_noun(text: str, end: int) -> bool:
    """3块金牌 counts pieces; 3块钱, 两块五 are money."""
    return end < len(text) and bool(_HAN.match(text[end])) and text[end] != "钱" and text[end] not in _DIGIT_CHARS


def _not_people(
    c: Candidate, src: Source, value: Decimal, high: Decimal | None, approx: Approx, subject: str | None
) -> Quantity:
    """A count written with a people classifier that counts no people (ranking places, firms): a quantity."""
    assert c.unit is not None
    return Quantity(
        text=src.original[c.start : c.end], start=c.start, end=c.end, value=value, high=high, approx=approx,
        unit=c.unit, subject=subject, rule=f"quantity:{c.unit}",
    )  # fmt: skip


def _people_subject(c: Candidate, src: Source, households: bool = False) -> str | None:
    """Who a count of people (or of their visits, 人次) is of: the people named, else what happened to them."""
    text = src.folded
    event = _EVENT_AFTER.match(text, c.end)  # 死亡 of 造成9人|死亡: what happened to the people counted
    return (  # …names them first when it closes the clause, before any earlier clause could
        _closing_event(src, event)  # 死亡人数升至413人，另有2000多人|受伤
        or _named_people(c, src)
        or _event_text(src, event)
        or _event_after_cause(src, c.end)
        or _event_before(src, c.start)
        or (  # 1.2万人|脱贫。: the verb that alone closes the clause, unless a list shares it
            None
            if _IN_LIST_BEFORE.search(text, max(0, c.start - 1), c.start)
            else src.slice(src.words.closing_verb(c.end))
        )
        or _group_before(src, c.start)
        or src.slice(src.words.verb_before(c.start))
        # 761人|死于恐怖袭击和暴力冲突: what people did names them (a household's classifier names it)
        or (src.slice(src.words.people_predicate(c.end)) if not households else None)
    )


def _named_people(c: Candidate, src: Source) -> str | None:
    """The phrase that names the people counted — not a person, place or institution they belong to."""
    span = find_subject(src.folded, c.start, c.end, src.words, people=True, counted=True)
    if span is None or (span[1] <= c.start and src.words.owner_of_count(span, c.start)):
        return None
    if span[0] >= c.end and _PEOPLES_MONEY.search(src.folded, span[0], span[1]):
        return None  # 2人|工资, 两个人|来回路费: what the people earn or pay, not who they are
    return src.slice(span)


# What people earn, pay or hold, written right after their count: no name of them.
_PEOPLES_MONEY = compiled.compile(r"(?:费|资|额|款|收入|花费|薪|薪酬|补贴|开支|支出|贷款)$")


def _quantity(
    c: Candidate, src: Source, value: Decimal, high: Decimal | None, approx: Approx, row: quantity.Unit
) -> Quantity:
    start, text = c.start, src.folded
    if row.duration and c.pre == "近" and text.startswith("来", c.end):
        start, approx = start + 1, "exact"  # 近三年来: "over the past three years", not "nearly three"
    if row.duration:  # 3年, 24小时: a length of time, not a count of something — unless the phrase before names one
        subject = _duration_subject(c, src)
    elif row.unit in quantity.PEOPLE_VISITS:
        subject = _people_subject(c, src)  # 580万人次|受灾: visits are of people, named the same way
    elif row.unit == "级":  # the scanner takes it only before a quake word (quantity.GUARDS)
        ahead = text[c.end : c.end + 8]
        subject = next((w for w in quantity.QUAKES if w in ahead), None)
    elif row.unit in quantity.SELF_NAMED:
        subject = row.unit  # 八部门|联合整治…: what follows is the predicate
    elif row.unit in quantity.AFTER_ONLY_SUBJECT:
        subject = src.slice(src.noun_phrase(subject_after(text, c.end, words=src.words)))
        if subject is None:
            before = _phrase_before(src, c.start)
            subject = before if before is not None and before.endswith(quantity.AGE_MEASURES) else None
    elif row.unit in quantity.INDEX_POINTS:
        subject = src.slice(src.noun_phrase(index_subject(text, c.start))) or src.subject(c.start, c.end)
    elif row.unit in quantity.MULTIPLE_UNITS:
        # 亩产利润|是小麦的|三到四倍; but 3.3倍|光学变焦镜头 names what it is of after it
        found = None if src.words.starts_noun(c.end) else multiple_subject(text, c.start, src.words)
        subject = src.slice(found) if found is not None else src.subject(c.start, c.end, counted=row.counts)
    else:
        subject = src.subject(c.start, c.end, counted=row.counts)
        if subject is None and row.unit in quantity.OCCURRENCES:
            subject = src.slice(src.words.occurrence_verb(c.start))  # 每年审计|两次: the act counted
        if subject is None and row.counts and len(row.unit) == 1:
            subject = src.slice(echoed_topic(text, c.start, row.unit, src.words))  # 中欧班列|开行|4541列
    return Quantity(
        text=src.original[start : c.end], start=start, end=c.end, value=value, high=high, approx=approx,
        unit=row.unit, subject=subject, rule=f"quantity:{row.unit}",
    )  # fmt: skip


def _duration_subject(c: Candidate, src: Source) -> str | None:
    """What a length of time measures, when a phrase names a length of time: after it and its 的 (6个月的|建仓期,
    3年的|任期) or right before it (资质有效期|5年, 单程航程|约30天); else None (3年, 24小时)."""
    lasting = next((w for w in _LASTING_VERBS if src.folded.endswith(w, 0, c.start)), None)
    if src.folded.startswith("的", c.end):
        after = src.slice(src.noun_phrase(subject_after(src.folded, c.end, words=src.words)))
        if after is not None and after not in quantity.BARE_DURATIONS and (
            lasting or after.endswith(quantity.DURATION_MEASURES)
        ):
            return after  # (为期两天的|论坛: what lasts that long, whatever it is)
        if lasting:
            return None  # 为期3年的|…: what lasts is after 的, or unnamed — never a phrase before 为期
    if lasting:  # 此次科考|为期|282天: the phrase before 为期 is what lasts
        return _phrase_before(src, c.start - len(lasting))
    before = _phrase_before(src, c.start)
    return before if before is not None and before.endswith(quantity.DURATION_MEASURES) else None


def _phrase_before(src: Source, start: int) -> str | None:
    """The noun phrase right before a figure, or the one before 从 of a change it ends (人均预期寿命|从74.4岁提高到
    |78.2岁): what an age or a length of time is, when a phrase names it."""
    text, words = src.folded, src.words
    return src.slice(
        words.noun_phrase(subject_before(text, start, change=True, words=words)) or subject_of_range(text, start, words)
    )


def _money(
    c: Candidate, src: Source, value: Decimal, high: Decimal | None, approx: Approx, lone: bool
) -> Money | None:
    assert c.unit is not None
    text = src.folded
    end = c.end
    if lone and _NOT_YUAN_AHEAD.match(text, end):
        return None  # 一元化, 二元结构, 三元里
    row = money.Currency("CNY", Decimal("0.1")) if c.unit in money.BARE_JIAO_UNITS else money.AFTER[c.unit]
    code = row.code
    if c.currency_sign and row.code == "CNY" and c.unit in money.YUAN_UNITS | {"元整", "圆整"}:
        code = money.BEFORE[c.currency_sign]  # 港币100元 is Hong Kong dollars
    value *= row.factor
    high = high * row.factor if high is not None else None
    if c.after is None and high is None and (c.unit in money.YUAN_UNITS or c.unit in money.BARE_JIAO_UNITS):
        new_end, add = yuan_tail(text, end, c.unit)
        if c.unit in money.BARE_JIAO_UNITS and new_end == end and not _ARABIC_THEN_NON_HAN.match(text, c.start):
            return None  # 三角形, 一毛不拔: 毛/角 are money with a following digit (两毛五) or after digits (8角。)
        value += add
        end = new_end
    elif c.unit in money.BARE_JIAO_UNITS and c.after == "多" and c.num in CHINESE_DIGITS:
        if not text.startswith("钱", end):
            return None  # 珠三角多个楼盘: a Chinese digit, 角 and 多 are money only before 钱 (三角多钱; 8角多 is)
    rate = _rate(text, c.start if c.number_start is None else c.number_start, end)  # 约在每年|3万美元
    return Money(
        text=src.original[c.start : rate.end], start=c.start, end=rate.end, value=value, high=high,
        approx=qualifiers.combine(approx, rate.approx), currency=code, per=rate.per,
        subject=_sum_subject(src, c.start, end, rate), rule=f"money:{c.unit}",
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Rate:
    """What a money figure is for (``Money.per``), the end of its span and the qualifier after the rate."""

    per: str | None
    end: int  # past "/平方米" or "/平米以上" when the rate is written after the amount; else the amount's end
    approx: Approx | None
    eaches: tuple[tuple[int, int], ...]  # the span of each 每-word written before the amount (每平方米)


_QUALIFIER_AFTER_RATE = compiled.compile(_alternation(tuple(qualifiers.AFTER)))


def _rate(text: str, start: int, end: int) -> _Rate:
    """The rate units of the amount at text[start:end]: 每<unit> (or 人均 …) earlier in its clause, and
    /<unit> or 每<unit> right after it. A unit of time comes last (每月每人 → 人/月)."""
    units: list[str] = []
    eaches: list[tuple[int, int]] = []
    lo = max(0, start - money.PER_BEFORE_REACH)
    for barrier in money.PER_BEFORE_BARRIER.finditer(text, lo, start):
        lo = barrier.end()
    for m in money.PER_BEFORE.finditer(text, lo, start):
        if m.group("u") is not None:
            units.append(money.PER_UNITS[m.group("u")])
            eaches.append(m.span())
        else:
            units.append(money.PER_AVERAGE_WORDS[m.group("avg")])
    approx: Approx | None = None
    after = money.PER_AFTER.match(text, end)
    if after is not None:
        units += [money.PER_UNITS[u] for u in after.captures("u")]
        end = after.end()
        qualifier = _QUALIFIER_AFTER_RATE.match(text, end)
        if qualifier is not None:  # 25000元/平米以上
            approx, end = qualifiers.AFTER[qualifier.group()], qualifier.end()
    ordered = sorted(dict.fromkeys(units), key=lambda u: u in money.PER_TIME_UNITS)
    return _Rate("/".join(ordered) or None, end, approx, tuple(eaches))


def _money_subject(src: Source, start: int, end: int, rate: _Rate) -> str | None:
    """The subject of the amount at [start, end) without the rate's words: 二手房每平方米均价3.5万元 →
    二手房均价, never 每平方米. After a rate written after the amount only a phrase joined by 的 is its
    subject (1.8万元/平方米的价格); else what follows is the next clause, run in (2500元/月方庄地区)."""
    if rate.end > end and (src.folded.startswith("的", rate.end) or src.folded.startswith("每", end)):
        end = rate.end  # past 每斤 of 1.5元每斤 (Han characters, not the next phrase)
    bought = src.slice(bought_subject(src.folded, start, end, src.words))
    subject = bought if bought is not None else src.subject(start, end)
    original = src.original
    for lo, hi in rate.eaches:
        if subject is None:
            break
        term = next((t for t in money.PER_TERMS if src.folded.startswith(t, lo)), None)
        if term is not None:  # 每股收益 is the figure's name: keep it whole
            if len(subject) < len(term) and original.startswith(subject, lo + len(term) - len(subject)):
                subject = original[lo : lo + len(term)]  # 每股收益为0.52元: not 收益
            continue
        word = original[lo:hi]
        inside = original.find(subject, lo, hi + len(subject))
        if word in subject:  # 二手房每平方米均价 → 二手房均价
            before, _, after = subject.partition(word)
            subject = before + after
        elif lo <= inside < hi:  # 平方米均价, 小时收费: the phrase begins in the rate's words
            head = src.subject(lo, end)  # the phrase just before 每, joined to the rest: 二手房|均价
            rest = subject[hi - inside :]  # empty when it was the unit alone (租金为|每平方米|每月150元)
            subject = head + rest if head and (not rest or original.endswith(head, 0, lo)) else rest
    return subject if subject is not None and len(subject) >= 2 else None


def _without_unit(
    c: Candidate, src: Source, value: Decimal, high: Decimal | None, approx: Approx, previous: Money | None
) -> Fact | None:
    text = src.folded
    span = src.original[c.start : c.end]
    if c.currency_sign:  # ¥12.5, US$3亿, US$80/桶
        return _money_without_unit(c, src, value, high, approx, money.BEFORE[c.currency_sign], "money:sign")
    has_big_scale = bool(c.scale) or any(ch in BIG_SCALES for ch in c.num)
    if not has_big_scale:
        if c.inside in ("多", "余") and c.num2 is None and _PEOPLE_RIGHT_AFTER.match(text, c.end):
            people = subject_after(text, c.end, people=True, words=src.words)
            return Headcount(  # 120户、500多村民: an estimate right before people counts them without a classifier
                text=span, start=c.start, end=c.end, value=value, high=high, approx=approx, unit=None,
                counts="people", subject=src.slice(src.noun_phrase(people)), rule="headcount:people-noun",
            )  # fmt: skip
        return None
    if _IMPLYING_VERB.search(text, max(0, c.start - 12), c.start):  # 索赔116万, 租金3万/月
        return _money_without_unit(c, src, value, high, approx, "CNY", "money:implied-by-verb")
    if _MONEY_NOUN_AFTER.match(text, c.end):  # 创造了超过3500亿的|收入
        return _money_without_unit(c, src, value, high, approx, "CNY", "money:implied-by-noun")
    if _PEOPLE_AHEAD.match(text, c.end):  # 3200万受灾群众
        people = subject_after(text, c.end, people=True, words=src.words)
        return Headcount(
            text=span, start=c.start, end=c.end, value=value, high=high, approx=approx, unit=None,
            counts="people", subject=src.slice(src.noun_phrase(people)),
            rule="headcount:people-noun",
        )  # fmt: skip
    if _PEOPLE_BEHIND.search(text, max(0, c.start - 12), c.start):  # 常住人口1200万
        return Headcount(
            text=span, start=c.start, end=c.end, value=value, high=high, approx=approx, unit=None,
            counts="people", subject=src.slice(src.noun_phrase(subject_before(text, c.start, words=src.words))),
            rule="headcount:after-people-noun",
        )  # fmt: skip
    if previous is not None and _continues_money(src.folded, previous.end, c.start):
        return _money_without_unit(c, src, value, high, approx, previous.currency, "money:currency-of-clause")
    return None


def _money_without_unit(
    c: Candidate, src: Source, value: Decimal, high: Decimal | None, approx: Approx, code: str, rule: str
) -> Money:
    rate = _rate(src.folded, c.start if c.number_start is None else c.number_start, c.end)
    return Money(
        text=src.original[c.start : rate.end], start=c.start, end=rate.end, value=value, high=high,
        approx=qualifiers.combine(approx, rate.approx), currency=code, per=rate.per,
        subject=_sum_subject(src, c.start, c.end, rate), rule=rule,
    )  # fmt: skip


_HUNDRED = Decimal(100)
_HALF = Decimal(5)  # 两成半: half a tenth, in percent


def _percent_number(text: str) -> tuple[Decimal, Decimal | None, bool]:
    """A percentage's numeral: one number, or two neighbouring digits read as an estimate (八九十)."""
    pair = juxtaposed_range(text) if _CHINESE_ONLY.fullmatch(text) else None
    if pair is not None:
        return pair[0], pair[1], True
    return parse_number(text), None, False
_CENT = Decimal("0.01")


def resolve_percent(c: PercentCandidate, src: Source) -> Percentage | None:
    try:
        return _resolve_percent(c, src)
    except (_NotAFigure, ValueError, ArithmeticError):
        return None


# 不超过|最大承载量的|75%, 约占|全国|四分之一: the qualifier, then a base with no number or clause mark of its own.
_QUALIFIED_BASE = compiled.compile(
    rf"(?:{_alternation(tuple(qualifiers.OF_A_BASE))})(?P<base>[^，,。；;：:！？!?\n0-9０-９%％为是达]{{1,12}}?)的?$"
)  # (not 不得超过基准价的浮动幅度|为|5%: after a copula the figure is the value of the noun before it)


def _qualifier_of_base(text: str, start: int) -> Approx | None:
    m = _QUALIFIED_BASE.search(text, max(0, start - 16), start)
    if m is None:
        return None
    word = text[m.start() : m.start("base")]
    return qualifiers.OF_A_BASE[word]


def _resolve_percent(c: PercentCandidate, src: Source) -> Percentage | None:
    p = c.parts
    unit: Literal["%", "pp"] = "%"
    high: Decimal | None = None
    multiple: Decimal | None = None
    estimate = False
    if c.form == "symbol":
        value = parse_number(p["p_n1"])
        high = parse_number(p["p_n2"]) if "p_n2" in p else None
        if p["p_sign"] == "‰":
            value, high = value / 10, (high / 10 if high is not None else None)
    elif c.form == "baifen":
        value, high, estimate = _percent_number(p["p_bf"])  # 百分之八九十: 80 to 90, about
        high = parse_number(p["p_bf2"]) if "p_bf2" in p else high
    elif c.form == "qianfen":
        value = parse_number(p["p_qf"]) / 10
    elif c.form == "fraction":  # 三分之一, 2/3: the grammar reads the ratio
        written = p["p_slash"] if "p_slash" in p else p["p_den"] + "分之" + p["p_num"]
        ratio = parse_number(written)
        if "p_slash" in p and ratio >= 1:
            raise _NotAFigure("a slash ratio of one or more is no share (3/2 is a score or a date)")
        value = (ratio * _HUNDRED).quantize(_CENT)
    elif c.form == "pp":
        value, unit = parse_number(p.get("p_pp") or p["p_ppl"]), "pp"
        high = parse_number(p["p_pp2"]) if "p_pp2" in p else None
    elif c.form == "cheng":
        tenths, high, estimate = _percent_number(p["p_cheng"])  # 七八成: 70 to 80, about
        tail = p.get("p_cheng2")
        value = tenths * 10 + (_HALF if tail == "半" else parse_number(tail) if tail else 0)  # 两成半, 七成六
        high = parse_number(p["p_cheng_hi"]) * 10 if "p_cheng_hi" in p else (high * 10 if high is not None else None)
        if max(value, high or 0) > _HUNDRED:
            raise _NotAFigure("more than ten tenths")
    elif c.form == "zhe":
        written = p["p_zhe"]
        if len(written) == 2 and not written.isascii():  # 八五折 = 85: two digits, read one by one
            value = parse_number(written[0]) * 10 + parse_number(written[1])
        else:  # 8折 = 80, 7.5折 = 75
            value = parse_number(written) * 10
    elif c.form == "half":  # 近一半, 超半数, 过半
        value = _HUNDRED / 2
    else:  # doubling: 翻一番 is twice the base, 翻两番 four times
        times = percentage.DOUBLINGS[p["p_fan"]]
        if times == 0:
            raise _NotAFigure("翻几番 has no number")
        multiple = Decimal(2**times)
        value = multiple * _HUNDRED
    if high is not None and high < value:
        raise _NotAFigure("a range that runs backwards")
    approx = qualifiers.combine(
        qualifiers.before(c.pre),
        qualifiers.AFTER.get(c.after or ""),
        "about" if estimate else None,
    )
    if approx == "exact" and not c.pre:
        approx = _qualifier_of_base(src.folded, c.start) or approx
    change, basis = percentage.change_and_basis(src.folded, c.start)
    if multiple is not None:
        change = "increase"
    return Percentage(
        text=src.original[c.start : c.end], start=c.start, end=c.end, value=value, high=high, approx=approx,
        unit=unit, change=change, basis=basis, multiple=multiple,
        subject=_share_subject(src, c.start, c.end, change is not None),
        rule=f"percentage:{c.form}",
    )  # fmt: skip


# A measure that says how a change goes, not what changes (以每年30%的速度递增): no part of the subject.
MANNER_MEASURES: Final = frozenset({"速度", "步伐", "节奏"})
_MANNER_OPENS = compiled.compile(r"以(?:每年|年均|每月|平均每年|年)?(?:约|近|超过)?$")


def _share_subject(src: Source, start: int, end: int, change: bool) -> str | None:
    """A percentage's subject; a share in a clause of its own (一般贸易进出口13.76万亿元，占我国外贸总值的65%)
    is named by its part and its base together: 一般贸易进出口占我国外贸总值, or 占我国外贸总值 when the part is not
    found."""
    subject = src.slice(percentage_subject(src.folded, start, end, change, src.words))
    subject = None if subject in _BARE_TIMES else subject
    measure = None if change else src.slice(measure_after(src.folded, start, end, src.words))
    if subject is None and measure in MANNER_MEASURES:
        manner = _MANNER_OPENS.search(src.folded, max(0, start - 6), start)  # 留学生人数|以每年|20%的速度增长
        if manner is not None:
            subject = src.slice(src.noun_phrase(subject_before(src.folded, manner.start(), words=src.words)))
    if measure is not None and measure not in MANNER_MEASURES:
        # 公共预算支出|保持了|15.4%的增速 → 公共预算支出增速; but 销售额|以每年30%的速度|递增 is the 销售额's
        subject = measure if subject is None or measure in subject else subject + measure
    base = src.slice(share_base(src.folded, start))
    if base is None:
        return subject
    return base if subject is None else subject + base
