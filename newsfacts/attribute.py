"""Which place, and which time, each figure is about.

Place. A careful reader ties a figure to the place named last before it in its sentence (烟台市发放救助金
1227.7万元); to the province, city or county in play when the sentence says 全省, 省委, 该市 …; to the
country for 全国, 我国, 中央, and for a central body giving national data (国家统计局, 财政部, 海关总署 …)
when the sentence names no place of its own; and, when its sentence names none, to the place its paragraph
is about (the place named last in an earlier sentence of the paragraph, or the place of the figure before
it: …的人员共有51名 continues a paragraph about Macao); when nothing before it names one, to the place or
scope word just after it in its sentence (下拨的54.76亿元中央救助资金 → China). Places named in passing do
not count: the city of an institution whose expert speaks (北京某研究院专家表示), a time zone (北京时间), a
place inside a company's name (上海某股份有限公司). A list of places (毕节、遵义两市) or a place given as an
example (北京等12个城市) stands for the smallest division holding them all (贵州省; 中国). Worldwide words
(全球, 世界) and a company as the subject (该公司, …有限公司, 集团) cut the chain: such a figure has no place.

Time. A figure takes the latest governing date before it in its sentence, else in its paragraph (a paragraph
that opened with 2022年1—12月 keeps that period for its later sentences until another date appears). A new
paragraph starts afresh unless it continues the one before (opens with 其中, 此外, 分地区看, 一是 …, or follows
a paragraph ending with a colon). A date is not governing when it is a base of comparison (比去年同期,
较上年, 与2008年相比) or the start of a record (为2008年以来最高): the figures after it keep the time in play.
A date written without its year (全年, 上半年, 3月份, 8月15日) takes the year of the governing date in play
when that is one year (2009年…全年 is 2009; 今年…下半年8月15日 is this year's 15 August): periods and months
from the sentence or paragraph, days from the sentence only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final, TypeVar

import regex
from pydantic import BaseModel

from . import compiled
from .kinds import dates, money, percentage, quantity
from .models import Date, Fact, Headcount, Money, Percentage, Place, PlaceRef, Quantity

# ---------------------------------------------------------------- place tables

# Words that refer back to the division in play, by level.
ANAPHORA: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("全省", "本省", "该省", "省委", "省政府", "省里", "我省", "全区", "全港", "本港", "全澳", "全台"), "province"
    ),
    **dict.fromkeys(("全市", "本市", "该市", "市委", "市政府", "市里", "我市", "全州", "该州"), "prefecture"),
    **dict.fromkeys(("全县", "本县", "该县", "县委", "县政府", "县里", "我县"), "county"),
    **dict.fromkeys(("全国", "我国", "中央", "国家", "国内", "全军"), "country"),
}  # fmt: skip
# Central bodies whose data are national (海关总署数据显示…): the country in play, but only when the sentence has
# named no place of its own (云南省获财政部下拨资金2亿元 stays 云南). Names a province or city also uses
# (发改委, 统计局, 国资委, 卫健委) are left out: 国家发改委 and 国家统计局 already say 国家.
CENTRAL_BODIES: Final[tuple[str, ...]] = (
    "国务院", "国新办", "财政部", "海关总署", "商务部", "人民银行", "央行", "工信部", "工业和信息化部",
    "证监会", "银保监会", "银监会", "保监会", "金融监管总局", "外汇局", "教育部", "公安部", "民政部", "司法部",
    "人社部", "人力资源社会保障部", "人力资源和社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部",
    "住建部", "交通运输部", "铁道部", "水利部", "农业农村部", "农业部", "文化和旅游部", "文旅部", "卫生部",
    "应急管理部", "审计署", "税务总局", "国台办", "国务院国资委",
)  # fmt: skip
# Words that make a figure worldwide: no place.
GLOBAL_WORDS: Final[tuple[str, ...]] = ("全球", "全世界", "世界各地", "世界上", "国际上", "各国", "世界")
# Right before a worldwide word: where people or goods come from or reach (来自全球80多个国家和地区的参展商,
# 产品销往全球): the figure is still the story's, not the world's.
WORLD_IN_PASSING: Final[tuple[str, ...]] = (
    "来自", "销往", "遍布", "遍及", "面向", "辐射", "覆盖", "通达", "联通", "连通", "出口到", "出口至", "走向",
)  # fmt: skip
GLOBAL_IN_PASSING: Final[regex.Pattern[str]] = compiled.compile(rf"(?:{'|'.join(WORLD_IN_PASSING)})$")
# 占 (and its forms) right before a scope word: the scope is the base of a share (占全国的三成, 约占全省一半).
_SHARE_OF_SCOPE = compiled.compile(r"占(?:到|了|据)?$")
# Words that contain a scope word but are none: a rank (国家级, 世界第一), a title (国家队, 世界杯).
NOT_SCOPE: Final[tuple[str, ...]] = (
    "国家级", "国家一级", "国家二级", "国家重点", "国家标准", "国家队", "国家公园", "国家森林公园", "国家地质公园",
    "世界第", "世界前", "世界领先", "世界一流", "世界级", "世界杯", "世界遗产", "世界冠军", "世界先进", "世界水平",
    "世界知名", "世界著名", "国家和地区", "个国家",
    # other countries named by a kind (吸收发达国家实际外资, 面向“一带一路”国家的出口): not the country in play
    "发达国家", "发展中国家", "沿线国家", "共建国家", "相关国家", "其他国家", "周边国家", "伙伴国家", "成员国家",
    "西方国家", "欧美国家", "友好国家", "非洲国家", "拉美国家", "亚洲国家", "欧洲国家", "阿拉伯国家", "”国家",
    "」国家",
    # a rank within the country, province or city (排名全国第四, 居全省首位, 全国首张): where it ranks, not where
    # its figures are
    "全国第", "全国首", "全国前", "全国领先", "全国之首", "全国之最", "全国一流", "全国最",
    "全省第", "全省首", "全省前", "全省之首", "全省最", "全市第", "全市首", "全市前", "全市最",
)  # fmt: skip
# Subjects that point back to the figure before (减免税超过110亿元…今年这个数字达到了85亿): its topic is theirs.
NUMBER_ANAPHORA: Final[frozenset[str]] = frozenset(
    {"数字", "这个数字", "这一数字", "该数字", "此数字", "数据", "这个数据", "这一数据", "该数据", "这一比例", "该比例"}
)
# A company as the subject: its figures have no place (该公司营业收入38亿元; 上海某股份有限公司…12亿元).
COMPANY_WORDS: Final[tuple[str, ...]] = (
    "该公司", "本公司", "这家公司", "该集团", "本集团", "该企业", "这家企业", "该银行", "该上市公司", "该基金",
    "有限公司", "有限责任公司", "股份公司", "集团公司", "集团",
)  # fmt: skip
# Right after a place: the place is named in passing. A time zone (北京时间), a person's origin (浙江人, 山东籍), a
# language (西班牙语), or the seat of an institution whose expert speaks (北京某研究院专家表示, 美国网站ESPN专家…
# 给出): the figures of the sentence are not about it.
_CLAUSE_CHAR = r"[^，,。；;：:！？!?\n]"
# Names that open with a place and are about no place: 上海合作组织, 京都议定书, 巴黎协定.
PLACE_NAMED_THINGS: Final[tuple[str, ...]] = ("合作组织", "议定书", "协定", "公约", "宣言", "共识")
# Listed companies named for a place (贵州茅台, 山东黄金): the place is a name's, not the news's (the place itself
# is still found: a place inside a name is a place of the text).
COMPANIES_NAMED_FOR_PLACES: Final[tuple[str, ...]] = (
    "贵州茅台", "山东黄金", "吉林敖东", "南宁糖业", "上海睿信", "中国平安", "中国石油", "中国石化", "中国神华",
    "申万巴黎", "纽约梅隆",
)  # fmt: skip
_COMPANY_NAMED_FOR_PLACE = compiled.compile("|".join(COMPANIES_NAMED_FOR_PLACES))
_LONGEST_COMPANY = max(map(len, COMPANIES_NAMED_FOR_PLACES))


# A place that opens the name of a bank, an insurer, a broker or a telecom (中国银行, 中国工商银行, 深圳发展银行,
# 中国人寿, 中国移动): the firm's name, whatever the firm; not the central bank (中国人民银行 speaks for the
# country), a sector or a market (北京银行业, 银行系统, 银行间市场, 保险产业), nor a clause (甘肃在移动端…).
# A public scheme's insurance (北京市基本养老保险, 城镇职工医疗保险) and telecom fraud or mobile payment (电信诈骗,
# 移动支付) are the place's own, not a firm's.
PUBLIC_INSURANCE: Final[tuple[str, ...]] = (
    "养老", "医疗", "失业", "工伤", "生育", "社会", "存款", "农业", "大病", "护理",
)  # fmt: skip
NOT_A_FIRM_AFTER: Final[tuple[str, ...]] = (
    "业", "产业", "系统", "监管", "间", "端", "交易所", "市场", "诈骗", "支付", "互联网",
)  # fmt: skip
_FIRM_AFTER_PLACE = compiled.compile(
    r"[^\P{Han}的各等和与及、省市区县在从向对到于把被将为是有]{0,5}?(?<!人民)"
    rf"(?:银行|(?<!{'|'.join(PUBLIC_INSURANCE)})保险|证券|人寿|财险|移动|联通|电信|信托)(?!{'|'.join(NOT_A_FIRM_AFTER)})"
)
# …for a place's own name, not 我国 or 全国 (我国保险业, 全国银行)
_NOT_A_NAME_OPENER = ("我", "全", "本", "国内")


def in_company_name(text: str, place: Place) -> bool:
    """The place is part of a listed company's name (贵州|茅台, 中国|平安) or opens a bank's, an insurer's or a
    carrier's (中国|银行, 深圳|发展银行): the name's, not the news's."""
    if not text.startswith(_NOT_A_NAME_OPENER, place.start) and _FIRM_AFTER_PLACE.match(text, place.end):
        return True
    lo = max(0, place.start - _LONGEST_COMPANY)
    return any(
        m.start() <= place.start and place.end <= m.end()
        for m in _COMPANY_NAMED_FOR_PLACE.finditer(text, lo, place.end + _LONGEST_COMPANY)
    )


