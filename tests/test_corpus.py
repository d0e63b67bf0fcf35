"""Runs every example of tests/corpus/*.toml: the text's facts must be exactly the expected ones.

Each case lists the facts it expects, in text order, with the fields that matter (kind and text always;
value, high, approx, currency, unit, counts, subject as given). A case with ``expect = []`` is a negative:
nothing may be extracted. A case with ``xfail = "why"`` is a known gap and must fail (strict), so a fix
shows up as a failure to be moved out of the gap list.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from newsfacts import extract_facts

CORPUS = Path(__file__).parent / "corpus"
DECIMAL_FIELDS = ("value", "high", "multiple", "standard_value", "standard_high")
DATE_FIELDS = ("date", "until", "date_until")


def _cases() -> list[Any]:
    params = []
    for path in sorted(CORPUS.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data.get("case", [])):
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
            params.append(pytest.param(case, id=f"{path.stem}-{i}-{case['text'][:16]}", marks=marks))
    return params


def _expected_value(field: str, v: Any) -> Any:
    if v is None or v == "None":
        return None
    if field in DECIMAL_FIELDS:
        return Decimal(str(v))
    if field in DATE_FIELDS:
        return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v))
    return v


@pytest.mark.parametrize("case", _cases())
def test_corpus(case: dict[str, Any]) -> None:
    text = case["text"]
    reference = case.get("reference_date")
    if reference is not None and not isinstance(reference, dt.date):
        reference = dt.date.fromisoformat(reference)
    facts = list(extract_facts(text, reference_date=reference))
    expected = case.get("expect", [])
    got = [(f.kind, f.text) for f in facts]
    assert got == [(e["kind"], e["text"]) for e in expected], f"facts of {text!r}"
    for fact, want in zip(facts, expected, strict=True):
        assert text[fact.start : fact.end] == fact.text
        if "start" in want:
            assert fact.start == want["start"]
        for field, v in want.items():
            if field in ("kind", "text", "start"):
                continue
            got_value = getattr(fact, field)
            if field == "place" and got_value is not None:
                got_value = got_value.name  # a figure's place is written by its name: place = "中国"
            assert got_value == _expected_value(field, v), f"{field} of {fact.text!r} in {text!r}"
