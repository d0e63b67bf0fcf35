"""newsfacts.compiled: the stored programs of regex patterns are those `regex` builds, none is missing, and a
pattern built from the store matches what regex.compile's pattern matches."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import regex

from newsfacts import compiled

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from build_compiled import LIST_PATTERNS  # noqa: E402

TEXTS = [ROOT.joinpath("seeds", "000_65b7911c41883545.txt").read_text(encoding="utf-8")] + [
    case["text"]
    for path in sorted((ROOT / "tests" / "corpus").glob("*.toml"))[:6]
    for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
]


def _stored() -> dict[str, Any]:
    """The build for this version of regex."""
    data: dict[str, Any] = pickle.loads(compiled.STORE.read_bytes())
    return {"programs": data["builds"].get(compiled.versions(), {}), "versions": sorted(data["builds"])}


def _same_regex() -> None:
    if not _stored()["programs"]:
        pytest.skip(
            f"newsfacts/data/compiled.pickle has builds for regex {_stored()['versions']}, this is "
            f"{compiled.versions()}: the store is not used (run scripts/build_compiled.py)"
        )


def test_every_stored_program_is_the_one_regex_builds() -> None:
    """The same program up to the order of the members of its sets, which regex lists in set order (it
    varies from one process to the next; either order matches the same)."""
    _same_regex()
    for (key, flags), args in _stored()["programs"].items():
        fresh = compiled.program(key, flags)
        assert (fresh[0], sorted(fresh[1]), *fresh[2:]) == (args[0], sorted(args[1]), *args[2:]), key[:80]


def test_no_pattern_compiled_at_import_or_on_the_seed_is_missing() -> None:
    """In fresh processes with other string hash seeds (other orders of the word lists built from sets)."""
    _same_regex()
    code = LIST_PATTERNS.replace("print(json.dumps(c.missed(), ensure_ascii=True))", "print(len(c.missed()))")
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env.pop(compiled.STORE_SWITCH, None)
        cmd = [sys.executable, "-c", code]
        run = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env, cwd=ROOT)
        missing = run.stdout.strip().splitlines()[-1]
        assert missing == "0", "stale newsfacts/data/compiled.pickle: run scripts/build_compiled.py"


def test_a_stored_pattern_matches_as_regex_compile_does() -> None:
    _same_regex()
    for key, flags in _stored()["programs"]:
        ours, theirs = compiled.compile(key, flags), regex.compile(key, flags)
        assert (ours.pattern, ours.flags, ours.groupindex) == (theirs.pattern, theirs.flags, theirs.groupindex)
        for text in TEXTS:
            assert [(m.span(), m.groups()) for m in ours.finditer(text)] == [
                (m.span(), m.groups()) for m in theirs.finditer(text)
            ], key[:80]


def test_the_key_sorts_only_words_of_one_length_without_special_syntax() -> None:
    key = compiled.pattern_key
    assert key("(?:bb|aa|c)x") == key("(?:aa|bb|c)x")  # one length: at most one of them matches anywhere
    assert key("ab|a") != key("a|ab")  # leftmost-first: the order of words of two lengths matters
    assert key("(?:人(?!口)|人(?!民))") != key("(?:人(?!民)|人(?!口))")  # a look-around keeps its place
    assert key("(?!千克|千米)") == key("(?!千米|千克)")
    assert key("[(b|a)]") == "[(b|a)]"  # a class is no group
    assert key(r"\(b|a\)") == r"\(b|a\)"  # nor are escaped brackets
    assert key(r"(?:\$|a)") == key(r"(?:a|\$)")  # an escape is one character


def test_a_pattern_missing_from_the_store_is_compiled() -> None:
    pattern = "(?:一个没有存过的|式样)"
    assert compiled.compile(pattern).pattern == pattern
    assert (pattern, 0) in compiled.missed()
