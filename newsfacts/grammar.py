"""The numeral grammar: one table of productions, read by the scanner and by one small parser.

A numeral expression is an optional sign, then one production: a cardinal (3.5万, 一百二十, 壹佰贰拾), a
spoken scale (两个亿), a vague magnitude (数十亿, 几百万) or a fraction (三分之一, 2/3). Each row of
``PRODUCTIONS`` holds its pattern (regex syntax over folded text, no capturing groups, so the scanner can
join the rows into its ``NUMBER`` and use it twice in one figure) and the function that reads a matched
text into a ``Reading`` (value, high, approx). The scanner finds the text; ``read_numeral`` reads it by the
same table, and ``parse_number`` is ``read_numeral`` for one exact number. Ranges (三到五万元) are read one
level up, by ``shared_scale_range``: the scale word or unit written once at the end belongs to both ends.

A new production is one row here with one example; docs/rules.md shows the table.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Context, Decimal, localcontext
from typing import Final, Literal

import regex

from . import compiled
from .numerals import (
    ARABIC_DIGITS,
    BIG_SCALES,
    CHINESE_DIGITS,
    MAX_NUMERAL_CHARS,
    MAX_NUMERAL_RUN,
    SCALES,
    SMALL_SCALES,
    juxtaposed_range,
    parse_cardinal,
    tidy,
)
from .script import fold

Approx = Literal["exact", "over", "under", "about"]


@dataclass(frozen=True, slots=True)
class Reading:
    """What a numeral expression says: a value, the top of the span it allows (数十亿 → 1e9 to 1e10), and
    how sure it is."""

    value: Decimal
    high: Decimal | None = None
    approx: Approx = "exact"


# ---------------------------------------------------------------- the pieces the productions are made of

# 15千克 is 15 kilograms and 2百分点 two points: a scale character that begins one of these words is no
# scale. The scanner adds the unit words that begin with a scale character (scan._SCALE_UNITS).
NOT_SCALE_WORDS: Final[tuple[str, ...]] = ("百分点", "百分點")
_A = f"[{ARABIC_DIGITS}]"
_CHINESE_NONZERO = "一二三四五六七八九两壹贰叁肆伍陆柒捌玖"
# Numerals are bounded (numerals.MAX_NUMERAL_RUN): every attempt costs at most a constant, so the scan stays
# linear. A run of scale words is possessive, since the ways to split 1亿亿亿… grow exponentially.
_MAX_DIGITS = MAX_NUMERAL_RUN
_MAX_GROUPS = 8


def cardinal_pattern(scale: str) -> str:
    """Arabic digits (grouped, decimals) with scale words between groups (1亿2000万), or Chinese numerals
    (一百二十万, 三点五亿). ``scale`` is the scanner's pattern for one scale character."""
    arabic = (
        rf"{_A}{{1,3}}(?:[,，]{_A}{{3}}){{1,10}}(?![{ARABIC_DIGITS}])(?:[.．]{_A}{{1,{_MAX_DIGITS}}})?"
        rf"|{_A}{{1,{_MAX_DIGITS}}}(?![{ARABIC_DIGITS}])(?:[.．]{_A}{{1,{_MAX_DIGITS}}})?"
    )
    # A Chinese numeral does not begin with 零 except in a decimal (零点五): in 找零三块 the 零 is a word's.
    chinese = (
        rf"(?![零〇](?![点點]))(?:[{CHINESE_DIGITS}]|{scale}){{1,{_MAX_DIGITS}}}(?![{CHINESE_DIGITS}])(?!{scale})"
        rf"(?:[点點][{CHINESE_DIGITS}]{{1,{_MAX_DIGITS}}}{scale}{{0,4}})?"
    )
    # 1万五千, 3亿两千万: Arabic digits, a scale, then the rest written in Chinese from a thousand or a hundred
    # down (not 3万五: a lone digit after a scale is another word's, 3万五个)
    chinese_tail = rf"[{_CHINESE_NONZERO}][千仟百佰](?:[零〇]?[{_CHINESE_NONZERO}][百佰十拾]?){{0,3}}"
    return rf"(?:{arabic})(?:{scale}{{1,4}}+(?:{arabic}|{chinese_tail})?){{0,{_MAX_GROUPS}}}|(?:{chinese})"


