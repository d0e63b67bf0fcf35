"""The characters a regular expression can start a match with, so the scanner can skip every other position.

The scan pattern is long: trying it at each character costs most of the time of an article. Only about one
character in five can begin any of its alternatives (a digit, a numeral, 约, 第, 今 …), so the scanner jumps
from one such character to the next with a one-class search and tries the full pattern only there.

The set is computed from the pattern itself, by walking the parse tree of Python's own ``re`` parser (the
scan patterns use no syntax that only the ``regex`` module knows, once group names are dropped): the first
set of a sequence is that of its first item that cannot match empty, lookarounds match empty, and any
construct this walk does not know makes the answer "any character" (None), which disables the shortcut
rather than risking a missed match.
"""

from __future__ import annotations

from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

import regex

_GROUP_NAME = regex.compile(r"\(\?P<\w+>")


class _Unknown(Exception):
    pass


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character that can begin a match of ``pattern``; None when that cannot be bounded."""
    try:
        tree = P.parse(_GROUP_NAME.sub("(?:", pattern))
        chars, nullable = _first(list(tree))
    except (_Unknown, Exception):
        return None
    return None if nullable else frozenset(chars)


def _first(seq: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    out: set[str] = set()
    for op, av in seq:
        chars, nullable = _item(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _item(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN:
        chars: set[str] = set()
        for kind, arg in av:
            if kind is C.LITERAL:
                chars.add(chr(arg))
            elif kind is C.RANGE:
                chars.update(chr(i) for i in range(arg[0], arg[1] + 1))
            else:  # NEGATE, CATEGORY (\d, \w …): unbounded
                raise _Unknown(kind)
        return chars, False
    if op is C.BRANCH:
        chars, nullable = set(), False
        for branch in av[1]:
            c, n = _first(list(branch))
            chars |= c
            nullable = nullable or n
        return chars, nullable
    if op is C.SUBPATTERN:
        return _first(list(av[-1]))
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _first(list(av))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
        c, n = _first(list(av[2]))
        return c, n or av[0] == 0
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return set(), True
    raise _Unknown(op)
