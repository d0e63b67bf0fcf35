"""Numerals: the character classes the scanner matches, and a cardinal numeral's text → Decimal.

Chinese numeral grammar below 万 (一百二十, 三千零五, 壹佰贰拾, 两千五, 二〇〇五) is cn2an's job; this module
splits on the big scale words (亿, 万), handles Arabic digits with Decimal (never float) and the readings
cn2an does not cover: mixed forms (3.5万, 1亿2000万), elision (三万五 = 35000) and juxtaposed
estimates (二三十 = 20 to 30). Signs, fractions and vague magnitudes are the grammar's (grammar.py).
"""

from __future__ import annotations

import functools
from decimal import Context, Decimal, Inexact, InvalidOperation, localcontext

import regex

# Character classes shared with the scanner's patterns (regex syntax, no brackets).
ARABIC_DIGITS = "0-9０-９"
CHINESE_DIGITS = "〇零一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖兩廿卅"
SMALL_SCALES = "十百千拾佰仟"
# 兆 is 10^12 as Taiwan and Hong Kong write it (新台幣1.2兆元); 兆瓦, 兆赫 are units, not this scale.
BIG_SCALES = "万亿萬億兆"
SCALES = SMALL_SCALES + BIG_SCALES

# Folding table: full-width ASCII, traditional and financial forms cn2an does not read, the Chinese comma
# used as a thousands separator and the Chinese decimal point.
_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "．": ".",
        "，": ",",
        "萬": "万",
        "億": "亿",
        "兩": "两",
        "點": "点",
        "貳": "贰",
        "參": "叁",
        "陸": "陆",
        "廿": "二十",
        "卅": "三十",
    }
)

_GROUPED = regex.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d,])")
_ARABIC_SECTION = regex.compile(r"(\d+(?:\.\d+)?)(?:([十百千])(\d)?)?")
_DIGITS_ONLY = regex.compile(r"[〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖]+")
_ELIDED_SMALL = {"十": Decimal(1), "百": Decimal(10), "千": Decimal(100)}
_SMALL_FACTOR = {"": 1, "十": 10, "百": 100, "千": 1000}
_CN_DIGIT_VALUE = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
# Which scale a single trailing digit stands for after an elided scale: 三万五 = 3万5千, 一亿五 = 1亿5千万.
_ELIDED = {"万": Decimal(1000), "亿": Decimal(10**7), "兆": Decimal(10**11)}
_BIG = (("兆", Decimal(10**12)), ("亿", Decimal(10**8)), ("万", Decimal(10**4)))

# No numeral of the news is longer than this (一千二百三十四万五千六百七十八亿… is under 40); refusing longer
# text up front keeps parse_cardinal constant-time on a runaway run of numeral characters.
MAX_NUMERAL_CHARS = 64
# The scanner's bound: a run of more digit and scale characters than this (一一一…, 1亿亿亿…) is no figure.
MAX_NUMERAL_RUN = 32
# Values are exact or refused: arithmetic that would round (past 28 significant digits) raises Inexact,
# which parse_cardinal reports as "not a numeral" instead of returning a silently rounded number.
_EXACT = Context(prec=28, traps=[Inexact, InvalidOperation])


def parse_cardinal(text: str) -> Decimal:
    """Convert one unsigned cardinal numeral to a Decimal: Arabic (``31,668``, ``82，225.00``, full-width
    ``１２３``), Chinese (``一百二十万``, ``三千零五``, ``两``, ``〇``), financial capitals (``壹佰贰拾``), traditional
    forms (``萬``, ``億``, ``兩``) and mixed forms (``3.5万``, ``1亿2000万``, ``十二万五千``). The grammar's
    cardinal production (grammar.py) reads with it. Raises ``ValueError`` naming the text otherwise.
    """
    if len(text) > MAX_NUMERAL_CHARS:
        raise ValueError(f"not a numeral (over {MAX_NUMERAL_CHARS} characters): {text[:40]!r}…")
    return _parse_number(str(text))