# The sign before a number, inside the figure's span: 增长-3.2%, 为负82亿美元, 百分之负三点八, 零下5摄氏度.
# 负 is no sign where it ends a word (减负2亿元 is a relief of 2亿, 税负, 胜负). A hyphen is a sign only before
# a digit, and not after a closing bracket, a percent sign or another dash (3%-5%, 第4----10名 are ranges),
# nor after a unit of time or a clock (9点-11点); a digit or a letter before it is ruled out by the figure's
# own look-behind (010-82612286).
NOT_BEFORE_FU: Final[str] = "减税胜自担肩重抱欺辜正偿背身"
NOT_BEFORE_HYPHEN: Final[str] = ")）]%％-−－—~～点时日月年号周天期版章节条款段"
SIGN = (
    rf"(?:(?<![{NOT_BEFORE_FU}])负|零下"
    rf"|(?<![{regex.escape(NOT_BEFORE_HYPHEN, special_only=False)}])[-−－](?=[0-9０-９]))"
)

# Words that end in 数 and are no magnitude: 人数十万 is "the number of people: 100,000", not "tens of
# thousands of people". 数 reads "several" only after none of these characters.
NOT_BEFORE_SHU: Final[str] = (
    "人总次户票指件岁系分多少半倍基位台个天股字页场函参常变正负整奇偶约无实虚步礼级架班车床座名例笔宗"
    "辆家单万亿千百十读点计算报查清细默算术代算"
)
_VAGUE_SCALE = "(?:[十百千](?:万亿|[万亿])?|万亿|[万亿])"

# 三斤半, 3年半, 两块半: half a unit more, written after the unit (三斤半鸡蛋 too), unless 半 begins a word
# there: the second characters of the words 半成品, 半导体, 半岛, 半径, 半决赛, 半场, 半价, 半数, 半山腰, 半夜 ….
HALF_WORD_SECONDS: Final[str] = "成导岛径决场价数山夜天年月日小边截途身球圆壁拉封自官额票职脱熟生新旧空透永百个分点路条"
HALF_AFTER_UNIT: Final[str] = rf"半(?![{HALF_WORD_SECONDS}])"

# ---------------------------------------------------------------- readers


# After 个亿, the size of each of a count (56个|亿元以上重点项目, 3个|亿元级项目): a count of things, not money; 以上
# before 的, a mark or the end stays the sum's (投资两个亿以上，). Negative look-aheads only: the first-character
# analysis (firstchars.py) reads them without knowing \p{Han}.
_NOT_SIZE_OF_EACH = r"(?!元?级)(?!元?以上(?![的，,。；;！？、）)\s]|$))"


def _read_cardinal(text: str) -> Reading:
    return Reading(parse_cardinal(text))


def _read_spoken(text: str) -> Reading:
    """两个亿 = 2亿; 几个亿 is a vague magnitude (1亿 to 10亿). Not 个万亿: 跨过6个万亿元台阶 counts six
    milestones of a trillion, 3个万亿级产业集群 three clusters."""
    head, _, scale = text.partition("个")
    if head == "几":
        return _read_vague("几" + scale)
    return Reading(tidy(parse_cardinal(head) * parse_cardinal("1" + scale)))


def _read_about_scale(text: str) -> Reading:
    """万把块 is about ten thousand; 数以万计 counts in tens of thousands: at least that many."""
    if text.endswith("把"):
        return Reading(parse_cardinal(text[0]), None, "about")
    return Reading(parse_cardinal("1" + text[2:-1]), None, "over")


def _read_vague(text: str) -> Reading:
    """数十亿 = tens of 亿: at least 十亿, below 百亿; 好几百 is 几百."""
    low = parse_cardinal("1" + text.removeprefix("好")[1:])
    return Reading(low, tidy(low * 10), "about")


_FRACTION_CONTEXT = Context(prec=28)  # 1/3 cannot be exact: 28 significant digits, rounded half even


def _read_fraction(text: str) -> Reading:
    if "分之" in text:
        denominator, _, numerator = text.partition("分之")
    else:
        numerator, _, denominator = text.partition("/")
    den = parse_cardinal(denominator)
    if den == 0:
        raise ValueError(f"zero denominator in {text!r}")
    with localcontext(_FRACTION_CONTEXT):
        return Reading(tidy(parse_cardinal(numerator) / den))


