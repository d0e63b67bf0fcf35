"""models.built: the facts the library builds without validating them are exactly the facts validation
would give (every field, its type, and which fields were set), on every text of the test corpora and
the seed article."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from newsfacts import extract_facts
from newsfacts.models import Facts, Money, built

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [ROOT.joinpath("seeds", "000_65b7911c41883545.txt").read_text(encoding="utf-8")] + [
    case["text"]
    for path in sorted((ROOT / "tests" / "corpus").glob("*.toml"))
    for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
]


def _typed(model: Any) -> list[tuple[str, type, Any]]:
    return [(name, type(value), value) for name, value in model.__dict__.items()]


def test_every_built_fact_is_what_validation_gives() -> None:
    checked = 0
    for text in TEXTS:
        facts = extract_facts(text)
        for fact in facts:
            fields = {name: getattr(fact, name) for name in fact.model_fields_set}
            validated = type(fact)(**fields)
            assert _typed(validated) == _typed(fact), (text, fact)
            assert validated.model_fields_set == fact.model_fields_set
            if getattr(fact, "place", None) is not None:
                place = fact.place  # type: ignore[union-attr]
                assert _typed(type(place)(**place.__dict__)) == _typed(place)
            checked += 1
        assert Facts(facts=facts.facts, article=facts.article) == facts
    assert checked > 1500


def test_what_validation_would_reject_takes_the_validating_way() -> None:
    from decimal import Decimal

    import pytest
    from pydantic import ValidationError

    good = dict(text="3万元", start=0, end=3, value=Decimal("3.0E+4"), currency="CNY", rule="t")
    assert built(Money, **good).value == Decimal(30000)  # tidied, as the field validator does
    assert str(built(Money, **good).value) == "30000"
    with pytest.raises(ValidationError):
        built(Money, **{**good, "end": 4})
    with pytest.raises(ValidationError):
        built(Money, **{**good, "high": Decimal(1)})
