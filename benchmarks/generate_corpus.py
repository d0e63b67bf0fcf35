"""Deterministic generator of synthetic Chinese news articles for the speed benchmark.

Every article is drawn from template tables: a genre (relief report, statistics release, stock brief,
property, education, disaster, court, foreign trade, Hong Kong news in traditional script) gives headlines
and body sentences with ``{slots}``; the slot table fills them with figures in many written forms (money,
headcounts, quantities, percentages, dates), places (provinces, prefectures, counties, countries) and the
usual distractors (telephone numbers, URLs, stock codes, ordinals, slogans, clock times). The same
``(seed, index)`` always gives the same article, whatever the number of articles asked for.

    python benchmarks/generate_corpus.py                    # 500 articles into benchmarks/corpus/
    python benchmarks/generate_corpus.py -n 2000 --out /tmp/c --seed 7

or in memory: ``from generate_corpus import generate; texts = [a.text for a in generate(500)]``.
The texts are made up: they only have to look like news to the extractor, their figures need not agree.
"""

from __future__ import annotations

import argparse
import random
import string
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

DEFAULT_SEED = 2005
DEFAULT_ARTICLES = 500
DEFAULT_OUT = Path(__file__).resolve().parent / "corpus"
MIN_BYTES, MAX_BYTES = 1024, 10 * 1024  # UTF-8 size of an article

# ---------------------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Prefecture:
    name: str
    short: str
    counties: tuple[str, ...]


@dataclass(frozen=True)
class Province:
    name: str
    short: str
    scope: str  # how the province calls itself: 全省, 全市, 全区
    prefectures: tuple[Prefecture, ...]


def _p(name: str, short: str, *counties: str) -> Prefecture:
    return Prefecture(name, short, counties)


PROVINCES: tuple[Province, ...] = (
    Province("山东省", "山东", "省", (
        _p("济南市", "济南", "历城区", "章丘区", "平阴县"), _p("临沂市", "临沂", "临沭县", "沂南县", "兰陵县"),
        _p("烟台市", "烟台", "莱州市", "蓬莱区"), _p("济宁市", "济宁", "曲阜市", "邹城市"),
        _p("威海市", "威海", "荣成市", "文登区"), _p("菏泽市", "菏泽", "曹县", "单县"),
    )),
    Province("广东省", "广东", "省", (
        _p("广州市", "广州", "番禺区", "从化区"), _p("深圳市", "深圳", "南山区", "宝安区"),
        _p("佛山市", "佛山", "顺德区", "南海区"), _p("东莞市", "东莞", "虎门镇", "长安镇"),
        _p("汕头市", "汕头", "潮阳区"), _p("梅州市", "梅州", "梅县区", "大埔县"),
    )),
    Province("江苏省", "江苏", "省", (
        _p("南京市", "南京", "江宁区"), _p("苏州市", "苏州", "昆山市", "吴江区"), _p("无锡市", "无锡", "江阴市"),
        _p("徐州市", "徐州", "沛县", "丰县"), _p("盐城市", "盐城", "射阳县"),
    )),
    Province("浙江省", "浙江", "省", (
        _p("杭州市", "杭州", "萧山区", "桐庐县"), _p("宁波市", "宁波", "余姚市", "象山县"),
        _p("温州市", "温州", "乐清市", "苍南县"), _p("金华市", "金华", "义乌市"),
    )),
    Province("河南省", "河南", "省", (
        _p("郑州市", "郑州", "中牟县", "新郑市"), _p("洛阳市", "洛阳", "栾川县", "嵩县"),
        _p("南阳市", "南阳", "邓州市", "西峡县"), _p("周口市", "周口", "鹿邑县"),
    )),
    Province("河北省", "河北", "省", (
        _p("石家庄市", "石家庄", "正定县", "赞皇县"), _p("保定市", "保定", "涞源县", "阜平县"),
        _p("唐山市", "唐山", "迁安市"), _p("张家口市", "张家口", "张北县", "蔚县"),
    )),
    Province("四川省", "四川", "省", (
        _p("成都市", "成都", "郫都区", "金堂县"), _p("绵阳市", "绵阳", "北川羌族自治县", "江油市"),
        _p("阿坝藏族羌族自治州", "阿坝州", "汶川县", "茂县"), _p("南充市", "南充", "阆中市"),
    )),
    Province("湖北省", "湖北", "省", (
        _p("武汉市", "武汉", "江夏区", "黄陂区"), _p("宜昌市", "宜昌", "秭归县", "兴山县"),
        _p("襄阳市", "襄阳", "枣阳市"), _p("恩施土家族苗族自治州", "恩施州", "利川市"),
    )),
    Province("湖南省", "湖南", "省", (
        _p("长沙市", "长沙", "浏阳市", "宁乡市"), _p("湘西土家族苗族自治州", "湘西州", "凤凰县", "花垣县"),
        _p("岳阳市", "岳阳", "平江县"), _p("衡阳市", "衡阳", "衡山县"),
    )),
    Province("安徽省", "安徽", "省", (
        _p("合肥市", "合肥", "肥西县", "长丰县"), _p("阜阳市", "阜阳", "临泉县", "颍上县"),
        _p("六安市", "六安", "金寨县"), _p("安庆市", "安庆", "岳西县"),
    )),
    Province("福建省", "福建", "省", (
        _p("福州市", "福州", "闽侯县", "连江县"), _p("厦门市", "厦门", "同安区"),
        _p("泉州市", "泉州", "晋江市", "安溪县"), _p("宁德市", "宁德", "霞浦县"),
    )),
    Province("江西省", "江西", "省", (
        _p("南昌市", "南昌", "进贤县"), _p("赣州市", "赣州", "瑞金市", "于都县"), _p("九江市", "九江", "修水县"),
    )),
    Province("云南省", "云南", "省", (
        _p("昆明市", "昆明", "宜良县"), _p("大理白族自治州", "大理州", "洱源县", "宾川县"),
        _p("昭通市", "昭通", "鲁甸县", "巧家县"),
    )),
    Province("贵州省", "贵州", "省", (
        _p("贵阳市", "贵阳", "修文县"), _p("遵义市", "遵义", "湄潭县", "赤水市"),
        _p("毕节市", "毕节", "威宁彝族回族苗族自治县"),
    )),
    Province("甘肃省", "甘肃", "省", (
        _p("兰州市", "兰州", "榆中县"), _p("定西市", "定西", "通渭县", "岷县"), _p("天水市", "天水", "秦安县"),
    )),
    Province("陕西省", "陕西", "省", (
        _p("西安市", "西安", "长安区", "周至县"), _p("延安市", "延安", "延川县", "安塞区"),
        _p("汉中市", "汉中", "城固县"),
    )),
    Province("山西省", "山西", "省", (
        _p("太原市", "太原", "清徐县"), _p("大同市", "大同", "阳高县"), _p("吕梁市", "吕梁", "临县", "兴县"),
    )),
    Province("黑龙江省", "黑龙江", "省", (
        _p("哈尔滨市", "哈尔滨", "五常市", "尚志市"), _p("齐齐哈尔市", "齐齐哈尔", "龙江县"),
        _p("佳木斯市", "佳木斯", "桦南县"),
    )),
    Province("吉林省", "吉林", "省", (
        _p("长春市", "长春", "农安县"), _p("延边朝鲜族自治州", "延边州", "延吉市", "珲春市"),
    )),
    Province("辽宁省", "辽宁", "省", (
        _p("沈阳市", "沈阳", "新民市"), _p("大连市", "大连", "庄河市", "瓦房店市"), _p("鞍山市", "鞍山", "海城市"),
    )),
    Province("内蒙古自治区", "内蒙古", "区", (
        _p("呼和浩特市", "呼和浩特", "托克托县"), _p("赤峰市", "赤峰", "宁城县"),
        _p("鄂尔多斯市", "鄂尔多斯", "准格尔旗"),
    )),
    Province("广西壮族自治区", "广西", "区", (
        _p("南宁市", "南宁", "武鸣区", "横州市"), _p("桂林市", "桂林", "阳朔县", "龙胜各族自治县"),
        _p("百色市", "百色", "田阳区"),
    )),
    Province("新疆维吾尔自治区", "新疆", "区", (
        _p("乌鲁木齐市", "乌鲁木齐", "天山区", "米东区"), _p("喀什地区", "喀什", "疏勒县", "莎车县"),
        _p("伊犁哈萨克自治州", "伊犁州", "伊宁县"),
    )),
    Province("西藏自治区", "西藏", "区", (_p("拉萨市", "拉萨", "林周县"), _p("日喀则市", "日喀则", "定日县"))),
    Province("宁夏回族自治区", "宁夏", "区", (_p("银川市", "银川", "永宁县"), _p("固原市", "固原", "西吉县"))),
    Province("青海省", "青海", "省", (_p("西宁市", "西宁", "湟中区"), _p("海东市", "海东", "互助土族自治县"))),
    Province("海南省", "海南", "省", (_p("海口市", "海口", "美兰区", "琼山区"), _p("三亚市", "三亚", "崖州区"))),
    # municipalities: their districts stand where prefectures stand, towns and streets where counties stand
    Province("北京市", "北京", "市", (
        _p("海淀区", "海淀", "中关村街道", "温泉镇"), _p("朝阳区", "朝阳", "望京街道"),
        _p("密云区", "密云", "溪翁庄镇"),
    )),
    Province("上海市", "上海", "市", (_p("浦东新区", "浦东", "张江镇", "惠南镇"), _p("闵行区", "闵行", "七宝镇"))),
    Province("天津市", "天津", "市", (_p("滨海新区", "滨海", "塘沽街道"), _p("蓟州区", "蓟州", "渔阳镇"))),
    Province("重庆市", "重庆", "市", (
        _p("万州区", "万州", "龙驹镇"), _p("巫山县", "巫山", "大昌镇"), _p("城口县", "城口", "葛城街道"),
    )),
)  # fmt: skip