_PER_SIGN = {"%": Decimal(100), "％": Decimal(100), "‰": Decimal(1000)}


def _read_percent(text: str) -> Reading:
    """5% as a number is 0.05 (as 百分之五 is); 3‰ is 0.003."""
    with localcontext(_FRACTION_CONTEXT):
        return Reading(tidy(parse_cardinal(text[:-1]) / _PER_SIGN[text[-1]]))


def _read_half(text: str) -> Reading:
    """半 and 一半 are 0.5; 两个半 is 2.5."""
    head = text.removesuffix("半").removesuffix("个")
    return Reading(tidy((parse_cardinal(head) if head and head != "一" else Decimal(0)) + Decimal("0.5")))


@dataclass(frozen=True, slots=True)
class Production:
    name: str
    pattern: str  # regex syntax, no capturing groups
    read: Callable[[str], Reading]
    example: str  # one text it matches: docs/rules.md and tests/test_grammar.py read it
    scanned: bool = True  # False: read by parse_number, found by the scanner's percentage forms instead
    signed: bool = True  # a sign may stand before it


def productions(scale: str) -> tuple[Production, ...]:
    """The table, in the order the alternatives are tried (the scanner's NUMBER and the parser alike).
    ``scale`` is the pattern of one scale character (the scanner's excludes 15千克's 千)."""
    cardinal = cardinal_pattern(scale)
    small = f"(?:[1-9][0-9]{{0,2}}|[{CHINESE_DIGITS}]{{1,2}}|十[{CHINESE_DIGITS}]?|几)"
    vague = rf"(?:好几|(?<![{NOT_BEFORE_SHU}])[数几]){_VAGUE_SCALE}"
    about_scale = rf"(?<![{CHINESE_DIGITS}0-9])[百千万]把|数以[十百千万亿]{{1,3}}计"
    fraction = rf"(?:{cardinal})分之(?:{cardinal})|[0-9]{{1,3}}/[0-9]{{1,3}}"
    return (
        Production("spoken", rf"{small}个亿{_NOT_SIZE_OF_EACH}", _read_spoken, "两个亿", signed=False),
        Production("vague", vague, _read_vague, "数十亿", signed=False),
        Production("about-scale", about_scale, _read_about_scale, "万把", signed=False),
        Production("fraction", fraction, _read_fraction, "三分之一", scanned=False),
        Production("percent", rf"(?:{cardinal})[%％‰]", _read_percent, "5%", scanned=False),
        Production("half", rf"(?:{small}个)?半|一半", _read_half, "两个半", scanned=False, signed=False),
        Production("cardinal", cardinal, _read_cardinal, "3.5万"),
    )


_PARSER_SCALE = f"[{SCALES}]"
PRODUCTIONS: Final[tuple[Production, ...]] = productions(_PARSER_SCALE)


def number_pattern(scale: str, signed: bool = True) -> str:
    """The scanner's NUMBER: a sign where allowed (``signed``), then the first production that matches."""
    rows = [p for p in productions(scale) if p.scanned]
    alternatives = [(f"{SIGN}?" if p.signed and signed else "") + f"(?:{p.pattern})" for p in rows]
    return "|".join(f"(?:{a})" for a in alternatives)


# ---------------------------------------------------------------- the parser

_SIGN = compiled.compile(SIGN)
_COMPILED = tuple((p, compiled.compile(p.pattern)) for p in PRODUCTIONS)


# Most numerals of the news are plain Arabic digits: they are cardinals, whatever the other rows say.
_PLAIN_DIGITS = compiled.compile(r"[0-9]+(?:\.[0-9]+)?")


@functools.lru_cache(maxsize=8192)
def read_numeral(text: str) -> Reading:
    """Read one numeral expression (a sign, then one production) as the scanner found it. Raises
    ``ValueError`` naming the text when it is none. (Results are shared: news repeats its numerals.)"""
    if len(text) > MAX_NUMERAL_CHARS:
        raise ValueError(f"not a numeral (over {MAX_NUMERAL_CHARS} characters): {text[:40]!r}…")
    if _PLAIN_DIGITS.fullmatch(text):
        return Reading(parse_cardinal(text))
    return _read(fold(text.strip()))  # 數千 reads as 数千


