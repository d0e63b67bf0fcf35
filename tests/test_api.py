"""The public API's contract: types, errors, views, serialisation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from newsfacts import Facts, Headcount, Money, Quantity, extract_facts, parse_number

TEXT = "市里拨出300万元慰问金，走访了1200户困难家庭，送去5000套棉衣。"


def test_views_and_order() -> None:
    facts = extract_facts(TEXT)
    assert [f.kind for f in facts] == ["money", "headcount", "quantity"]
    assert len(facts) == 3
    assert [type(f) for f in facts] == [Money, Headcount, Quantity]
    assert facts.money[0].value == Decimal("3000000")
    assert facts.headcounts[0].counts == "households"
    assert facts.quantities[0].unit == "套"
    assert facts[0] is facts.money[0]


def test_offsets_point_into_the_original_string() -> None:
    for f in extract_facts(TEXT):
        assert TEXT[f.start : f.end] == f.text


def test_json_round_trip() -> None:
    facts = extract_facts(TEXT)
    again = Facts.model_validate_json(facts.model_dump_json())
    assert again == facts
    assert isinstance(again.money[0].value, Decimal)
    dumped = facts.model_dump(mode="json")
    assert dumped["facts"][0]["value"] == "3000000"


def test_records_are_flat_rows_with_every_column() -> None:
    rows = extract_facts(TEXT).records()
    assert len(rows) == 3
    assert set(rows[0]) == set(rows[1]) == set(rows[2])
    assert rows[0]["currency"] == "CNY" and rows[0]["counts"] is None
    assert rows[1]["counts"] == "households" and rows[1]["currency"] is None
    assert rows[0]["per"] is None and rows[1]["per"] is None  # a money field; None for a plain amount


def test_money_per_round_trips() -> None:
    facts = extract_facts("国际油价升至80美元/桶。")
    assert facts.money[0].per == "桶" and facts.money[0].text == "80美元/桶"
    assert Facts.model_validate_json(facts.model_dump_json()) == facts


def test_facts_are_frozen_and_hashable() -> None:
    fact = extract_facts(TEXT).money[0]
    with pytest.raises(ValidationError):
        fact.value = Decimal(1)  # type: ignore[misc]
    assert hash(fact) == hash(extract_facts(TEXT).money[0])


def test_every_fact_names_its_rule() -> None:
    assert all(f.rule for f in extract_facts(TEXT))


@pytest.mark.parametrize("text", ["", "   ", "今天天气很好。", "\n\n\t"])
def test_figureless_text_gives_empty_facts(text: str) -> None:
    facts = extract_facts(text)
    assert len(facts) == 0 and list(facts) == []


def test_bytes_are_refused_with_advice() -> None:
    with pytest.raises(TypeError, match="decode"):
        extract_facts("300万元".encode())  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 42, ["300万元"]])
def test_non_str_is_refused_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract_facts(bad)  # type: ignore[arg-type]


def test_reference_date_must_be_a_date() -> None:
    assert len(extract_facts(TEXT, reference_date=date(2005, 2, 1))) == 3
    with pytest.raises(ValueError, match="reference_date"):
        extract_facts(TEXT, reference_date="2005-02-01")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["", "abc", "三个代表", "1.2.3", "万万万x"])
def test_parse_number_rejects_non_numerals(bad: str) -> None:
    with pytest.raises(ValueError, match="not a numeral"):
        parse_number(bad)


def test_parse_number_refuses_non_str() -> None:
    with pytest.raises(TypeError):
        parse_number(12)  # type: ignore[arg-type]


def test_model_checks_its_invariants() -> None:
    with pytest.raises(ValueError):
        Money(text="5元", start=0, end=2, value=Decimal(5), high=Decimal(1), currency="CNY", rule="t")
    with pytest.raises(ValueError):
        Money(text="5元", start=0, end=3, value=Decimal(5), currency="CNY", rule="t")
