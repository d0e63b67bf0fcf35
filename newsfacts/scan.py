"""One left-to-right scan of the text for figures, built from the tables of the other modules.

The scan pattern is an alternation: first the spans that are not figures (not_figures.py), then a figure:
qualifier? currency-sign? number (range)? 多/余? scale? unit? qualifier?. At any position the first
alternative that matches wins and the scan resumes after it, so a telephone number or 第一批次 is consumed
whole and none of its digits start a figure. A match yields a ``Candidate`` (the parts as written); the
kind modules' tables then decide what it is (``resolve``), so pattern matching and normalisation stay apart.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import regex

from . import compiled, qualifiers
from .firstchars import anchored_run, first_chars, first_pairs
from .grammar import HALF_AFTER_UNIT, NOT_SCALE_WORDS, number_pattern, parse_number
from .kinds import dates, headcount, money, percentage, quantity
from .not_figures import PATTERNS, SET_PHRASES
from .numerals import ARABIC_DIGITS, BIG_SCALES, CHINESE_DIGITS, SCALES


def _alternation(words: object) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))  # type: ignore[call-overload]


def _class(chars: frozenset[str]) -> str:
    return "[" + "".join(regex.escape(c, special_only=False) for c in sorted(chars)) + "]"


def _opt(body: str) -> str:
    """``(?:body)?``, behind a look-ahead for the characters ``body`` can begin with. Where none of them
    follows, `regex` would still try each alternative of an optional alternation in turn (2.4 µs for the 305
    unit words, against 0.3 µs for the look-ahead); the look-ahead only skips attempts that must fail, so what
    matches is unchanged."""
    firsts = first_chars(body)
    return f"(?:{body})?" if firsts is None else f"(?:(?={_class(firsts)}){body})?"


UNIT_WORDS: dict[str, str] = {
    **{w: "money" for w in money.AFTER},
    **{w: "money" for w in money.BARE_JIAO_UNITS},
    **{w: "quantity" for w in quantity.UNITS},
    **{w: "headcount" for w in headcount.CLASSIFIERS},
}
UNIT_WORDS["块"] = "money"  # 3块 is money unless a noun follows (3块金牌): decided in resolve


def _unit_alternation() -> str:
    """Longest unit first; a classifier followed by a character that makes it part of a noun is not one
    (100万人口, 5个人民团体); a Latin-letter unit is none inside a longer Latin word or number (100MBA, 3m2x);
    a unit taken only in one setting has its look-arounds (quantity.GUARDS: 500万度, not 360度)."""
    parts = []
    for word in sorted(UNIT_WORDS, key=len, reverse=True):
        not_before = headcount.NOT_CLASSIFIER_BEFORE.get(word)
        behind, ahead = quantity.GUARDS.get(word, ("", ""))
        latin = word[-1].isascii() and word[-1].isalnum()
        parts.append(
            behind
            + regex.escape(word)
            + (f"(?!{'|'.join(map(regex.escape, not_before))})" if not_before else "")
            + ("(?![A-Za-z0-9])" if latin else "")
            + ahead
        )
    return "|".join(parts)


# A scale character is not one where it begins a unit or a percentage word: 15千克 is 15 kilograms, not
# 15000 grams; in 2百分点 the 百 belongs to 百分点.
_SCALE_UNITS = [w for w in UNIT_WORDS if len(w) > 1 and w[0] in SCALES] + list(NOT_SCALE_WORDS)
_SCALE = rf"(?:(?!{_alternation(_SCALE_UNITS)})[{SCALES}])"
# A number is one of the grammar's productions (grammar.py: sign, cardinal, spoken scale, vague magnitude),
# each bounded so that an attempt costs at most a constant and the scan stays linear. A longer run of
# numeral characters is skipped whole before a figure is tried (not_figures "numeral-run").
NUMBER = number_pattern(_SCALE)
# The second end of a range carries no sign of its own (降10个基点至负0.30% is no range; in 零下3到4℃ the
# sign written once belongs to both ends: grammar.shared_scale_range).
UNSIGNED = number_pattern(_SCALE, signed=False)


def _guarded_alternation(words: object, guard: Callable[[str], str]) -> str:
    """Words longest first, each behind the look-behind ``guard`` gives it ("" for none)."""
    return "|".join(guard(w) + regex.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


def _not_inside_word(word: str) -> str:
    """签约30家, 最近3天, 不过百人: a qualifier not where the character before makes it another word's
    (qualifiers.NOT_AFTER); and 最高为 is no cap (qualifiers.EXTREMES_BEFORE_COPULA)."""
    chars = qualifiers.NOT_AFTER.get(word)
    behind = f"(?<![{regex.escape(chars)}])" if chars else ""
    if word in qualifiers.EXTREMES_BEFORE_COPULA:
        return behind + f"(?!{regex.escape(word)}(?:{'|'.join(qualifiers.COPULAS_OF_EXTREMES)}))"
    return behind


def _after_its_units(word: str) -> str:
    """3小时内: an after-word that qualifies only some units, only after them (qualifiers.ONLY_AFTER_UNITS)."""
    units = qualifiers.ONLY_AFTER_UNITS.get(word)
    return f"(?<=(?:{_alternation(units)}))" if units else ""


_QUALIFIER = _guarded_alternation(qualifiers.BEFORE, _not_inside_word)
_REACHING = _guarded_alternation(qualifiers.REACHING, _not_inside_word)
# 100 kg, 5 km/h: a Latin-letter unit is often written after a space (never a Chinese one: 3 个 is spacing.py's)
_LATIN_UNITS = [w for w in UNIT_WORDS if w[0].isascii() and w[0].isalpha()]
_LATIN_UNIT_SPACE = rf"[ \u00a0](?=(?:{_alternation(_LATIN_UNITS)})(?![A-Za-z0-9]))"
# What may stand between a qualifier and its number (qualifiers.LINKERS, then a rate word, then spaces):
# 大约有|25人, 超过了|50%, 约在每年|3万美元, 将近 |300亿元. A rate word only after a linker: in 约为每平方米2.6万元
# the figure starts at the number. Each piece is optional and bounded, so it costs a constant.
_GAP = (
    _opt(rf"(?:{_alternation(qualifiers.LINKERS)})" + _opt(rf"每一?(?:{_alternation(money.PER_UNITS)})"))
    + rf"[{regex.escape(qualifiers.SPACES)}]{{0,{qualifiers.MAX_SPACES}}}"
)

# A year after a qualifier is a date (超过2008年), not a qualified length of time (约2000年前, 超过1900年的历史:
# a round hundred is a length): no figure starts at the qualifier.
_YEAR_AS_LENGTH = rf"(?!前后)(?:{_alternation(qualifiers.YEAR_AS_LENGTH_BEFORE)})"
_NO_YEAR = rf"(?!(?:19|20|１９|２０)(?![0０]{{2}})[0-9０-９]{{2}}年(?!{_YEAR_AS_LENGTH}))"
_FIGURE = (
    r"(?<![A-Za-z0-9０-９.．])"
    + _opt(rf"(?P<pre>{_QUALIFIER}|(?:{_REACHING})(?=[百千万亿萬億]))(?P<gap>{_GAP}){_NO_YEAR}")
    + _opt(rf"(?P<cur>{_alternation(money.BEFORE)})\s?")
    + _opt(rf"(?P<pre2>{_QUALIFIER}){_NO_YEAR}")
    + rf"(?P<num>{NUMBER})"
    + _opt(
        _opt(rf"(?P<unit1>{_unit_alternation()})")
        + rf"(?P<sep>{_alternation(qualifiers.RANGE_SEPARATORS)})"
        + _opt(rf"(?P<pre3>{_QUALIFIER})")
        + rf"(?P<num2>{UNSIGNED})"
    )
    + _opt(rf"(?P<inside>{_alternation(qualifiers.INSIDE)})")
    + _opt(rf"(?P<scale>(?:(?!{_alternation(_SCALE_UNITS)})[{BIG_SCALES}])+)")  # not the 兆 of 100兆瓦
    + _opt(rf"(?:{_LATIN_UNIT_SPACE})?(?P<unit>{_unit_alternation()})")
    + _opt(rf"(?P<half>(?<=[^\d{SCALES}]){HALF_AFTER_UNIT})")
    + _opt(rf"(?P<after>{_guarded_alternation(qualifiers.AFTER, _after_its_units)})")
)
_SEP = _alternation(qualifiers.RANGE_SEPARATORS)
_PCT_SIGN = "[%％‰]"
_ONE_TO_NINE = "[一二三四五六七八九]"
_PERCENT_FORMS_WRITTEN = (
    rf"(?P<p_n1>{NUMBER})(?P<p_s1>{_PCT_SIGN})?"
    + _opt(rf"(?P<p_sep>{_SEP})(?P<p_n2>{UNSIGNED})")
    + rf"(?P<p_sign>{_PCT_SIGN})",
    rf"百分之(?P<p_bf>{NUMBER})" + _opt(rf"(?:{_SEP})(?:百分之)?(?P<p_bf2>{UNSIGNED})"),
    rf"千分之(?P<p_qf>{NUMBER})",
    rf"(?P<p_den>{NUMBER})分之(?P<p_num>{NUMBER})",
    rf"(?<![0-9/])(?P<p_slash>[1-9][0-9]?/(?:100|[1-9][0-9]?))(?![0-9/])"
    rf"(?:(?={_alternation(percentage.SLASH_SHARE_AFTER)})"
    rf"|(?<=(?:{_alternation(percentage.SLASH_SHARE_BEFORE)})[0-9]{{1,2}}/[0-9]{{1,3}}))",
    rf"(?P<p_pp>{NUMBER})" + _opt(rf"个?(?:{_SEP})(?P<p_pp2>{UNSIGNED})") + "个?百分点",
    rf"(?P<p_ppl>{NUMBER})个?(?=(?:[、,，和与及](?:{NUMBER})个?){{1,12}}+百分点)",
    rf"(?<![{CHINESE_DIGITS}十])(?P<p_cheng>[{CHINESE_DIGITS}十]{{1,3}}+|[1-9１-９](?![0-9０-９]))"  # 七成, 约2成
    + _opt(rf"成?(?:{_SEP})(?P<p_cheng_hi>[{CHINESE_DIGITS}十]{{1,3}}+|[1-9１-９](?![0-9０-９]))")  # 4到5成
    + rf"成(?P<p_cheng2>{_ONE_TO_NINE}(?![{CHINESE_DIGITS}{SCALES}])|半)?"
    rf"(?![{percentage.NOT_AFTER_CHENG}])(?!人(?!口))",
    rf"(?P<p_zhe>{_ONE_TO_NINE}{{1,2}}|[1-9](?:\.[0-9])?)折(?![{percentage.NOT_AFTER_ZHE}])",
    rf"(?P<p_fan>{_alternation(percentage.DOUBLINGS)})",
    # 近一半, 超半数, 过半: half, only with a qualifier (a bare 一半 is most often not a share: 一半课程); not 近半年
    rf"(?P<p_hq>{_QUALIFIER}|过)(?P<p_half>一半|半数|半(?![{percentage.NOT_AFTER_HALF}]))",
    # …or with a qualifier after it (一半左右, 半数以上)
    r"(?<![一二三四五六七八九十])(?P<p_half>一半|半数)(?=左右|上下|以上|以下)",
)
_PERCENT = (
    r"(?<![A-Za-z0-9０-９.．])"
    + _opt(rf"(?P<p_pre>{_QUALIFIER}){_GAP}")
    + f"(?:{'|'.join(_PERCENT_FORMS_WRITTEN)})"
    + _opt(rf"(?P<p_after>{_guarded_alternation(qualifiers.AFTER, _after_its_units)})")
)
_NOT_FIGURE = "|".join([f"(?P<set>{_alternation(SET_PHRASES)})"] + [f"(?:{p})" for p in PATTERNS.values()])
# The scan's alternatives in the order they are tried: at one position the first that matches wins. Each is
# compiled alone, with the characters it can begin with, and at a position only those that can begin with
# its character are tried, in order. This finds what the alternatives joined into one pattern find (the
# reference, ``combined_scan``; tested) in about three quarters of the time: alone, a pattern keeps
# `regex`'s own shortcuts (a required literal is looked for first), and a match carries 20-odd groups
# instead of 77.
PARTS: dict[str, str] = {"dt": dates.PATTERN, "skip": _NOT_FIGURE, "pct": _PERCENT, "fig": _FIGURE}
# Each part is tried in pieces: the alternatives of its top level (the date forms, the spans that are not
# figures) one by one, in their order, as compiled patterns of their own. At one position the first piece
# that matches wins, as the first alternative would: so only the pieces that can begin with the character
# there, and the one after it, are tried (``_tries``). `regex` spends some 0.2 µs on each alternative it
# tries, even one that fails at its first character, and a part has up to 20.
_Pairs = dict[str, frozenset[str] | None] | None


def _split_top(pattern: str) -> tuple[str, list[str]]:
    """``pattern`` as a zero-width prefix (its leading look-behinds) and its top-level alternatives: those of
    the group that makes up the rest, when one does. ``prefix + "(?:" + "|".join(alts) + ")"`` matches
    what ``pattern`` matches."""
    depth, i, in_class, cuts, opens = 0, 0, False, [], []
    groups: list[tuple[int, int]] = []  # (start, end) of each top-level group
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern.startswith("]", i + 1) or pattern.startswith("^]", i + 1):
                i += 1 + (pattern[i + 1] == "^")
        elif ch == "(":
            if depth == 0:
                opens.append(i)
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                groups.append((opens[-1], i + 1))
        elif ch == "|" and depth == 0:
            cuts.append(i)
        i += 1
    if cuts:
        bounds = [-1, *cuts, len(pattern)]
        return "", [pattern[a + 1 : b] for a, b in itertools.pairwise(bounds)]
    prefix_end = 0
    for a, b in groups:
        if a != prefix_end:
            break
        if pattern.startswith(("(?<!", "(?<="), a):
            prefix_end = b
        elif pattern.startswith("(?:", a) and b == len(pattern):
            inner_prefix, alts = _split_top(pattern[a + 3 : b - 1])
            if not inner_prefix:
                return pattern[:prefix_end], alts
    return "", [pattern]


@dataclass(slots=True)
class _Piece:
    """One alternative of a part, compiled alone (on its first try: most articles never reach most pieces,
    and compiling all of them is a fifth of a fresh process's first call), with what can begin it and the
    guard that rules it out."""

    index: int
    part: str
    source: str
    pairs: _Pairs  # first character → the characters that may follow it (None: any); None: unbounded
    stops_source: str | None  # the first character that ends its run (firstchars.anchored_run)
    anchors: frozenset[str]  # … where the run holds an anchor
    groups: tuple[str, ...]  # its date or percentage groups, in the part's order
    pattern: regex.Pattern[str] | None = None  # compiled on first use
    # … likewise (`re` searches such a class up to twice as fast, but compiles it ten times slower than
    # newsfacts.compiled builds it from the store, and the first call would pay for that)
    stops: regex.Pattern[str] | None = None
    # the values of the groups a candidate reads (``groups``, for a figure _FIGURE_GROUPS), in that order,
    # from ``match.groups()``: one call that builds the piece's few groups instead of a lookup by name for
    # each (a figure's 12 names cost more than its match)
    pick: Callable[[tuple[str | None, ...]], tuple[Any, ...]] | None = None

    def compiled(self) -> regex.Pattern[str]:
        if self.pattern is None:
            self.pattern = compiled.compile(self.source, regex.VERSION1)
            names = _FIGURE_GROUPS if self.part == "fig" else self.groups
            if len(names) > 1 and self.part in ("fig", "dt"):
                self.pick = operator.itemgetter(*(self.pattern.groupindex[g] - 1 for g in names))
        return self.pattern

    def compiled_stops(self) -> regex.Pattern[str]:
        if self.stops is None:
            assert self.stops_source is not None
            self.stops = compiled.compile(self.stops_source)
        return self.stops


def _group_names(pattern: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(regex.findall(r"\(\?P<(\w+)>", pattern)))


def piece_sources() -> list[tuple[str, str]]:
    """(part, pattern) of each piece, in the order they are tried."""
    out: list[tuple[str, str]] = []
    for name, pattern in PARTS.items():
        prefix, alternatives = _split_top(pattern) if name in ("dt", "skip") else ("", [pattern])
        out.extend((name, prefix + f"(?:{alternative})") for alternative in alternatives)
    return out


def _pieces() -> tuple[_Piece, ...]:
    sources = piece_sources()
    orders = {name: [g for g in _group_names(pattern) if g.startswith(("d_", "p_"))] for name, pattern in PARTS.items()}
    out: list[_Piece] = []
    for name, body in sources:
        pairs, run = first_pairs(body), anchored_run(body)
        stops, anchors = None, frozenset[str]()
        if run is not None and pairs is not None and not pairs.keys() <= run[1]:  # some start can fail it
            alphabet, anchors = run
            stops = "[^" + _class(alphabet - anchors)[1:] if alphabet - anchors else "(?s:.)"
        own = set(_group_names(body))
        groups = tuple(g for g in orders[name] if g in own)
        out.append(_Piece(len(out), name, body, pairs, stops, anchors, groups))
    return tuple(out)


_PIECES = _pieces()


def _union_of_starts() -> frozenset[str] | None:
    """The characters that can begin any alternative; None when one of them can begin with anything."""
    chars: set[str] = set()
    for piece in _PIECES:
        if piece.pairs is None:
            return None
        chars |= piece.pairs.keys()
    return frozenset(chars)


_STARTS = _union_of_starts()
# Jump to the next character that can begin a match; patterns are tried only there. A class of plain
# characters matches the same in `re`, whose search of a large class is two to three times faster.
NEXT_START = re.compile("[" + "".join(regex.escape(c) for c in sorted(_STARTS)) + "]") if _STARTS else None
# first character → {second character → the pieces to try there, in order, each with whether its guard
# applies (it has one, and the first character is none of its anchors)}; "" for no second character. Both
# levels are filled in as the characters are met: most pairs never occur, and working out a character's
# whole table at once was a tenth of the first call.
_Try = tuple[_Piece, bool]


class _Table(dict[str, tuple[_Try, ...]]):
    """The pieces to try after one first character, by the second character."""

    def __init__(self, c: str) -> None:
        super().__init__()
        self.c = c
        # the pieces that can begin with c, each with the characters it admits after c (None: any)
        self.here = [(p, None if p.pairs is None else p.pairs[c]) for p in _PIECES if p.pairs is None or c in p.pairs]

    def __missing__(self, d: str) -> tuple[_Try, ...]:
        tries = self[d] = tuple(
            (piece, piece.stops_source is not None and self.c not in piece.anchors)
            for piece, seconds in self.here
            if seconds is None or d in seconds
        )
        return tries


_TRIES: dict[str, _Table] = {}


def _tries(c: str) -> _Table:
    table = _TRIES[c] = _Table(c)
    return table


@functools.cache
def combined_scan() -> regex.Pattern[str]:
    """All alternatives as one pattern, tried at every position by ``candidates(shortcut=False)``: the
    reference for the shortcut. Compiled on first use (it is not needed to extract facts)."""
    return regex.compile("|".join(f"(?P<{name}>{p})" for name, p in PARTS.items()), regex.VERSION1)


# 5元3角2分, 3块5, 一块二毛五 (the digit after 毛 is fen), 三块零四 (零 marks the empty 角: four fen): what
# may follow a yuan amount.
_D1 = f"[{ARABIC_DIGITS}〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖]"
# A digit after 块 is tenths unless it starts another figure (3块5 yes, 3块5个 no); after a bare 毛/角 it must
# also end the word (两毛五。), since in 长三角一体化 the 一 begins a word.
_NOT_A_FIGURE_AHEAD = rf"(?![{ARABIC_DIGITS}{CHINESE_DIGITS}{SCALES}.．点]|{_alternation(UNIT_WORDS)})"
YUAN_TAIL = compiled.compile(
    rf"(?:(?P<jiao>{_D1})(?:{_alternation(money.JIAO_WORDS)})(?:(?P<fen1>{_D1})(?:{money.FEN_WORD}|{_NOT_A_FIGURE_AHEAD}))?)?"
    rf"(?:(?P<fen>{_D1}){money.FEN_WORD})?"
    rf"(?:零(?P<fen0>{_D1})(?:{money.FEN_WORD}|{_NOT_A_FIGURE_AHEAD}))?(?P<qian>钱)?"
)
# 两块五一斤, 两毛五一斤: a price per unit may follow the trailing digit.
_PRICE_PER_ONE = rf"(?=一(?:{_alternation(money.PRICE_PER_ONE_UNITS)}))"
TRAILING_DIGIT_AFTER_KUAI = compiled.compile(rf"(?P<trail>{_D1})(?:{_NOT_A_FIGURE_AHEAD}|{_PRICE_PER_ONE})")
TRAILING_DIGIT_AFTER_MAO = compiled.compile(
    rf"(?P<trail>{_D1})钱?(?:(?![{ARABIC_DIGITS}.．]|\p{{Han}})|{_PRICE_PER_ONE})"
)


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
    unit1: str | None = None  # the unit written after the first number of a range too (50元至80元)
    # Where the figure begins after its qualifier and what stands between (约在每年|3万美元): a rate word
    # before the amount is looked for up to here. None: at ``start``.
    number_start: int | None = None
    half: bool = False  # 三斤半, 3年半: half a unit more


@dataclass(frozen=True, slots=True)
class PercentCandidate:
    """A percentage as written: ``form`` says which written form (symbol, baifen, qianfen, fraction, pp,
    cheng, zhe, doubling) and ``parts`` holds its numerals by name."""

    start: int
    end: int
    form: str
    pre: str | None
    after: str | None
    parts: dict[str, str]


_PERCENT_FORMS = {
    "p_n1": "symbol", "p_bf": "baifen", "p_qf": "qianfen", "p_den": "fraction", "p_slash": "fraction",
    "p_pp": "pp", "p_ppl": "pp", "p_cheng": "cheng", "p_zhe": "zhe", "p_fan": "doubling", "p_half": "half",
}  # fmt: skip


# The groups of dates and percentages by name, read with one m.group(*names) call: groupdict() would build
# all of the pattern's groups for every match (a fifth of the scan's time on figure-dense text).
_DATE_GROUPS = tuple(g for g in _group_names(PARTS["dt"]) if g.startswith("d_"))
_PERCENT_GROUPS = tuple(g for g in _group_names(PARTS["pct"]) if g.startswith("p_"))


def _named_parts(m: regex.Match[str], names: tuple[str, ...]) -> dict[str, str]:
    values: tuple[str | None, ...] = m.group(*names) if len(names) > 1 else (m.group(names[0]),)  # one: no tuple
    return {k: v for k, v in zip(names, values, strict=True) if v is not None}


def _percent_candidate(m: regex.Match[str], names: tuple[str, ...] = _PERCENT_GROUPS) -> PercentCandidate:
    parts = _named_parts(m, names)
    form = next(f for g, f in _PERCENT_FORMS.items() if g in parts)
    pre = parts.pop("p_pre", None) or parts.pop("p_hq", None)  # the qualifier alone: 至少|有四分之一, 近|一半
    after = parts.pop("p_after", None)
    return PercentCandidate(m.start(), m.end(), form, pre, after, parts)


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """A date as written: its named parts (``dates.PATTERN``'s groups)."""

    start: int
    end: int
    parts: dict[str, str]


def candidates(
    text: str, lo: int = 0, hi: int | None = None, *, shortcut: bool = True
) -> Iterator[Candidate | PercentCandidate | DateCandidate]:
    """Every figure-shaped span of ``text[lo:hi]``, left to right, never overlapping. ``shortcut=False``
    tries the one combined pattern at every position (the reference the shortcut is tested against)."""
    n = len(text) if hi is None else hi
    if not shortcut or NEXT_START is None:
        yield from _reference_candidates(text, lo, n)
        return
    # A piece's guard: where the last search for its run's end found it, and whether that was an anchor.
    # Until the scan passes that point the answer stands, so each guard reads each character at most once.
    stop_at = [-1] * len(_PIECES)
    stop_ok = [False] * len(_PIECES)
    search = NEXT_START.search
    pos = lo
    while pos < n:
        start = search(text, pos, n)
        if start is None:
            return
        i = start.start()
        c = text[i]
        table = _TRIES.get(c)
        if table is None:
            table = _tries(c)
        tries = table[text[i + 1] if i + 1 < n else ""]
        m = None
        for piece, guarded in tries:
            if guarded:
                k = piece.index
                if stop_at[k] < i:
                    stop = (piece.stops or piece.compiled_stops()).search(text, i, n)
                    stop_at[k] = n if stop is None else stop.start()
                    stop_ok[k] = stop is not None and text[stop_at[k]] in piece.anchors
                if not stop_ok[k]:
                    continue
            m = (piece.pattern or piece.compiled()).match(text, i, n)
            if m is not None:
                break
        if m is None:
            pos = i + 1
            continue
        pos = max(m.end(), i + 1)
        if piece.part != "skip":  # "skip": text that is not a figure, consumed whole
            yield _candidate(piece.part, m, piece.groups, None if piece.pick is None else piece.pick(m.groups()))


def _reference_candidates(text: str, pos: int, n: int) -> Iterator[Candidate | PercentCandidate | DateCandidate]:
    while pos < n:
        m = combined_scan().search(text, pos, n)
        if m is None:
            return
        part = next(name for name in PARTS if m.group(name) is not None)
        pos = max(m.end(), m.start() + 1)
        if part != "skip":
            yield _candidate(part, m, _DATE_GROUPS if part == "dt" else _PERCENT_GROUPS)


def _candidate(
    part: str, m: regex.Match[str], names: tuple[str, ...], values: tuple[Any, ...] | None = None
) -> Candidate | PercentCandidate | DateCandidate:
    """The candidate of a match; ``values``: its groups ``names`` (for a figure _FIGURE_GROUPS) already
    read, in that order (a piece's ``pick``)."""
    if part == "dt":
        if values is None:
            return DateCandidate(m.start(), m.end(), _named_parts(m, names))
        return DateCandidate(m.start(), m.end(), {k: v for k, v in zip(names, values, strict=True) if v is not None})
    if part == "pct":
        return _percent_candidate(m, names)
    pre, pre2, pre3, cur, num, num2, inside, scale, unit, after, unit1, gap, half = (
        m.group(*_FIGURE_GROUPS) if values is None else values
    )
    return Candidate(
        m.start(),
        m.end(),
        pre or pre2 or pre3,
        cur,
        num,
        num2,
        inside,
        scale,
        unit,
        after,
        unit1,
        None if gap is None else m.end("gap"),
        half is not None,
    )


_FIGURE_GROUPS = (
    "pre", "pre2", "pre3", "cur", "num", "num2", "inside", "scale", "unit", "after", "unit1", "gap", "half",
)  # fmt: skip


def yuan_tail(text: str, end: int, unit: str) -> tuple[int, Decimal]:
    """Sub-units after a yuan amount: returns the new end and the amount they add (5元|3角 → +0.3)."""
    m = YUAN_TAIL.match(text, end)
    add = Decimal(0)
    if m and (m.group("jiao") or m.group("fen") or m.group("fen0")):
        if m.group("jiao"):
            add += parse_number(m.group("jiao")) / 10
        fen = m.group("fen1") or m.group("fen") or m.group("fen0")
        if fen:
            add += parse_number(fen) / 100
        return m.end(), add
    if unit in ("块", "毛", "角"):  # colloquial: 3块5 = 3.5, 两毛五 = 0.25
        t = (TRAILING_DIGIT_AFTER_KUAI if unit == "块" else TRAILING_DIGIT_AFTER_MAO).match(text, end)
        if t:
            step = Decimal("0.1") if unit == "块" else Decimal("0.01")
            return t.end(), parse_number(t.group("trail")) * step
    return end, add
