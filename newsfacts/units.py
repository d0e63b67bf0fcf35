"""The standard reading of a measured quantity: 3斤 → 1.5 kg, 20公里 → 20000 m, 3.5万千瓦 → 35000 kW.

``MEASURES`` says what each unit of ``kinds/quantity.py`` means, as a pint expression (one row a unit, the
unit as ``Quantity.unit`` holds it); ``STANDARD`` names the one standard unit of each dimension. The factors
themselves are computed by pint (https://pint.readthedocs.io), exactly, as fractions, by
``scripts/build_units_table.py`` into ``data/units.tsv``, and read from there: extracting and reading facts
never imports pint (importing it and building its registry costs about a second), and
``tests/test_units.py`` checks the table against pint itself.

A standard value is exact when it is a terminating decimal (3斤 → 1.5, 98.6华氏度 → 37); otherwise it is
rounded half-even to ``SIGNIFICANT_DIGITS`` significant digits (5000亩 → 3333333.33333). A unit that counts
things (个, 家, 辆), a share (倍, 基点) or a length of time without a fixed size (年, 个月, 个交易日, 岁) has no
standard reading (None).

A new measure is one row in ``MEASURES`` (and its spelling in ``kinds/quantity.py``), then
``python scripts/build_units_table.py``.
"""

from __future__ import annotations

import functools
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from fractions import Fraction
from importlib import resources
from typing import Any, Final

from .kinds import quantity
from .numerals import tidy

# Units pint does not define, in pint's definition syntax.
DEFINITIONS: Final[tuple[str, ...]] = (
    "jin = 500 * gram",  # 市斤
    "mu = 10000 / 15 * meter ** 2",  # 市亩: 666.67 m²
    "ping = 400 / 121 * meter ** 2",  # 坪 (Taiwan): 3.3058 m², the area of a 6 × 6 尺 mat of 10/33 m
    "international_acre = 43560 * foot ** 2",  # pint's acre is the US survey acre
)

# Standard unit (as ``Quantity.standard_unit`` shows it) → its pint expression: one for each dimension.
STANDARD: Final[dict[str, str]] = {
    "kg": "kilogram",
    "m": "meter",
    "m²": "meter ** 2",
    "m³": "meter ** 3",
    "s": "second",
    "km/h": "kilometer / hour",
    "kW": "kilowatt",
    "kWh": "kilowatt_hour",
    "V": "volt",
    "Pa": "pascal",
    "°C": "degree_Celsius",
    "B": "byte",
    "μg/m³": "microgram / meter ** 3",
    "kg/ha": "kilogram / hectare",
    "t·km": "tonne * kilometer",
}