# …or a newspaper, station or warship named for its city (广州日报的调查, 今日俄罗斯电视台, 枣庄舰): a name's,
# not the news's.
MEDIA_AFTER: Final[tuple[str, ...]] = (
    "日报", "晚报", "早报", "晨报", "商报", "都市报", "青年报", "电视台", "卫视", "广播电台", "人民广播电台",
    "《",  # 英国《每日邮报》, 美国《纽约时报》: a title right after its country
    "舰",  # 枣庄舰, 南通舰: a warship named for a city
)  # fmt: skip
PASSING_AFTER: Final[regex.Pattern[str]] = compiled.compile(
    rf"(?:东部|西部|中部|太平洋|当地)?时间|人(?![民大口数员次均社才力气流工寿])|籍|语|{'|'.join(PLACE_NAMED_THINGS)}|{'|'.join(MEDIA_AFTER)}|{_CLAUSE_CHAR}{{0,12}}?(?:专家|学者|教授|研究员|分析师|经济学家|研究院|研究所|研究中心|智库|大学|学院)"
    rf"{_CLAUSE_CHAR}{{0,12}}?(?:表示|认为|指出|称|说|分析|预测|预计|介绍|透露|给出|提醒|建议)"
    r"|\p{Han}{0,10}[”’\"]\s*(?:为|作为)?主题"  # a theme in quotes (以“跨国公司与中国”为主题): a name's, not the news's
)
# Right before a place (or the list it opens): the place is a person's origin (来自江苏、安徽和山东的工人), or
# an address to write or come to (地址：北京市海淀区…), which says where an office is, not what the story is about.
ORIGIN_BEFORE_WORDS: Final[str] = "来自|出生于|生于|籍贯|老家|原籍|地址[:：]?|住址[:：]?"
PASSING_BEFORE: Final[regex.Pattern[str]] = compiled.compile(rf"(?:{ORIGIN_BEFORE_WORDS})$")
# …and right before a place abroad, a destination or a stop on the way (运抵莫斯科、华沙, 飞往纽约的航班, 经由首尔
# 转机, 上海到法兰克福的机票): goods and flights from home; not 来到东京, which takes the story there. Not for a
# place at home: 飞往武汉的航线 is in a story about Wuhan.
ABROAD_PASSING_BEFORE: Final[regex.Pattern[str]] = compiled.compile(
    rf"(?:{ORIGIN_BEFORE_WORDS}|距离|距|(?<![撤远脱逃])离|运抵|飞往|开往|驶往|发往|直飞|经由|途经|转道|(?<![来回])到|至)$"
)


def _helped(text: str, after: int, place: Place) -> bool:
    """``place`` is helped by the place that ends at ``after``: an aid verb stands between them (援助|湖北), or
    向/对 does and an aid verb follows (向|湖北一线调配)."""
    if place.start - after > 10:
        return False
    gap = AID_GAP.search(text, after, place.start)
    if gap is None or gap.end() != place.start:
        return False
    return text[place.start - 1] not in "向对" or AID_AFTER.match(text, place.end) is not None


def passing_before(text: str, at: int, place: Place) -> bool:
    """The words right before ``at`` (where ``place`` or the list it belongs to opens) name it in passing."""
    abroad = place.level == "country" and place.code != "CN"
    return (ABROAD_PASSING_BEFORE if abroad else PASSING_BEFORE).search(text, max(0, at - 3), at) is not None


