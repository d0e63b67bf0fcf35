"""The scanner's shortcut (jump to characters that can begin a match) finds exactly what trying the pattern
at every position finds."""

from __future__ import annotations

import random
import tomllib
from pathlib import Path

from newsfacts.firstchars import first_chars, first_pairs
from newsfacts.scan import NEXT_START, PARTS, candidates, combined_scan
from newsfacts.script import fold

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [ROOT.joinpath("seeds", "000_65b7911c41883545.txt").read_text(encoding="utf-8")] + [
    case["text"]
    for path in sorted((Path(__file__).parent / "corpus").glob("*.toml"))
    for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
]
ALPHABET = "0123456789０１２３一二两三十百千万亿零〇约近多余至-%％年月日号元名人户个第今上下前春.,，。、 abcHN的是在"


def _both(text: str) -> None:
    assert list(candidates(text)) == list(candidates(text, shortcut=False))


def test_the_shortcut_is_active() -> None:
    assert NEXT_START is not None


def test_same_candidates_on_every_corpus_text() -> None:
    for text in TEXTS:
        _both(fold(text))


def test_same_candidates_on_random_text() -> None:
    rng = random.Random(20261128)
    for _ in range(400):
        _both("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 60))))


def test_first_chars_of_simple_patterns() -> None:
    assert first_chars(r"(?:约|近)?[0-9]+元") == frozenset("约近0123456789")
    assert first_chars(r"(?<![a-z])第[一二]") == frozenset("第")
    assert first_chars(r"a?") is None  # may match empty: no bound
    assert first_chars(r"\d+") is None  # a category: not bounded here
    assert set(PARTS) <= set(combined_scan().groupindex)


def test_jump_characters_are_those_of_the_combined_pattern() -> None:
    from newsfacts.scan import _STARTS

    assert _STARTS == first_chars(combined_scan().pattern)


def test_subject_run_matched_backwards_equals_the_forward_search() -> None:
    """link._BEFORE_RUN is compiled with REVERSE for speed; it must find what the forward search finds."""
    from newsfacts.link import _BEFORE_RUN, _BEFORE_RUN_FORWARD, _MAX

    rng = random.Random(5)
    texts = [*TEXTS, *("".join(rng.choice(ALPHABET + "H1N1G5“”") for _ in range(80)) for _ in range(200))]
    for text in texts:
        for i in range(len(text) + 1):
            back = _BEFORE_RUN.search(text, max(0, i - _MAX), i)
            forward = _BEFORE_RUN_FORWARD.search(text, max(0, i - _MAX), i)
            assert (back and back.span()) == (forward and forward.span()), (text, i)


def test_first_pairs_of_simple_patterns() -> None:
    assert first_pairs(r"中秋节|中旬|服务电话") == {"中": frozenset("秋旬"), "服": frozenset("务")}
    assert first_pairs(r"(?:约|近)?[0-9]+元")["约"] == frozenset("0123456789")
    assert first_pairs(r"(?:约|近)?[0-9]+元")["5"] == frozenset("0123456789元")
    assert first_pairs(r"ab|a") == {"a": None}  # a match may end after a: anything may follow
    assert first_pairs(r"a\w") == {"a": None}  # a category: not bounded
    assert first_pairs(r"(?:x?){3}y") == {"x": frozenset("xy"), "y": None}  # empty repetitions skipped
    assert first_pairs(r"(?<![0-9])第(?=[一二])") == {"第": None}  # look-arounds only ever narrow
    assert first_pairs(r"a?") is None  # may match empty


def test_the_stored_analyses_are_those_computed() -> None:
    """newsfacts/data/first_chars.json (scripts/build_first_chars.py) answers what the analysis answers."""
    from newsfacts import firstchars

    entries = firstchars.stored_entries()
    assert entries, "newsfacts/data/first_chars.json is missing: run scripts/build_first_chars.py"
    for entry in entries:
        assert firstchars.decode(entry) == firstchars.analyse(entry["pattern"]), entry["pattern"][:80]


def test_the_store_holds_every_pattern_analysed_at_import() -> None:
    """A fresh process (another string hash seed, so other orders of the scan's word lists) finds every
    pattern it analyses at import in the store: else run scripts/build_first_chars.py."""
    import os
    import subprocess
    import sys

    code = "import newsfacts, newsfacts.firstchars as f; print(len(f.missed()))"
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env.pop("NEWSFACTS_FIRST_CHARS", None)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
        assert out.stdout.strip() == "0", "stale newsfacts/data/first_chars.json: run scripts/build_first_chars.py"


def test_the_store_key_ignores_only_the_order_of_plain_words() -> None:
    from newsfacts.firstchars import pattern_key

    assert pattern_key("(?:ab|c|de)x") == pattern_key("(?:de|ab|c)x")
    assert pattern_key("(?P<u>个人(?![口民])|元)") == pattern_key("(?P<u>元|个人(?![口民]))")
    assert pattern_key("(?:ab|c)x") != pattern_key("(?:ab|c)y")
    assert pattern_key("[(a|b)]") != pattern_key("[(b|a)]")  # a class is not a group
    assert pattern_key(r"\(a|b\)") != pattern_key(r"\(b|a\)")  # nor are escaped brackets


def test_the_re_class_matches_the_characters_regex_would() -> None:
    """NEXT_START is searched with `re` (faster for a large class of plain characters): over every character
    of the Basic Multilingual Plane it matches exactly what `regex` would."""
    import re

    import regex

    sources = [NEXT_START.pattern]
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    for source in sources:
        fast, reference = re.compile(source), regex.compile(source)
        assert [c for c in chars if fast.match(c)] == [c for c in chars if reference.match(c)], source[:60]


def test_whitespace_holds_what_regex_calls_white_space() -> None:
    """firstchars.whitespace stands for \\s in an alphabet: it must hold every character `regex` matches."""
    import sys

    import regex

    from newsfacts.firstchars import whitespace

    for flags in (regex.VERSION0, regex.VERSION1):
        space = regex.compile(r"\s", flags)
        assert all(chr(c) in whitespace() for c in range(sys.maxunicode + 1) if space.match(chr(c)))
