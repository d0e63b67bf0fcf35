"""Words that say how sure a figure is, by where they stand, and the range separators.

One row per word; the scanner builds its patterns from these tables (longest word first), so a new
qualifier is one line here plus one corpus example.
"""

from __future__ import annotations

from typing import Final

from .models import Approx

# Before the number (and inside the fact's span): 约2.4万亿元, 近1.6万亿元, 突破26万亿元.
BEFORE: Final[dict[str, Approx]] = {
    "约": "about", "大约": "about", "约为": "about", "大概": "about", "大致": "about", "约合": "about",
    "近": "under", "将近": "under", "接近": "under", "不到": "under", "不足": "under", "不超过": "under",
    "不满": "under", "少于": "under", "低于": "under", "最多": "under", "至多": "under", "未超过": "under",
    "超过": "over", "超": "over", "逾": "over", "突破": "over", "至少": "over", "最少": "over",
    "不少于": "over", "不低于": "over", "多于": "over", "高于": "over", "超出": "over",
    "最高": "under", "最低": "over", "约达": "about", "顶多": "under", "起码": "over", "最起码": "over",
    "不得超过": "under", "不能超过": "under", "不会超过": "under", "不高于": "under", "不得低于": "over",
    "不能低于": "over", "最长": "under", "最短": "over", "满": "over", "未满": "under",
}  # fmt: skip
# 最高5万元 is a cap (under), 最低1800元 a floor (over). 高达, 多达 ("as high as", "as many as") are emphasis,
# not qualifiers: the figure is exact and its span starts at the number (跌幅高达4.72%).

# What may stand between a qualifier before the number and the number, and stays inside the span: a particle
# or verb (大约有25人, 超过了50%, 大约是7万元, 约在3万到4万元之间, 最高可达5万元, 最多为6次, 最低为30%, 每年大约需
# 4万元, 每人最多可获2.4万元), after it a
# rate word (约在每年3万, one of money.PER_UNITS), then spaces as scraped pages have them (将近 300亿元: ASCII,
# full-width, no-break).
LINKERS: Final[tuple[str, ...]] = ("有", "了", "在", "是", "为", "可达", "可达到", "需", "需要", "可获", "可获得")
# …but 最高 and 最低 with a copula after them report the extreme reached (第四季度最低为7930元, 盘中最高为267.95元):
# the figure is exact and starts at its number, as after 高达; a cap or a floor is written without it
# (最高5万元, 最高可达5万元).
EXTREMES_BEFORE_COPULA: Final[tuple[str, ...]] = ("最高", "最低")
COPULAS_OF_EXTREMES: Final[tuple[str, ...]] = ("为", "是", "达")
SPACES: Final[str] = " \u3000\u00a0"
MAX_SPACES: Final[int] = 3

# Characters that, just before a qualifier, make it part of another word: 最近3天 (recently), 附近有300户,
# 签约30家, 节约300万元, 赶超3家, 想不到3天, 历史最高3400点 (a record, not a cap).
NOT_AFTER: Final[dict[str, str]] = {
    "近": "最附临靠邻亲就远",
    "约": "签节违预合公特制契邀赴履相誓婚解续毁缔立守践隐",  # not 条: 每条约300元
    "超": "赶",
    "不到": "想料",
    "最高": "史中内", "最低": "史中内",
    "过": "不经通越度错路闯跨穿渡胜赛难",  # REACHING: 不过百人 is "only", a verb's 过 no qualifier
    "满": "充圆美占住坐挤爆布装堆摆写填排站躺开期不自饱丰溢盈加未",  # 缴存满一年 (at least); not 坐满300人
}  # fmt: skip

# After a qualifier a year (19xx年, 20xx年, not a round hundred) is the time compared with, a date, not a length
# of time: 超过2008年, 接近2008年的低点, 大约 2008年, 3年最低2010年. It is a length only when one of these
# follows: 约1990年前, 近1990年来; and 有超过2000年的历史 is a length (a round hundred).
YEAR_AS_LENGTH_BEFORE: Final[tuple[str, ...]] = ("前", "来", "多", "余", "之久", "历史")

# Between the number and its scale or unit: 3550多万元, 116万余元, 十来个, 二十几个, 100+家 (web style).
INSIDE: Final[dict[str, Approx]] = {"多": "over", "余": "over", "几": "over", "来": "about", "+": "over", "＋": "over"}

# After the unit: 30人左右, 5只以上, 100元以下, 10万+.
AFTER: Final[dict[str, Approx]] = {
    "左右": "about", "上下": "about", "前后": "about",
    "以上": "over", "之多": "over", "有余": "over", "开外": "over", "出头": "over", "多": "over",
    "+": "over", "＋": "over",
    "以下": "under", "以内": "under", "之内": "under", "不到": "under",
    "及以上": "over", "或以上": "over", "（含）以上": "over", "(含)以上": "over",
    "及以下": "under", "或以下": "under", "（含）以下": "under", "(含)以下": "under",
    "内": "under",  # 3小时内, 30天内: only after a length of time (ONLY_AFTER_UNITS), not 10家内资企业
}  # fmt: skip
# After-words that qualify only these units: 内 after a length of time (3小时内 is at most three hours).
_LENGTHS_OF_TIME: Final[tuple[str, ...]] = (
    "年", "个月", "月", "周", "个星期", "星期", "天", "日", "小时", "个小时", "分钟", "秒", "个工作日", "个交易日",
)  # fmt: skip
ONLY_AFTER_UNITS: Final[dict[str, tuple[str, ...]]] = {"内": _LENGTHS_OF_TIME}
# 在3万到4万元之间 is a range (value, high), exact: 之间 is not a qualifier and stays outside the span;
# 约在3万到4万元之间 is about, by its 约.

# 上万人, 上千名, 过百亿元: a bare scale word after 上 or 过 means "reaching" or "passing" it, i.e. at least that
# many; not the 过 of 不过, 经过, 通过, 度过 … (其中不过百人 is "only", a verb's 过 no qualifier).
REACHING: Final[tuple[str, ...]] = ("上", "过")

# Range separators between two numbers: 3万至5万元, 3-5万元, 3～5个, 1万元--5万元 (a doubled hyphen, as
# plain-text pages write a dash).
RANGE_SEPARATORS: Final[tuple[str, ...]] = ("至", "到", "-", "－", "—", "–", "~", "～", "〜", "——", "--", "－－")


def before(word: str | None) -> Approx | None:
    """How sure a word before the number makes the figure: a qualifier's reading, over for a REACHING word."""
    if word is None:
        return None
    return BEFORE.get(word) or ("over" if word in REACHING else None)


def combine(*readings: Approx | None) -> Approx:
    """The first reading that is not exact wins: 近100元左右 is 'under'."""
    for r in readings:
        if r and r != "exact":
            return r
    return "exact"

# A cap, a floor or an estimate of a share that names its base between the word and the figure: 不超过最大承载量的
# 75% (under), 不得超过乘客定额50% (under), 约占全国四分之一 (about). The figure's span stays at its number (the base
# stands between); only ``approx`` says so.
OF_A_BASE: Final[dict[str, Approx]] = {
    "不超过": "under", "不得超过": "under", "不能超过": "under", "不高于": "under", "最多占": "under",
    "不低于": "over", "不得低于": "over", "不少于": "over", "至少占": "over",
    "约占": "about", "大约占": "about", "大致占": "about",
}  # fmt: skip
