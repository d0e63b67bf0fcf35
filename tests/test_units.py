"""The standard reading of quantities (newsfacts/units.py): the bundled table is what pint computes, exact
values, offsets, no reading for counts, and extracting facts never imports pint."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from newsfacts import extract_facts, units
from newsfacts.frame import document_rows
from newsfacts.kinds import quantity
from newsfacts.models import Facts, Quantity

pint = pytest.importorskip("pint")


def _one(text: str) -> Quantity:
    (q,) = extract_facts(text).quantities
    return q


def test_bundled_table_is_what_pint_computes() -> None:
    computed = units.compute_table()
    assert units.table() == computed
    path = Path(units.__file__).parent / units.TABLE_PATH
    assert path.read_text(encoding="utf-8") == units.table_text(computed), "run scripts/build_units_table.py"


def test_pint_in_decimal_mode_agrees() -> None:
    """The same conversions with pint's Decimal numbers (28 digits) as a second reading."""
    ureg = pint.UnitRegistry(non_int_type=Decimal)
    for definition in units.DEFINITIONS:
        ureg.define(definition)
    for unit, expr in units.MEASURES.items():
        symbol, _, _ = units.table()[unit]
        for value in (Decimal(0), Decimal(3), Decimal("98.6"), Decimal("35000")):
            want = ureg.Quantity(value, expr).to(units.STANDARD[symbol]).magnitude
            got, got_symbol = units.standard(value, unit)  # type: ignore[misc]
            assert got_symbol == symbol
            assert abs(got - want) <= abs(want) * Decimal("1e-11") + Decimal("1e-20"), (unit, value)


def test_every_quantity_unit_is_measured_or_said_to_have_no_reading() -> None:
    # every spelling reads as the unit it is (公尺 as 米): the table is keyed by that unit
    normal = {quantity.SPELLINGS.get(row.unit, row.unit) for row in quantity.UNITS.values() if not row.counts}
    assert normal - set(units.MEASURES) - units.UNMEASURED == set()
    assert set(units.MEASURES) <= normal, "a row of MEASURES that no quantity has"
    assert units.UNMEASURED <= normal
    assert not set(units.MEASURES) & units.UNMEASURED


def test_one_standard_unit_per_dimension() -> None:
    ureg = units.registry()
    dimensions = [frozenset(dict(ureg.Quantity(1, e).dimensionality).items()) for e in units.STANDARD.values()]
    assert len(set(dimensions)) == len(dimensions)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("买了3斤苹果。", "1.5", "kg"),
        ("全长20公里。", "20000", "m"),
        ("连续工作2小时。", "7200", "s"),
        ("装机容量3.5万千瓦。", "35000", "kW"),
        ("装机容量3.5万kW。", "35000", "kW"),
        ("流转土地5000亩。", "3333333.33333", "m²"),
        ("流转土地3亩。", "2000", "m²"),
        ("年发电量12亿千瓦时。", "1200000000", "kWh"),
        ("体重180磅。", "81.6466266", "kg"),
        ("存储空间为256GB。", "256000000000", "B"),
        ("最高气温41摄氏度。", "41", "°C"),
        ("体温98.6华氏度。", "37", "°C"),
        ("水在212华氏度沸腾。", "100", "°C"),
        ("体温102华氏度。", "38.8888888889", "°C"),
        ("芯片采用5纳米工艺。", "0.000000005", "m"),
    ],
)
def test_exact_standard_values(text: str, value: str, unit: str) -> None:
    q = _one(text)
    assert (q.standard_value, q.standard_unit) == (Decimal(value), unit)


def test_offsets_come_from_pint() -> None:
    assert units.table()["华氏度"] == ("°C", Fraction(5, 9), Fraction(-160, 9))
    assert units.table()["摄氏度"] == ("°C", Fraction(1), Fraction(0))
    assert units.standard(Decimal(-40), "℉") == (Decimal(-40), "°C")
    assert units.standard(Decimal(32), "℉") == (Decimal(0), "°C")


