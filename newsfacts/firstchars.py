"""The characters a regular expression can start a match with, so the scanner can skip every other position.

The scan pattern is long: trying it at each character costs most of the time of an article. Only about one
character in five can begin any of its alternatives (a digit, a numeral, 约, 第, 今 …), so the scanner jumps
from one such character to the next with a one-class search and tries the full pattern only there.

The sets are computed from the pattern itself, by walking the parse tree of Python's own ``re`` parser (the
scan patterns use no syntax that only the ``regex`` module knows, once group names are dropped): lookarounds
match empty, and any construct this walk does not know makes the answer "any character" (None), which
disables the shortcut rather than risking a missed match. ``first_chars`` is the first character of the
prefixes that ``first_pairs`` computes.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

import regex

_GROUP_NAME = regex.compile(r"\(\?P<\w+>")


class _Unknown(Exception):
    pass


# ---------------------------------------------------------------------------------------------------------
# The answers, stored. Parsing and walking the trees of the scan's patterns (its pieces and the optional
# parts that ``scan._opt`` guards) takes some 0.2 s, a fifth of a fresh process's first call; so
# scripts/build_first_chars.py stores the answers for every pattern the package asks about at import in
# data/first_chars.json, under the pattern itself (``pattern_key``). A pattern not found there (edited
# since) is analysed as before, so a stale file costs time, never a wrong answer; tests/test_scan_shortcut.py
# checks that the file answers what the analysis answers and that no pattern asked at import is missing.

Pairs = dict[str, frozenset[str] | None] | None
Run = tuple[frozenset[str], frozenset[str]] | None
STORE = Path(__file__).resolve().parent / "data" / "first_chars.json"
# Set to "compute" to ignore the store (scripts/build_first_chars.py does, to see every pattern asked).
STORE_SWITCH = "NEWSFACTS_FIRST_CHARS"
_MISSED: dict[str, None] = {}  # patterns asked about that the store did not hold, in order


def first_pairs(pattern: str) -> Pairs:
    """For each character that can begin a match of ``pattern``, the characters that can follow it in a
    match, or None when any may (or the match may end after it). None when the first character itself
    cannot be bounded or the pattern can match empty."""
    stored = _lookup(pattern)
    if stored is None:
        _MISSED[pattern] = None
        return _first_pairs(pattern)
    return None if stored[0] is None else dict(stored[0])


def anchored_run(pattern: str) -> Run:
    """``(alphabet, anchors)``: every match of ``pattern``, together with the text its look-aheads read, is
    made of ``alphabet`` characters and holds at least one of ``anchors``. None when either cannot be
    bounded (a category, a negated class, ``.``, case folding) or no character is required."""
    stored = _lookup(pattern)
    if stored is None:
        _MISSED[pattern] = None
        return _anchored_run(pattern)
    return stored[1]


def _lookup(pattern: str) -> tuple[Pairs, Run] | None:
    """The stored analysis: under the pattern as written (no word list in it in another order), else under
    its key."""
    stored = _stored()
    found = stored.get(pattern)
    return found if found is not None else stored.get(pattern_key(pattern))


def analyse(pattern: str) -> tuple[Pairs, Run]:
    """``first_pairs`` and ``anchored_run`` of ``pattern``, computed (not read from the store)."""
    return _first_pairs(pattern), _anchored_run(pattern)


def missed() -> list[str]:
    """The patterns asked about so far in this process that the store did not hold."""
    return list(_MISSED)


# A group of plain words (an escape is a plain character, and a word may hold look-arounds): the scan
# builds many from sets (its ``_alternation``), whose order varies from one process to the next with the
# string hash seed. The analyses here are of the set of strings a pattern matches, which the order of
# alternatives does not change, so the store's key sorts the words of such groups. Escapes and classes are
# matched first and skipped, so that a bracket in them never opens a group.
_WORD = r"(?:\\.|[^\\()|\[\]{}?*+.^$]|\(\?<?[=!](?:\\.|[^()\\])*\))+"  # a look-around of no group is part of a word
_WORDS = regex.compile(_WORD)
_PLAIN_GROUP = regex.compile(
    r"(?:\\.|\[(?:\\.|[^\]\\])*\])(*SKIP)(*FAIL)"  # an escape or a class: skipped
    rf"|\((?P<open>\?[:=!]|\?<[=!]|\?P<\w+>)?(?P<words>{_WORD}(?:\|{_WORD})+)\)"
)


def _sorted_words(m: regex.Match[str]) -> str:
    return "(" + (m.group("open") or "") + "|".join(sorted(_WORDS.findall(m.group("words")))) + ")"


@functools.lru_cache(maxsize=256)  # first_pairs and anchored_run ask about the same pieces
def pattern_key(pattern: str) -> str:
    """The store's key of a pattern: the pattern with the words of each group of plain words sorted, the
    same for patterns that differ only in their order (and a pattern that matches the same strings)."""
    return _PLAIN_GROUP.sub(_sorted_words, pattern)


def encode(pattern: str, analysis: tuple[Pairs, Run]) -> dict[str, object]:
    """One entry of the store: the pattern's key and its analysis, character sets as strings of sorted
    characters."""
    pairs, run = analysis
    return {
        "pattern": pattern_key(pattern),
        "pairs": None if pairs is None else {c: None if s is None else "".join(sorted(s)) for c, s in pairs.items()},
        "run": None if run is None else ["".join(sorted(run[0])), "".join(sorted(run[1]))],
    }


def decode(entry: dict[str, Any]) -> tuple[Pairs, Run]:
    pairs, run = entry["pairs"], entry["run"]
    return (
        None if pairs is None else {c: None if s is None else frozenset(s) for c, s in pairs.items()},
        None if run is None else (frozenset(run[0]), frozenset(run[1])),
    )


def stored_entries() -> list[dict[str, Any]]:
    """The entries of the store file as written (none when it is absent or unreadable)."""
    try:
        entries: list[dict[str, Any]] = json.loads(STORE.read_text(encoding="utf-8"))["patterns"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    return entries


@functools.cache
def _stored() -> dict[str, tuple[Pairs, Run]]:
    if os.environ.get(STORE_SWITCH) == "compute":
        return {}
    return {e["pattern"]: decode(e) for e in stored_entries()}


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character that can begin a match of ``pattern``; None when that cannot be bounded."""
    pairs = first_pairs(pattern)
    return None if pairs is None else frozenset(pairs)