# Between a place and the next: the next is a partner of the first (中国同日本的贸易额, 广东对香港出口), and after
# a scope word the place or the list it opens is (我国与东盟、欧盟和美国进出口): the figures stay the first one's.
PARTNER_WORDS: Final[tuple[str, ...]] = ("对", "向", "同")
# …and a place that another is sending help to (黑龙江再援助|湖北200多吨大米, 重庆市第十八批支援|湖北医疗队共30人,
# 安徽累计向|湖北一线调配血液): the figures are the sender's, the place helped is named in passing.
AID_VERBS: Final[tuple[str, ...]] = (
    "支援", "援助", "驰援", "援建", "帮扶", "捐助", "捐赠", "慰问", "运往", "发往", "送往", "调往", "调配", "派往",
    "提供", "交付", "赠送", "输送", "拨付",  # 英国将在2023年向|乌克兰提供|23亿英镑: the giver's sum
)  # fmt: skip
AID_GAP: Final[regex.Pattern[str]] = compiled.compile(
    rf"[^，,。；;！？!?\n]{{0,8}}?(?:{'|'.join(AID_VERBS)})(?:给|了)?$|[^，,。；;！？!?\n]{{0,6}}?[向对]$"
)
AID_AFTER: Final[regex.Pattern[str]] = compiled.compile(rf"[^，,。；;！？!?\n]{{0,6}}?(?:{'|'.join(AID_VERBS)})")
# …unless the clause strikes the place after 对 or 向: the figures of an attack are where it hit.
ATTACK_WORDS: Final[tuple[str, ...]] = (
    "空袭", "袭击", "打击", "轰炸", "进攻", "炮击", "攻击", "发射", "发动", "开火", "入侵", "侵略",
)  # fmt: skip
ATTACK_AFTER: Final[regex.Pattern[str]] = compiled.compile(rf"{_CLAUSE_CHAR}{{0,16}}?(?:{'|'.join(ATTACK_WORDS)})")
PARTNER_AFTER_SCOPE: Final[regex.Pattern[str]] = compiled.compile(
    r"(?:我国|中国|全国|国内|中方|我省|全省|本省|我市|全市|本市)(?:与|同|和|跟|对|向)(?:\p{Han}{1,6}?(?:、|和|及|以及))*$"
)
# Around a place: a dateline (新华社上海4月20日专电, 本报广州讯, 发自北京, 记者…广州报道).
DATELINE_BEFORE: Final[regex.Pattern[str]] = compiled.compile(
    r"(?:新华社|中新社|中新网|本报|本台|人民网|央视网|新华网|据新华社)(?:记者)?$"
)
DATELINE_AFTER: Final[regex.Pattern[str]] = compiled.compile(
    r"(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:专电|电|讯)"
)
FILED_FROM_BEFORE: Final[regex.Pattern[str]] = compiled.compile(r"发自$")
FILED_FROM_AFTER: Final[regex.Pattern[str]] = compiled.compile(r"(?:报道|专电)(?![\p{Han}])")
# …and where an official speaks (王京清在|北京|介绍了…选举情况): the briefing's venue, not where its figures are.
VENUE_BEFORE: Final[regex.Pattern[str]] = compiled.compile(r"(?<=\p{Han})在$")
VENUE_AFTER: Final[regex.Pattern[str]] = compiled.compile(r"(?:介绍|宣布|通报|透露|发布)")


def venue_of_speech(text: str, place: Place) -> bool:
    """``place`` is where someone speaks (…在|北京|介绍了…): named in passing."""
    return (
        VENUE_BEFORE.search(text, max(0, place.start - 2), place.start) is not None
        and VENUE_AFTER.match(text, place.end) is not None
    )
# Between two places: a route from the first to the second (沧州黄骅港至上海港, 南昌至赣州), read as a list of two.
ROUTE_GAP: Final[regex.Pattern[str]] = compiled.compile(r"(?:\p{Han}{0,4}?(?:港|站|机场|口岸))?(?:至|到|—|－|-|~|～)")
# Right after a place: people of its nationality (16名中国船员, 中国留学生), in passing where a place is in play.
NATIONALITY_AFTER: Final[regex.Pattern[str]] = compiled.compile(
    r"(?:籍)?(?:船员|公民|游客|旅客|乘客|留学生|学生|员工|工人|劳工|侨民|人质|球员|选手|运动员|军人|士兵|专家|记者|商人)"
)
# Between two places of a list (四川、江苏和山东; 毕节、遵义两市).
LIST_JOINERS: Final[tuple[str, ...]] = ("、", "和", "及", "与", "以及", "同", "跟", ",", "，")
# What may stand between the start of a clause and a place the clause is about (在云南，…; 据四川省…; 7号，阿富汗…
# after its date): such a place is the topic that later sentences of the paragraph continue. A place further in
# (向瑶海区法院提交, 根据我国刑法) is not.
TOPIC_PREFIXES: Final[tuple[str, ...]] = (
    "", "在", "据", "从", "记者从", "截至", "截止", "到", "今天", "日前", "近日", "位于", "在位于",
    "家住", "住在", "记者来到", "来到",  # a person's home, a reporter's visit: the place the story goes on about
)  # fmt: skip
_CLAUSE_START = compiled.compile(r"[，,。；;：:！？!?\n]")
_LAST_CLAUSE_START = compiled.compile(_CLAUSE_START.pattern, regex.REVERSE)  # searched back from a place
# Right after a place: an example among others (北京等12个城市).
EXAMPLE_AFTER: Final[regex.Pattern[str]] = compiled.compile(r"等(?![级次待候同])")

# Currency of a bare 元/块 by the place it is spent in: 香港…发放5,000元 is Hong Kong dollars.
LOCAL_YUAN: Final[dict[str, str]] = {"810000": "HKD", "820000": "MOP", "710000": "TWD"}

CHINA = PlaceRef(name="中国", code="CN", level="country")

# ---------------------------------------------------------------- time tables

# Right before a date: it is a base of comparison (比去年同期, 较上年, 高于2019年), not the figure's time.
COMPARISON_BEFORE: Final[regex.Pattern[str]] = compiled.compile(
    r"(?:(?<!对)比|较|较之|比起|相比|相较于?|高于|低于|快于|慢于|好于|差于|多于|少于|超过|超出|相当于|不及|回落到|恢复到)$"
)
# Right before a date: a founding or a birth (成立于1994年, 始建于明代), a fact about the subject, not the time of
# the figures after it.
ORIGIN_BEFORE: Final[regex.Pattern[str]] = compiled.compile(
    r"(?:成立|创立|创建|创办|始建|建|诞生|出生|生|建厂|建校)于$"
)
ORIGIN_AFTER: Final[regex.Pattern[str]] = compiled.compile(r"^(?:创立|成立|创建|创办|始建|诞生|出生|设立)")
# How far (characters) a date or place of an earlier sentence reaches: pages whose paragraphs were run into one line
# would otherwise carry one date through the whole article.
PARAGRAPH_REACH: Final[int] = 500
# Around a date: 与2008年相比, 同上年持平.
COMPARISON_AROUND: Final[tuple[regex.Pattern[str], regex.Pattern[str]]] = (
    compiled.compile(r"(?:与|同|和|跟)$"),
    compiled.compile(r"^(?:同期)?(?:相比|相较|比较|对比|持平|相当|基本持平)"),
)
# Right after a date: the base a change is measured from (在2020年的基础上下降13.5%), not the figure's time.
BASE_AFTER: Final[regex.Pattern[str]] = compiled.compile(r"(?:末|底)?的?(?:基础上|水平上)")
# Right after a date: the start of a record (为2008年以来最高; 创2019年以来新低), not the figure's time.
RECORD_AFTER: Final[regex.Pattern[str]] = compiled.compile(
    r"^(?:以来|来)?的?(?:月度|年度|单月|单日|单季|季度)?(?:最|新高|新低|首次|首|同期最|历史|高位|低位|高点|低点|峰值|纪录|之最)"
)
# A yearless date (its rule) takes the year of the governing date from the sentence, or also from the paragraph
# (not across paragraphs): periods and months that year; days and holidays the year nearest that date.
YEAR_FROM_CONTEXT: Final[dict[str, str]] = {
    "date:d_per": "paragraph", "date:d_mo": "paragraph", "date:d_ma": "paragraph",
    "date:d_m": "sentence", "date:d_hol2": "sentence",
}  # fmt: skip
# Dates that govern only the figures of their own sentence: N years ago (40年前，全国居民人均收入仅有171元。) sets a
# scene; the story returns to its own time after it (…之后用了31年…。如今…).
SENTENCE_ONLY_DATES: Final[frozenset[str]] = frozenset({"date:d_agon"})
# A paragraph that opens with one of these continues the one before: its figures keep the time and place in play.
# 此外, 同时, 与此同时 are left out: they open a new point as often as they go on with the old one.
PARAGRAPH_CONTINUES: Final[regex.Pattern[str]] = compiled.compile(
    r"[\s　]*(?:其中|具体(?:来看|看|而言)"
    r"|[分从按][^\s，。]{1,6}(?:看|分|来看)[，,]|[一二三四五六七八九十]是|第[一二三四五六七八九十][，、]"
    r"|[（(][一二三四五六七八九十0-9]{1,2}[)）]|[0-9]{1,2}[.、．](?![0-9]))"
)