def test_a_range_has_both_ends() -> None:
    q = _one("这段公路全长3至5公里。")
    assert (q.standard_value, q.standard_high, q.standard_unit) == (Decimal(3000), Decimal(5000), "m")
    assert _one("每箱苹果重10-15斤。").standard_high == Decimal("7.5")


@pytest.mark.parametrize(
    "text",
    ["新建了5个大棚。", "新增3家养老机构。", "购买10辆公交车。", "增长了2倍。", "用了18个月。", "他今年35岁。",
     "利率下调25个基点。", "当天上涨了30点。"],
)  # fmt: skip
def test_no_reading_for_counts_shares_and_calendar_lengths(text: str) -> None:
    q = _one(text)
    assert (q.standard_value, q.standard_high, q.standard_unit) == (None, None, None)


def test_to_decimal_is_exact_or_rounded_to_twelve_digits() -> None:
    assert units.to_decimal(Fraction(3, 2)) == Decimal("1.5")
    assert str(units.to_decimal(Fraction(10**20, 3))) == "33333333333300000000"
    assert str(units.to_decimal(Fraction(2, 3))) == "0.666666666667"
    assert str(units.to_decimal(Fraction(123456789123456789, 1000))) == "123456789123456.789"  # exact: no rounding
    big = Decimal("9" * 27)  # the largest values a fact holds, in the unit with the largest factor
    assert units.standard(big, "ZB") == (big * 10**21, "B")
    assert units.standard(big, "亩") == (Decimal("666666666666666666666666666000"), "m²")  # exact: 999… ÷ 3
    assert str(units.standard(Decimal(10**26), "亩")[0]) == "666666666667" + "0" * 17  # type: ignore[index]


def test_dump_carries_the_reading_and_validates_back() -> None:
    facts = extract_facts("买了3斤苹果，建了5个大棚。")
    dumped = facts.model_dump(mode="json")["facts"]
    assert dumped[0]["standard_value"] == "1.5" and dumped[0]["standard_unit"] == "kg"
    assert dumped[1]["standard_value"] is None
    assert Facts.model_validate_json(facts.model_dump_json()) == facts
    q = facts.quantities[0]
    assert Quantity.model_validate({**q.model_dump(), "standard_value": "999"}) == q  # derived, not input


def test_rows_and_records_carry_the_reading() -> None:
    facts = extract_facts("每箱苹果重10-15斤，建了5个大棚。")
    (row, other) = document_rows(facts)
    assert (row["standard_value"], row["standard_high"], row["standard_unit"]) == (Decimal(5), Decimal("7.5"), "kg")
    assert (other["standard_value"], other["standard_unit"]) == (None, None)
    assert facts.records()[0]["standard_value"] == Decimal(5)


@pytest.mark.parametrize(
    "text",
    [
        "5G网络已覆盖全县。",
        "运营商已开通5g网络。",
        "3M公司发布了新产品。",
        "这家商学院今年招收了100MBA学员。",
        "旋转舞台可以360度转动。",
        "这名老将三度夺冠。",
        "电弧中心有上万度的高温。",
        "4K电视销量增长。",
    ],
)
def test_latin_letters_and_degrees_that_are_no_units(text: str) -> None:
    assert extract_facts(text).quantities == []


def test_an_inch_after_a_fraction_slash_is_not_read() -> None:
    assert not [q for q in extract_facts("这款相机采用1/1.7英寸的传感器。").quantities if q.unit == "英寸"]


def test_extracting_and_reading_the_standard_value_never_imports_pint() -> None:
    code = (
        "import sys\n"
        "from newsfacts import extract_facts\n"
        "facts = extract_facts('买了3斤苹果，全长20公里，装机3.5万千瓦。')\n"
        "assert [q.standard_value for q in facts.quantities] == [1.5, 20000, 35000]\n"
        "facts.model_dump_json()\n"
        "print('pint' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