# ---------------------------------------------------------------------------------------------------------
# The first two characters. Many characters that can begin a match begin one only before a few others (中
# only in 中秋节 or 中旬 …, 服 only in 服务电话), so the scanner also looks at the next character before it
# tries a pattern. Computed like the first set, as the FIRST_2 set of compiler textbooks: the prefixes of
# length two of every match, and of length one where a match can end after one character. A class too large
# to list, or any construct the walk does not know, makes the next character unbounded (None).

_ANY = "\uffff"  # a character that cannot be bounded (a category, a negated class); a noncharacter
_MAX_CLASS = 512  # a larger range counts as unbounded, to keep the sets small


@dataclass(frozen=True, slots=True)
class _Prefixes:
    """The FIRST_2 set of a piece of pattern: ``pairs`` its two-character prefixes, ``ones`` the characters
    after which it can end, ``empty`` whether it can match empty; ``firsts`` all its first characters."""

    pairs: frozenset[str]
    ones: frozenset[str]
    empty: bool
    firsts: frozenset[str]


_EMPTY = _Prefixes(frozenset(), frozenset(), True, frozenset())


def _first_pairs(pattern: str) -> dict[str, frozenset[str] | None] | None:
    """For each character that can begin a match of ``pattern``, the characters that can follow it in a
    match, or None when any may (or the match may end after it). None when the first character itself
    cannot be bounded or the pattern can match empty."""
    try:
        tree = P.parse(_GROUP_NAME.sub("(?:", pattern))
        prefixes = _seq2(list(tree))
    except (_Unknown, Exception):
        return None
    if prefixes.empty or _ANY in prefixes.firsts:
        return None
    pairs: dict[str, set[str] | None] = {c: None for c in prefixes.ones}
    for p in prefixes.pairs:
        if p[0] not in pairs:
            pairs[p[0]] = {p[1]}
        else:
            seconds = pairs[p[0]]
            if seconds is not None:
                seconds.add(p[1])
    return {c: None if s is None or _ANY in s else frozenset(s) for c, s in pairs.items()}