_SENTENCE_END = compiled.compile(r"[。！？!?\n]")
LAST_SENTENCE_END = compiled.compile(_SENTENCE_END.pattern, regex.REVERSE)  # the last one before a figure
_PARAGRAPH_END = compiled.compile(r"\n")
# A headline: a line of 4 to 40 characters with no sentence end, not a dateline ending in a colon (the next story
# of a bulletin; scope.items splits a text into stories by it).
HEADLINE: Final[regex.Pattern[str]] = compiled.compile(r"(?m)^[^\n。！？!?]{4,40}(?<![：:；;，,、])$")
_LONGEST_HEADLINE = 40
_DATE_PARTS = compiled.compile(dates.PATTERN)


def _alternation(words: object) -> str:
    """Longest first (alternation is leftmost-first); words of one length in a fixed order, so the pattern
    is the same in every process (newsfacts.compiled stores it)."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))  # type: ignore[call-overload]


# A figure right after a word of change (增加600元, 减少了3万吨) measures the change of the figure before it.
# A figure that is the base a change is measured against: 比7月的成交均价|1.8万元|高出, 较上年的|500万吨|增加
# (not the 比 of 同比, 环比, 可比, 占比, nor a figure after which no comparison follows).
_COMPARED_BASE = compiled.compile(r"(?<![同环可占])(?:比|较)[^，,。；;！？!?\n比较]{0,14}$")
# What may stand between a figure and the rate of it that the next clause gives (88.1亿美元|，年均增速|79.4%,
# 收于3123.41点|，涨幅为|0.43%): a clause mark and a few words, no other figure or mark.
_RATE_OF_PREVIOUS = compiled.compile(r"[，,][^，,。；;！？!?\n（()）0-9０-９]{1,8}")
_CHANGE_NOUNS = tuple(percentage.CHANGE_NOUNS)
_COMPARISON_AFTER = compiled.compile(
    r"(?:高出|高了|低了|多出|多了|少了|增加|减少|增长|下降|上涨|下跌|提高|降低|[高低多少])"
)
# 增至|1300亿元, 提高到|75%: a change to a level is still the change of what the clause before was about.
_CHANGE_JUST_BEFORE = compiled.compile(rf"(?:{_alternation(percentage.CHANGE_WORDS)})(?:了|至|到)?$")
# One alternation, longest word first at each position: 国家级 (no scope) wins over 国家, 该公司 over 公司.
_SCOPE = compiled.compile(
    "|".join(
        f"(?P<{group}>{_alternation(words)}){'(?!长)' if group == 'central' else ''}"  # 教育部长: a minister
        for group, words in (
            ("no", NOT_SCOPE), ("company", COMPANY_WORDS), ("central", CENTRAL_BODIES),
            ("ana", ANAPHORA), ("glob", GLOBAL_WORDS),
        )
    )
)  # fmt: skip
# Right before a count of people: the people of an earlier count (在这28人中, 上述5人, 该2人, 两人 after 二人)
_REFERS_BACK = compiled.compile(r"(?:这|该|上述|以上|此|这些)$")
_COUNTER_BEFORE = compiled.compile(r"[家个]$")  # 3家公司: companies counted, not a company speaking
# After a company word: a person of the company (原深圳房地产集团董事长…受贿), whose story keeps its place.
_COMPANY_PERSON = compiled.compile(
    r"[（(]?[^，。；！？\n]{0,2}?(?:董事长|总经理|总裁|一哥|老总|副总|高管|员工|职工|负责人|党委书记|经理|工作人员)"
)


class _InPlay:
    """The latest place named at each level, as the reader goes through the text."""

    def __init__(self) -> None:
        self.by_level: dict[str, PlaceRef] = {}

    def see(self, place: PlaceRef, fact: Place) -> None:
        if place.level == "country":
            # A foreign country ends the Chinese divisions in play; China itself keeps them.
            self.by_level = {**self.by_level, "country": place} if place.code == "CN" else {"country": place}
            return
        self.by_level[place.level] = place
        # A county also puts its prefecture and province in play (临沭县 → 临沂市, 山东省).
        if fact.prefecture and fact.prefecture_code:
            self.by_level["prefecture"] = PlaceRef(name=fact.prefecture, code=fact.prefecture_code, level="prefecture")
        if fact.province and fact.province_code:
            self.by_level["province"] = PlaceRef(name=fact.province, code=fact.province_code, level="province")
        self.by_level["country"] = CHINA

    def at(self, level: str) -> PlaceRef | None:
        if level == "country":
            return self.by_level.get("country", CHINA)
        return self.by_level.get(level)


def _chain(fact: Place) -> list[PlaceRef]:
    """The place and the divisions holding it, smallest first: 临沭县, 临沂市, 山东省, 中国."""
    ref = fact.ref
    if ref is None:
        return []
    if ref.level == "country":
        return [ref]
    chain = [ref]
    if fact.prefecture and fact.prefecture_code and ref.level == "county":
        chain.append(PlaceRef(name=fact.prefecture, code=fact.prefecture_code, level="prefecture"))
    if fact.province and fact.province_code and ref.level != "province":
        chain.append(PlaceRef(name=fact.province, code=fact.province_code, level="province"))
    return [*chain, CHINA]


_LEVEL_RANK: Final[dict[str, int]] = {"country": 0, "province": 1, "prefecture": 2, "county": 3}


def _holds(outer: Place, inner: Place) -> bool:
    """``outer`` is ``inner`` or a division holding it (甘肃省 holds 岷县)."""
    return outer.ref is not None and outer.ref in _chain(inner)


def common_division(places: Sequence[Place]) -> PlaceRef | None:
    """The smallest division holding every place of a list (毕节、遵义 → 贵州省; 四川、山东 → 中国); None for
    places of several countries."""
    chains = [_chain(p) for p in places]
    if not chains or not all(chains):
        return None
    for ref in chains[0]:
        if all(any(r.code == ref.code for r in c) for c in chains[1:]):
            return ref
    return None


def governs(fact: Date, text: str) -> bool:
    """Whether a date is a time figures after it refer to: not a base of comparison, not a record's start."""
    before = text[max(0, fact.start - 4) : fact.start]
    after = text[fact.end : fact.end + 6]
    if COMPARISON_BEFORE.search(before) or ORIGIN_BEFORE.search(before):
        return False
    record = RECORD_AFTER.search(after)
    if record is not None and (record.group().startswith(("以来", "来")) or fact.text.endswith("以来")):
        return False  # 为2008年以来|最高: a record's start (a since-period's 以来 is in its span)
    if after.startswith("以来"):
        return False  # 自1998年|以来，产量增长3倍: the start of a span up to now, not the figures' time
    if ORIGIN_AFTER.search(after) or BASE_AFTER.match(after):
        return False
    return not (COMPARISON_AROUND[0].search(before) and COMPARISON_AROUND[1].search(after))


def _single_year(d: Date | None) -> int | None:
    if d is None or (d.until is not None and d.until.year != d.date.year):
        return None
    return d.date.year


# "As of" a day: a report's cut-off, read nearest the article's date, not in the year of a date before it (今年年初…
# 行动以来，截至12月8日 in a December article is this December).
AS_OF_WORDS: Final[tuple[str, ...]] = ("截至", "截止", "截止到", "截至到", "截止至")


