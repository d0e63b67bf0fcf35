"""Money: currency words after the number, currency signs before it, sub-units, and money verbs.

Sources: ISO 4217 codes; the Chinese names are those of Xinhua's and the People's Bank of China's usage,
with their traditional-script forms and Hong Kong colloquial words (蚊, 毫, 仙). A new currency is one row.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, NamedTuple

import regex

from .. import compiled


class Currency(NamedTuple):
    code: str
    factor: Decimal  # how many whole units one written unit is (角 = 0.1 元)


_ONE = Decimal(1)
_TENTH = Decimal("0.1")
_HUNDREDTH = Decimal("0.01")


def _rows(code: str, *names: str, factor: Decimal = _ONE) -> dict[str, Currency]:
    return {name: Currency(code, factor) for name in names}


# Written after the number: 300万元, 200欧元, 5000港幣, 100蚊.
AFTER: Final[dict[str, Currency]] = {
    **_rows("CNY", "元", "圆", "块", "块钱", "元钱", "元人民币", "人民币", "元整", "圆整", "元人民币整"),
    **_rows("CNY", "角钱", "毛钱", factor=_TENTH),
    **_rows("CNY", "分钱", factor=_HUNDREDTH),
    **_rows("USD", "美元", "美金", "美圆", "美刀", "元美金"),
    **_rows("USD", "美分", factor=_HUNDREDTH),
    **_rows("HKD", "港元", "港币", "港幣", "港圆", "港圓", "港纸", "蚊"),
    **_rows("HKD", "毫子", factor=_TENTH),
    **_rows("HKD", "仙", factor=_HUNDREDTH),
    **_rows("EUR", "欧元", "歐元"),
    **_rows("EUR", "欧分", "歐分", factor=_HUNDREDTH),
    **_rows("JPY", "日元", "日圆", "日圓", "日币", "日幣"),
    **_rows("GBP", "英镑", "英鎊"),
    **_rows("GBP", "便士", factor=_HUNDREDTH),
    **_rows("KRW", "韩元", "韓元", "韩币", "韓幣", "韩圆", "韓圜"),
    **_rows("TWD", "新台币", "新臺幣", "新台幣", "台币", "臺幣", "台幣", "新台币元"),
    **_rows("RUB", "卢布", "盧布"),
    **_rows("RUB", "戈比", factor=_HUNDREDTH),
    **_rows("MOP", "澳门元", "澳門元", "澳门币", "澳門幣", "葡币", "葡幣"),
    **_rows("AUD", "澳元", "澳大利亚元", "澳洲元", "澳币", "澳幣"),
    **_rows("CAD", "加元", "加拿大元", "加币", "加幣"),
    **_rows("NZD", "新西兰元", "纽元", "紐元", "紐西蘭元"),
    **_rows("SGD", "新加坡元", "新元", "新币", "新幣", "坡币"),
    **_rows("CHF", "瑞士法郎", "瑞郎"),
    **_rows("FRF", "法国法郎", "法郎"),
    **_rows("DEM", "德国马克", "马克", "西德马克"),
    **_rows("INR", "印度卢比", "卢比", "盧比"),
    **_rows("PKR", "巴基斯坦卢比"),
    **_rows("THB", "泰铢", "泰銖"),
    **_rows("MYR", "林吉特", "马币", "令吉", "馬幣"),
    **_rows("IDR", "印尼盾", "印度尼西亚盾"),
    **_rows("VND", "越南盾"),
    **_rows("PHP", "菲律宾比索", "菲律賓披索"),
    **_rows("MXN", "墨西哥比索"),
    **_rows("ARS", "阿根廷比索"),
    **_rows("BRL", "雷亚尔", "巴西雷亚尔", "雷阿尔"),
    **_rows("ZAR", "兰特", "南非兰特"),
    **_rows("TRY", "土耳其里拉", "里拉"),
    **_rows("SEK", "瑞典克朗"),
    **_rows("NOK", "挪威克朗"),
    **_rows("DKK", "丹麦克朗"),
    **_rows("CZK", "捷克克朗"),
    **_rows("PLN", "兹罗提", "波兰兹罗提"),
    **_rows("HUF", "福林", "匈牙利福林"),
    **_rows("UAH", "格里夫纳", "赫夫纳"),
    **_rows("KZT", "坚戈", "哈萨克斯坦坚戈"),
    **_rows("MNT", "图格里克", "蒙古图格里克"),
    **_rows("AED", "迪拉姆", "阿联酋迪拉姆"),
    **_rows("SAR", "沙特里亚尔", "里亚尔"),
    **_rows("KWD", "科威特第纳尔"),
    **_rows("IQD", "伊拉克第纳尔"),
    **_rows("EGP", "埃及镑"),
    **_rows("NGN", "奈拉", "尼日利亚奈拉"),
    **_rows("KES", "肯尼亚先令"),
    **_rows("MMK", "缅元", "缅甸元"),
    **_rows("KHR", "瑞尔", "柬埔寨瑞尔"),
    **_rows("LAK", "基普", "老挝基普"),
    **_rows("KPW", "朝鲜元"),
    **_rows("ILS", "新谢克尔", "谢克尔"),
    **_rows("XDR", "特别提款权"),
}

# Written before the number: 人民币300万元, RMB 5万, ¥12.5, US$3亿, HK$100.
BEFORE: Final[dict[str, str]] = {
    "人民币": "CNY", "人民幣": "CNY", "RMB": "CNY", "CNY": "CNY", "¥": "CNY", "￥": "CNY",
    "US$": "USD", "US＄": "USD", "USD": "USD", "$": "USD", "＄": "USD", "美元": "USD", "美金": "USD",
    "HK$": "HKD", "HK＄": "HKD", "HKD": "HKD", "港币": "HKD", "港幣": "HKD", "港元": "HKD",
    "NT$": "TWD", "NT＄": "TWD", "TWD": "TWD", "新台币": "TWD", "新臺幣": "TWD",
    "€": "EUR", "EUR": "EUR", "欧元": "EUR", "£": "GBP", "GBP": "GBP", "英镑": "GBP",
    "JPY": "JPY", "日元": "JPY", "A$": "AUD", "AUD": "AUD", "C$": "CAD", "CAD": "CAD",
    "S$": "SGD", "SGD": "SGD", "MOP$": "MOP", "MOP": "MOP", "₩": "KRW", "KRW": "KRW", "₽": "RUB",
}  # fmt: skip

# Main units after which 角/毛 and 分 may follow (5元3角 = 5.3, 3块5毛2分 = 3.52) and the colloquial
# trailing digit means tenths (3块5 = 3.5): both only for the yuan.
YUAN_UNITS: Final[frozenset[str]] = frozenset({"元", "圆", "块"})
JIAO_WORDS: Final[tuple[str, ...]] = ("角", "毛")
FEN_WORD: Final[str] = "分"

# 两毛五 = 0.25: 毛/角 alone need a trailing digit or 钱, since 三角形 and 一毛不拔 are not money.
BARE_JIAO_UNITS: Final[tuple[str, ...]] = ("毛", "角")

# Money words after which a bare number with a scale word is yuan: 索赔116万, 成交量近三千亿.
IMPLYING_VERBS: Final[tuple[str, ...]] = (
    "索赔", "赔偿", "赔付", "罚款", "罚金", "罚没", "捐款", "捐资", "捐赠", "投资", "融资", "募资", "募集",
    "筹资", "筹集", "拨款", "贷款", "借款", "欠款", "补贴", "补助", "奖金", "奖励", "悬赏", "工资",
    "年薪", "月薪", "收入", "营收", "营业额", "销售额", "利润", "净利", "净利润", "亏损", "成交额",
    "成交量", "交易额", "票房", "身家", "资产", "市值", "估值", "总价", "售价", "标价", "房价", "租金",
    "耗资", "斥资", "涉案金额", "诈骗", "骗取", "贪污", "受贿", "行贿", "挪用", "赃款", "税款", "逃税",
    "花了", "花费", "花掉", "损失", "拨付", "下拨", "补偿", "赚了", "挣了", "亏了", "砸了", "砸下", "出资",
    "投入", "减免", "节省", "节约", "预交", "缴纳", "交纳", "支付", "预付", "筹得", "募得",
    # nouns of money: 研发资金超过700亿, 财政经费3亿, 进出口总额3万亿 (a sum's words, not of people or things)
    "资金", "经费", "款项", "善款", "总额", "金额", "产值", "生产总值", "财政收入",
    # the size of a fund or an issue is money (管理规模231亿, 资产规模达到200亿)
    "管理规模", "资产规模", "基金规模", "募集规模", "发行规模", "融资规模", "资产净值",
    # a household's money (所有积蓄30万, 借了20万, 平均贷款额达到了100万)
    "积蓄", "存款", "首付", "首付款", "房贷", "月供", "贷款额", "借了", "欠了", "攒了", "存了", "凑了", "掏出",
)  # fmt: skip
# Adverbs between a money word and its sum (总价已经达135万, 累计投入将达到200亿, 成交量已经快近三千亿).
ADVERBS_BEFORE_SUM: Final[tuple[str, ...]] = (
    "已经", "已", "将", "将会", "就", "也", "都", "还", "均", "快", "预计", "有望", "累计", "一共", "总共",
)  # fmt: skip

# Money nouns after which, joined by 的, a bare number with a big scale is yuan: 创造了超过3500亿的收入.
MONEY_NOUNS_AFTER: Final[tuple[str, ...]] = (
    "收入", "营收", "营业收入", "利润", "净利润", "资金", "投资", "经费", "产值", "销售额", "成交额", "交易额",
    "税收", "财政收入", "损失", "经济损失", "善款", "捐款", "补贴", "奖金", "贷款", "融资", "票房", "市值",
    "规模",  # 以317亿的规模排名第8: a fund's size (a people count says whose: 3亿的人口规模)
)  # fmt: skip

# A bare number with a big scale right after a money figure of its clause, joined to it only by these words,
# is money in the same currency: 营收3亿元，同比增加5000万; 分别为3000万元和2000万; 总额1.2亿美元，其中去年8000万.
CONTINUING_WORDS: Final[tuple[str, ...]] = (
    "其中", "同比", "环比", "比上年", "比去年", "较上年", "较去年", "同期", "增加", "减少", "增长", "下降",
    "多", "少", "约", "共", "达", "为", "至", "到", "和", "及", "或", "与", "剩余", "其余", "另", "相当于",
    "合计", "累计", "超过", "了", "近", "逾", "上涨", "下跌", "提高", "降低", "净", "去年", "今年", "上年",
    "全年", "仅", "只有", "还有", "分别",
)  # fmt: skip
CONTINUING_REACH: Final[int] = 16

# A lone digit with 块 is yuan only after one of these within reach (只卖三块, 花了两块, 票价五块); else pieces.
PRICE_WORDS: Final[tuple[str, ...]] = (
    "卖", "售", "价", "花", "付", "收", "要", "值", "赚", "挣", "给", "找", "贵", "便宜", "元", "钱", "涨", "降",
    "工资", "块钱", "费",
)  # fmt: skip
PRICE_WORDS_REACH: Final[int] = 6

# A numeral as a bare word with 元 is not money in these words: 一元化, 二元结构, 多元论, 三元里.
NOT_AFTER_YUAN: Final[tuple[str, ...]] = (
    "化", "论", "论者", "结构", "里", "素", "组", "次", "方程", "函数", "宵", "复始", "催化", "制", "性", "酸",
    "醇", "合金", "配合", "一次", "二次",
)  # fmt: skip

# Unit prices and rates: the unit an amount is for, as written → as reported in ``Money.per``. A new unit is
# one row. 千克 is 公斤 (the same weight); 斤, 克, 磅 are other weights and stay as written; 名/位/个人 are 人,
# 每生 (per student) is 人, 天 is 日, 个月 is 月, 星期 is 周, 平米/平方/平/㎡/m2 are 平方米, 度电 is 度, 方 is 立方米.
PER_UNITS: Final[dict[str, str]] = {
    # Areas.
    "平方米": "平方米", "平米": "平方米", "平方": "平方米", "平": "平方米", "㎡": "平方米", "m2": "平方米",
    "m²": "平方米", "M2": "平方米", "平方公里": "平方公里", "亩": "亩", "公顷": "公顷",
    # Weights and volumes.
    "吨": "吨", "公斤": "公斤", "千克": "公斤", "斤": "斤", "克": "克", "磅": "磅", "盎司": "盎司",
    "桶": "桶", "升": "升", "加仑": "加仑", "立方米": "立方米", "立方": "立方米", "方": "立方米",
    # Energy and distance.
    "度": "度", "度电": "度", "千瓦时": "千瓦时", "公里": "公里", "米": "米",
    # People, households, shares.
    "人": "人", "名": "人", "位": "人", "个人": "人", "生": "人", "人次": "人次", "辆次": "辆次",
    "户": "户", "个家庭": "户", "家每户": "户",
    "股": "股", "手": "手", "份": "份",
    # Time.
    "年": "年", "年度": "年", "季度": "季度", "月": "月", "个月": "月", "周": "周", "星期": "周", "个星期": "周",
    "日": "日", "天": "日", "晚": "晚", "夜": "晚", "小时": "小时", "个小时": "小时", "次": "次",
    "学年": "学年", "学期": "学期",  # school fees: 学费4500元/学年
    # Things counted.
    "个": "个", "件": "件", "套": "套", "辆": "辆", "台": "台", "张": "张", "瓶": "瓶", "盒": "盒", "袋": "袋",
    "支": "支", "根": "根", "碗": "碗", "只": "只", "头": "头", "箱": "箱", "间": "间", "家": "家", "所": "所",
    "项": "项", "场": "场",
}  # fmt: skip

# Per units of time: in a unit of two (每人每月, 500元/人/月) they come last: 人/月.
PER_TIME_UNITS: Final[frozenset[str]] = frozenset({"年", "季度", "月", "周", "日", "晚", "小时", "学年", "学期"})

# Characters after a per unit that make it part of another word: 每日经济新闻, 人民币, 平均, 方面, 个别.
PER_NOT_BEFORE: Final[dict[str, str]] = {
    "日": "经报", "人": "民口", "平": "均安台", "方": "面案式法向针", "个": "别性", "度": "过", "次": "要",
    "手": "机续", "头": "条", "家": "庭长乡", "场": "所", "生": "产活态命意长存效",
}  # fmt: skip

# 人均收入, 户均补贴, 亩均产值, 日均成交额: an average per unit, written before the amount.
PER_AVERAGE_WORDS: Final[dict[str, str]] = {
    "人均": "人", "户均": "户", "亩均": "亩", "日均": "日", "月均": "月", "年均": "年",
}  # fmt: skip

# Names of figures that hold their 每 word (a subject keeps it): 公司每股收益0.45元 is about 每股收益.
PER_TERMS: Final[tuple[str, ...]] = (
    "每股收益", "每股盈利", "每股净资产", "每股现金流", "每股经营现金流", "每股公积金", "每股未分配利润",
    "每股分红", "每股股利", "每股净值",
)  # fmt: skip

# Between a per word before the amount and the amount: a total is not a rate (每人参保，共缴纳30万元).
PER_TOTAL_WORDS: Final[tuple[str, ...]] = ("共计", "总计", "合计", "累计", "总额", "总共", "一共", "共有", "总投资")


def _per_alternation() -> str:
    parts = []
    for word in sorted(PER_UNITS, key=len, reverse=True):
        not_before = PER_NOT_BEFORE.get(word)
        parts.append(regex.escape(word) + (f"(?![{not_before}])" if not_before else ""))
    return "|".join(parts)


def _words(words: object) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))  # type: ignore[call-overload]


_PER = _per_alternation()
# Before the amount, in its clause: 每平方米|均价3.5万元, 每人每月|500元, 每一户|2000元, 人均|收入3万元.
PER_BEFORE: Final[regex.Pattern[str]] = compiled.compile(rf"每一?(?P<u>{_PER})|(?P<avg>{_words(PER_AVERAGE_WORDS)})")
# Right after the amount: 12000元|/平方米, 500元|/人/月, 3元|每斤 (每 only where the phrase ends: 3元每斤。).
_PER_END = r"(?=[^\p{Han}]|$|的|左右|以上|以下|上下)"
# … and 12元|一斤, 两毛五|一斤, 80元|一张的门票: "one <unit>" after a price is the unit it is for.
PER_AFTER: Final[regex.Pattern[str]] = compiled.compile(
    rf"[/／](?P<u>{_PER})(?:[/／·•](?P<u>{_PER}))?|每(?P<u>{_PER})(?:每(?P<u>{_PER}))?{_PER_END}"
    rf"|一(?P<u>{_PER}){_PER_END}"
)
# The units of "one <unit>" that may follow a colloquial price's trailing digit (两块五|一斤): the scanner
# reads the digit as tenths only before these (or where no figure follows).
PRICE_PER_ONE_UNITS: Final[tuple[str, ...]] = (
    "斤", "个", "件", "份", "公斤", "瓶", "盒", "袋", "只", "块", "张", "本", "次", "人", "碗", "杯", "两",
)  # fmt: skip
# What ends the stretch before an amount a per word may stand in: a clause mark, a bracket or quote (《每日
# 经济新闻》), a digit (each other figure has its own), or a total word.
PER_BEFORE_BARRIER: Final[regex.Pattern[str]] = compiled.compile(
    rf"[，,。；;：:！？!?、\n（）()《》“”「」0-9０-９]|{_words(PER_TOTAL_WORDS)}"
)
PER_BEFORE_REACH: Final[int] = 16
