"""Adversarial inputs: huge runs of one character, long alternations, nested brackets, a long line without
punctuation; the error contract; and one regression test per robustness finding (docs/robustness.md).

No test here asserts a speed. Each input runs at a size where a linear scan takes a second or two and a
super-linear one would run for minutes to hours, and every test has a hang guard (pytest-timeout) far above
its normal time, so a regression fails with a traceback at the stuck pattern instead of stalling the run.
Seconds per MB at 100 KB, 1 MB and 10 MB are measured by benchmarks/linearity.py, not here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

import newsfacts
import newsfacts.api
from newsfacts import Facts, extract_facts, parse_number


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _nested(n: int) -> str:
    depth = max(1, (n - 8) // 8)
    return "（【《(" * depth + "约3万元" + ")》】）" * depth


_NEWS = "省里拨出300万元省管党费，慰问困难党员1.2万名，同比增长6.9%。2024年末，全市共有企业12,345家。\n"
_LINE = "全省各级财政投入资金3000万元救助困难群众12万人发放棉衣5000套粮食1.2万吨同比增长6.9个百分点"


def _line(n: int) -> str:
    """A long line with no punctuation at all: news words and figures run together."""
    return _repeat(_LINE)(n)


# name -> text of (about) n characters; the same inputs as benchmarks/linearity.py
INPUTS: dict[str, Callable[[int], str]] = {
    "1": _repeat("1"),
    "一": _repeat("一"),
    "万": _repeat("万"),
    "多": _repeat("多"),
    "%": _repeat("%"),
    "，": _repeat("，"),
    "年": _repeat("年"),
    "1,1,1": _repeat("1,"),
    "1.1.1": _repeat("1."),
    "1-1-1": _repeat("1-"),
    "一万一万": _repeat("一万"),
    "约近多余": _repeat("约近多余"),
    "3%3%": _repeat("3%"),
    "〇": _repeat("〇"),
    "壹": _repeat("壹"),
    "nested brackets": _nested,
    "no punctuation": _line,
    "news": _repeat(_NEWS),
    "北京、北京": _repeat("北京、"),  # a list of places run into one line (finding 9)
    "北京至北京": _repeat("北京至"),  # …and a route
}

# Every input above once took super-linear time or crashed (findings 1, 4, 5, 7 and 8 of
# docs/robustness.md). At this size the slowest (runs of Chinese digits) takes about 2 s; the quadratic
# versions took minutes.
SANE_SIZE = 100_000
HANG_GUARD = pytest.mark.timeout(60)


def check_sane(text: str, facts: Facts) -> None:
    assert isinstance(facts, Facts)
    last = -1
    for f in facts:
        assert text[f.start : f.end] == f.text
        assert f.start >= last
        last = f.start
        value = getattr(f, "value", None)
        if value is not None:
            assert value.is_finite()
    assert len(facts) <= len(text)


@HANG_GUARD
@pytest.mark.parametrize("name", list(INPUTS))
def test_adversarial_input_returns_sane_facts(name: str) -> None:
    text = INPUTS[name](SANE_SIZE)
    check_sane(text, extract_facts(text))


@HANG_GUARD
def test_one_megabyte_of_one_digit_returns() -> None:
    """The acceptance size of the issue for the cheapest input: 1 MB of "1" (a single long number)."""
    text = "1" * 1_000_000
    check_sane(text, extract_facts(text))


@HANG_GUARD
def test_long_document_of_real_looking_sentences() -> None:
    sentence = _NEWS
    text = sentence * (SANE_SIZE // len(sentence))
    facts = extract_facts(text)
    check_sane(text, facts)
    per_sentence = len(extract_facts(sentence))
    assert per_sentence > 0
    assert len(facts) == per_sentence * (SANE_SIZE // len(sentence))


# ---------------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("bad", "named"),
    [
        (None, "NoneType"),
        (123, "int"),
        (1.5, "float"),
        (["3万元"], "list"),
        (b"3\xe4\xb8\x87", "bytes"),
        (bytearray(b"3"), "bytes"),
        (Decimal(3), "Decimal"),
    ],
)
def test_wrong_type_raises_type_error_naming_it(bad: object, named: str) -> None:
    with pytest.raises(TypeError) as info:
        extract_facts(bad)  # type: ignore[arg-type]
    assert named in str(info.value)


@pytest.mark.parametrize("bad", ["2024-07-12", 20240712, 1.0, object(), dt.time(10, 24)])
def test_reference_date_that_is_not_a_date_raises_value_error(bad: object) -> None:
    with pytest.raises(ValueError, match="reference_date"):
        extract_facts("今年发放3万元。", reference_date=bad)  # type: ignore[arg-type]


def test_datetime_reference_date_is_accepted() -> None:
    facts = extract_facts("今年发放3万元。", reference_date=dt.datetime(2024, 7, 12, 10, 24))
    assert facts.money[0].value == 30000


def test_text_over_max_chars_raises_value_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsfacts.api, "MAX_CHARS", 100)
    extract_facts("一" * 100)  # exactly the limit is accepted
    with pytest.raises(ValueError, match="MAX_CHARS"):
        extract_facts("一" * 101)


def test_max_chars_is_the_documented_limit() -> None:
    assert newsfacts.MAX_CHARS == newsfacts.api.MAX_CHARS == 50_000_000


def test_parse_number_refuses_non_str_with_type_error() -> None:
    with pytest.raises(TypeError, match="int"):
        parse_number(3)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------- findings
# One test per finding of docs/robustness.md, each the smallest input found, kept as a regression test.


def test_finding_1_many_scale_words_extract_facts() -> None:
    text = "一万" * 2000
    check_sane(text, extract_facts(text))


def test_finding_1_many_scale_words_mixed_with_digits() -> None:
    text = "1亿" * 2000
    check_sane(text, extract_facts(text))


def test_finding_1_parse_number_raises_only_value_error() -> None:
    try:
        parse_number("1万" * 2000)
    except ValueError:
        pass


@pytest.mark.parametrize("text", ["1" * 29, "1亿亿亿亿", "99999999999999999999.5万亿"])
def test_finding_2_parse_number_of_a_huge_number(text: str) -> None:
    try:
        value = parse_number(text)
    except ValueError:
        return
    assert value.is_finite()


@pytest.mark.parametrize("text", ["0.12345678901234567890123456789", "1.2345678901234567890123456789"])
def test_finding_2_long_decimal_is_exact_or_refused(text: str) -> None:
    try:
        value = parse_number(text)
    except ValueError:
        return
    assert value == Decimal(text)


def test_finding_2_huge_number_in_text_is_not_a_crash() -> None:
    """extract_facts survives finding 2 (resolve catches ArithmeticError); the figure is dropped."""
    text = "收入" + "1" * 29 + "元，支出3万元。"
    facts = extract_facts(text)
    check_sane(text, facts)
    assert [f.text for f in facts.money] == ["3万元"]


@pytest.mark.parametrize("text", ["圆"])
def test_finding_3_parse_number_of_yuan_character(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_finding_3_yuan_character_in_text_is_not_a_crash() -> None:
    for text in ["圆", "壹佰壹拾壹圆整", "一圆", "圆圆圆3万元"]:
        check_sane(text, extract_facts(text))


@HANG_GUARD
def test_finding_5_run_of_scale_words_after_a_digit() -> None:
    """Cubic before the fix: 1,200 scale words took 63 s; 20,000 now take well under a second."""
    text = "1" + "亿" * 20_000
    check_sane(text, extract_facts(text))


@HANG_GUARD
def test_finding_8_runs_of_chinese_digits() -> None:
    """The 成 percentage and the plenum pattern once read a whole run of Chinese digits at every position."""
    for unit in ("一", "万", "十", "一二三四五六七八九"):
        text = unit * (SANE_SIZE // len(unit))
        check_sane(text, extract_facts(text))


@HANG_GUARD
def test_finding_7_six_million_scale_words_under_max_chars() -> None:
    text = "万" * 6_000_000  # under MAX_CHARS, so it must give a result (the run is no figure)
    check_sane(text, extract_facts(text))


# read_article: a page nested deeper than libxml2's limit (2048 levels with huge_tree) loses everything after
# that depth when lxml renders it; html.parser keeps it.
def _deep_page(depth: int) -> str:
    return "<html><body><p>导语：拨款5万元。</p>" + "<div>" * depth + "<p>省里拨出300万元省管党费。</p></body></html>"


@pytest.mark.parametrize("parser", ["auto", "html.parser"])
def test_nested_page_below_the_depth_limit_keeps_its_text(parser: str) -> None:
    from newsfacts.document import read_article

    assert "300万元" in read_article(_deep_page(2000), html_parser=parser).text  # type: ignore[arg-type]


def test_deeply_nested_page_with_html_parser_keeps_its_text() -> None:
    from newsfacts.document import read_article

    assert "300万元" in read_article(_deep_page(5000), html_parser="html.parser").text


def test_finding_6_deeply_nested_page_with_lxml_keeps_its_text() -> None:
    pytest.importorskip("lxml")
    from newsfacts.document import read_article

    article = read_article(_deep_page(2100), html_parser="lxml")
    assert "300万元" in article.text