def _concat(a: _Prefixes, b: _Prefixes) -> _Prefixes:
    """``a`` followed by ``b``, cut at two characters."""
    pairs = set(a.pairs)
    pairs.update(c + f for c in a.ones for f in b.firsts)
    ones = set(a.ones) if b.empty else set()
    firsts = set(a.firsts)
    if a.empty:
        pairs |= b.pairs
        ones |= b.ones
        firsts |= b.firsts
    return _Prefixes(frozenset(pairs), frozenset(ones), a.empty and b.empty, frozenset(firsts))


def _union(items: list[_Prefixes]) -> _Prefixes:
    return _Prefixes(
        frozenset().union(*(p.pairs for p in items)),
        frozenset().union(*(p.ones for p in items)),
        any(p.empty for p in items),
        frozenset().union(*(p.firsts for p in items)),
    )


def _seq2(seq: list[tuple[Any, Any]]) -> _Prefixes:
    out = _EMPTY
    for op, av in seq:
        if not out.empty and not out.ones:
            break  # every prefix already has two characters
        out = _concat(out, _item2(op, av))
    return out


def _chars2(op: Any, av: Any) -> _Prefixes:
    chars = _class_chars(op, av, _MAX_CLASS) or frozenset({_ANY})
    return _Prefixes(frozenset(), chars, False, chars)


def _item2(op: Any, av: Any) -> _Prefixes:
    if op in (C.LITERAL, C.IN):
        return _chars2(op, av)
    if op is C.ANY:
        return _Prefixes(frozenset(), frozenset({_ANY}), False, frozenset({_ANY}))
    if op is C.BRANCH:
        return _union([_seq2(list(branch)) for branch in av[1]])
    if op is C.SUBPATTERN:
        return _seq2(list(av[-1]))
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _seq2(list(av))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
        low, high, body = av[0], av[1], _seq2(list(av[2]))
        # Two repetitions decide a prefix of two characters, unless a repetition can match empty; a few more
        # cover that case (the union only grows, and is cut at two characters).
        power, found = _EMPTY, []
        for r in range(min(high, max(low, 2) + 2) + 1):
            if r >= low:
                found.append(power)
            power = _concat(power, body)
        return _union(found)
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return _EMPTY  # zero-width: looking at it could only narrow the set
    raise _Unknown(op)


# ---------------------------------------------------------------------------------------------------------
# A run that must hold an anchor. Many patterns can begin at a digit but match only where a rarer character
# follows within the figure (a percentage needs %, 之, 点, 成, 折 …; a year needs 年): every match, with the
# text its look-aheads read, is a run of the pattern's own characters (its alphabet) that holds one of those
# (its anchors). Where the first character outside the alphabet comes before any anchor, the pattern cannot
# match, and one class search says so (the scanner's guard). Look-behinds and negative look-arounds only
# narrow a match and are left out of both sets.

_MAX_ALPHABET = 4096  # a larger range (a whole script) makes the alphabet unbounded


