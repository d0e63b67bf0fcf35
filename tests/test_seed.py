"""The seed article (a Sina page of 2005) against its gold facts, copied from the project's shared gold."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from newsfacts import extract_facts

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((Path(__file__).parent / "seed_gold.json").read_text(encoding="utf-8"))
TEXT = (ROOT / "seeds" / GOLD["document"]).read_text(encoding="utf-8")
FIGURES = ("money", "headcount", "quantity")
KEYS = {"money": ("currency",), "headcount": ("counts", "unit"), "quantity": ("unit",)}
FACTS = list(extract_facts(TEXT))


def _overlaps(a: Any, b: dict[str, Any]) -> bool:
    return bool(a.start < b["end"] and b["start"] < a.end)


REQUIRED = [g for g in GOLD["required"] if g["kind"] in FIGURES]


@pytest.mark.parametrize("gold", REQUIRED, ids=[f"{g['kind']}-{g['text']}" for g in REQUIRED])
def test_required_figure(gold: dict[str, Any]) -> None:
    found = [f for f in FACTS if f.kind == gold["kind"] and _overlaps(f, gold)]
    assert len(found) == 1, f"{gold['text']} not found exactly once"
    fact = found[0]
    assert (fact.start, fact.end, fact.text) == (gold["start"], gold["end"], gold["text"])
    assert fact.value == Decimal(gold["value"])
    assert fact.high == (Decimal(gold["high"]) if gold.get("high") else None)
    assert fact.approx == gold["approx"]
    for key in KEYS[gold["kind"]]:
        assert getattr(fact, key) == gold[key]
    if gold.get("subject"):
        assert fact.subject is not None and gold["subject"] in fact.subject


def test_nothing_else() -> None:
    allowed = GOLD["required"] + GOLD["optional"]
    extra = [f.text for f in FACTS if not any(f.kind == g["kind"] and _overlaps(f, g) for g in allowed)]
    assert extra == []


@pytest.mark.parametrize("span", GOLD["forbidden"], ids=[f["text"] for f in GOLD["forbidden"]])
def test_forbidden_span_untouched(span: dict[str, Any]) -> None:
    assert TEXT[span["start"] : span["end"]] == span["text"]
    assert [f.text for f in FACTS if _overlaps(f, span)] == []