def _in_context(fact: Date, text: str, context: Date, scope: str, same_sentence: bool) -> Date:
    """The yearless date read in the year of its context: a period or month in the context's year (全年 after
    2009年 → 2009), a day in the year that puts it nearest the context (8月15日 after 下半年; 春节前 after
    去年12月 is the festival that follows). From an earlier sentence only a year written out counts: 去年11月…。
    一季度… is this year's first quarter."""
    m = _DATE_PARTS.fullmatch(text, fact.start, fact.end)
    if m is None:
        return fact
    parts = {k: v for k, v in m.groupdict().items() if v is not None}
    first, last = context.date, context.until or context.date
    if scope == "paragraph":
        year = _single_year(context) if same_sentence or not context.relative else None
        years = [] if year is None or year == fact.date.year else [year]
    else:
        years = [y for y in (first.year - 1, first.year, last.year, last.year + 1) if y != fact.date.year]
    best = fact
    for year in years:
        r = dates.resolve({**parts, "d_y": str(year)}, None)
        if r is not None and _distance(r.first, first, last) < _distance(best.date, first, last):
            best = fact.model_copy(update={"date": r.first, "until": r.last})
    return best


def _distance(day: dt.date, first: dt.date, last: dt.date) -> int:
    """Days from ``day`` to the span first…last (0 inside it)."""
    return max((first - day).days, (day - last).days, 0)


_TOPIC_REACH = 80


def _is_topic(text: str, start: int, lo: int, skipped: Sequence[tuple[int, int]]) -> bool:
    """Whether the place or scope word at ``start`` opens its clause (after ``lo``, the sentence start),
    leaving out the dates before it."""
    reach = max(lo, start - _TOPIC_REACH)  # a topic's prefix and dates are short: no search back over a long line
    mark = _LAST_CLAUSE_START.search(text, reach, start)  # the clause's opening mark: the last one before it
    if mark is None and reach > lo:
        return False
    clause = mark.end() if mark is not None else lo
    prefix = "".join(
        text[a:b] for a, b in _gaps(clause, start, [(s, e) for s, e in skipped if clause <= s and e <= start])
    )
    return prefix.strip(" 　\t") in TOPIC_PREFIXES