def _anchored_run(pattern: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """``(alphabet, anchors)``: every match of ``pattern``, together with the text its look-aheads read, is
    made of ``alphabet`` characters and holds at least one of ``anchors``. None when either cannot be
    bounded (a category, a negated class, ``.``, case folding) or no character is required."""
    try:
        tree = P.parse(_GROUP_NAME.sub("(?:", pattern))
        if tree.state.flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_VERBOSE):
            raise _Unknown("flags")
        alphabet: set[str] = set()
        _alphabet(list(tree), alphabet)
        # A run that holds a character the match can begin with tells nothing where it begins there: of the
        # required sets, one without such characters makes a guard (a date 2009-01-02 needs - / . ．, not 1 2)
        pairs = _first_pairs(pattern)
        anchors = _required(list(tree), frozenset(pairs) if pairs else frozenset())
    except (_Unknown, Exception):
        return None
    if anchors is None:
        return None
    return frozenset(alphabet), anchors


def _class_chars(op: Any, av: Any, limit: int, spaces: bool = False) -> frozenset[str] | None:
    r"""The characters of a literal or a class; None when it cannot be listed. ``spaces``: ``\s`` stands
    for every white-space character (a superset of what it matches: see ``whitespace``)."""
    if op is C.LITERAL:
        return frozenset(chr(av))
    chars: set[str] = set()
    for kind, arg in av:
        if kind is C.LITERAL:
            chars.add(chr(arg))
        elif kind is C.RANGE and arg[1] - arg[0] < limit:
            chars.update(chr(i) for i in range(arg[0], arg[1] + 1))
        elif spaces and kind is C.CATEGORY and arg is C.CATEGORY_SPACE:
            chars |= whitespace()
        else:
            return None
    return frozenset(chars)


@functools.cache
def whitespace() -> frozenset[str]:
    r"""Every character ``str.isspace`` calls white space: the 25 that `regex`'s ``\s`` matches (in either
    version) and 4 more (tested). Only an alphabet uses it, where a superset only weakens a guard."""
    return frozenset(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())


def _alphabet(seq: list[tuple[Any, Any]], out: set[str]) -> None:
    """Add every character ``seq`` can consume or read ahead; raise _Unknown where that is unbounded."""
    for op, av in seq:
        if op in (C.LITERAL, C.IN):
            chars = _class_chars(op, av, _MAX_ALPHABET, spaces=True)
            if chars is None:
                raise _Unknown(op)
            out |= chars
        elif op is C.BRANCH:
            for branch in av[1]:
                _alphabet(list(branch), out)
        elif op is C.SUBPATTERN:
            if av[1] & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_VERBOSE):
                raise _Unknown("flags")
            _alphabet(list(av[-1]), out)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            _alphabet(list(av), out)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
            _alphabet(list(av[2]), out)
        elif op is C.ASSERT:
            if av[0] == 1:  # a look-ahead reads on from where it stands: part of the run
                _alphabet(list(av[1]), out)
        elif op not in (C.ASSERT_NOT, C.AT):
            raise _Unknown(op)


def _required(seq: list[tuple[Any, Any]], avoid: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Characters of which every match of ``seq`` consumes or reads ahead at least one; None if none is
    required. Of the items of a sequence, the one with the fewest such characters (the last of equals),
    preferring one that shares none with ``avoid``."""
    best: frozenset[str] | None = None
    for op, av in seq:
        need = _required_item(op, av, avoid)
        if need is None:
            continue
        if best is None or (need.isdisjoint(avoid), -len(need)) >= (best.isdisjoint(avoid), -len(best)):
            best = need
    return best


def _required_item(op: Any, av: Any, avoid: frozenset[str]) -> frozenset[str] | None:
    if op in (C.LITERAL, C.IN):
        return _class_chars(op, av, _MAX_CLASS)
    if op is C.BRANCH:
        needs = [_required(list(branch), avoid) for branch in av[1]]
        if any(n is None for n in needs):
            return None
        return frozenset().union(*needs)  # type: ignore[arg-type]
    if op is C.SUBPATTERN:
        return _required(list(av[-1]), avoid)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _required(list(av), avoid)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
        return _required(list(av[2]), avoid) if av[0] >= 1 else None
    if op is C.ASSERT and av[0] == 1:
        return _required(list(av[1]), avoid)
    return None  # look-behinds, negative look-arounds, anchors: nothing required

