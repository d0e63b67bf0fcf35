"""Fast paths that stand in for slower general ones give what those give."""

from __future__ import annotations

import datetime as dt

from newsfacts import extract_facts
from newsfacts.attribute import CHINA, _updated
from newsfacts.models import PlaceRef

TEXT = "山东省临沂市发放救助金1227.7万元，全省共有3200万人受灾，同比增长6.1%。2009年1月26日，香港发放5,000元。"


def test_updated_equals_model_copy() -> None:
    updates: list[dict[str, object]] = [
        {"place": CHINA},
        {"place": PlaceRef(name="山东省", code="370000", level="province"), "date": dt.date(2009, 1, 1)},
        {"subject": "救助金", "date": dt.date(2009, 1, 1), "date_until": dt.date(2009, 12, 31)},
    ]
    for fact in extract_facts(TEXT).facts:
        for update in updates:
            if not set(update) <= set(type(fact).model_fields):
                continue
            fast, slow = _updated(fact, update), fact.model_copy(update=update)
            assert fast == slow and type(fast) is type(slow)
            assert fast.model_fields_set == slow.model_fields_set
            assert fast.model_dump() == slow.model_dump()
            assert fact.model_dump() != fast.model_dump() or all(getattr(fact, k) == v for k, v in update.items())


def _texts() -> list[str]:
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent
    seed = root.parent.joinpath("seeds", "000_65b7911c41883545.txt").read_text(encoding="utf-8")
    cases = [
        case["text"]
        for path in sorted((root / "corpus").glob("*.toml"))
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    ]
    return [seed, *cases]


def test_lexicon_finds_what_the_alternation_finds() -> None:
    """link._Lexicon stands in for (?P<keep>protected)|(?P<hit>words) with finditer, longest word first."""
    import random

    import regex

    from newsfacts import link

    alternation = link._alternation
    pairs = [
        (link._STOP, link.PROTECTED, link._STOP_WORDS),
        (link._AFTER_STOP, link.PROTECTED + link.PURPOSE_NOUNS, link._AFTER_STOP_WORDS),
        (link._SPEECH, link.PROTECTED, link.SPEECH_VERBS),
    ]
    patterns = [
        (lexicon, regex.compile(rf"(?P<keep>{alternation(keep)})|(?P<hit>{alternation(words)})"))
        for lexicon, keep, words in pairs
    ]
    rng = random.Random(14)
    for text in _texts():
        for _ in range(20):
            lo = rng.randrange(len(text))
            hi = min(len(text), lo + rng.randint(1, 40))
            for lexicon, pattern in patterns:
                want = [m.span() for m in pattern.finditer(text, lo, hi) if m.lastgroup == "hit"]
                assert lexicon.find(text, lo, hi) == want, text[lo:hi]
