"""The numeral grammar's table (newsfacts/grammar.py): every production's example is found by the scanner's
NUMBER pattern and read by the parser, and the table in docs/rules.md lists exactly these productions."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import regex

from newsfacts import scan
from newsfacts.grammar import PRODUCTIONS, read_numeral, shared_scale_range

RULES = Path(__file__).parent.parent / "docs" / "rules.md"


@pytest.mark.parametrize("production", PRODUCTIONS, ids=lambda p: p.name)
def test_example_is_read_by_its_own_production(production) -> None:  # type: ignore[no-untyped-def]
    assert regex.fullmatch(production.pattern, production.example)
    earlier = PRODUCTIONS[: PRODUCTIONS.index(production)]
    assert not any(regex.fullmatch(p.pattern, production.example) for p in earlier), "shadowed by an earlier row"
    reading = read_numeral(production.example)
    assert reading == production.read(production.example)


@pytest.mark.parametrize("production", [p for p in PRODUCTIONS if p.scanned], ids=lambda p: p.name)
def test_scanner_finds_each_scanned_example(production) -> None:  # type: ignore[no-untyped-def]
    assert regex.fullmatch(scan.NUMBER, production.example)


def test_docs_list_the_productions() -> None:
    rows = regex.findall(r"^\| `([\w-]+)` \|", RULES.read_text(encoding="utf-8"), flags=regex.M)
    assert rows == [p.name for p in PRODUCTIONS]


@pytest.mark.parametrize(
    ("first", "second", "low", "high", "approx"),
    [
        ("一千", "两千万", "10000000", "20000000", "exact"),
        ("三", "五万", "30000", "50000", "exact"),
        ("十八", "三十万", "180000", "300000", "exact"),
        ("8500", "3万", "8500", "30000", "exact"),  # 8500万 would run past 3万: each end as written
        ("3", "5千", "3000", "5000", "exact"),
        ("零下3", "4", "-4", "-3", "exact"),  # a sign word belongs to both ends
        ("-5", "3", "-5", "3", "exact"),  # a hyphen only to its own
        ("数千万", "一两亿", "10000000", "200000000", "about"),
    ],
)
def test_shared_scale_range(first: str, second: str, low: str, high: str, approx: str) -> None:
    assert shared_scale_range(first, second) == (Decimal(low), Decimal(high), approx)