COUNTRIES = (
    "美国", "日本", "韩国", "德国", "法国", "英国", "俄罗斯", "澳大利亚", "加拿大", "巴西", "印度", "新加坡",
    "马来西亚", "泰国", "越南", "印度尼西亚", "南非", "埃及", "沙特阿拉伯", "阿联酋", "新西兰", "意大利",
    "西班牙", "荷兰", "瑞士", "哈萨克斯坦", "巴基斯坦", "智利",
)  # fmt: skip
HK_DISTRICTS = ("沙田區", "觀塘區", "元朗區", "荃灣區", "屯門區", "油尖旺區", "深水埗區", "東區", "葵青區", "大埔區")
HK_COUNTRIES = ("美國", "日本", "韓國", "德國", "法國", "英國", "澳洲", "加拿大", "新加坡", "泰國", "馬來西亞", "印度")

# ---------------------------------------------------------------------------------------------------------
# Words that are not places
# ---------------------------------------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕"
GIVEN_NAMES = (
    "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "国庆", "志强", "海燕", "晓东", "立新", "文斌", "安东",
)  # fmt: skip
HK_NAMES = ("陳志明", "李嘉欣", "黃偉強", "張美儀", "劉國華", "何家樂", "梁淑芬", "吳振邦")
FOREIGN_NAMES = ("约翰·史密斯", "穆罕默德·阿里", "金成浩", "阮文雄", "伊万·彼得罗夫", "山田太郎")
COMPANY_WORDS = ("华信", "宏达", "金桥", "恒远", "中科", "新天地", "海通", "瑞丰", "长江", "东方红", "润泽", "天元")
COMPANY_TYPES = ("实业股份有限公司", "置业有限公司", "科技股份有限公司", "集团", "农村商业银行", "电子股份有限公司")
SOURCES = ("新华网", "人民网", "中国新闻网", "中国广播网", "央视网", "经济日报", "光明网", "中国经济网")
SLOGANS = ("三个代表", "一带一路", "八项规定", "两会", "一帮一", "三农", "四个全面", "两学一做", "一事一议")
ORDINALS = ("第一批次", "第二批", "第三届", "第十四个五年规划", "第七次全国人口普查", "第一季度", "第二十三届")
CODES = ("H1N1", "A380", "G20", "5G", "PM2.5", "C919", "MU5735", "H7N9")
DIRECTIONS = ("东", "南", "西", "北", "东南", "西北", "中")
LEVELS = ("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "一", "二", "三", "四")

CN_DIGITS = "零一二三四五六七八九"
TRAD = str.maketrans(  # enough of simplified → traditional for the slot values of the Hong Kong genre
    "万亿约余个点辆岁时过长涨减将区级项两计划际达为后对会来发这国设业产价门号处顷标准箱千瓦毫里张顶件间",
    "萬億約餘個點輛歲時過長漲減將區級項兩計劃際達為後對會來發這國設業產價門號處頃標準箱千瓦毫裡張頂件間",
)


def cn_int(n: int) -> str:
    """1..99999999 in Chinese numerals (三百, 一千二百零五, 十二万)."""
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        tail = "" if low == 0 else ("零" if low < 1000 else "") + cn_int(low)
        return cn_int(high) + "万" + tail
    out, zero = "", False
    for value, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero:
                out += "零"
            out += ("" if (value == 10 and d == 1 and not out) else CN_DIGITS[d]) + word
            zero = False
        elif out:
            zero = True
    return out or "零"


def cn_year(y: int) -> str:
    """A year digit by digit, as in 一九九八年: 2005 → 二〇〇五."""
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


# ---------------------------------------------------------------------------------------------------------
# Figures: every slot is a function (rng, ctx) -> str
# ---------------------------------------------------------------------------------------------------------

Ctx = dict[str, str]
Slot = Callable[[random.Random, Ctx], str]


def _num(rng: random.Random, lo: float, hi: float, max_decimals: int = 2) -> str:
    """A number between lo and hi with 0..max_decimals decimals (trailing zeros dropped)."""
    places = rng.choice([0, 0, 0, *range(1, max_decimals + 1)])
    text = f"{rng.uniform(lo, hi):.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _scaled(rng: random.Random, lo: float, hi: float) -> str:
    """A count written the way newspapers write it: 856, 31668, 3.5万, 12万, 1.2亿, 23,516."""
    value = rng.uniform(lo, hi) if hi - lo > 1000 else rng.randint(int(lo), int(hi))
    if value >= 1e8 and rng.random() < 0.8:
        return _num(rng, value / 1e8 * 0.9, value / 1e8, 2) + "亿"
    if value >= 1e4 and rng.random() < 0.6:
        return _num(rng, value / 1e4 * 0.9, value / 1e4, 2) + "万"
    n = int(value)
    return f"{n:,}" if n >= 10_000 and rng.random() < 0.25 else str(n)


def _approx(rng: random.Random, figure: str, unit: str) -> str:
    """figure + unit, sometimes with a qualifier: 3550多万元, 近500名, 约1.2万吨, 30人左右."""
    r = rng.random()
    plain = figure.replace(",", "")
    if r < 0.55:
        return figure + unit
    if r < 0.65 and plain.isdigit():
        return figure + rng.choice("多余") + unit
    if r < 0.72 and plain[-1] in "万亿" and plain[:-1].isdigit() and int(plain[:-1]) >= 10:
        return plain[:-1] + rng.choice("多余") + plain[-1] + unit
    if r < 0.92:
        return rng.choice(("近", "约", "超过", "逾", "将近", "不到", "至少", "突破")) + figure + unit
    return figure + unit + rng.choice(("左右", "以上", "上下"))


def money(rng: random.Random, ctx: Ctx) -> str:
    form = rng.randrange(14)
    if form == 0:
        return _approx(rng, _num(rng, 1, 9999, 2), "万元")
    if form == 1:
        return _approx(rng, _num(rng, 1, 999, 2), "亿元")
    if form == 2:
        a = rng.randint(1, 50)
        b = a + rng.randint(1, 50)
        return rng.choice((f"{a}万至{b}万元", f"{a}-{b}万元", f"{a}万元至{b}万元", f"{a}～{b}万元"))
    if form == 3:
        return rng.choice(("人民币", "")) + _num(rng, 1, 9999, 2) + "万元" + rng.choice(("人民币", ""))
    if form == 4:
        return f"{rng.randint(1000, 99_999_999):,}元"
    if form == 5:
        return cn_int(rng.randint(1, 999) * rng.choice((10, 100, 1000))) + rng.choice(("万元", "元"))
    if form == 6:
        return f"{rng.randint(1, 999)}亿多元"
    if form == 7:
        return "¥" + _num(rng, 10, 99999, 2)
    if form == 8:
        return _approx(rng, _scaled(rng, 100, 9e9), "美元")
    if form == 9:
        return _approx(rng, _num(rng, 1, 999, 1), rng.choice(("万港元", "亿港元", "万欧元", "亿日元", "万英镑")))
    if form == 10:
        return _approx(rng, str(rng.randint(2, 9999)), "元")
    if form == 11:
        return f"{rng.randint(1, 9)}.{rng.randint(10, 99)}万亿元"
    if form == 12:
        return _approx(rng, str(rng.randint(10, 9999)), "万元")
    return str(rng.randint(1, 999)) + "万余元"


def money_big(rng: random.Random, ctx: Ctx) -> str:
    if rng.random() < 0.15:
        return f"{_num(rng, 1, 15, 2)}万亿元"
    return _approx(rng, _num(rng, 1, 9999, 2), "亿元")


def money_small(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(("", "", "", "约")) + _num(rng, 50, 99999, 2 if rng.random() < 0.3 else 0) + "元"


def price(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice((
        f"{rng.randint(1, 99)}.{rng.randint(1, 99):02d}元", f"{rng.randint(1, 20)}元{rng.randint(1, 9)}角",
        f"{rng.randint(2, 9)}块{rng.randint(1, 9)}", "两毛五", f"{rng.randint(3, 60)}元",
        f"{cn_int(rng.randint(2, 9))}块钱",
    ))  # fmt: skip


def usd(rng: random.Random, ctx: Ctx) -> str:
    return _approx(rng, _num(rng, 1, 999, 2), rng.choice(("亿美元", "万美元", "美元")))


def usd_small(rng: random.Random, ctx: Ctx) -> str:
    return f"{rng.randint(1, 120)}.{rng.randint(1, 99):02d}美元"


def bare_wan(rng: random.Random, ctx: Ctx) -> str:
    return f"{_num(rng, 1, 500, 1)}万"


def hkd(rng: random.Random, ctx: Ctx) -> str:
    """Hong Kong money, written in traditional script."""
    return rng.choice((
        f"港幣{_num(rng, 1, 999, 1)}億元", f"{_num(rng, 1, 9999, 1)}萬港元", f"約{rng.randint(2, 900)}億元",
        f"逾{rng.randint(2, 900)}萬元", f"{rng.randint(1, 99)}億多港元", f"{rng.randint(10, 5000):,}港元",
    ))  # fmt: skip


def hkd_small(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice((f"{rng.randint(10, 900)}蚊", f"{rng.randint(500, 20000):,}元", f"港幣{rng.randint(9, 999)}元"))


COUNT_SLOTS: dict[str, tuple[str, float, float]] = {
    # name: (unit, low, high) — headcounts
    "hc_ming": ("名", 10, 500_000), "hc_ren": ("人", 3, 900_000), "hc_hu": ("户", 10, 300_000),
    "hc_rc": ("人次", 1000, 50_000_000), "hc_wei": ("位", 2, 300), "hc_ming_small": ("名", 2, 60),
    # quantities
    "q_ge": ("个", 2, 5000), "q_dun": ("吨", 10, 5_000_000), "q_mu": ("亩", 50, 2_000_000),
    "q_ha": ("公顷", 100, 500_000), "q_tao": ("套", 20, 200_000), "q_m2": ("平方米", 1000, 5_000_000),
    "q_km": ("公里", 3, 3000), "q_jia": ("家", 3, 20_000), "q_suo": ("所", 2, 800), "q_zhang": ("张", 50, 20_000),
    "q_jian": ("件", 100, 900_000), "q_gu": ("股", 1e6, 5e9), "q_zhi": ("只", 5, 3000), "q_ding": ("顶", 100, 50_000),
    "q_chuang": ("床", 100, 90_000), "q_chu": ("处", 5, 9000), "q_qi": ("起", 2, 500), "q_liang": ("辆", 2, 9000),
    "q_fen": ("份", 3, 900), "q_lie": ("列", 10, 5000), "q_teu": ("标准箱", 1000, 9_000_000),
    "q_kwh": ("千瓦时", 1e6, 9e10), "q_mm": ("毫米", 20, 400), "q_km2": ("平方公里", 300, 20_000),
    "q_xian": ("个", 3, 80), "q_cheng": ("个", 10, 70), "q_xiang": ("项", 3, 900), "q_ke": ("棵", 1000, 9_000_000),
}  # fmt: skip


def count(unit: str, lo: float, hi: float, rng: random.Random, ctx: Ctx) -> str:
    if unit == "人" and rng.random() < 0.05:
        return rng.choice(("二三十人", "三五人", "十几人", "上百人"))
    if unit in ("个", "名") and hi <= 80 and rng.random() < 0.3:
        return cn_int(rng.randint(2, int(hi))) + unit
    return _approx(rng, _scaled(rng, lo, hi), unit)


def hc_wan(rng: random.Random, ctx: Ctx) -> str:
    return _approx(rng, _num(rng, 1, 9999, 2) + "万", rng.choice(("人", "人", "名")))


def duration(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice((
        f"{rng.randint(2, 30)}年", f"{cn_int(rng.randint(2, 10))}年", f"{rng.randint(2, 18)}个月", "两个月", "半年",
        f"{rng.randint(3, 90)}天", f"{rng.randint(2, 72)}小时", f"{cn_int(rng.randint(3, 9))}个月",
    ))  # fmt: skip


def years(rng: random.Random, ctx: Ctx) -> str:
    n = rng.randint(2, 15)
    months = rng.randint(2, 11)
    return rng.choice((f"{n}年", f"{cn_int(n)}年", f"{n}年零{months}个月", f"{n}年{months}个月"))


def pct(rng: random.Random, ctx: Ctx) -> str:
    value = _num(rng, 0.1, 60, 1)
    return rng.choice((f"{value}%", f"{value}%", f"{value}％", f"百分之{cn_int(rng.randint(1, 99))}"))


CHANGE_UP = ("同比增长", "比上年增长", "增长", "同比上涨", "环比上升", "同比提高", "增幅为")
CHANGE_DOWN = ("同比下降", "比上年减少", "下降", "环比下跌", "同比回落", "降幅为")


def pct_change(rng: random.Random, ctx: Ctx) -> str:
    r = rng.random()
    if r < 0.05:
        return rng.choice(("翻了一番", "翻两番", "同比持平"))
    words = CHANGE_UP if r < 0.7 else CHANGE_DOWN
    tail = rng.choice(("", "", "", "左右")) if r < 0.9 else ""
    return rng.choice(words) + pct(rng, ctx) + tail


def pp(rng: random.Random, ctx: Ctx) -> str:
    return f"{_num(rng, 0.1, 9, 1)}个百分点"


def pp_change(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(("加快", "回落", "提高", "下降", "高出")) + pp(rng, ctx)


def cheng(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(("一成", "两成", "三成", "四成", "五成", "六成", "七成", "八成", "七成五", "近三成", "超过五成"))


def pct_range(rng: random.Random, ctx: Ctx) -> str:
    a = rng.randint(1, 8)
    return rng.choice((f"{a}%至{a + rng.randint(1, 5)}%", f"{a}%—{a + 2}%", f"{a}%-{a + 3}%"))


def discount(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(("八折", "八五折", "9折", "七折", "6.5折"))


def fraction(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(("三分之一", "四分之三", "五分之二", "千分之五", "3‰"))


def _year(rng: random.Random, ctx: Ctx) -> int:
    return int(ctx["year"]) - rng.choice((0, 0, 0, 1, 1, 2))


def date(rng: random.Random, ctx: Ctx) -> str:
    y, m, d = _year(rng, ctx), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}年{m}月{d}日", f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}"))


def md(rng: random.Random, ctx: Ctx) -> str:
    return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def md_range(rng: random.Random, ctx: Ctx) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 20)
    return rng.choice((
        f"{m}月{d}日至{d + rng.randint(1, 7)}日", f"{m}月{d}日—{d + 2}日", f"{m}月{d}日至{m % 12 + 1}月{d}日",
    ))  # fmt: skip


def period(rng: random.Random, ctx: Ctx) -> str:
    y = _year(rng, ctx)
    return rng.choice((
        "上半年", "一季度", "前三季度", f"{y}年", f"{y}年上半年", f"{y}年1—{rng.randint(2, 11)}月", "去年全年",
        f"{y}年前三季度", "今年以来", f"{rng.randint(1, 12)}月下旬", f"{y}年第一季度",
    ))  # fmt: skip


def ym(rng: random.Random, ctx: Ctx) -> str:
    m = rng.randint(1, 12)
    return rng.choice((f"{_year(rng, ctx)}年{m}月", f"{m}月份", f"{m}月", f"{cn_year(_year(rng, ctx))}年{cn_int(m)}月"))


def rel(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(("今年", "今年以来", "去年同期", "昨天", "上月", "本周二", "春节前", "截至目前", "去年", "近日"))


def clock(rng: random.Random, ctx: Ctx) -> str:
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice((f"{h}:{m:02d}", f"{h}时{m}分", f"下午{rng.randint(1, 6)}点"))


def tel(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice((
        f"0{rng.randint(10, 999)}-{rng.randint(10_000_000, 89_999_999)}",
        f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        f"1{rng.choice('3589')}{rng.randint(100_000_000, 999_999_999)}", "12345", "96110",
        f"（0{rng.randint(10, 999)}）{rng.randint(1_000_000, 9_999_999)}",
    ))  # fmt: skip


def url(rng: random.Random, ctx: Ctx) -> str:
    word = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 8)))
    y, m, d, n = ctx["year"], rng.randint(1, 12), rng.randint(1, 28), rng.randint(100, 9999)
    return rng.choice((
        f"http://www.{word}.gov.cn/art/{y}/{m}/{d}/art_{n}_{rng.randint(10_000, 999_999)}.html",
        f"https://{word}.com.cn/news/{y}{m:02d}/t{y}{m:02d}{rng.randint(10, 28)}_{rng.randint(100_000, 999_999)}.shtml",
        f"www.{word}.org.cn",
    ))  # fmt: skip


def stock_code(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(("600", "601", "000", "002", "300", "688")) + f"{rng.randint(0, 999):03d}"


def index_points(rng: random.Random, ctx: Ctx) -> str:
    return f"{rng.randint(1000, 30000)}.{rng.randint(0, 99):02d}点"


def index_change(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(("上涨", "下跌", "微涨", "大跌", "收涨", "收跌")) + f"{_num(rng, 0.01, 5, 2)}%"


def points(rng: random.Random, ctx: Ctx) -> str:
    return f"{_num(rng, 1, 900, 2)}点"


def number(rng: random.Random, ctx: Ctx) -> str:
    return str(rng.randint(2, 999))


def age(rng: random.Random, ctx: Ctx) -> str:
    return str(rng.randint(16, 88))


def magnitude(rng: random.Random, ctx: Ctx) -> str:
    return f"{rng.randint(3, 7)}.{rng.randint(0, 9)}"


def fx(rng: random.Random, ctx: Ctx) -> str:
    return f"{rng.uniform(6.1, 8.3):.4f}"


def name(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES)


def company(rng: random.Random, ctx: Ctx) -> str:
    prefix = rng.choice((ctx["city_short"], ctx["prov_short"], ""))
    return prefix + rng.choice(COMPANY_WORDS) + rng.choice(COMPANY_TYPES)


def school(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice((
        f"{ctx['city_short']}第{cn_int(rng.randint(1, 30))}中学", f"{ctx['prov_short']}大学",
        f"{ctx['prov_short']}师范大学",
        f"{ctx['city_short']}理工学院", f"{ctx['city_short']}职业技术学院",
    ))  # fmt: skip


def _pick_place(rng: random.Random) -> tuple[Province, Prefecture]:
    prov = rng.choice(PROVINCES)
    return prov, rng.choice(prov.prefectures)


def any_city(rng: random.Random, ctx: Ctx) -> str:
    prov, pref = _pick_place(rng)
    return rng.choice((prov.name + pref.name, pref.name, pref.short, prov.short + pref.short))


def any_county(rng: random.Random, ctx: Ctx) -> str:
    _, pref = _pick_place(rng)
    county = rng.choice(pref.counties)
    return rng.choice((pref.name + county, county))


def any_prov(rng: random.Random, ctx: Ctx) -> str:
    prov = rng.choice(PROVINCES)
    return rng.choice((prov.name, prov.short))


def country(rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(COUNTRIES)


def _choice(options: tuple[str, ...], rng: random.Random, ctx: Ctx) -> str:
    return rng.choice(options)


SLOTS: dict[str, Slot] = {
    "money": money, "money_big": money_big, "money_small": money_small, "price": price, "usd": usd,
    "usd_small": usd_small, "bare_wan": bare_wan, "hkd": hkd, "hkd_small": hkd_small, "hc_wan": hc_wan,
    "dur": duration, "years": years, "pct": pct, "pct_change": pct_change, "pp": pp, "pp_change": pp_change,
    "cheng": cheng, "pct_range": pct_range, "discount": discount, "fraction": fraction, "date": date, "md": md,
    "md_range": md_range, "period": period, "ym": ym, "rel": rel, "clock": clock, "tel": tel, "url": url,
    "stock_code": stock_code, "index_points": index_points, "index_change": index_change, "points": points,
    "fx": fx, "number": number, "age": age, "magnitude": magnitude, "name": name, "company": company,
    "school": school, "any_city": any_city, "any_county": any_county, "any_prov": any_prov, "country": country,
    "slogan": partial(_choice, SLOGANS), "ordinal": partial(_choice, ORDINALS), "code": partial(_choice, CODES),
    "direction": partial(_choice, DIRECTIONS), "level": partial(_choice, LEVELS),
    "foreign_name": partial(_choice, FOREIGN_NAMES), "source": partial(_choice, SOURCES),
    "hk_district": partial(_choice, HK_DISTRICTS), "hk_country": partial(_choice, HK_COUNTRIES),
    "hk_name": partial(_choice, HK_NAMES),
    **{key: partial(count, *spec) for key, spec in COUNT_SLOTS.items()},
}  # fmt: skip

# ---------------------------------------------------------------------------------------------------------
# Genres: headline and body templates
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Genre:
    name: str
    traditional: bool
    headlines: tuple[str, ...]
    body: tuple[str, ...]


GENRES: tuple[Genre, ...] = (
    Genre("relief", False, (
        "{prov_short}百万党员结穷亲解民忧 深入基层送温暖", "{city}发放救助资金{money} 惠及{hc_hu}困难家庭",
        "{county}：{hc_ming}干部结对帮扶 年前走访全覆盖",
    ), (
        "{prov}委、{prov}政府高度重视困难群众生活，{period}共下拨救灾救济资金{money}，其中中央财政补助{money}。",
        "{city}民政局为{hc_hu}城乡低保家庭发放临时生活补助{money}，人均增加{price}。",
        "截至{md}，全{scope}已发放棉衣棉被{q_jian}、粮食{q_dun}，救助受灾群众{hc_ren}。",
        "{county}开展“送温暖”活动，{hc_ming}党员干部与{hc_hu}贫困户结成帮扶对子，共捐款捐物折合{money}。",
        "{city_short}市总工会筹集帮扶资金{money}，走访慰问困难职工{hc_ming}，向{hc_ren}发放一次性慰问金。",
        "在{ordinal}先进性教育活动中，{city}把学习“{slogan}”重要思想与为群众办实事结合起来。",
        "{rel}，{county}投入{money}新建敬老院{q_suo}，新增床位{q_zhang}，可集中供养五保老人{hc_ming}。",
        "全{scope}累计发放最低生活保障金{money_big}，惠及{hc_rc}。",
        "群众可拨打求助热线{tel}或登录{url}查询救助政策。",
        "据了解，{county}有{hc_hu}农户因灾返贫，当地政府计划用{dur}时间帮助他们稳定脱贫。",
        "{md_range}，{prov}副省长{name}带队到{city}{county}检查救助资金发放情况。",
        "{city}还为{hc_ming}特困学生减免学费{money}，为{hc_ming}农民工追讨工资{money}。",
        "{rel}全{scope}城乡低保标准平均提高{pct}，农村五保供养标准达到每人每年{money_small}。",
        "{name}介绍，{year}年全{scope}将再安排{money}专项资金，用于{q_ge}村的饮水安全工程。",
        "春节前，{city}向{hc_hu}困难家庭每户送去{q_dun}大米和{money_small}慰问金。",
        "{prov_short}各级财政{period}投入扶贫资金{money_big}，带动{hc_wan}贫困人口增收。",
    )),
    Genre("stats", False, (
        "{period}{prov_short}经济运行稳中有进 GDP{pct_change}", "{city_short}{period}居民收入{pct_change}",
        "统计公报：{year}年{prov}常住人口{hc_wan}",
    ), (
        "据{prov}统计局{md}发布的数据，{period}全{scope}实现地区生产总值{money_big}，{pct_change}。",
        "其中，第一产业增加值{money_big}，{pct_change}；第二产业增加值{money_big}，{pct_change}；第三产业增加值{money_big}，{pct_change}。",
        "规模以上工业增加值{pct_change}，增速比上年同期{pp_change}。",
        "全{scope}居民消费价格{pct_change}，其中食品价格上涨{pct}，非食品价格{pct_change}。",
        "城镇居民人均可支配收入{money_small}，扣除价格因素实际增长{pct}；农村居民人均可支配收入{money_small}，增长{pct}。",
        "{period}，全{scope}粮食总产量{q_dun}，播种面积{q_mu}，单产{pct_change}。",
        "年末全{scope}常住人口{hc_wan}，比上年末增加{hc_ren}，城镇化率达到{pct}，提高{pp}。",
        "全{scope}社会消费品零售总额{money_big}，{pct_change}，约占全国的{cheng}。",
        "固定资产投资{pct_change}，其中民间投资占比{pct}，工业投资占{fraction}。",
        "进出口总额{money_big}，{pct_change}；其中对{country}出口{usd}，{pct_change}。",
        "城镇新增就业{hc_wan}，城镇登记失业率为{pct}，控制在{pct}以内。",
        "统计公报全文可在{url}查阅，咨询电话{tel}。",
        "{ym}，{city}全社会用电量{q_kwh}，{pct_change}。",
        "全年接待国内外游客{hc_rc}，实现旅游总收入{money_big}，入境游客主要来自{country}、{country}和{country}。",
        "{city}、{any_city}、{any_city}三地{period}地区生产总值增速分别为{pct}、{pct}和{pct}。",
        "规模以上工业企业实现利润{money_big}，{pct_change}，亏损企业{q_jia}，亏损面为{pct}。",
    )),
    Genre("stock", False, (
        "{md}沪指{index_change} 两市成交{money_big}", "{company}{period}净利润{pct_change}",
        "北向资金净买入{money} 券商板块领涨",
    ), (
        "{md}，沪指{index_change}，收报{index_points}，深证成指{index_change}，收于{index_points}。",
        "两市合计成交{money_big}，较前一交易日增加{money_big}，成交额已连续{dur}维持在高位。",
        "{company}（{stock_code}）{md}晚间公告，{period}实现营业收入{money_big}，{pct_change}；归属于上市公司股东的净利润{money}，{pct_change}。",
        "北向资金全天净买入{money}，其中沪股通净买入{money}，深股通净卖出{money}。",
        "{company}拟以每股{price}的价格定向增发{q_gu}，募集资金总额{money_big}。",
        "港股方面，恒生指数收跌{pct}，报{index_points}，大市成交{money_big}。",
        "纽约股市三大股指{md}涨跌不一，道琼斯工业平均指数上涨{points}，{country}股市跌幅在{pct_range}之间。",
        "{clock}，{company}股价报{price}，换手率{pct}，成交量{q_gu}。",
        "截至收盘，{q_zhi}个股上涨，{q_zhi}个股下跌，其中涨停个股{q_zhi}。",
        "机构人士认为，{rel}市场有望维持震荡格局，投资者宜将仓位控制在{cheng}左右。",
        "国际油价{md}走高，{ym}交货的轻质原油期货价格上涨{usd_small}，收于每桶{usd_small}，涨幅为{pct}。",
        "人民币兑美元中间价报{fx}，较前一交易日上调{number}个基点。",
        "{company}控股股东{name}计划在未来{dur}内增持公司股份，增持金额{money}。",
        "{ordinal}上市公司名单中，{prov_short}企业有{q_jia}，总市值{money_big}。",
        "该公司{year}年度利润分配预案为每10股派发现金红利{price}（含税），共计派发{money}。",
    )),
    Genre("property", False, (
        "{ym}{city_short}新房成交{q_tao} 均价{pct_change}", "{company}{money_big}竞得{county}宅地",
        "{city}筹集保障性租赁住房{q_tao}",
    ), (
        "{ym}，{city}新建商品住宅成交{q_tao}，成交面积{q_m2}，{pct_change}；成交均价为每平方米{money_small}。",
        "据{city_short}市住建局数据，{period}全市二手房网签{q_tao}，{pct_change}。",
        "{company}以{money_big}竞得{county}一宗面积{q_m2}的住宅用地，溢价率{pct}，楼面价{money_small}/平方米。",
        "{city}将在{dur}内筹集保障性租赁住房{q_tao}，{year}年计划开工{q_tao}，完成投资{money_big}。",
        "首套房商业贷款利率下限调整为{pct}，二套房首付比例由{cheng}降至{cheng}。",
        "业主{name}告诉记者，他在{county}购买的一套{q_m2}的房子总价{money}，每月还贷{money_small}。",
        "购房咨询热线：{tel}；项目地址：{city}{county}建设路{number}号。",
        "{rel}全国{q_cheng}大中城市中，新建商品住宅价格环比下降的城市有{q_cheng}。",
        "{city}住房公积金管理中心{period}共发放个人住房贷款{money_big}，支持{hc_hu}职工家庭购房。",
        "{company}在{country}的海外项目本年度签约销售额{usd}，同比增长{pct}。",
        "开发商{company}{md}发布公告称，已按期交付{q_tao}住房，交付率达{pct}。",
        "记者在{city}{county}看到，{q_ge}在建项目中有{q_ge}处于停工状态，涉及购房户{hc_hu}。",
        "部分楼盘推出{discount}优惠，一套{q_m2}的三居室可省下{money}。",
        "{city}{period}土地出让收入{money_big}，{pct_change}，占地方一般公共预算收入的{cheng}。",
    )),
    Genre("education", False, (
        "{year}年{prov_short}高考报名{hc_wan}", "{city}新增学位{q_ge} 总投资{money_big}",
        "{county}{hc_ming}困难学生领到助学金",
    ), (
        "{year}年{prov}普通高考报名人数达{hc_wan}，比上年增加{hc_ren}，其中复读考生约占{cheng}。",
        "{city}教育局{md}透露，{rel}全市新建、改扩建中小学{q_suo}，新增学位{q_ge}，总投资{money_big}。",
        "{county}为{hc_ming}家庭经济困难学生发放助学金{money}，每生每年{money_small}。",
        "全{scope}共有普通高校{q_suo}，在校生{hc_wan}，研究生招生规模{pct_change}。",
        "{school}与{country}的{q_suo}高校签订合作协议，每年互派交换生{hc_ming_small}，学制{dur}。",
        "义务教育阶段巩固率达到{pct}，高中阶段毛入学率提高{pp}，达到{pct}。",
        "{md_range}，{city}举行{ordinal}中小学教师招聘考试，{hc_ren}报名竞争{q_ge}岗位。",
        "报名咨询电话{tel}，详情请登录{url}。",
        "{name}老师在{county}山区执教{years}，先后资助学生{hc_ming_small}，累计捐出工资{money}。",
        "学生营养改善计划覆盖{q_xian}县，每生每天补助{price}，{period}共投入{money_big}。",
        "全{scope}学前教育毛入园率达{pct}，普惠性幼儿园覆盖率{pct_change}。",
        "{school}{year}年本科招生计划{hc_ming}，其中面向农村和贫困地区专项计划{hc_ming}，占{pct}。",
        "{hc_wei}专家在会上指出，{rel}师生比已由{fraction}改善到接近全国平均水平。",
        "{county}投入{money}为{q_suo}乡村学校配备电脑{q_zhang}，{hc_ren}教师参加了信息化培训。",
    )),
    Genre("disaster", False, (
        "{city}{county}发生{magnitude}级地震 {hc_ren}受伤", "强降雨致{prov_short}{hc_wan}受灾 直接经济损失{money_big}",
        "{prov}启动{level}级应急响应",
    ), (
        "{md}{clock}，{city}{county}发生{magnitude}级地震，震源深度{q_km}。",
        "受强降雨影响，{prov}{q_xian}县（市、区）{hc_wan}受灾，紧急转移安置{hc_ren}，倒塌房屋{q_jian}。",
        "农作物受灾面积{q_ha}，其中绝收{q_mu}，直接经济损失{money_big}。",
        "截至{md}{clock}，灾害共造成{hc_ren}死亡、{hc_ren}失踪，{hc_ren}受伤。",
        "{prov}应急管理厅启动{level}级应急响应，调拨帐篷{q_ding}、折叠床{q_zhang}、棉被{q_chuang}。",
        "中央财政下拨{prov}自然灾害救灾资金{money}，{prov}财政配套{money}。",
        "{county}境内{q_km}国省干线公路中断，{q_ge}行政村停电，{hc_hu}群众饮水困难。",
        "当地气象台预计，{md_range}{city}仍有大到暴雨，局地累计降雨量可达{q_mm}。",
        "{country}、{country}等国政府和国际组织对灾区表示慰问，{country}红十字会捐款{usd}。",
        "截至目前，社会各界累计向灾区捐款捐物{money_big}，{county}共接收救灾物资{q_dun}。",
        "{rel}以来，{city}已组织{hc_rc}开展隐患排查，发现并整改隐患{q_chu}。",
        "救援热线{tel}全天开通，灾情信息通过{url}实时发布。",
        "{any_city}、{any_city}派出{hc_ming}救援人员和{q_liang}工程车辆驰援{county}。",
        "{rel}，{county}已恢复供电{pct}，{q_ge}安置点共安置群众{hc_ren}。",
    )),
    Genre("court", False, (
        "{city}中院宣判一起集资诈骗案 涉案{money_big}", "{county}法院{period}审结案件{q_jian}",
        "{name}受贿{money}被判{years}",
    ), (
        "{city}中级人民法院{md}公开宣判一起非法吸收公众存款案，被告人{name}以月息{pct}为诱饵，向{hc_ren}非法集资{money_big}。",
        "法院审理查明，{period}至{ym}，被告人{name}利用职务便利，先后收受他人财物共计{money}。",
        "一审判决被告人{name}有期徒刑{years}，并处罚金{money}，追缴违法所得{money}。",
        "原告{name}诉称，因对方违约造成其经济损失，共计索赔{bare_wan}，另要求支付利息{money_small}。",
        "{county}人民法院{period}共受理各类案件{q_jian}，审结{q_jian}，结案率{pct}，执行到位金额{money_big}。",
        "该团伙在{q_xian}省市作案{q_qi}，涉案金额{money}，{hc_ming}犯罪嫌疑人被依法批捕。",
        "法院同时判令{company}支付拖欠的{hc_ming}农民工工资{money}。",
        "被告人{name}当庭表示服判，不上诉；案件受理费{money_small}由被告负担。",
        "据办案检察官介绍，涉案{q_tao}房产、{q_liang}车辆已被依法查封，冻结银行存款{money}。",
        "{prov}高级人民法院{md}发布白皮书，{rel}全{scope}法院受理知识产权案件{q_jian}，{pct_change}。",
        "当事人可拨打{tel}咨询诉讼服务，或访问{url}查询案件进度。",
        "本案中，{country}籍被告人{foreign_name}走私货物{q_dun}，偷逃税款{money}。",
        "经鉴定，{name}驾驶的车辆事发时车速为每小时{q_km}，造成{hc_ren}受伤、财产损失{money}。",
    )),
    Genre("trade", False, (
        "{period}{city_short}外贸进出口{money_big}", "{prov_short}对{country}出口{pct_change}",
        "中欧班列{period}开行{q_lie}",
    ), (
        "据{city_short}海关统计，{period}{city}外贸进出口总值{money_big}，{pct_change}。",
        "其中，对{country}进出口{money_big}，{pct_change}；对{country}进出口{money_big}，{pct_change}。",
        "{company}与{country}客商签订出口合同{q_fen}，合同金额{usd}。",
        "{ym}，经{city}口岸出口的机电产品{q_dun}，价值{usd}。",
        "{country}已连续{years}成为{prov}第一大贸易伙伴，双边贸易额占全{scope}外贸总值的{pct}。",
        "跨境电商进出口{money_big}，增长{pct}，{q_jia}企业开展跨境电商业务。",
        "{md_range}，{prov}经贸代表团访问{country}和{country}，签约项目{q_ge}，总金额{usd}。",
        "出口{country}的{q_teu}集装箱货物已于{md}从{city_short}港启运。",
        "中欧班列{period}开行{q_lie}，运送货物{q_teu}，货值{money_big}。",
        "进口铁矿砂{q_dun}，均价每吨{usd_small}，{pct_change}。",
        "海关提醒企业，可通过{url}办理申报，或拨打{tel}咨询。",
        "{prov}与“{slogan}”沿线国家进出口{money_big}，占比提高到{pct}，{code}等新产品出口增长较快。",
        "{any_city}、{any_county}的{q_jia}外贸企业参加了在{country}举办的展会，现场成交{usd}。",
    )),
    Genre("hongkong", True, (
        "{hk_district}公屋計劃 政府撥款{hkd}", "本港{period}失業率{pct}", "{hk_district}舊樓火警 {hc_ren}疏散",
    ), (
        "政府統計處{md}公佈，{period}本港失業率為{pct}，較上一季上升{pp}。",
        "財政司司長{hk_name}表示，政府將撥款{hkd}，向合資格市民發放每人{hkd_small}消費券，預計{hc_wan}受惠。",
        "{hk_district}一幢舊樓{md}凌晨發生三級火警，消防處派出{q_liang}消防車及{hc_ming}消防員到場，{hc_ming}居民疏散。",
        "一個位於{hk_district}的新盤{md}推出{q_tao}單位，最平售價{hkd}，實用面積{q_m2}。",
        "恒生指數收市報{index_points}，全日升{points}，成交額{hkd}。",
        "機管局數字顯示，{period}香港國際機場客運量達{hc_rc}，按年上升{pct}。",
        "醫管局指，{md_range}共有{hc_ming}病人輪候急症室超過{dur}。",
        "旅遊發展局統計，{period}訪港旅客{hc_rc}，其中內地旅客佔{cheng}，來自{hk_country}的旅客按年下跌{pct}。",
        "市民可致電{tel}或瀏覽{url}查詢詳情。",
        "法庭{md}判處一名{age}歲男子入獄{dur}，另須賠償{hkd_small}。",
        "房屋委員會計劃在{dur}內興建{q_tao}公營房屋，涉及土地{q_ha}。",
        "一名的士司機稱，近日每日收入只有{hkd_small}，較去年同期減少{cheng}。",
        "特區政府與{hk_country}簽署協議，雙邊貿易額去年達{usd}，按年增長{pct}。",
        "{hk_district}區議會通過撥款{hkd}，在{q_chu}地點加建無障礙設施，預計{dur}內完工。",
    )),
)  # fmt: skip

# Sentences that any mainland genre may use, for variety.
GENERIC: tuple[str, ...] = (
    "{name}表示，下一步将认真贯彻落实中央和{prov_short}的部署，确保各项工作落到实处。",
    "记者从{city}有关部门获悉，{rel}{city_short}共安排{money}用于改善民生。",
    "该项目于{date}开工建设，预计{dur}后建成投用，总投资{money_big}。",
    "{county}位于{prov_short}{direction}部，总面积{q_km2}，户籍人口{hc_wan}。",
    "此外，{any_city}、{any_city}和{any_city}也出台了类似措施。",
    "当地干部群众把这一做法概括为“{slogan}”。",
    "据悉，{any_county}、{any_county}等地已有{q_jia}企业参与其中，带动就业{hc_ren}。",
    "来自{country}、{country}的{hc_ming_small}专家参加了{md}举行的研讨会。",
    "统计显示，这一比例比{prev_year}年提高了{pp}，是{year}年以来的最高水平。",
    "{ordinal}项目名单同时公布，{any_prov}共有{q_xiang}项目入选，获得补助{money}。",
    "{md_range}，{any_prov}、{any_prov}两地还联合举办了招聘会，提供岗位{q_ge}，{hc_ren}达成就业意向。",
    "{city}{county}{rel}植树{q_ke}，新增造林面积{q_mu}，森林覆盖率达到{pct}。",
    "在{any_county}，{hc_hu}农户种植大棚蔬菜{q_mu}，亩均收入{money_small}。",
    "更多信息可关注官方网站{url}或拨打服务热线{tel}。",
)


HEADER_TEMPLATES: tuple[str, ...] = (
    "新闻中心 > 国内新闻 > 正文\n\n{headline}\n\n\n{url} {pubdate} {source}\n\n",
    "{headline}\n来源：{source}　发布时间：{pubdate}\n\n",
    "{headline}\n\n{pubdate}　{source}　作者：{name}\n\n",
)
HK_HEADER = "{headline}\n\n{pubdate}　香港新聞\n\n"
DATELINES: tuple[str, ...] = (
    "新华社{city_short}{md}电（记者{name}）", "本报讯（记者{name} 通讯员{name}）",
    "{source}{city_short}{md}消息（记者{name}）",
    "中新网{city_short}{md}电（{name}）", "",
)  # fmt: skip
CLOSINGS: tuple[str, ...] = ("（责任编辑：{name}）", "（完）", "（记者{name}）", "")


# ---------------------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    index: int
    genre: str
    text: str

    @property
    def filename(self) -> str:
        return f"{self.index:04d}_{self.genre}.txt"


class _Filler:
    """The mapping ``str.format_map`` reads: fixed article context first, else a fresh draw from a slot."""

    def __init__(self, rng: random.Random, ctx: Ctx, traditional: bool) -> None:
        self.rng, self.ctx, self.traditional = rng, ctx, traditional

    def __getitem__(self, key: str) -> str:
        if key in self.ctx:
            return self.ctx[key]
        value = SLOTS[key](self.rng, self.ctx)
        return value.translate(TRAD) if self.traditional else value


def _context(rng: random.Random) -> Ctx:
    prov, pref = _pick_place(rng)
    year = rng.randint(2003, 2024)
    return {
        "prov": prov.name, "prov_short": prov.short, "scope": prov.scope, "city": pref.name,
        "city_short": pref.short, "county": rng.choice(pref.counties), "year": str(year), "prev_year": str(year - 1),
    }  # fmt: skip


def _pubdate(rng: random.Random, ctx: Ctx) -> str:
    y, m, d, h, mi = int(ctx["year"]), rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 23), rng.randint(0, 59)
    return rng.choice((f"{y}年{m:02d}月{d:02d}日{h:02d}:{mi:02d}", f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}"))


def article(index: int, seed: int = DEFAULT_SEED) -> Article:
    """Article ``index`` of the corpus ``seed``: the same pair always gives the same text."""
    rng = random.Random(f"newsfacts-bench:{seed}:{index}")
    genre = GENRES[index % len(GENRES)]
    ctx = _context(rng)
    fill = _Filler(rng, ctx, genre.traditional)
    target = rng.randint(MIN_BYTES + 100, MAX_BYTES - 500)
    ctx["headline"] = rng.choice(genre.headlines).format_map(fill)
    ctx["pubdate"] = _pubdate(rng, ctx)
    header = (HK_HEADER if genre.traditional else rng.choice(HEADER_TEMPLATES)).format_map(fill)
    pool = genre.body if genre.traditional else genre.body + GENERIC
    order: list[str] = []
    paragraphs: list[str] = []
    size = len(header.encode())
    first = "" if genre.traditional else rng.choice(DATELINES).format_map(fill)
    while size < target:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            if not order:
                order = list(pool)
                rng.shuffle(order)
            sentences.append(order.pop().format_map(fill))
        paragraph = "　　" + first + "".join(sentences)
        first = ""
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    closing = "" if genre.traditional else rng.choice(CLOSINGS).format_map(fill)
    text = header + "\n\n".join(paragraphs) + ("\n\n" + closing if closing else "") + "\n"
    while len(text.encode()) > MAX_BYTES:  # a long last paragraph: drop sentences from the end
        text = text[: text.rstrip("\n").rfind("。", 0, len(text) - 2) + 1] + "\n"
    return Article(index, genre.name, text)


def generate(n: int = DEFAULT_ARTICLES, seed: int = DEFAULT_SEED) -> Iterator[Article]:
    """The first ``n`` articles of the corpus ``seed``, in memory."""
    check_templates()
    for i in range(n):
        yield article(i, seed)


def check_templates() -> None:
    """Every ``{slot}`` of every template is known (raises KeyError naming the first unknown one)."""
    known = set(SLOTS) | {"prov", "prov_short", "scope", "city", "city_short", "county", "year", "prev_year"}
    known |= {"headline", "pubdate"}
    templates = [*GENERIC, *HEADER_TEMPLATES, HK_HEADER, *DATELINES, *CLOSINGS]
    for genre in GENRES:
        templates += [*genre.headlines, *genre.body]
    for template in templates:
        for _, field, _, _ in string.Formatter().parse(template):
            if field is not None and field not in known:
                raise KeyError(f"unknown slot {{{field}}} in template {template!r}")


def place_names() -> set[str]:
    """Every province, prefecture and county name of the tables (full forms)."""
    names = {p.name for p in PROVINCES} | {f.name for p in PROVINCES for f in p.prefectures}
    return names | {c for p in PROVINCES for f in p.prefectures for c in f.counties}


def write_corpus(out: Path, n: int = DEFAULT_ARTICLES, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write the first ``n`` articles to ``out`` (created if needed), one UTF-8 file each; returns the paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in generate(n, seed):
        path = out / a.filename
        path.write_text(a.text, encoding="utf-8")
        paths.append(path)
    return paths


def describe(articles: list[Article]) -> str:
    """A short summary: sizes, genres, distinct places that occur."""
    sizes = sorted(len(a.text.encode()) for a in articles)
    chars = sum(len(a.text) for a in articles)
    joined = "\n".join(a.text for a in articles)
    places = {p for p in place_names() if p in joined}
    genres = Counter(a.genre for a in articles)
    return (
        f"{len(articles)} articles, {chars:,} characters, {sizes[0]:,}–{sizes[-1]:,} bytes each "
        f"(median {sizes[len(sizes) // 2]:,}); {len(places)} distinct province/prefecture/county names; "
        f"genres: {', '.join(f'{g} {c}' for g, c in sorted(genres.items()))}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--articles", type=int, default=DEFAULT_ARTICLES, help="how many (default 500)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"corpus seed (default {DEFAULT_SEED})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="directory (default benchmarks/corpus/)")
    parser.add_argument("--print", dest="show", type=int, metavar="I", help="print article I and exit")
    args = parser.parse_args(argv)
    if args.show is not None:
        print(article(args.show, args.seed).text)
        return 0
    write_corpus(args.out, args.articles, args.seed)
    print(f"wrote {args.out}: " + describe(list(generate(args.articles, args.seed))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
