"""newsfacts.parse_number and newsfacts.numerals.juxtaposed_range, row by row.

Each positive row gives the numeral and the value a careful reader gives it, as a string: the result must
equal it as a Decimal AND print exactly as it (no exponent noise such as 2.03E+5 or trailing .00).
Negative rows must raise ValueError naming the text. Rows the code gets wrong keep the reader's answer and
are marked xfail (strict), so a fix shows up as an XPASS failure.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from newsfacts import parse_number
from newsfacts.grammar import read_numeral
from newsfacts.numerals import juxtaposed_range


def _gap(*values: object, reason: str) -> object:
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=reason))


NUMBERS = [
    # ---------------------------------------------------------------- Arabic
    ("0", "0"),
    ("7", "7"),
    ("31668", "31668"),
    ("5000", "5000"),
    (" 12 ", "12"),  # surrounding blanks are not part of the numeral
    # ---------------------------------------------------------------- grouped thousands
    ("31,668", "31668"),
    ("1,234,567.89", "1234567.89"),
    ("82，225.00", "82225"),  # full-width comma as the separator; .00 is noise
    ("１，２３４", "1234"),
    ("1,000万", "10000000"),
    ("1,234.5万", "12345000"),
    # ---------------------------------------------------------------- decimals
    ("1227.7", "1227.7"),
    ("0.5", "0.5"),
    ("2.50", "2.5"),
    ("123.450", "123.45"),
    # ---------------------------------------------------------------- full-width digits
    ("１２３", "123"),
    ("１１６８５７４．４８", "1168574.48"),
    ("０．５", "0.5"),
    ("３万", "30000"),
    ("３．５万", "35000"),
    # ---------------------------------------------------------------- Chinese
    ("一", "1"),
    ("十", "10"),
    ("十一", "11"),
    ("十五", "15"),
    ("一十一", "11"),
    ("二十三", "23"),
    ("九十九", "99"),
    ("一百零一", "101"),
    ("一百一十", "110"),
    ("两百", "200"),
    ("二百五十", "250"),
    ("一百二十万", "1200000"),
    ("三千零五", "3005"),
    ("一千零五十", "1050"),
    ("五千零五十", "5050"),
    ("两", "2"),
    ("廿五", "25"),
    ("卅", "30"),
    ("〇", "0"),
    ("零", "0"),
    ("二〇〇五", "2005"),  # digit-by-digit, as in years
    ("二零零五", "2005"),
    ("一九八九", "1989"),
    ("三十万零五", "300005"),
    ("一亿零五", "100000005"),
    ("两千零五万", "20050000"),
    ("一千万零一", "10000001"),
    ("一万零五百", "10500"),
    ("二十万零三千", "203000"),
    ("一亿零五百万", "105000000"),
    ("1亿零500万", "105000000"),
    # ---------------------------------------------------------------- financial capitals
    ("壹佰贰拾", "120"),
    ("壹仟零伍拾", "1050"),
    ("贰万", "20000"),
    ("壹拾", "10"),
    ("拾伍", "15"),
    ("伍拾", "50"),
    ("玖佰玖拾玖", "999"),
    ("贰拾万", "200000"),
    ("捌万", "80000"),
    ("玖亿", "900000000"),
    # ---------------------------------------------------------------- traditional script
    ("一萬", "10000"),
    ("三億", "300000000"),
    ("兩千", "2000"),
    ("兩百萬", "2000000"),
    ("貳拾", "20"),
    ("陸", "6"),
    ("一點五", "1.5"),
    ("三點五萬", "35000"),
    # ---------------------------------------------------------------- mixed Arabic + scale words
    ("3.5万", "35000"),
    ("20.3万", "203000"),
    ("0.5万", "5000"),
    ("100万", "1000000"),
    ("1亿2000万", "120000000"),
    ("十二万五千", "125000"),
    ("1.59万亿", "1590000000000"),
    ("5万亿", "5000000000000"),
    ("三千亿", "300000000000"),
    ("5千万", "50000000"),
    ("3千", "3000"),
    ("15910.2亿", "1591020000000"),
    ("1.5亿", "150000000"),
    ("五千万亿", "5000000000000000"),
    ("两万万", "200000000"),  # old usage: 万万 = 亿
    # ---------------------------------------------------------------- elision (trailing digit is one order down)
    ("三万五", "35000"),
    ("两万五", "25000"),
    ("一万二", "12000"),
    ("一亿五", "150000000"),
    ("两千五", "2500"),
    ("一千二", "1200"),
    ("一百五", "150"),
    ("三百五", "350"),
    ("1万5", "15000"),
    ("3万五", "35000"),
    ("3千5", "3500"),
    # ---------------------------------------------------------------- Chinese decimals
    ("三点五", "3.5"),
    ("十五点五", "15.5"),
    ("三十七点五", "37.5"),
    ("零点五", "0.5"),
    ("零点零五", "0.05"),
    ("一点〇五", "1.05"),
    # ---------------------------------------------------------------- bare scale words
    ("万", "10000"),
    ("百", "100"),
    ("千", "1000"),
    ("亿", "100000000"),
    ("万亿", "1000000000000"),
    # ---------------------------------------------------------------- signs (grammar.py)
    ("-5", "-5"),
    ("-3.2", "-3.2"),
    ("−0.5", "-0.5"),  # U+2212 minus
    ("－12", "-12"),  # full-width hyphen
    ("负三点八", "-3.8"),
    ("负0.2", "-0.2"),
    ("负5000万", "-50000000"),
    ("零下5", "-5"),
    ("零下十二", "-12"),
    ("-1.5亿", "-150000000"),
    # ---------------------------------------------------------------- spoken scales
    ("两个亿", "200000000"),
    ("3个亿", "300000000"),
    ("十个亿", "1000000000"),
    # ---------------------------------------------------------------- fractions: the ratio
    ("二分之一", "0.5"),
    ("四分之三", "0.75"),
    ("五分之二", "0.4"),
    ("三分之一", "0.3333333333333333333333333333"),  # 28 significant digits, rounded
    ("三分之二", "0.6666666666666666666666666667"),
    ("2/3", "0.6666666666666666666666666667"),
    ("1/4", "0.25"),
    ("百分之五", "0.05"),
    ("负二分之一", "-0.5"),
    ("5%", "0.05"),
    ("12.5％", "0.125"),
    ("3‰", "0.003"),
    ("-3.2%", "-0.032"),
    ("+5", "5"),
    ("半", "0.5"),
    ("一半", "0.5"),
    ("两个半", "2.5"),
    ("十个半", "10.5"),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_parse_number(text: str, expected: str) -> None:
    value = parse_number(text)
    assert isinstance(value, Decimal)
    assert value == Decimal(expected)
    assert str(value) == expected  # no exponent noise, no trailing zeros


def test_no_exponent_noise() -> None:
    assert str(parse_number("20.3万")) == "203000"
    assert str(parse_number("1.59万亿")) == "1590000000000"
    assert str(parse_number("15910.2亿")) == "1591020000000"


NOT_NUMBERS = [
    "",
    "abc",
    "三个",
    "1.2.3",
    "万万x",
    "1万20000",  # 20000 cannot follow 万
    "--",
    "+",
    "+-5",
    "负",
    "零下",
    "-",
    "5-",
    "--5",
    "负-5",
    "零分之一",  # zero denominator
    "0/0",
    "数十亿",  # a span, not one number: read_numeral gives 1e9 to 1e10
    "几百",
    "两个",
    "个亿",
    "1e3",
    "NaN",
    "Infinity",
    "1_000",
    "1,23",  # not a thousands group
    "12,3456",
    "5.",
    "．5",
    "点",
    "一点",
    "十十",
    "五角",  # money, not a numeral
    # 点五 without its integer part is how one reads ".5" aloud, not how a number is written (零点五);
    # ".5" is rejected, so 点五 should be too.
    "点五",
    "一两",
    "亿万",
    "1.5万5",
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_a_number(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_number(text)
    message = str(info.value)
    assert (text in message) if text else ("''" in message or '""' in message)


def test_non_string_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_number(12)  # type: ignore[arg-type]


RANGES = [
    ("二三十", ("20", "30")),
    ("十五六", ("15", "16")),
    ("三四百万", ("3000000", "4000000")),
    ("一两", ("1", "2")),
    ("七八十", ("70", "80")),
    ("两三", ("2", "3")),
    ("三四", ("3", "4")),
    ("四五十", ("40", "50")),
    ("五六百", ("500", "600")),
    ("三四千", ("3000", "4000")),
    ("三四万", ("30000", "40000")),
    ("三四十万", ("300000", "400000")),
    ("五六千万", ("50000000", "60000000")),
    ("十一二", ("11", "12")),
    ("十七八", ("17", "18")),
    ("十二三万", ("120000", "130000")),
    ("二十三四", ("23", "24")),
    ("一百五六十", ("150", "160")),
    ("一两百", ("100", "200")),
    ("两三千万", ("20000000", "30000000")),
    ("兩三百萬", ("2000000", "3000000")),
    ("二三十萬", ("200000", "300000")),
    ("三五", ("3", "5")),
    # not estimates
    ("三十", None),
    ("二四", None),
    ("12", None),
    ("九十", None),
    ("五", None),
    ("十", None),
    ("百万", None),
    ("二〇〇五", None),
    ("几十", None),
    ("十几", None),
    ("二〇一二", None),
    ("一九八九", None),
    ("二〇二三", None),
    ("一二三四", None),
    ("一二〇", None),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_juxtaposed_range(text: str, expected: tuple[str, str] | None) -> None:
    got = juxtaposed_range(text)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        low, high = got
        assert (low, high) == (Decimal(expected[0]), Decimal(expected[1]))
        assert (str(low), str(high)) == expected


VAGUE = [
    ("数十", "10", "100"),
    ("数百", "100", "1000"),
    ("数千", "1000", "10000"),
    ("数万", "10000", "100000"),
    ("数十万", "100000", "1000000"),
    ("数百万", "1000000", "10000000"),
    ("数十亿", "1000000000", "10000000000"),
    ("数亿", "100000000", "1000000000"),
    ("數千", "1000", "10000"),
    ("几十", "10", "100"),
    ("几百万", "1000000", "10000000"),
    ("好几百", "100", "1000"),
    ("几个亿", "100000000", "1000000000"),
    ("数万亿", "1000000000000", "10000000000000"),
]


@pytest.mark.parametrize(("text", "low", "high"), VAGUE)
def test_vague_magnitude(text: str, low: str, high: str) -> None:
    reading = read_numeral(text)
    assert (str(reading.value), str(reading.high), reading.approx) == (low, high, "about")


def test_exact_reading_has_no_span() -> None:
    reading = read_numeral("-3.5万")
    assert (reading.value, reading.high, reading.approx) == (Decimal(-35000), None, "exact")