# Unit (``Quantity.unit``) → what it measures, in pint's terms.
MEASURES: Final[dict[str, str]] = {
    # mass
    "吨": "tonne", "t": "tonne", "千克": "kilogram", "公斤": "kilogram", "kg": "kilogram", "克": "gram",
    "g": "gram", "毫克": "milligram", "mg": "milligram", "微克": "microgram", "斤": "jin",
    "磅": "pound", "盎司": "troy_ounce",  # 盎司 in the news weighs gold and silver
    # length
    "公里": "kilometer", "千米": "kilometer", "km": "kilometer", "米": "meter", "m": "meter",
    "厘米": "centimeter", "cm": "centimeter", "毫米": "millimeter", "mm": "millimeter", "微米": "micrometer",
    "纳米": "nanometer", "nm": "nanometer", "英里": "mile", "海里": "nautical_mile", "英尺": "foot",
    "英寸": "inch",
    # area
    "平方米": "meter ** 2", "平米": "meter ** 2", "m²": "meter ** 2", "平方公里": "kilometer ** 2",
    "平方千米": "kilometer ** 2", "km²": "kilometer ** 2", "平方厘米": "centimeter ** 2", "亩": "mu",
    "公顷": "hectare", "英亩": "international_acre", "平方英尺": "foot ** 2", "坪": "ping",
    # volume
    "立方米": "meter ** 3", "m³": "meter ** 3", "立方厘米": "centimeter ** 3", "升": "liter", "L": "liter",
    "毫升": "milliliter", "mL": "milliliter", "加仑": "gallon",
    # time (the lengths that have a fixed size)
    "秒": "second", "秒钟": "second", "分钟": "minute", "小时": "hour", "个小时": "hour", "天": "day",
    "周": "week", "星期": "week", "个星期": "week",
    # speed
    "公里/小时": "kilometer / hour", "千米/小时": "kilometer / hour", "km/h": "kilometer / hour",
    "米/秒": "meter / second", "m/s": "meter / second",
    # power
    "瓦": "watt", "千瓦": "kilowatt", "kW": "kilowatt", "兆瓦": "megawatt", "MW": "megawatt",
    "吉瓦": "gigawatt", "GW": "gigawatt", "马力": "metric_horsepower",
    # energy
    "千瓦时": "kilowatt_hour", "度电": "kilowatt_hour", "度": "kilowatt_hour", "kWh": "kilowatt_hour",
    "兆瓦时": "megawatt_hour", "MWh": "megawatt_hour", "吉瓦时": "gigawatt_hour", "GWh": "gigawatt_hour",
    "太瓦时": "terawatt_hour", "TWh": "terawatt_hour", "焦耳": "joule", "千焦": "kilojoule",
    "兆焦": "megajoule", "千卡": "kilocalorie", "大卡": "kilocalorie",
    # voltage, pressure
    "伏": "volt", "千伏": "kilovolt", "kV": "kilovolt", "百帕": "hectopascal", "千帕": "kilopascal",
    "兆帕": "megapascal",
    # temperature (offset units)
    "摄氏度": "degree_Celsius", "℃": "degree_Celsius", "华氏度": "degree_Fahrenheit",
    "℉": "degree_Fahrenheit",
    # information (decimal prefixes, as SI and IEC 80000-13 define them: 1 GB = 10⁹ bytes)
    "KB": "kilobyte", "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte", "PB": "petabyte",
    "ZB": "zettabyte",
    # concentrations and yields
    "微克/立方米": "microgram / meter ** 3", "μg/m³": "microgram / meter ** 3",
    "毫克/立方米": "milligram / meter ** 3", "mg/m³": "milligram / meter ** 3",
    "毫克/升": "milligram / liter", "mg/L": "milligram / liter",
    "千克/亩": "kilogram / mu", "公斤/亩": "kilogram / mu",
    # freight turnover (运输总周转量)
    "吨公里": "tonne * kilometer",
}  # fmt: skip

# Measures of ``kinds/quantity.py`` with no standard reading: lengths of time without a fixed size, ages,
# shares and counts written like measures.
UNMEASURED: Final[frozenset[str]] = frozenset({
    "年", "周年", "个月", "个交易日", "个工作日", "晚", "夜", "岁", "周岁", "倍", "点", "基点", "个基点", "bp", "标箱",
    "户次", "头", "股", "手", "口", "级",
})  # fmt: skip

SIGNIFICANT_DIGITS: Final = 12
"""Digits kept of a standard value that does not terminate (亩, 华氏度, 千卡 → kWh)."""

TABLE_PATH: Final = "data/units.tsv"
_ROOM = 200  # digits: a value below 10^28 (numerals.tidy's reach) times a factor up to 10^21 fits


