"""One left-to-right scan of the text for figures, built from the tables of the other modules.

The scan pattern is an alternation: first the spans that are not figures (not_figures.py), then a figure:
qualifier? currency-sign? number (range)? 多/余? scale? unit? qualifier?. At any position the first
alternative that matches wins and the scan resumes after it, so a telephone number or 第一批次 is consumed
whole and none of its digits start a figure. A match yields a ``Candidate`` (the parts as written); the
kind modules' tables then decide what it is (``resolve``), so pattern matching and normalisation stay apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import regex

from . import qualifiers
from .kinds import headcount, money, quantity
from .not_figures import PATTERNS, SET_PHRASES
from .numerals import ARABIC_DIGITS, BIG_SCALES, CHINESE_DIGITS, SCALES, parse_number


def _alternation(words: object) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))  # type: ignore[call-overload]


_A = f"[{ARABIC_DIGITS}]"
ARABIC = rf"{_A}{{1,3}}(?:[,，]{_A}{{3}})+(?![{ARABIC_DIGITS}])(?:[.．]{_A}+)?|{_A}+(?:[.．]{_A}+)?"
CHINESE = rf"[{CHINESE_DIGITS}{SCALES}]+(?:[点點][{CHINESE_DIGITS}]+[{SCALES}]*)?"
NUMBER = rf"(?:{ARABIC})(?:[{SCALES}]+(?:{ARABIC})?)*|{CHINESE}"

UNIT_WORDS: dict[str, str] = {
    **{w: "money" for w in money.AFTER},
    **{w: "money" for w in money.BARE_JIAO_UNITS},
    **{w: "quantity" for w in quantity.UNITS},
    **{w: "headcount" for w in headcount.CLASSIFIERS},
}
UNIT_WORDS["块"] = "money"  # 3块 is money unless a noun follows (3块金牌): decided in resolve

_FIGURE = (
    rf"(?<![A-Za-z0-9０-９.．])"
    rf"(?:(?P<pre>{_alternation(qualifiers.BEFORE)}|{qualifiers.REACHING}(?=[百千万亿萬億])))?"
    rf"(?:(?P<cur>{_alternation(money.BEFORE)})\s?)?"
    rf"(?P<pre2>{_alternation(qualifiers.BEFORE)})?"
    rf"(?P<num>{NUMBER})"
    rf"(?:(?P<sep>{_alternation(qualifiers.RANGE_SEPARATORS)})(?P<pre3>{_alternation(qualifiers.BEFORE)})?"
    rf"(?P<num2>{NUMBER}))?"
    rf"(?P<inside>{_alternation(qualifiers.INSIDE)})?"
    rf"(?P<scale>[{BIG_SCALES}]+)?"
    rf"(?P<unit>{_alternation(UNIT_WORDS)})?"
    rf"(?P<after>{_alternation(qualifiers.AFTER)})?"
)
_NOT_FIGURE = "|".join([f"(?P<set>{_alternation(SET_PHRASES)})"] + [f"(?:{p})" for p in PATTERNS.values()])
SCAN = regex.compile(rf"(?P<skip>{_NOT_FIGURE})|(?P<fig>{_FIGURE})", regex.VERSION1)

# 5元3角2分, 3块5: what may follow a yuan amount.
_D1 = f"[{ARABIC_DIGITS}〇零一二两三四五六七八九]"
YUAN_TAIL = regex.compile(
    rf"(?:(?P<jiao>{_D1})(?:{_alternation(money.JIAO_WORDS)}))?(?:(?P<fen>{_D1}){money.FEN_WORD})?"
    rf"(?P<qian>钱)?"
)
# A digit after 块 is tenths unless it starts another figure (3块5 yes, 3块5个 no); after a bare 毛/角 it must
# also end the word (两毛五。), since in 长三角一体化 the 一 begins a word.
_NOT_A_FIGURE_AHEAD = rf"(?![{ARABIC_DIGITS}{CHINESE_DIGITS}{SCALES}.．点]|{_alternation(UNIT_WORDS)})"
TRAILING_DIGIT_AFTER_KUAI = regex.compile(rf"(?P<trail>{_D1}){_NOT_A_FIGURE_AHEAD}")
TRAILING_DIGIT_AFTER_MAO = regex.compile(rf"(?P<trail>{_D1})钱?(?![{ARABIC_DIGITS}.．]|\p{{Han}})")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A figure as written, before the kind tables decide what it is."""

    start: int
    end: int
    pre: str | None
    currency_sign: str | None
    num: str
    num2: str | None
    inside: str | None
    scale: str | None
    unit: str | None
    after: str | None

    @property
    def approx_words(self) -> tuple[str | None, ...]:
        return (self.pre, self.inside, self.after)


def candidates(text: str) -> Iterator[Candidate]:
    """Every figure-shaped span of ``text``, left to right, never overlapping."""
    pos = 0
    n = len(text)
    while pos < n:
        m = SCAN.search(text, pos)
        if m is None:
            return
        pos = max(m.end(), m.start() + 1)
        if m.group("fig") is None:
            continue
        pre = m.group("pre") or m.group("pre2") or m.group("pre3")
        yield Candidate(
            start=m.start(),
            end=m.end(),
            pre=pre,
            currency_sign=m.group("cur"),
            num=m.group("num"),
            num2=m.group("num2"),
            inside=m.group("inside"),
            scale=m.group("scale"),
            unit=m.group("unit"),
            after=m.group("after"),
        )


def yuan_tail(text: str, end: int, unit: str) -> tuple[int, Decimal]:
    """Sub-units after a yuan amount: returns the new end and the amount they add (5元|3角 → +0.3)."""
    m = YUAN_TAIL.match(text, end)
    add = Decimal(0)
    if m and (m.group("jiao") or m.group("fen")):
        if m.group("jiao"):
            add += parse_number(m.group("jiao")) / 10
        if m.group("fen"):
            add += parse_number(m.group("fen")) / 100
        return m.end(), add
    if unit in ("块", "毛", "角"):  # colloquial: 3块5 = 3.5, 两毛五 = 0.25
        t = (TRAILING_DIGIT_AFTER_KUAI if unit == "块" else TRAILING_DIGIT_AFTER_MAO).match(text, end)
        if t:
            step = Decimal("0.1") if unit == "块" else Decimal("0.01")
            return t.end(), parse_number(t.group("trail")) * step
    return end, add