# News repeats its numerals (the same 万, 3, 2005 in every sentence) and a Decimal is immutable, so results
# are shared; failures are not cached and raise again.
@functools.lru_cache(maxsize=4096)
def _parse_number(text: str) -> Decimal:
    folded = _GROUPED.sub(lambda m: m.group().replace(",", ""), text.strip().translate(_FOLD))
    try:
        with localcontext(_EXACT):
            return tidy(_parse(folded))
    except (ValueError, ArithmeticError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ValueError(f"not a numeral: {text!r}") from exc


def tidy(value: Decimal) -> Decimal:
    """The plainest form of a Decimal: 203000.0 → 203000, 150900.00 → 150900, 0.250 → 0.25."""
    if not value.is_finite():
        value = value.normalize()
        if value.as_tuple().exponent > 0:  # type: ignore[operator]
            value = value.quantize(_ONE)
        return value
    value = value.normalize()
    # A finite Decimal is written with "E+" exactly when its exponent is positive (3E+7): a third of the cost
    # of as_tuple(), and this runs for every amount.
    return value.quantize(_ONE) if "E+" in str(value) else value


_ONE = Decimal(1)


def juxtaposed_range(text: str) -> tuple[Decimal, Decimal] | None:
    """Read an estimate written as two neighbouring digits: 二三十 → (20, 30), 十五六 → (15, 16), 一两 → (1, 2).

    Returns None when the text is not such an estimate.
    """
    if len(text) > MAX_NUMERAL_CHARS:
        return None
    folded = text.translate(_FOLD)
    if "〇" in folded or "零" in folded:
        return None  # 二〇一二 is a year read digit by digit
    for i in range(len(folded) - 1):
        a, b = _CN_DIGIT_VALUE.get(folded[i]), _CN_DIGIT_VALUE.get(folded[i + 1])
        if a is None or b is None or a == 0 or not (b == a + 1 or (a, b) == (3, 5)):
            continue  # neighbours (七八), or the set phrase 三五 (三五天)
        before_ok = i == 0 or folded[i - 1] not in _CN_DIGIT_VALUE
        after_ok = i + 2 == len(folded) or folded[i + 2] not in _CN_DIGIT_VALUE
        if not (before_ok and after_ok):
            return None  # 一九八九, 一二三四: digits read one by one, not an estimate
        low, high = folded[: i + 1] + folded[i + 2 :], folded[:i] + folded[i + 1 :]
        try:
            return _parse(low), _parse(high)
        except (ValueError, InvalidOperation, KeyError, TypeError, AttributeError):
            return None
    return None


def _parse(s: str) -> Decimal:
    if not s:
        raise ValueError("empty numeral")
    for word, factor in _BIG:
        i = s.rfind(word)
        if i == -1:
            continue
        left, right = s[:i], s[i + 1 :]
        if not left and right:
            raise ValueError(f"nothing before {word} in {s!r}")  # 亿万 is a word, not a number
        head = _parse(left) if left else Decimal(1)
        if not right:
            return head * factor
        if len(right) == 1 and (right in _CN_DIGIT_VALUE or right.isdigit()):
            if head != head.to_integral_value():
                raise ValueError(f"elision after a decimal in {s!r}")  # 1.5万5
            tail = _digit(right) * _ELIDED[word]
        else:
            tail = _parse(right.lstrip("零〇"))  # 一万零五百: 零 marks the empty 千 place
        if tail >= factor:
            raise ValueError(f"{right!r} is too large to follow {word}")
        return head * factor + tail
    return _section(s)


def _section(s: str) -> Decimal:
    """A numeral below 万: Arabic (with an optional 十/百/千 after it) or Chinese."""
    m = _ARABIC_SECTION.fullmatch(s)
    if m:
        scale = m.group(2) or ""
        value = Decimal(m.group(1)) * _SMALL_FACTOR[scale]
        if m.group(3):  # 3千5 = 3500: the digit stands for the next place down
            value += Decimal(m.group(3)) * _ELIDED_SMALL[scale]
        return value
    if any(c.isdigit() for c in s):
        raise ValueError(f"mixed digits in {s!r}")
    if len(s) == 2 and _DIGITS_ONLY.fullmatch(s) and "〇" not in s and "零" not in s:
        raise ValueError(f"two digits side by side {s!r} are an estimate, not a number")  # 一两, 七八
    if s[0] in "十百千拾佰仟":
        s = "一" + s  # 百 alone is one hundred; cn2an wants the leading digit
    if "点" in s:
        whole, _, frac = s.partition("点")
        if not whole or not frac or any(c not in _CN_DIGIT_VALUE for c in frac):
            raise ValueError(f"bad decimal {s!r}")  # 点五 has no whole part
        head = _cn2an(whole)
        return head + Decimal("0." + "".join(str(_CN_DIGIT_VALUE[c]) for c in frac))
    if len(s) == 1 and s in _CN_DIGIT_VALUE:
        return Decimal(_CN_DIGIT_VALUE[s])  # 三, 两: a digit alone is its value; cn2an is for the grammar
    if len(s) <= 3 and s[:2] in ("一十", "一拾") and (len(s) == 2 or (s[2] in _CN_DIGIT_VALUE and s[2] not in "〇零")):
        # 十, 十五: the commonest numerals of the news, read here so that most articles never import cn2an
        return Decimal(10 + (_CN_DIGIT_VALUE[s[2]] if len(s) == 3 else 0))
    return _cn2an(s)


@functools.lru_cache(maxsize=4096)
def _cn2an(s: str) -> Decimal:
    # imported on first use: cn2an's import (its rule tables) costs more than a whole article without a
    # Chinese numeral, and news repeats the same numerals (三, 十五, 二十), hence the cache
    import cn2an

    try:
        value = cn2an.cn2an(s, "normal")
    except Exception as exc:  # cn2an signals bad input with ValueError but also IndexError (圆) and others
        raise ValueError(f"cn2an cannot read {s!r}") from exc
    if isinstance(value, float):  # cn2an returns float only for decimals, which we split off ourselves
        raise ValueError(f"unexpected decimal {s!r}")
    return Decimal(int(value))


def _digit(c: str) -> Decimal:
    return Decimal(int(c)) if c.isdigit() else Decimal(_CN_DIGIT_VALUE[c])
