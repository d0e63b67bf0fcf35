"""Regular expressions compiled once per install, not once per process.

`regex` parses a pattern in Python: the scanner's figure pattern alone takes some 50 ms, and the patterns
of a first call together about 0.2 s, a third of a fresh process's import and first article. The program
it builds from the parse (a list of integers and a few tables, handed to its C core) depends only on the
pattern, the flags and the version of `regex`. scripts/build_compiled.py stores those programs in
data/compiled.pickle for every pattern compiled through ``compile`` below when the package is imported and
runs on the seed article, one build per version of `regex` it was run with (an install that pip upgraded
and one that kept an older `regex` both find theirs); ``compile`` hands a stored program straight to the C
core, and compiles anything else (a version the store has no build for, a pattern edited since, a pattern
met later) as before. So a stale store costs time, never a different match; tests/test_compiled.py checks
that every program stored for the running version is the one `regex` builds now and that none of the
patterns is missing.

The scanner builds some word lists from sets, whose order varies from one process to the next with the
string hash seed; words of one length that hold no special syntax match at most one of them at any place,
so their order does not change what the pattern matches, and the store's key (``pattern_key``) sorts
each run of them.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

import regex
from regex import _regex

# regex's C core, whose compile regex.compile calls with the program it built (typed as Any: it has no stubs)
_core: Any = _regex

STORE = Path(__file__).resolve().parent / "data" / "compiled.pickle"
# Set to "compile" to ignore the store (scripts/build_compiled.py does, to see every pattern compiled).
STORE_SWITCH = "NEWSFACTS_COMPILED"
_FORMAT = 2  # {"format": 2, "builds": {versions(): {(pattern key, flags): program}}}
_MISSED: dict[tuple[str, int], None] = {}  # (pattern, flags) compiled here without the store, in order
_stored: dict[tuple[str, int], tuple[Any, ...]] | None = None

# A group of words of literal characters (an escape is one character): see the module's docstring.
_CHAR = r"(?:\\[^0-9A-Za-z]|[^\\()|\[\]{}?*+.^$])"
# A look-around of no group inside a word (个人(?![口民所]), 初(?![步期级中])): such a word keeps its place.
_LOOK = r"\(\?<?[=!](?:\\.|[^()\\])*\)"
_WORD = rf"(?:{_CHAR}|{_LOOK})+"
_WORDS_GROUP = regex.compile(
    r"(?:\\.|\[(?:\\.|[^\]\\])*\])(*SKIP)(*FAIL)"  # an escape or a class: skipped
    rf"|\((?P<open>\?:|\?[=!]|\?<[=!]|\?P<\w+>)?(?P<words>{_WORD}(?:\|{_WORD})+)\)"
)
_WORD_SPLIT = regex.compile(_WORD)
_ONE_CHAR = regex.compile(_CHAR)
_WORDS_ONLY = regex.compile(rf"(?P<words>{_WORD}(?:\|{_WORD})+)")  # a pattern that is one such list


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, from the store when it holds the program."""
    store = _store()
    args = store.get((pattern, flags)) or store.get((pattern_key(pattern), flags))  # as written, else its key
    if args is not None:
        try:
            compiled: regex.Pattern[str] = _core.compile(pattern, *args)
            return compiled
        except Exception:  # a C core that does not take this program: compile it
            pass
    _MISSED[(pattern, flags)] = None
    return regex.compile(pattern, flags)


def missed() -> list[tuple[str, int]]:
    """The (pattern, flags) compiled so far in this process that the store did not hold."""
    return list(_MISSED)


def _length(word: str) -> int:
    """Characters a word of a group matches (an escape is one); -1 for a word with a look-around."""
    if "(?" in word:  # only a look-around holds "(?" (an escaped bracket "\\(" is a character)
        return -1
    if "\\\\" in word:  # an escaped backslash: count the escapes one by one
        return len(_ONE_CHAR.findall(word))
    return len(word) - word.count("\\")


def _sorted_runs(m: regex.Match[str]) -> str:
    opening = m.groupdict().get("open") or ""
    words = _WORD_SPLIT.findall(m.group("words"))
    out: list[str] = []
    run: list[str] = []
    length = -1
    for w in words:
        n = _length(w)
        if (n != length or n == -1) and run:
            out.extend(sorted(run) if length != -1 else run)
            run = []
        run.append(w)
        length = n
    out.extend(sorted(run) if length != -1 else run)
    return "(" + opening + "|".join(out) + ")"


def pattern_key(pattern: str) -> str:
    """The pattern with each run of same-length literal words of a group sorted: the same key for patterns
    that match the same way."""
    if "|" not in pattern:
        return pattern
    whole = _WORDS_ONLY.fullmatch(pattern)
    if whole is not None:
        return _sorted_runs(whole)[1:-1]
    return _WORDS_GROUP.sub(_sorted_runs, pattern)


def _store() -> dict[tuple[str, int], tuple[Any, ...]]:
    global _stored
    if _stored is None:
        _stored = {}
        if os.environ.get(STORE_SWITCH) != "compile":
            _stored = _load()
    return _stored


def _load() -> dict[tuple[str, int], tuple[Any, ...]]:
    try:
        with STORE.open("rb") as f:
            data = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return {}
    # A build for each version of regex the store was made with; none for this one: compile everything
    programs: dict[tuple[str, int], tuple[Any, ...]] = data["builds"].get(versions(), {})
    return programs


def program(pattern: str, flags: int = 0) -> tuple[Any, ...]:
    """What ``regex.compile`` hands its C core for ``pattern`` (all but the pattern itself): the stored
    form. Compiled afresh, bypassing regex's cache."""
    captured: list[tuple[Any, ...]] = []
    core = _core.compile

    def capture(*args: Any) -> Any:
        captured.append(args[1:])
        return core(*args)

    _core.compile = capture
    try:
        regex.compile(pattern, flags, cache_pattern=False)
    finally:
        _core.compile = core
    flags_and_version, *rest = captured[-1]
    return (int(flags_and_version), *rest)


def versions() -> tuple[str, int]:
    """What a stored program depends on besides the pattern and flags."""
    return str(regex.__version__), int(regex.DEFAULT_VERSION)