@functools.cache
def table() -> dict[str, tuple[str, Fraction, Fraction]]:
    """Unit → (standard unit, factor, offset), read from ``data/units.tsv``: standard = value × factor +
    offset, all exact."""
    out: dict[str, tuple[str, Fraction, Fraction]] = {}
    data = resources.files("newsfacts").joinpath(TABLE_PATH).read_text(encoding="utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            unit, standard, factor, offset = line.split("\t")
            out[unit] = (standard, Fraction(factor), Fraction(offset))
    return out


def standard(value: Decimal, unit: str | None) -> tuple[Decimal, str] | None:
    """``value`` ``unit`` in the standard unit of its dimension, or None when the unit has none:
    ``standard(Decimal(3), "斤")`` → ``(Decimal("1.5"), "kg")``."""
    row = table().get(quantity.SPELLINGS.get(unit, unit)) if unit is not None else None
    if row is None:
        return None
    symbol, factor, offset = row
    return to_decimal(Fraction(value) * factor + offset), symbol


def to_decimal(x: Fraction) -> Decimal:
    """``x`` exactly when it is a terminating decimal, else rounded half-even to ``SIGNIFICANT_DIGITS``."""
    d, twos, fives = x.denominator, 0, 0
    while d % 2 == 0:
        d, twos = d // 2, twos + 1
    while d % 5 == 0:
        d, fives = d // 5, fives + 1
    if d == 1:
        k = max(twos, fives)
        q = Decimal(f"{x.numerator * (10**k // x.denominator)}E-{k}")  # exact, whatever the context
    else:
        with localcontext() as ctx:  # division of exact integers is correctly rounded to the context
            ctx.prec, ctx.rounding = SIGNIFICANT_DIGITS, ROUND_HALF_EVEN
            q = Decimal(x.numerator) / Decimal(x.denominator)
    with localcontext() as ctx:  # room to write 8.1E+21 (8.1ZB in bytes) or 3.33333333333E+30 out in full
        ctx.prec = _ROOM
        return tidy(q)


# ---------------------------------------------------------------------------------------------------------
# The table from pint (scripts/build_units_table.py and tests/test_units.py; pint is imported only here)


def registry() -> Any:
    """A pint registry with exact (Fraction) numbers and this module's ``DEFINITIONS``."""
    import pint

    ureg: Any = pint.UnitRegistry(non_int_type=Fraction)
    for definition in DEFINITIONS:
        ureg.define(definition)
    return ureg


def compute_table(ureg: Any = None) -> dict[str, tuple[str, Fraction, Fraction]]:
    """Unit → (standard unit, factor, offset) as pint computes them: every row of ``MEASURES`` converted to
    the ``STANDARD`` unit of its dimension. ``ValueError`` for a measure no standard unit shares a dimension
    with, or a dimension with two standard units."""
    ureg = ureg or registry()

    def dimension(expr: str) -> frozenset[tuple[str, Fraction]]:
        return frozenset(dict(ureg.Quantity(Fraction(1), expr).dimensionality).items())

    by_dimension: dict[frozenset[tuple[str, Fraction]], str] = {}
    for symbol, expr in STANDARD.items():
        if by_dimension.setdefault(dimension(expr), symbol) != symbol:
            raise ValueError(f"two standard units of one dimension: {by_dimension[dimension(expr)]}, {symbol}")
    out: dict[str, tuple[str, Fraction, Fraction]] = {}
    for unit, expr in MEASURES.items():
        found = by_dimension.get(dimension(expr))
        if found is None:
            raise ValueError(f"{unit} ({expr}): no standard unit of its dimension in STANDARD")
        target = STANDARD[found]
        offset = Fraction(ureg.Quantity(Fraction(0), expr).to(target).magnitude)
        factor = Fraction(ureg.Quantity(Fraction(1), expr).to(target).magnitude) - offset
        out[unit] = (found, factor, offset)
    return out


def table_text(rows: dict[str, tuple[str, Fraction, Fraction]]) -> str:
    """``data/units.tsv`` as the build script writes it: factors and offsets as exact decimals or n/d."""

    def exact(x: Fraction) -> str:
        return str(x) if to_decimal(x) != x else format(to_decimal(x), "f")

    header = (
        "# unit\tstandard unit\tfactor\toffset — standard = value × factor + offset; generated by "
        "scripts/build_units_table.py from pint and newsfacts/units.py; do not edit\n"
    )
    return header + "".join(f"{u}\t{s}\t{exact(f)}\t{exact(o)}\n" for u, (s, f, o) in rows.items())
