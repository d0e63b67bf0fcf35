"""Quantities: every other counted or measured amount, by its unit or classifier.

Each row: the unit as written → how it reads. Units that also make everyday words with a lone digit
(一点, 两手, 一口气, 两头) need an Arabic number or a numeral of more than one character. A new unit is one
row here plus one corpus example.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from ..models import Approx


class Unit(NamedTuple):
    unit: str  # the unit reported
    weak_ok: bool = True  # may follow a lone Chinese digit (两只, 三个)
    approx: Approx | None = None  # the row itself says how sure: 个多月 is more than N months
    duration: bool = False  # a length of time: it has no subject
    counts: bool = False  # a classifier that counts things (5只基金), not a measure (5吨): see link.find_subject
    half: bool = False  # the word holds 半: 个半月 is N and a half months


def _rows(*words: str, weak_ok: bool = True, counts: bool = False) -> dict[str, Unit]:
    return {w: Unit(w, weak_ok=weak_ok, counts=counts) for w in words}


# Other ways to write a unit → the unit they are (公尺 → 米, KG → kg, ㎡ → m²). A fact reports its unit as
# written (simplified script, like every unit here: 平米 and 平方米 are both rows); its standard reading
# (units.py) is the same for every spelling.
SPELLINGS: dict[str, str] = {}


def _spellings(unit: str, *words: str, weak_ok: bool = True) -> dict[str, Unit]:
    """``unit`` and other ways to write it, each reported as written."""
    SPELLINGS.update((w, unit) for w in words)
    return {w: Unit(w, weak_ok=weak_ok) for w in (unit, *words)}


def _durations(*words: str) -> dict[str, Unit]:
    return {w: Unit(w, duration=True) for w in words}


UNITS: Final[dict[str, Unit]] = {
    # Classifiers of things and events.
    **_rows(
        "个", "只", "家", "所", "座", "台", "辆", "架", "艘", "件", "套", "项", "条", "张", "本", "幅", "枚",
        "颗", "棵", "株", "匹", "篇", "部", "份", "册", "箱", "袋", "瓶", "桶", "栋", "幢", "间", "处", "宗",
        "例", "起", "场", "届", "批", "轮", "期", "种", "类", "款", "支", "门", "道", "笔", "单", "盒", "包",
        "箱次", "架次", "班次", "车次", "辆次", "艘次", "台次", "场次", "次", "趟", "封", "首", "块", "片", "副", "双",
        "排", "层", "吨次", "亩次", "个点", "村", "顶", "盏", "根", "床", "种次", "部委", "部门", "列",
        "捆", "批次", "卷", "针",  # volumes of a work (100卷), stitches and shots (缝了两针, 接种三针)
        "页",  # pages of a document (60多页)
        "人次", "名次",  # visits (3600万人次: one person may count several times) and places in a ranking
        "伙",  # flats in Hong Kong property news (提供2伙复式户), and gangs (两伙人)
        "班", "车",  # flights and wagonloads, only after their verb or noun (GUARDS): 飞行11400班, 装车8万车
        "省份", "省区", "省市", "省区市", "城市",  # divisions counted with no classifier (9省份调整…, 70城市房价)
        "区县", "县区", "市县", "县市", "地市", "市州",
        counts=True,
    ),
    # Measures.
    **_rows(
        "吨", "千克", "公斤", "克", "斤", "磅", "盎司", "亩", "公顷", "平方米", "平米", "平方公里", "平方千米",
        "公里", "千米", "米", "厘米", "毫米", "英里", "海里", "立方米", "升", "毫升", "加仑", "千瓦", "千瓦时",
        "兆瓦", "瓦", "度电", "伏", "千伏", "摄氏度", "℃", "标箱", "个基点", "基点", "户次",
        "毫克", "微克", "微米", "纳米", "英尺", "英寸", "英亩", "平方英尺", "平方厘米", "立方厘米", "吉瓦",
        "兆瓦时", "吉瓦时", "太瓦时", "马力", "焦耳", "千焦", "兆焦", "千卡", "大卡", "百帕", "千帕", "兆帕",
        "华氏度", "℉", "吨公里",
        "度",  # electricity, only right after 万 or 亿 (500万度): scan takes it nowhere else (GUARDS)
        "级",  # an earthquake's magnitude, only before 地震 (6.8级地震): not 三级医院, 二级响应 (GUARDS)
    ),
    # Regional and older Chinese names, read as the mainland one (呎 in Hong Kong property news is often
    # square feet; it is read as a foot, while 方尺 and 方呎 are square feet).
    **_spellings("米", "公尺"), **_spellings("厘米", "公分"), **_spellings("毫米", "公厘"),
    **_spellings("升", "公升"), **_spellings("吨", "公吨"), **_spellings("克", "公克"),
    **_spellings("英尺", "呎"), **_spellings("英寸", "吋"), **_spellings("平方米", "平方公尺"),
    **_spellings("立方米", "立方公尺"), **_spellings("平方英尺", "平方呎", "方尺", "方呎"),
    **_spellings("坪", weak_ok=False),
    # Latin-letter symbols, one spelling each (case matters: mW is not MW, and 5G, 3M, 10W+ are no units);
    # never inside a longer Latin word (100MBA), and no g of 5g网络: GUARDS.
    **_spellings("kg", "KG", "Kg", "㎏"), **_spellings("g"), **_spellings("mg", "㎎"), **_spellings("t"),
    **_spellings("km", "KM", "Km", "㎞"), **_spellings("m"), **_spellings("cm", "㎝"),
    **_spellings("mm", "㎜"), **_spellings("nm"), **_spellings("m²", "m2", "㎡"),
    **_spellings("km²", "km2", "㎢"), **_spellings("m³", "m3", "㎥"), **_spellings("L"),
    **_spellings("mL", "ml", "㎖"), **_spellings("kW", "KW", "kw", "㎾"), **_spellings("MW", "㎿"),
    **_spellings("GW"), **_spellings("kWh", "KWh", "KWH", "kwh", "Kwh"), **_spellings("MWh"),
    **_spellings("GWh"), **_spellings("TWh"), **_spellings("kV", "KV", "kv"), **_spellings("KB"),
    **_spellings("MB"), **_spellings("GB"), **_spellings("TB"), **_spellings("PB"), **_spellings("ZB"),
    **_spellings("℃", "°C"), **_spellings("℉", "°F"), **_spellings("bp", "BP"),
    # Rates and concentrations, written with a slash (a price per unit, 8000元/平方米, stays money).
    **_rows(
        "微克/立方米", "毫克/立方米", "毫克/升", "公里/小时", "千米/小时", "米/秒", "千克/亩", "公斤/亩",
    ),
    **_spellings("km/h", "KM/H", "Km/h"), **_spellings("m/s"), **_spellings("μg/m³", "µg/m³", "μg/m3", "µg/m3"),
    **_spellings("mg/m³", "mg/m3"), **_spellings("mg/L", "mg/l"),
    # Units that make everyday words with a lone digit (一点, 两手, 一口气, 两头, 三股势力, 一倍).
    **_rows("头", "股", "手", "点", "倍", "口", weak_ok=False),
    # Ages.
    **_rows("岁", "周岁"),
    # Durations: 3年, 两个月, 10天 (years as dates, 2005年, are kept out by the scanner).
    **_durations(
        "年", "个月", "周", "个星期", "星期", "天", "小时", "个小时", "分钟", "秒", "秒钟", "个交易日",
        "个工作日", "晚", "夜",
        "周年",  # an anniversary (成立100周年), not 100 weeks
    ),
    # 一个半小时, 两个半月: half a unit more (resolve adds it); the row's unit is the whole one's.
    "个半月": Unit("个月", duration=True, half=True),
    "个半小时": Unit("个小时", duration=True, half=True),
    "个半星期": Unit("个星期", duration=True, half=True),
    "个多月": Unit("个月", approx="over", duration=True),
    "个多小时": Unit("个小时", approx="over", duration=True),
    "个多星期": Unit("个星期", approx="over", duration=True),
}  # fmt: skip

# Where the scanner takes a unit only in one setting: word → (a look-behind, a look-ahead). 度 is electricity
# only right after 万 or 亿 (500万度, 14.89亿度; not 360度, 三度夺冠, 30度, 上万度高温); g after a lone 2-6
# is no gram before a word of mobile networks (5g网络, 4g手机; 6g盐 is one); an inch is none after the slash
# of a fraction, which the scanner does not read (a 1/2.3英寸 sensor is not 2.3 inches).
_NETWORK_WORDS = ("网", "手机", "基站", "信号", "时代", "技术", "商用", "套餐", "用户", "终端", "芯片", "牌照", "通信")
_NOT_AFTER_SLASH = "(?<!/[0-9])(?<!/[0-9]{2})(?<!/[0-9][.．][0-9])(?<!/[0-9][.．][0-9]{2})"
# An earthquake's magnitude (6.8级地震) is the quake's: these words after 级 make it one (not 7级地震预案,
# 1级地震应急响应: response levels) and are its subject.
QUAKES: Final[tuple[str, ...]] = ("强烈地震", "大地震", "地震", "强震", "余震")  # longest first
# Units without a standard measure that a column title still holds as a figure of the story (【甘肃6.6级地震】).
TITLE_MEASURES: Final[frozenset[str]] = frozenset({"级"})
GUARDS: Final[dict[str, tuple[str, str]]] = {
    "度": ("(?<=[万亿])", "(?!高温|的高温)"),
    "级": ("", f"(?=(?:左右的?)?(?:{'|'.join(QUAKES)})(?!预案|应急|响应))"),
    # flights counted by 班 after 航班/飞行 (航班预计飞行11400班; not 25人一班, 小班制), wagonloads by 车 after 装车
    "班": ("(?<=(?:航班|飞行|执飞|起降)[^，,。；;！？\n]{0,10})", "(?![次机级子长组制])"),
    "车": ("(?<=装车[^，,。；;！？\n]{0,8})", "(?![次辆皮间厢站队型主])"),
    "g": ("", f"(?!(?<=(?<![0-9.])[2-6]g)(?:{'|'.join(_NETWORK_WORDS)}))"),
    "英寸": (_NOT_AFTER_SLASH, ""),
    "吋": (_NOT_AFTER_SLASH, ""),
}

# Points of a stock index: their subject is the index named before them (上证综指收于2249.11点).
INDEX_POINTS: Final[frozenset[str]] = frozenset({"点"})

# Units whose subject is only ever written after them: 76岁男子 (an age is not of what came before).
AFTER_ONLY_SUBJECT: Final[frozenset[str]] = frozenset({"岁", "周岁"})
# …unless the phrase before names an age (人均预期寿命达到78.6岁, 平均年龄为35岁): then it is the subject.
AGE_MEASURES: Final[tuple[str, ...]] = ("寿命", "年龄", "岁数", "年纪", "工龄", "党龄", "树龄", "年龄段")
# …and a length of time takes the phrase before it when that phrase names a length of time (停留时长|延长至
# 4—5天, 资质有效期|5年); else a duration is no count of anything (3年, 24小时).
DURATION_MEASURES: Final[tuple[str, ...]] = (
    "时间", "用时", "耗时",
    "时长", "期限", "有效期", "周期", "工期", "任期", "刑期", "年限", "时限", "保质期", "租期", "学制", "假期",
    "建仓期", "封闭期", "锁定期", "观察期", "过渡期", "缓冲期", "试用期", "航程", "行程", "寿命",
    "经验", "教龄", "工龄", "驾龄", "房龄",  # 10年的|工作经验, 从业经验|超过10年 (not 经历, a verb too)
)  # fmt: skip
# …but after 的 the bare word is the length itself (三个月的|时间, 42天的|时间里): no subject.
BARE_DURATIONS: Final[frozenset[str]] = frozenset({"时间", "时长", "期限", "周期"})
# Classifiers that count how often something happens (两次|触发熔断机制): what follows them is the predicate.
OCCURRENCES: Final[tuple[str, ...]] = ("次", "趟", "遍", "回", "番", "轮")
# Classifiers that are the noun they count (八部门, 三部委): the subject is the word itself, not what follows.
# Divisions counted with no classifier (9省份, 11省市): the word names what is counted.
DIVISION_COUNTS: Final[frozenset[str]] = frozenset(
    {"省份", "省区", "省市", "省区市", "城市", "区县", "县区", "市县", "县市", "地市", "市州"}
)
# Counts of visits by people (3600万人次): their subject is found as a headcount's (who, or what happened to
# them: 580万人次|受灾).
PEOPLE_VISITS: Final[frozenset[str]] = frozenset({"人次"})

SELF_NAMED: Final[frozenset[str]] = frozenset({"部门", "部委", *DIVISION_COUNTS})
# Multiples of a base (A是B的3倍): the figure is A's, not the base's.
MULTIPLE_UNITS: Final[frozenset[str]] = frozenset({"倍"})