def _gaps(lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out, at = [], lo
    for s, e in sorted(spans):
        out.append((at, s))
        at = e
    return [*out, (at, hi)]


def _continues(text: str, start: int, stop: int) -> bool:
    """Whether the paragraph holding ``stop`` directly follows the text before ``start`` and continues it: it
    opens with 其中, 此外, 分地区看, 一是 … or the paragraph before ends with a colon."""
    lines = text[start:stop].split("\n")
    if any(line.strip(" 　\t\r") for line in lines[1:-1]):
        return False  # a paragraph in between
    if lines[0].rstrip(" 　\t\r").endswith(("：", ":")):
        return True
    return PARAGRAPH_CONTINUES.match(lines[-1]) is not None


def attribute(facts: Sequence[Fact], text: str) -> list[Fact]:
    """Give each figure its place and time; return the facts in the same order (a yearless date may take the
    year of its context)."""
    out: list[Fact] = []
    in_play = _InPlay()
    sentence_place: tuple[int, PlaceRef | None] | None = None  # (position, place) of the latest mention
    sentence_topic: tuple[int, PlaceRef | None] | None = None  # the latest place opening a clause of the sentence
    sentence_start = 0
    sentence_dates: list[tuple[int, int]] = []  # spans of the sentence's dates (a topic may follow one)
    sentence_date: Date | None = None
    paragraph_place: PlaceRef | None = None
    paragraph_place_at = 0  # where it was last named or used
    paragraph_date: Date | None = None  # the time in play, carried into a paragraph that continues
    own_paragraph_date: Date | None = None  # the same, from this paragraph only: a yearless date's context
    previous_date: tuple[Date, bool] | None = None  # the date before, and whether it governs
    listed: list[Place] = []  # the places of a list being read (四川、江苏和山东)
    holder: Place | None = None  # the division written before the list's run (甘肃省|岷县、漳县)
    distinct: dict[str | None, Place] = {}  # …each distinct place once, for their common division
    previous_place: Place | None = None
    partner_end: int | None = None  # where the last trade partner (我国对|美国出口) ends, while its list goes on
    run_start = 0
    worldwide = False  # the sentence's place in play is 全球, 全世界 …
    previous_subject: str | None = None
    previous_measured: str | None = None  # the last subject that is not a change (涨幅 is a change of it)
    previous_figure: tuple[Fact, str] | None = None  # the sentence's last figure and its subject
    previous_people: str | None = None  # the subject of the last headcount of the paragraph: 这28人 refers back
    sentence_subjects: list[str] = []  # subjects of the sentence's figures other than percentages, in order
    respectively: dict[int, str] = {}  # index of a percentage after 分别 → the subject it pairs with
    last_end = 0
    for index, fact in enumerate(facts):
        end = LAST_SENTENCE_END.search(text, last_end, fact.start)  # a sentence ended since the last fact
        if end is not None:
            if sentence_topic is not None and sentence_place is not None and sentence_topic[0] == sentence_place[0]:
                paragraph_place = sentence_topic[1]  # the place the sentence was about carries on
                paragraph_place_at = sentence_topic[0]
            sentence_place, sentence_topic, sentence_date, previous_subject = None, None, None, None
            previous_measured = None
            previous_figure = None
            worldwide = False
            sentence_subjects, listed, sentence_dates, holder = [], [], [], None
            distinct = {}
            sentence_start = end.end()
        if _PARAGRAPH_END.search(text, last_end, fact.start):
            own_paragraph_date = None
            if not _continues(text, last_end, fact.start):
                paragraph_place, paragraph_date, previous_people = None, None, None
            headline = HEADLINE.search(text, last_end, min(len(text), fact.end + _LONGEST_HEADLINE))
            if headline is not None and headline.start() <= fact.start:
                in_play = _InPlay()  # a new story: 全国 after its headline is no country of the story before
        if (
            isinstance(fact, _FIGURES)
            and fact.subject is None
            and (isinstance(fact, Percentage) or _CHANGE_JUST_BEFORE.search(text, max(0, fact.start - 4), fact.start))
            and _RESPECTIVELY.search(text, last_end, fact.start)
        ):  # 分别增长12%和15%; 分别比去年增长20.2亿元和10.8亿元: changes of the figures before, in order
            respectively.update(_pair_respectively(facts, index, text, sentence_subjects))
        # Scope words between the last fact (or the sentence's start) and this one: 全省, 我国, 全球, 该公司 …
        for m in _SCOPE.finditer(text, sentence_start if end is not None else last_end, fact.start):
            scope_place: tuple[int, PlaceRef | None] | None = None
            if m.group("glob"):
                if _place_in_clause(text, sentence_place, m.start()) or GLOBAL_IN_PASSING.search(
                    text, max(0, m.start() - 2), m.start()
                ):
                    continue  # 我国对外投资已遍布|全球…, 出货量占|全球70%: the clause's place is still its topic
                scope_place, paragraph_place = (m.start(), None), None
            elif m.group("company"):
                if not (
                    _COUNTER_BEFORE.search(text, max(0, m.start() - 1), m.start())
                    or _COMPANY_PERSON.match(text, m.end())
                    or (not isinstance(fact, (Date, Place)) and fact.start - m.end() <= 2)
                ):
                    scope_place = (m.start(), None)
            elif m.group("central"):  # as a source of data: opening its clause (据海关总署统计, 财政部数据显示)
                if sentence_place is None and _is_topic(text, m.start(), sentence_start, sentence_dates):
                    scope_place = (m.start(), _central_country(previous_place, m.start()))
            elif m.group("ana"):
                if _SHARE_OF_SCOPE.search(text, max(0, m.start() - 3), m.start()):
                    continue  # 开行量约占|全国四分之一: the base of a share, not where the figure is
                scope_place = (m.start(), in_play.at(ANAPHORA[m.group("ana")]))
            if scope_place is not None:
                sentence_place, worldwide = scope_place, bool(m.group("glob"))
                if _is_topic(text, m.start(), sentence_start, sentence_dates):
                    sentence_topic = scope_place
        joined = (
            isinstance(fact, Place)
            and (
                text[listed[-1].end : fact.start] in LIST_JOINERS
                or listed[-1].end == fact.start
                or ROUTE_GAP.fullmatch(text, listed[-1].end, fact.start) is not None
            )
            if listed
            else False
        )
        if listed and not joined:
            # a list goes on over its joiners, over a run of places (江西南昌、安徽阜阳) and along a route (南昌至赣州:
            # both ends, so their common division)
            listed, distinct, holder = [], {}, None
        last_end = max(last_end, fact.end)
        if isinstance(fact, Place):
            ref = fact.ref
            # A run of places written together (云南普洱, 江苏南通) opens its clause where its first place does.
            run_start = run_start if previous_place is not None and previous_place.end == fact.start else fact.start
            # 天津市滨海新区|天津港: a division written right after a place it holds opens a name (a port, a road),
            # since a run of places goes from the largest down; the smaller place stays in play
            opens_name = (
                previous_place is not None
                and previous_place.end == fact.start
                and ref is not None
                and ref.level != "country"
                and ref in _chain(previous_place)[1:]
            )
            # 16名中国船员 where another place is in play: their nationality, not the figures' place (though 全国
            # after it is still that country's)
            nationality = (
                ref is not None
                and NATIONALITY_AFTER.match(text, fact.end) is not None
                and (sentence_place is not None or paragraph_place is not None)
            )
            # 新华社上海4月20日专电, 发自北京, 广州报道: where the reporter files from, not what the figures are about
            # (全市 after 本报广州讯 is still 广州's, and the story may still be about it)
            dateline = ref is not None and (
                (
                    DATELINE_BEFORE.search(text, max(0, fact.start - 6), fact.start) is not None
                    and DATELINE_AFTER.match(text, fact.end) is not None
                )
                or FILED_FROM_BEFORE.search(text, max(0, fact.start - 3), fact.start) is not None
                or FILED_FROM_AFTER.match(text, fact.end) is not None
                or venue_of_speech(text, fact)
            )
            dateline = dateline or in_company_name(text, fact)
            in_passing = nationality or dateline
            if in_passing and ref is not None:
                in_play.see(ref, fact)
            partner = (
                (partner_end is not None and text[partner_end : fact.start] in LIST_JOINERS)
                or PARTNER_AFTER_SCOPE.search(text, max(0, fact.start - 30), fact.start) is not None
                or (previous_place is not None and text[previous_place.end : fact.start] in PARTNER_WORDS)
                or (previous_place is not None and _helped(text, previous_place.end, fact))
            ) and not ATTACK_AFTER.match(text, fact.end)  # 以色列对加沙地带|已实施1200次空袭: where it struck
            previous_run = previous_place if previous_place is not None and previous_place.end == fact.start else None
            previous_place = fact
            partner_end = fact.end if partner else None
            if opens_name or partner or in_passing:
                out.append(fact)  # 我国对|美国出口, 中国同|日本的贸易额: a partner, the figure stays the first one's
                continue
            misread = (
                previous_run is not None
                and ref is not None
                and previous_run.ref is not None
                and _LEVEL_RANK.get(previous_run.ref.level, 9) < _LEVEL_RANK.get(ref.level, 9)
                and not _holds(previous_run, fact)
            )
            if misread:
                # 江苏|凤城, 青海|盐湖: a finer place right after a division it is not in is a short name read as
                # another province's place (凤城 of Liaoning, 盐湖区 of Shanxi) — no place of the text; the
                # division stays the sentence's
                continue
            opens = listed[0].start if listed else run_start
            if passing_before(text, opens, fact):
                listed.append(fact)  # an origin, and the list it opens: named in passing
            elif ref is not None and not PASSING_AFTER.match(text, fact.end):
                in_play.see(ref, fact)
                listed.append(fact)
                if len(listed) > 1 and listed[-2].end == fact.start and _holds(listed[-2], fact):
                    distinct.pop(listed[-2].code, None)
                    holder = listed[-2]
                    listed[-2:] = [fact]  # 江西|南昌: the run's finer place stands for it in the list
                distinct[fact.code] = fact  # (岷县|漳县, neighbours written together, are a list)
                if len(listed) > 1:
                    ref = common_division(list(distinct.values()))
                    if holder is not None and all(_holds(holder, p) for p in distinct.values()):
                        ref = holder.ref  # 甘肃省岷县、漳县: the division the text writes, not one it never names
                if EXAMPLE_AFTER.match(text, fact.end) and ref is not None and len(listed) == 1:
                    # 北京等12个城市: one example stands for the division above it; a list's common division
                    # already holds its examples and their like (都安、大化、隆林等八个县 → 广西)
                    parents = [p for p in _chain(fact) if p.level != ref.level]
                    ref = parents[0] if parents and ref.level != "country" else None
                sentence_place, worldwide = (fact.start, ref), False
                if _is_topic(text, run_start, sentence_start, sentence_dates):
                    sentence_topic = sentence_place
            out.append(fact)
            continue
        if isinstance(fact, Date):
            scope = YEAR_FROM_CONTEXT.get(fact.rule)
            context = sentence_date if scope == "sentence" else (sentence_date or own_paragraph_date)
            if scope is not None and context is not None and not text.endswith(AS_OF_WORDS, 0, fact.start):
                fact = _in_context(fact, text, context, scope, context is sentence_date)
            governing_here = governs(fact, text) and not (
                previous_date is not None
                and not previous_date[1]
                and text[previous_date[0].end : fact.start] in LIST_JOINERS
            )  # 较一季度和去年四季度: both bases of comparison
            if governing_here and fact.rule in SENTENCE_ONLY_DATES:
                sentence_date = fact
            elif governing_here:
                sentence_date = paragraph_date = own_paragraph_date = fact
            previous_date = (fact, governing_here)
            sentence_dates.append((fact.start, fact.end))
            out.append(fact)
            continue
        update: dict[str, object] = {}
        place = sentence_place[1] if sentence_place is not None else paragraph_place
        if sentence_place is None and fact.start - paragraph_place_at > PARAGRAPH_REACH:
            place = None  # a run-on page: the paragraph's place does not reach this far
        if place is None and sentence_place is None:
            place = _place_named_after(facts, index, text, in_play)
        if place is not None:
            update["place"] = place
            if not _item_of_list(text, previous_place, fact):
                paragraph_place, paragraph_place_at = place, fact.start
        elif sentence_place is not None and worldwide:  # a worldwide figure: the chain stops here
            paragraph_place = None
        governing = sentence_date or paragraph_date
        if governing is not None and governing is not sentence_date and fact.start - governing.end > PARAGRAPH_REACH:
            governing = None
        if governing is not None and not (text.startswith(("来", "以来"), fact.end) and timeless(fact)):
            # 二十多年来: a length of time up to now, not a time of this year (这是…今年的首航。二十多年来，…)
            update.update(date=governing.date, date_until=governing.until)
        if fact.subject in NUMBER_ANAPHORA and previous_subject and not text.startswith(fact.subject, fact.end):
            # (not a count of the data themselves: 两项|数据均创新高)
            update["subject"] = previous_subject  # 减免税超过110亿元…这个数字达到了85亿: the figure's topic again
        elif fact.subject is None and index in respectively:
            update["subject"] = respectively[index]  # 收入260亿元、游客3200万人次，分别增长12%和15%
        elif fact.subject is None and previous_figure is not None and _restates(text, previous_figure[0], fact):
            update["subject"] = previous_figure[1]  # 总量从7.91亿元，增长到|1.2万亿元; 5万亿韩元（约合|3万亿元人民币）
        elif (
            fact.subject is None
            and previous_subject
            and (isinstance(fact, Percentage) or _CHANGE_JUST_BEFORE.search(text, max(0, fact.start - 4), fact.start))
            and fact.rule != DISCOUNT_RULE  # 预交2万元可享受|9.8折: a price's share of the original, not the sum's
            and not _is_duration(fact)  # 流程从2天缩短到|2个小时: a length of time is no level of the topic before
        ):
            # 出口12.13万亿元，增长6.9%: the growth is the exports'; 收入5800元，比上年增加600元: so is the 600元.
            # A change in percent after a change's own figure (价格上涨11.3%，涨幅扩大2.2个百分点；环比上涨|1.7%) is a
            # change of what rose, not of the rise (but 增幅提高|2.8个百分点: points are the rise's own)
            rise_of_rise = (
                previous_subject in percentage.CHANGE_NOUNS and isinstance(fact, Percentage) and fact.change
                and fact.unit == "%"
            )  # fmt: skip
            # …and an amount after a rate's clause (升幅为2.1%；较去年上升|1103亿美元) is of what rose, never the rate
            amount_after_rate = not isinstance(fact, Percentage) and previous_subject.endswith(_CHANGE_NOUNS)
            if rise_of_rise:
                update["subject"] = previous_measured or previous_subject
            elif amount_after_rate:
                if previous_measured:
                    update["subject"] = previous_measured
            else:
                update["subject"] = previous_subject
        elif (
            fact.subject is None
            and previous_figure is not None
            and _parallel_count(
                text,
                previous_figure[0],
                fact,
                previous_place is not None and previous_place.start > previous_figure[0].end,
            )
        ):
            update["subject"] = previous_figure[1]  # 取缔非法社会组织34家，劝散|164家: the same things, another act
        elif (
            fact.subject is None
            and previous_people
            and isinstance(fact, Headcount)
            and _REFERS_BACK.search(text, max(0, fact.start - 3), fact.start)
        ):
            update["subject"] = previous_people  # 提出上诉的28名俄罗斯运动员…在这28人中: the same people
        if (
            isinstance(fact, Percentage)
            and fact.change is not None
            and fact.subject is not None
            and "subject" not in update
            and previous_figure is not None
            and fact.subject != previous_figure[1]
            and _CHANGE_OF_PREVIOUS.fullmatch(text, previous_figure[0].end, fact.start)
            and fact.subject not in text[previous_figure[0].end : fact.start]
        ):
            # 哈佛今年共有超过35000人申请，比上年增加了|15%: a change right after a figure's clause is that figure's,
            # not of the phrase its own rules found further back (哈佛, whose the applicants are)
            update["subject"] = previous_figure[1]
        if fact.subject in percentage.CHANGE_NOUNS and "subject" not in update and previous_figure is not None:
            # 实际使用外资88.1亿美元，年均|增速|79.4%: a rate right after the figure it is of, in the next clause
            before, measured = previous_figure
            if _RATE_OF_PREVIOUS.fullmatch(text, before.end, fact.start) and not measured.endswith(_CHANGE_NOUNS):
                update["subject"] = measured + fact.subject
        if isinstance(fact, Headcount) and (fact.subject or update.get("subject")):
            previous_people = fact.subject or str(update["subject"])
        base = _COMPARISON_AFTER.match(text, fact.end) and _COMPARED_BASE.search(
            text, max(0, fact.start - 16), fact.start
        )
        self_named = isinstance(fact, Quantity) and fact.unit in quantity.SELF_NAMED  # 11省市: names its unit only
        # (nor a length of time, whose subject 工作经验 is no topic a later share or change is of)
        if fact.subject and not base and not self_named and not _is_duration(fact):
            # (a base of comparison, 比7月的成交均价|1.8万元|高出38.2%, leaves the topic the change is of)
            previous_subject = fact.subject
            if not fact.subject.endswith(_CHANGE_NOUNS):
                previous_measured = fact.subject
            if not isinstance(fact, Percentage):
                sentence_subjects.append(fact.subject)
        if isinstance(fact, _FIGURES):
            subject = update.get("subject", fact.subject)
            previous_figure = (fact, subject) if isinstance(subject, str) else None
        out.append(_updated(fact, update) if update else fact)
    return out


_FIGURES = (Money, Headcount, Quantity, Percentage)
DISCOUNT_RULE: Final[str] = "percentage:zhe"
_ITEM_OPENERS = frozenset("、：:，,和及与")


def _item_of_list(text: str, place: Place | None, fact: Fact) -> bool:
    """The figure is an item of a list of places and their figures (主要城市包括：海口35.1%、…、天津12.7%): the
    place it follows right away is the item's, not the paragraph's, and the next sentence does not inherit it."""
    if place is None or place.end != fact.start or place.start < 2:
        return False
    before, joiner = text[place.start - 2], text[place.start - 1]
    # the first item after a colon, or one after another item's figure (…16.0%、|银川15.3%), not the last place of
    # a list its figure counts (广东梅州、|阳江两座电站)
    return joiner in "：:" or (joiner in _ITEM_OPENERS and (before.isdigit() or before in "%％"))
# The end of a change from one value to another (从7.91亿元，增长到2018年的|1.2万亿元, 由800人增加到|1500人), and the
# start of the one it changes from; a sum converted into another currency (513.5万亿韩元（约合|3万亿元人民币）).
_RANGE_GAP = compiled.compile(
    rf"的?[，,]?\s*(?:{_alternation(percentage.CHANGE_WORDS)})?(?:到|至)了?\s*(?:[0-9０-９]{{2,4}}年(?:底|末)?)?的?"
)
_RANGE_OPENS = compiled.compile(r"[从由][^，,。；;！？!?\n从由]{0,14}$")
_CONVERSION_GAP = compiled.compile(
    r"(?:不等)?[，,]?\s*[（(]?\s*(?:约合|折合成?|折算成?|合|相当于)?(?:人民币)?"
)
_CONVERSION_START = ("约合", "折合", "折算", "合", "相当于")
# A change and then the level it reached (人均可支配收入翻了一番，达到|4.75万元; 出口增长12%，达到|3000亿元).
# What stands between a figure and the change of it in the next clause: the figure's own closing verb, then a
# comparison and a verb of change (35000人申请，|比上年增加了|15%).
_CHANGE_OF_PREVIOUS = compiled.compile(
    r"[^，,。；;！？!?\n0-9０-９]{0,4}[，,]\s*(?:同比|环比|比上年|比去年|比上一年|比去年同期|比上年同期|较上年|较去年)"
    rf"(?:{_alternation(tuple(percentage.CHANGE_WORDS))})了?"
)
_LEVEL_GAP = compiled.compile(
    r"[，,]\s*(?:已|并|将)?(?:达到|达|升至|增至|增加到|提高到|上升到|降至|下降到|减少到|为)了?"
)


def _is_duration(fact: Fact) -> bool:
    """为13个月来最高: a length of time after a change is no level it reached."""
    row = quantity.UNITS.get(fact.unit or "") if isinstance(fact, Quantity) else None
    return row is not None and row.duration


def timeless(fact: Fact) -> bool:
    """A length of time or an age (3年, 80岁以上): it counts no group and has no date of its own."""
    return _is_duration(fact) or (isinstance(fact, Quantity) and fact.unit in quantity.AFTER_ONLY_SUBJECT)


# Between two counts of things with one classifier: a clause mark and a short word, no number (取缔…34家，|劝散|
# 164家); not a list's 、, whose items name themselves (大陆32名、台湾45名).
_PARALLEL_GAP = compiled.compile(r"[，,；;]\s*[^0-9０-９，,。；;！？!?\n、]{1,3}")


def _parallel_count(text: str, previous: Fact, fact: Fact, place_between: bool) -> bool:
    """``fact`` counts the things the count before it counts, by another act: a classifier of things (not people,
    whose acts name them: 击毙8人，俘获十多人), the same one, and only a clause mark and a short word between
    them — no place (北京5例，浙江4例 are places' counts)."""
    if not isinstance(previous, Quantity) or not isinstance(fact, Quantity) or previous.unit != fact.unit:
        return False
    row = quantity.UNITS.get(fact.unit or "")
    return (
        row is not None
        and row.counts
        and not place_between
        and _PARALLEL_GAP.fullmatch(text, previous.end, fact.start) is not None
    )


def _restates(text: str, previous: Fact, fact: Fact) -> bool:
    """``fact`` states the figure before it again: the end of a change from it, the sum in another currency, or
    the same group in another unit right after it (95户360人)."""
    gap_start, at = previous.end, fact.start
    if gap_start == at and isinstance(previous, (Headcount, Quantity)) and isinstance(fact, (Headcount, Quantity)):
        # 群众95户|360人: one group, counted twice (not a length of time, not an age: 3600名|80岁以上)
        return not (timeless(previous) or timeless(fact))
    if isinstance(previous, Money) and isinstance(fact, Money) and _CONVERSION_GAP.fullmatch(text, gap_start, at):
        gap = text[gap_start:at]
        return text.startswith(_CONVERSION_START, at) or (gap.strip("（( ") != "" and gap.strip("，, ") != "")
    if isinstance(previous, Percentage) and not isinstance(fact, Percentage) and not _is_duration(fact):
        return (previous.change is not None or previous.multiple is not None) and bool(
            _LEVEL_GAP.fullmatch(text, gap_start, at)
        )
    return (
        type(previous) is type(fact)
        and _RANGE_GAP.fullmatch(text, gap_start, at) is not None
        and _RANGE_OPENS.search(text, max(0, previous.start - 15), previous.start) is not None
    )


_F = TypeVar("_F", bound=BaseModel)


def _updated(fact: _F, update: dict[str, object]) -> _F:
    """``fact.model_copy(update=update)``: the same four attributes pydantic's ``__copy__`` sets, without its
    three generic ``copy()`` calls (a fifth of ``attribute``'s time). A model with extra fields or private
    attributes (none here: extra="forbid", no private fields) takes pydantic's own way."""
    if fact.__pydantic_extra__ is not None or getattr(fact, "__pydantic_private__", None) is not None:
        return fact.model_copy(update=update)
    new = object.__new__(type(fact))
    object.__setattr__(new, "__dict__", {**fact.__dict__, **update})
    object.__setattr__(new, "__pydantic_extra__", None)
    object.__setattr__(new, "__pydantic_fields_set__", fact.__pydantic_fields_set__ | update.keys())
    object.__setattr__(new, "__pydantic_private__", None)
    return new


_RESPECTIVELY = compiled.compile(r"分别")


def _pair_respectively(facts: Sequence[Fact], index: int, text: str, subjects: list[str]) -> dict[int, str]:
    """Percentages listed after 分别 with no subject of their own (…，分别增长12%和15%), and changes of any kind
    (分别比去年增长20.2亿元和10.8亿元), go with the figures before them in the sentence, in order: the last k
    subjects for k figures. Nothing when there are
    fewer subjects than percentages; when a noun is named before 分别 (加仓幅度分别为14.45%和8.61%), it is
    their subject and this pairing does not apply."""
    group = [index]
    j = index + 1
    kind = type(facts[index])
    while (
        j < len(facts)
        and isinstance(facts[j], kind)
        and not _SENTENCE_END.search(text, facts[j - 1].end, facts[j].start)
    ):
        group.append(j)
        j += 1
    if len(group) < 2 or len(subjects) < len(group):
        return {}
    return dict(zip(group, subjects[-len(group) :], strict=True))


# How far after a figure a reader looks for its place when nothing before it in the sentence or paragraph
# names one (…下拨的54.76亿元中央救助资金; 民营企业进出口11.64万亿元，增长11.2％，占我国外贸总值的55％).
LOOK_AHEAD: Final[int] = 40


def _place_named_after(facts: Sequence[Fact], index: int, text: str, in_play: _InPlay) -> PlaceRef | None:
    """The first place or scope word after the figure in its sentence, within LOOK_AHEAD characters."""
    start = facts[index].end
    limit = min(len(text), start + LOOK_AHEAD)
    end = _SENTENCE_END.search(text, start, limit)
    if end is not None:
        limit = end.start()
    # right after a count, 国家 is what it counts (20多个|国家的官方语言), not the country in play
    scopes = _SCOPE.finditer(text, start, limit)
    counted = (start, "国家")
    scope = next((m for m in scopes if not m.group("no") and (m.start(), m.group("ana")) != counted), None)
    for j in range(index + 1, len(facts)):  # no slice: this runs for many figures of a long text
        later = facts[j]
        if later.start >= limit or (scope is not None and later.start >= scope.start()):
            break
        if (
            isinstance(later, Place)
            and later.ref is not None
            and not PASSING_AFTER.match(text, later.end)
            and not NATIONALITY_AFTER.match(text, later.end)  # 16名|中国船员: whose they are, not where
            and not in_company_name(text, later)
        ):
            return _list_from(facts, j, text)  # …分布在湖北、河南、宁夏三省区: the list, not its first place
    if scope is None or scope.group("glob") or scope.group("company"):
        return None
    if scope.group("central"):
        return CHINA  # a country named right before the body would have been found above
    return in_play.at(ANAPHORA[scope.group("ana")])


_LIST_LIMIT = 40  # places of a list read for its common division: a table run into one line stops here


def _list_from(facts: Sequence[Fact], j: int, text: str) -> PlaceRef | None:
    """The place at ``facts[j]``, or the common division of the list of places it opens."""
    first = facts[j]
    assert isinstance(first, Place)
    listed = {first.code: first}
    k = j + 1
    while k < len(facts) and len(listed) < _LIST_LIMIT:
        nxt = facts[k]
        if not isinstance(nxt, Place) or text[facts[k - 1].end : nxt.start] not in LIST_JOINERS or nxt.ref is None:
            break
        listed[nxt.code] = nxt
        k += 1
    return first.ref if len(listed) == 1 else common_division(list(listed.values()))


def _place_in_clause(text: str, sentence_place: tuple[int, PlaceRef | None] | None, at: int) -> bool:
    """A place (not the world, not a company) was named earlier in the clause that reaches ``at``."""
    if sentence_place is None or sentence_place[1] is None:
        return False
    return _CLAUSE_START.search(text, sentence_place[0], at) is None


def _central_country(previous: Place | None, at: int) -> PlaceRef | None:
    """The country of a central body (CENTRAL_BODIES) at ``at``: China's, unless a country is named right
    before it (美国国务院). Not the country last in play: after a story about Berlin, 教育部 is still China's."""
    if previous is not None and previous.end == at and previous.level == "country":
        return previous.ref
    return CHINA


def bare_yuan(fact: Money) -> bool:
    """Written with a generic 元/块 and no currency word of its own (港幣, 人民币 …)."""
    unit = fact.rule.partition(":")[2]
    return unit in money.YUAN_UNITS and not any(word in fact.text for word in money.BEFORE)