def _read(text: str) -> Reading:
    if text[:1] in ("+", "＋") and text[1:2].isdigit():
        text = text[1:]  # +5: an explicit plus is the number itself
    sign = _SIGN.match(text)
    body = text[sign.end() :] if sign else text
    for production, pattern in _COMPILED:
        if pattern.fullmatch(body) is None or (sign and not production.signed):
            continue
        reading = production.read(body)
        if sign:
            low = -(reading.high if reading.high is not None else reading.value)
            high = -reading.value if reading.high is not None else None
            reading = Reading(tidy(low), None if high is None else tidy(high), reading.approx)
        return reading
    # A numeral the cardinal pattern does not cover still reads if the cardinal reader can (二〇〇五, 1,000万)
    if not sign:
        return _read_cardinal(body)
    raise ValueError(f"not a numeral: {text!r}")


def parse_number(text: str) -> Decimal:
    """Convert one complete numeral to a Decimal.

    Accepts Arabic (``31,668``, ``82，225.00``, full-width ``１２３``), Chinese (``一百二十万``, ``三千零五``,
    ``两``, ``〇``), financial capitals (``壹佰贰拾``), traditional forms (``萬``, ``億``, ``兩``), mixed forms
    (``3.5万``, ``1亿2000万``, ``十二万五千``), signs (``-3.2``, ``负三点八``, ``零下5``), spoken scales
    (``两个亿``) and fractions (``三分之一`` → 0.333…, 28 significant digits; ``2/3``). Raises ``ValueError``
    naming the text when it is not one number (a vague magnitude such as ``数十亿`` is a span: see
    ``read_numeral``).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number expects str, got {type(text).__name__}")
    reading = read_numeral(text)
    if reading.high is not None:
        raise ValueError(f"not one number but a span: {text!r}")
    return reading.value


# ---------------------------------------------------------------- ranges

_TRAILING_SCALES = compiled.compile(rf"[{SCALES}]+$")
_BIG = frozenset(BIG_SCALES)
_SMALL = frozenset(SMALL_SCALES)


def shared_scale_range(first: str, second: str) -> tuple[Decimal, Decimal | None, Approx]:
    """The ends of a range as a reader reads them: (value, high, how sure).

    A scale word written once at the end belongs to the first end too (三到五万 → 3万 to 5万; 一千到两千万 →
    1000万 to 2000万; 3-5千 → 3000 to 5000) unless that would put the first end above the second (8500至3万 →
    8500 to 30000: each end as written). A sign word written once belongs to both ends (零下3到4℃ → −4 to
    −3). An end may be vague or an estimate (数千万至一两亿 → 1000万 to 2亿, about).
    """
    sign = _SIGN.match(first)
    spoken_sign = sign is not None and sign.group() in _SIGN_WORDS
    if spoken_sign:
        assert sign is not None
        first = first[sign.end() :]
    low, high, approx = _shared_scale(first, second)
    if spoken_sign:
        low, high = -(high if high is not None else low), -low
    return tidy(low), None if high is None else tidy(high), approx


_SIGN_WORDS = frozenset({"负", "零下"})


def _shared_scale(first: str, second: str) -> tuple[Decimal, Decimal | None, Approx]:
    try:
        high = parse_number(second)
    except ValueError:  # 一两亿, 数亿: the top of its span
        top = _estimate(second)
        return _estimate(first).value, top.high or top.value, "about"
    trailing = _TRAILING_SCALES.search(second)
    if trailing is not None and not any(c in _BIG for c in first):
        scales = trailing.group()
        if any(c in _SMALL for c in first):  # 一千到两千万: only the big word is shared
            scales = scales.lstrip("".join(_SMALL))
        if scales:
            try:
                widened = parse_number(first + scales)
            except ValueError:
                widened = None
            if widened is not None and widened <= high:
                return widened, high, "exact"
    try:
        return parse_number(first), high, "exact"
    except ValueError:
        return _estimate(first).value, high, "about"


def _estimate(text: str) -> Reading:
    """A vague magnitude (数千万) or two neighbouring digits (一两亿) as a span."""
    pair = juxtaposed_range(text)
    if pair is not None:
        return Reading(pair[0], pair[1], "about")
    return read_numeral(text)
