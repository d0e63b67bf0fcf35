"""The words of each sentence and their parts of speech, from a word segmenter: a subject is a noun phrase.

The character rules of ``link`` find where the phrase about a figure lies; this module decides whether what
they cut out is a noun phrase a reader would name, by the words of its sentence:

- its edges fall on word boundaries (a rule that cut 认为 in half has cut out a fragment: 的人|认为);
- particles, adverbs, pronouns, time and direction words, numerals and measure words at its edges are not
  part of it (国家|的, 打捞船|今晚, 劫持者|在内);
- it ends in a noun (火炬手|接力传递 → 火炬手); a phrase that ends in no noun is no subject;
- it is not a single character, nor only a time word, a pronoun or a place name.

Words come from rjieba (the Rust jieba-rs binding): POS tags at millions of characters a second. Each
sentence is tagged once, the first time a figure in it asks, and its words are shared by every figure of
the sentence. The segmenter's dictionary tags some nouns as verbs (收入, 首付, 增速: jieba's tag is the
word's most frequent one), so the project's own noun tables override it.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable
from importlib import resources
from typing import Final, NamedTuple

import regex

from . import compiled
from .kinds import money, percentage, quantity
from .kinds.headcount import ACTS_ON_PEOPLE, PEOPLE_NOUNS
from .link import REACHED_VERBS, SENTENCE_END, SHARE_MEASURES, SPEECH_VERBS, VERBS
from .numerals import ARABIC_DIGITS, CHINESE_DIGITS, SCALES

Span = tuple[int, int]
Check = Callable[[Span | None], Span | None]

# Tags (jieba's ICTCLAS set) of words that can end a noun phrase: nouns, names, organisations, verbal and
# adjectival nouns, abbreviations (上证 j), fixed expressions (软件产品 l), Latin words (ETF eng), place words.
NOUN_TAGS: Final[frozenset[str]] = frozenset(
    {"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "vn", "an", "j", "l", "eng", "s", "g", "k"}
)
# Tags trimmed from either edge: particles, modal words, interjections, onomatopoeia, punctuation, pronouns,
# adverbs, prepositions, conjunctions, numerals, measure words, time and direction words.
EDGE_TAGS: Final[frozenset[str]] = frozenset(
    {"u", "uj", "ul", "uz", "uv", "ud", "ug", "y", "e", "o", "x", "r", "rr", "rz", "rg", "d", "dg", "p",
     "c", "m", "mq", "q", "t", "tg", "f", "zg", "h"}
)  # fmt: skip
# Nouns whose characters are never stop words (衣被, 被调查者): common and verbal nouns, names of things and
# organisations, abbreviations — not idioms (迄今已有 l) or names of people and places.
INNER_STOP_TAGS: Final[frozenset[str]] = frozenset({"n", "vn", "an", "nz", "nt", "j"})
# Tags trimmed only at the end: a verb or adjective that follows the noun is the predicate (客轮|进水下沉).
# Marks that end a clause: a verb alone between a classifier and one of them is the classifier's noun.
CLAUSE_END_MARKS: Final[frozenset[str]] = frozenset("，,。；;！？!?、：:）)\n")
_CLOSING_QUOTES: Final[frozenset[str]] = frozenset("”’」』\"")
# Copulas after a count: what they name is what is counted (430人|是|儿童).
COPULAS: Final[frozenset[str]] = frozenset({"是", "为"})
# Adverbs and status words: a noun's last character (迅速, 加速) does not make them nouns.
MANNER_TAGS: Final[frozenset[str]] = frozenset({"ad", "d", "z"})
# Adjectives and distinguishers that, after 的, modify the word after them (的|近|5000名, 的|总|投入).
MODIFIER_TAGS: Final[frozenset[str]] = frozenset({"a", "b", "ad"})
# Idioms and fixed phrases of the dictionary: nouns (从业人员, 固体废物) unless they end in a predicate.
IDIOM_TAGS: Final[frozenset[str]] = frozenset({"l", "i"})
_TWO_CHARACTER_CHANGES = sorted(w for w in percentage.CHANGE_WORDS if len(w) == 2)
_ENDS_IN_PREDICATE = compiled.compile(rf"(?:{'|'.join(_TWO_CHARACTER_CHANGES)}|不\p{{Han}})$")
_CONTINUES = compiled.compile(r"[\p{Han}\p{N}A-Za-z]")
END_TAGS: Final[frozenset[str]] = frozenset({"v", "vd", "vi", "vg", "vq", "a", "ad", "ag", "z", "b", "i"})
# Tags that make a phrase no subject when all its words carry them: a place name alone (武汉市|预拨付), a
# time word, a pronoun.
NOT_ALONE_TAGS: Final[frozenset[str]] = frozenset({"ns", "t", "tg", "r", "rr", "rz"})

VERB_TAGS: Final[frozenset[str]] = frozenset({"v", "vd", "vi", "vg", "vq"})
_EVENT_TAGS = VERB_TAGS | {"vn"}  # what happens, as a verb or a verbal noun (两次|排练: vn)
# Place words (船上, 村里, 国内, 网上): after a dimension they are what it sizes (20米深的|井底), before a figure
# alone only where it is.
PLACE_WORD_TAGS: Final[frozenset[str]] = frozenset({"s"})
# Nouns of time the segmenter tags as common nouns: alone they are no subject (比2月份|增加).
TIME_NOUNS: Final[frozenset[str]] = frozenset(
    {"月份", "年份", "季度", "年度", "上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度",
     "第一季度", "第二季度", "第三季度", "第四季度", "年底", "年初", "月底", "月初", "岁末", "年末", "期间",
     "时期", "当月", "当季", "同期", "去年同期", "上年同期", "单日", "财年", "时", "之时", "时候"}
)  # fmt: skip
# Words that say how or where the counted do what follows (24.6万名采购商|线下参会, 2000名观众|现场观看): after
# the counted noun and before a verb they open the predicate, as a time word does; before the noun they modify
# it (3000名现场观众).
HOW_ADVERBS: Final[frozenset[str]] = frozenset(
    {"线上", "线下", "现场", "当场", "一起", "共同", "大面积", "大规模", "集中", "陆续", "相继", "分批"}
)
# A word that ends so says since when (今年以来, 年初以来, 近年来 — the segmenter tags some idioms).
SINCE: Final[tuple[str, ...]] = ("以来", "年来")
# Words that say when and open the predicate after a counted noun: 两只偏股基金|同期净值下跌.
TIME_ADVERBS: Final[frozenset[str]] = frozenset(
    {"同期", "目前", "此前", "此后", "当年", "全年", "当天", "当日", "同时", "此时", "这时", "届时"}
)
# A clause that only says how much or how it changed continues the topic of the clause before it: its words
# carry these tags or are these words (达, 为, 增长, 较…高).
AMOUNT_TAGS: Final[frozenset[str]] = frozenset(
    {"t", "tg", "d", "dg", "p", "c", "m", "mq", "q", "f", "u", "uj", "ul", "uz", "uv", "ud", "ug", "x", "y"}
)
AMOUNT_WORDS: Final[frozenset[str]] = frozenset(
    {*percentage.CHANGE_WORDS,
     "达", "达到", "为", "是", "有", "约", "共", "合计", "累计", "总计", "共计", "增至", "升至", "降至", "增加到",
     "减少到", "增长到", "下降到", "上升到", "提高到", "突破", "超过", "高", "低", "多", "少", "占", "至", "到",
     "加快", "放缓", "收于", "报收", "收报", "跌破", "升破", "站上", "回到", "保持", "持平", "分", "剩下", "剩",
     "只剩", "只剩下", "翻红", "翻绿", "震荡", "冲到", "冲至", "一度", "报", "录得", "实现", "可", "可达", "已达",
     "将达", "共有", "只有", "仅有", "还有", "另有", "尚有", "拥有", "预计", "约有", "超", "逾", "近", "较", "比",
     "日均", "月均", "年均", "多达", "高达",
     # how long or how often a level held (连续六年稳定在, 每年大概为, 维持在)
     "稳定", "维持", "连续", "每年", "每月", "每天", "每日", "大概", "大约"}
)  # fmt: skip
# Words after a count that say nothing of what the people counted did (左右, 以上: the figure's own).
# …and directions, which need the verb they complete (二人|出来), and nouns the dictionary tags verbs (死刑).
_NOT_CLOSING = frozenset(
    {"左右", "以上", "以下", "之多", "不等", "参加", "参与", "出来", "进来", "过来", "起来", "下来", "上来", "回来",
     "出去", "进去", "过去", "进入", "死刑", "有期徒刑", "无期徒刑"}
)  # fmt: skip
_HAPPENED = frozenset({"出现", "发生", "存在", "经历"})
# Adverbs of an act: a verb after them is a predicate, never a modifier inside a noun (共同贪污|公款).
ACT_ADVERBS: Final[frozenset[str]] = frozenset(
    {"共同", "依法", "擅自", "公然", "恶意", "多次", "先后", "强行", "私自", "秘密"}
)
# Characters that open a verb of two of what befell the noun before it (受淹, 受损, 遭灾, 被毁), whatever its tag.
PASSIVE_MARKS: Final[str] = "受遭被"
# How likely a figure is: no verb of the clause's own (受害者|可能多达|4000人).
LIKELIHOODS: Final[frozenset[str]] = frozenset({"可能", "或将", "有望", "或许", "也许"})
# Nouns that only say what a figure is compared with: they name no topic of their own.
COMPARISON_BASES: Final[frozenset[str]] = frozenset(
    {"同期", "上年", "去年", "前年", "上月", "上季度", "同比", "环比", "相比", "同期相比", "相较", "比较"}
)
# Nouns the segmenter tags as verbs (its most frequent tag), which end a phrase before or after a figure
# as nouns: 营业收入, 一手房首付, 转移支付预算.
NOMINAL_WORDS: Final[frozenset[str]] = frozenset(
    {*PEOPLE_NOUNS, *percentage.CHANGE_NOUNS,
     "收入", "支出", "预算", "投资", "消费", "出口", "进口", "进出口", "贷款", "存款", "融资", "补贴", "补助",
     "奖励", "赔偿", "捐款", "罚款", "首付", "盈利", "亏损", "营收", "收益", "成交", "销售", "交易", "储蓄",
     "就业", "赤字", "结余", "缴费", "报销", "支付", "利润", "产量", "增量", "存量", "占比", "收费", "资助",
     "救助", "援助", "税收", "分红", "派息", "募资", "拨款", "开支", "花费", "费用", "估值", "市值", "净值",
     "营业额", "发行", "回报", "考生", "生产", "总产值", "产值", "降水", "降雨", "用电", "用水", "投入",
     "出让", "成本", "工资", "薪酬", "年薪", "月薪", "保费", "赔款", "欠款", "借款", "还款", "收购", "订单",
     "占地", "资金", "罚金", "现金", "索赔", "赔付", "理赔", "募捐", "筹款", "集资", "贿赂", "赃款", "回扣",
     "好处费", "初中", "高中", "增加值", "组织", "机构", "县", "赎回", "申购", "认购", "净赎回", "净申购"}
)  # fmt: skip
# Single characters that make the word they end a noun, whatever its tag: 知识产权|费, 综合重箱|率.
NOMINAL_SUFFIXES: Final[str] = "率额量费数价金款值比速幅税资者员"
# Single characters that end a noun though the segmenter glued them to the verb after: 沪指|涨 (指涨),
# 创业板指|跌.
NOUN_ENDINGS: Final[frozenset[str]] = frozenset({"指"})
# Quotes and title marks: what they enclose is one name.
QUOTE_PAIRS: Final[dict[str, str]] = {"“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", "〈": "〉", '"': '"'}
# Edge words kept at the start of a phrase: opening quotes, and adverbs that modify the noun itself
# (不|合格产品, 一次性|补助).
KEPT_AT_START: Final[frozenset[str]] = frozenset({*QUOTE_PAIRS, "不", "非", "未", "无", "一次性"})
_NUMERAL_CHARS = f"{ARABIC_DIGITS}{CHINESE_DIGITS}{SCALES}十百千几多余数半"
_NUMERAL_WORD = compiled.compile(
    rf"[{_NUMERAL_CHARS}点.%％个只名位条项家种批人元吨]*[{_NUMERAL_CHARS}][{_NUMERAL_CHARS}点.%％个只名位条项家种批人元吨]*"
)  # a numeral and its unit: 万人, 两成, 三家 — no noun phrase (but 家人 holds no numeral)
CURRENCY_NAMES: Final[frozenset[str]] = frozenset(
    w for w in (*money.AFTER, *money.BEFORE) if len(w) >= 2 and regex.fullmatch(r"\p{Han}+", w)
)
_VERBS = frozenset(VERBS)  # the subject rules' verbs are verbs whatever the segmenter says (动用 n)
# Verbs the segmenter tags as nouns (示威 n, 错失 n, 发动 vn): after a counted noun they open the predicate
# (数千名矿工|示威, 224只股票型基金|错失良机), though before a noun they may still modify it (参赛|选手).
_AVERAGE_WORDS = frozenset(money.PER_AVERAGE_WORDS)
PREDICATE_NOUNS: Final[frozenset[str]] = frozenset(
    {"示威", "抗议", "错失", "参赛", "集会", "参观", "落户", "投产", "发动", "创业", "维权", "落地"}
)
_PEOPLE_NOUNS = frozenset(PEOPLE_NOUNS)
_ACTS_ON_PEOPLE = frozenset(ACTS_ON_PEOPLE)
_PEOPLE_FIRST = frozenset(w[0] for w in PEOPLE_NOUNS)
# Modal, intention and light verbs: what follows them is a predicate or the noun they make a verb of, not
# part of a noun phrase with what precedes them (公司拟|回购股份, 按户|进行|补助).
MODALS: Final[frozenset[str]] = frozenset(
    {"拟", "将", "要", "同意", "愿意", "准备", "计划", "决定", "打算", "可以", "能够", "需要", "必须", "应当", "应",
     "进行", "开展", "实施", "给予", "予以", "加以", "作出", "做出"}
)
# Measures of a thing, which no classifier counts: 11个行业|利润, 5家企业|销售额.
MEASURES: Final[frozenset[str]] = frozenset(
    {"利润", "收入", "营收", "利润总额", "产值", "增加值", "效益", "外资", "投资", "房价", "价格", "成本", "规模",
     "产量", "销量", "面积", "人数", "人口", "比重", "比例", "占比", "增速", "增幅", "涨幅", "跌幅", "净值", "市值"}
)  # fmt: skip
MEASURE_SUFFIXES: Final[str] = "率额量数价值速幅"
# Abstract nouns after 的 that say what about the counted noun is meant (四个作业面的|施工).
ASPECT_NOUNS: Final[frozenset[str]] = frozenset(
    {"施工", "建设", "工作", "发展", "情况", "问题", "目标", "教学目标", "任务", "成绩", "代表", "负责人", "领导",
     "覆盖率", "森林覆盖率", "营业额", "销售额", "产值", "经济", "人口", "居民", "学生", "运动员", "企业"}
)  # fmt: skip
# Tags of one-character morphemes: no word alone, they belong to the word after them (物|联网终端用户).
MORPHEME_TAGS: Final[frozenset[str]] = frozenset({"zg", "ng", "g", "vg", "ag"})
# Tags of names: a name cut by a phrase's left edge is taken whole (纳斯达克, 沪深300).
NAME_TAGS: Final[frozenset[str]] = frozenset({"nr", "nrt", "nrfg", "nz", "nt", "ns", "j", "eng"})
# Names of persons, and of places and institutions, which own a count of people rather than name them.
PERSON_NAME_TAGS: Final[frozenset[str]] = frozenset({"nr", "nrt", "nrfg"})
OWNER_TAGS: Final[frozenset[str]] = frozenset({*PERSON_NAME_TAGS, "nt", "ns"})
# Tags of words that stand for a topic without being nouns: a pronoun, a name.
NAMING_TAGS: Final[frozenset[str]] = frozenset({"r", "rr", "rz", "nr", "nrt", "ns", "nt"})
# Nouns that make a verb before them a modifier (参保|人数, 播种|面积), beside the suffixes above.
MEASURE_HEADS: Final[frozenset[str]] = frozenset(
    {"面积", "规模", "人数", "产量", "总量", "数量", "金额", "比例", "比重", "人次", "水平", "指数", "价格", "收入",
     "总额", "里程", "时间", "长度", "速度", "物资", "资金", "项目", "企业", "设施", "用地", "岗位", "活动", "线路"}
)  # fmt: skip
# What a figure is compared with is no subject: 比|2月份增加4个, 较|上年.
_COMPARED_WITH = compiled.compile(rf"(?:比|较|相比|同比|环比)[{ARABIC_DIGITS}{CHINESE_DIGITS}]*$")
# A phrase that only names the scope of a report is no subject of its figure: 全省|11个市, 全国|发行, and a whole
# country abroad by its one-character name (全美|可能将有56.2万人…).
_SCOPE_ONLY = compiled.compile(
    r"(?:全|本|该|我|各|此|两|三)(?:国|省|市|县|区|镇|乡|村|州|盟|旗|地区|自治区|行业)|全球|世界|各地|当地|全体|全部|大家"
    r"|全[美欧英法德俄日韩澳印]"
)
# Adverbs the segmenter tags as nouns or adjectives that modify a noun at a phrase's start (基本养老保险)
# but are the predicate's adverb at its end (江河水系|基本|丧失, 区区).
END_ADVERBS: Final[frozenset[str]] = frozenset({"基本", "总体", "整体", "区区", "仅仅", "大约", "大概", "几乎"})
# Words the segmenter tags as nouns that are no noun at the edge of a phrase: 基本保持, 双双超过.
NOT_NOUNS: Final[frozenset[str]] = frozenset(
    {"双双", "同期", "同比", "环比", "实际", "大幅", "小幅", "窄幅", "逐步", "逐年", "逐季", "逐月", "分别", "全年",
     "最终", "全天", "现行", "原有", "以往",
     "收市", "收盘", "开盘", "早盘", "午盘", "尾盘", "盘中", "当年", "同时", "此前", "此后",
     "目前", "其中", "一共", "共计", "合计", "累计", "比达", "全部", "部分", "以来", "以后", "期间", "左右",
     "当场", "不幸", "先后", "相继", "年均", "日均", "月均", "周均", "面向", "全数", "悉数"}
)  # fmt: skip

_RANK_VERBS = frozenset(REACHED_VERBS)  # 居, 位居, 排名 …: a figure's rank opens its predicate

# A record a figure reaches or sets (跌至最低点5.8%, 创新高): no subject of it.
RECORD_NOUNS: Final[frozenset[str]] = frozenset(
    {"最低点", "最高点", "低点", "高点", "新高", "新低", "峰值", "谷底", "最高值", "最低值", "最低位", "最高位",
     "低位", "高位"}
)

# A verb and one of these is a when-clause (认购时, 退休的时候): the time of the act, no topic.
WHEN_WORDS: Final[frozenset[str]] = frozenset({"时", "之时", "时候"})

# Verbs that open a condition of a measure (扣除汇率因素后, 剔除价格因素后): what they take away is no topic; the
# condition runs to one of CONDITION_ENDS.
EXCLUDING_VERBS: Final[frozenset[str]] = frozenset({"扣除", "剔除", "除去", "刨除", "排除", "不计", "不含"})
CONDITION_ENDS: Final[frozenset[str]] = frozenset({"后", "以后", "之后"})

# A relative clause between a count and its noun (22名|来自新疆的|脑瘫患儿): how far it may run, the tags
# that can open it (verbs, prepositions, numbers, adjectives) and the words that can (约, 同时, 仅 …).
RELATIVE_REACH: Final[int] = 24
RELATIVE_OPENING_TAGS: Final[frozenset[str]] = frozenset({*VERB_TAGS, "p", "m", "a", "ad"})
RELATIVE_OPENING_WORDS: Final[frozenset[str]] = frozenset({"约", "近", "大约", "将近", "同时", "年仅", "仅"})
# Last characters of nouns that name people (患儿, 乘客, 学生, 游泳者), beside the people nouns of headcount.
PEOPLE_ENDINGS: Final[str] = "者员人生民工儿童客兵手师众"
# Aspect particles, adverbs and modals that mark a predicate, which a relative clause does not hold.
PREDICATE_MARKS: Final[frozenset[str]] = frozenset(
    {"了", "都", "也", "要", "将", "会", "已", "已经", "正在", "还", "又", "就", "才", "便"}
)

# Last characters of a noun made of a verb and a suffix: 供应|商, 投资|者, 销售|额, 增长|率, 参赛|队.
NOUN_SUFFIXES_AFTER_VERBS: Final[str] = NOMINAL_SUFFIXES + PEOPLE_ENDINGS + "商家队户厂站点所业品物单证书"
# The object of a verb before a count that the segmenter tags a verb (完成|演出): verbs and verbal nouns, in
# at most this many words, that are no copula, change, amount word or verb of the phrase rules.
VERBAL_TAGS: Final[frozenset[str]] = frozenset({*VERB_TAGS, "vn"})
# Verbs whose object is what the count after it counts, whatever its tag: 完成|演出, 举办|活动, 揽收|包裹.
LIGHT_VERBS: Final[frozenset[str]] = frozenset(
    {"完成", "举办", "举行", "开展", "进行", "办理", "受理", "提供", "收到", "接到", "发放", "发送",
     "揽收", "投递", "收寄", "揽投", "处理", "实现", "推出", "上演", "录制", "出版", "发行"}
)  # fmt: skip
_OBJECT_WORDS = 2
_NOT_OBJECTS: Final[frozenset[str]] = frozenset({*AMOUNT_WORDS, *NOT_NOUNS, *_VERBS})

# Where the segmenter is run: a sentence, cut at its end marks; a longer run without one is tagged in pieces
# of MAX_PIECE characters so one unpunctuated megabyte never makes one segmenter call.
MAX_PIECE: Final[int] = 2000


class Word(NamedTuple):
    start: int
    end: int
    text: str
    tag: str


def _has_word(word: str) -> bool:
    import rjieba

    return bool(rjieba.has_word(word))


# Common nouns the segmenter's dictionary tags as place names (城市 ns): they name a kind of place, not one,
# and a count of them (三个城市) counts them; and nouns it tags as adjectives or verbs (清单 a, 知识 v).
RETAGGED: Final[dict[str, str]] = {
    "城市": "n", "城镇": "n", "海关": "n", "口岸": "n", "清单": "n", "知识": "n",
    "大中城市": "n", "大城市": "n", "中小城市": "n", "山区": "n", "新区": "n", "高新区": "n",
    "长度": "n", "深度": "n",  # measures tagged place names (长度2550米)
    "大米": "n", "玉米": "n",  # crops tagged a numeral and a person's name (200多吨|大米)
    "零部件": "n", "零件": "n",  # tagged mq for their 零 (zero): 600万个|零部件 counts parts
    "启程": "v", "前往": "v", "回国": "v",  # verbs of setting off tagged nouns and times (30人|启程前往孝感)
    "举措": "n",  # a noun the dictionary tags a verb (34项|举措)
    "为例": "v",  # 以…1.5亿元|为例: "as an example", tagged a noun
    "表示满意": "v", "表示同意": "v", "表示感谢": "v",  # what people said, tagged nouns (60%的受访者|表示满意)
    "全面": "ad", "全力": "ad", "全线": "ad",  # adverbs of manner tagged nouns (12个项目|全面复工)
    "嘉宾": "n", "考生": "n", "警察": "n", "选手": "n",  # people tagged a place or a verb (300名|嘉宾|参会)
    "超市": "n",  # a shop the dictionary tags a verb (3家|5000平方米以上的|超市)
    "助力": "v",  # a verb of headlines the dictionary tags a noun (10项新措施|助力长三角一体化发展)
    "旗下": "f",  # "under" (of a company's funds), tagged a noun: 16家基金公司|旗下124只基金
    "高水平": "n",  # tagged a person's name (较|高水平)
}  # fmt: skip


# A single character of these that the segmenter cuts off a word (销售|率, 开盘|价) is the word's noun suffix;
# the tags it may carry then, and the tags of the word it ends.
_SUFFIX_TAGS: Final[frozenset[str]] = frozenset({"n", "ng", "v", "vn", "vg", "k", "zg", "m"})  # 快递|员, 成交价|款
_SUFFIXED_TAGS: Final[frozenset[str]] = frozenset({"n", "vn", "v", "nz", "j", "l", "an"})


_SUFFIX_CHARS: Final[frozenset[str]] = frozenset(NOMINAL_SUFFIXES)


def _join_suffixes(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Join a noun suffix to the word before it: 开盘|销售率 (n), not 开盘|销售|率 (v), so that no rule reads
    the suffix as a verb of the clause."""
    # a set lookup per word finds the few candidates; only they are looked at in Python
    if _SUFFIX_CHARS.isdisjoint(map(_FIRST, tagged)):
        return tagged
    hits = [i for i, word in enumerate(map(_FIRST, tagged)) if word in _SUFFIX_CHARS]
    out = list(tagged)
    for i in reversed(hits):
        word, tag = out[i]
        if i and tag in _SUFFIX_TAGS:
            before, before_tag = out[i - 1]
            if before_tag in _SUFFIXED_TAGS and len(before) >= 2:
                out[i - 1 : i + 1] = [(before + word, "n")]
    return out


_RETAGGED_WORD = re.compile("|".join(sorted(RETAGGED, key=len, reverse=True)))

# Words the segmenter's dictionary holds too rarely to cut them out (年金 comes out 年|金, a numeral and a
# name): given the frequency that makes them win, once, when the dictionary is first loaded. They go into
# rjieba's default dictionary, which a program using rjieba itself then shares.
STRENGTHENED_WORDS: Final[dict[str, str]] = {"年金": "n", "企业年金": "n"}
_strengthened = False


# A classifier after digits that the dictionary glues to the preposition or verb opening a relative clause
# (8|支由|武警组成的救援队, 20|名有|购房计划的消费者): cut apart, so that the clause is seen.
GLUED_CLASSIFIERS: Final[str] = "名位支个家只所件项条座台辆"
GLUED_OPENERS: Final[str] = "有由在被从为自"
_GLUED = re.compile(f"[0-9０-９][{GLUED_CLASSIFIERS}][{GLUED_OPENERS}]")


def _split_glued(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for word, tag in tagged:
        if len(word) == 2 and word[0] in GLUED_CLASSIFIERS and word[1] in GLUED_OPENERS and out:
            before = out[-1][0]
            if before and before[-1] in _DIGITS_BEFORE_GLUE:
                out.append((word[0], "q"))
                out.append((word[1], "p" if word[1] in "由在被从为自" else "v"))
                continue
        out.append((word, tag))
    return out


_DIGITS_BEFORE_GLUE = frozenset("0123456789０１２３４５６７８９")

# A ranking written with digits (世界500强, 百强, 30强): one name, which the segmenter cuts into a numeral and an
# adjective; joined, so that the phrase it opens or ends is a noun phrase (390家|世界500强企业).
_RANKING = re.compile("[0-9０-９]强")


def _join_rankings(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for word, tag in tagged:
        if word == "强" and out and out[-1][0][-1:] in _DIGITS_BEFORE_GLUE:
            out[-1] = (out[-1][0] + word, "nz")
            continue
        out.append((word, tag))
    return out


# Ordinary words the segmenter's dictionary tags as person names (容纳, 修正, 荣获, 顾客), with the part of speech
# a second tagger reads (data/name_retags.tsv, made by scripts/build_name_retags.py): a verb tagged a name reads
# as a noun, and a subject rule takes it for what is counted (该馆可容纳|3000人). Loaded with the dictionary.
NAME_RETAGS_PATH: Final[str] = "data/name_retags.tsv"
_name_retags: dict[str, str] = {}


def _load_name_retags() -> dict[str, str]:
    data = resources.files("newsfacts").joinpath(NAME_RETAGS_PATH).read_text(encoding="utf-8")
    rows = (line.split("\t", 2) for line in data.splitlines() if line and not line.startswith("#"))
    return {row[0]: row[1] for row in rows}


def _retag_names(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    retags = _name_retags
    return [(w, retags.get(w, t)) if t == "nr" else (w, t) for w, t in tagged]


# Kinds of organisation before 组织, which the dictionary tags a verb (organise): after them it is the noun
# (5个|国际组织|参会, 社会组织), not the verb of 县里组织|300人.
ORGANISATION_KINDS: Final[frozenset[str]] = frozenset(
    {"国际", "社会", "慈善", "公益", "民间", "非政府", "群团", "基层", "行业", "经济", "合作", "恐怖", "宗教",
     "学术", "区域", "地区", "青年", "妇女", "学生", "志愿者", "党", "团"}
)  # fmt: skip


def _organisations(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = list(tagged)
    for i in range(1, len(out)):
        if out[i] == ("组织", "v") and out[i - 1][0] in ORGANISATION_KINDS:
            out[i] = ("组织", "n")
    return out


def _tag(text: str) -> list[tuple[str, str]]:
    import rjieba  # imported on first use: a text without figures never loads the dictionary

    global _strengthened, _name_retags
    if not _strengthened:
        for word, tag in STRENGTHENED_WORDS.items():
            rjieba.add_word(word, None, tag)
        _name_retags = _load_name_retags()
        _strengthened = True
    tagged = _retag_names(rjieba.tag(text))
    if _GLUED.search(text):  # one scan of the sentence; the words are looked at only where it finds one
        tagged = _split_glued(tagged)
    if _RANKING.search(text):
        tagged = _join_rankings(tagged)
    tagged = _join_suffixes(tagged)
    if "组织" in text:
        tagged = _organisations(tagged)
    if _RETAGGED_WORD.search(text):  # one scan of the sentence for the table's words, not a loop per token
        return [(w, RETAGGED.get(w, t)) for w, t in tagged]
    return tagged


# A phrase of these alone is a length or point of time (一周内, 三个月以来, 前三季度), never a subject.
TIME_SPAN_TAGS: Final[frozenset[str]] = frozenset({"m", "mq", "q", "t", "tg", "f"})
# …and the noun of a span whose length is a figure of its own (三个月|时间内|减仓幅度: the span goes, the measure
# stays).
TIME_SPAN_NOUNS: Final[frozenset[str]] = frozenset({"时间"})
TIME_SPAN_WORDS: Final[frozenset[str]] = frozenset({"内", "之内", "以内", "期间", "以来", "来", "里"})
_PREDICATE_REACH = 12  # how long a clause may be that names people by what they did
# Verbs of what people mean to do, which name no one (三人|决定连夜回县城, 两人|计划…): what they did is later.
INTENTION_VERBS: Final[frozenset[str]] = frozenset(
    {"决定", "计划", "打算", "准备", "希望", "愿意", "想要", "联手", "一起", "共同"}
)
_FIRST = operator.itemgetter(0)
_TEXT = operator.attrgetter("text")
_SECOND = operator.itemgetter(1)
_NOUN_REACH = 2  # how far past a rule's right edge a noun it cut may run (社会保障|金, 慈善|组织)


class Words:
    """The words of a text, one sentence at a time, tagged when a figure first asks for them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: list[int] | None = None
        # sentence start → (start of each word, its words): made once for all the figures of the sentence
        self._sentences: dict[int, tuple[list[int], list[Word]]] = {}

    def _sentence(self, pos: int) -> tuple[list[int], list[Word]]:
        if self._ends is None:
            self._ends = [m.end() for m in SENTENCE_END.finditer(self.text)]
        i = bisect.bisect_right(self._ends, pos)
        lo = self._ends[i - 1] if i else 0
        hi = self._ends[i] if i < len(self._ends) else len(self.text)
        if hi - lo > MAX_PIECE:
            lo += (pos - lo) // MAX_PIECE * MAX_PIECE
            hi = min(hi, lo + MAX_PIECE)
        cached = self._sentences.get(lo)
        if cached is None:
            tagged = _tag(self.text[lo:hi])
            texts = list(map(_FIRST, tagged))
            starts = list(itertools.accumulate(map(len, texts), initial=lo))
            # map over the columns: no Python frame per word (a sentence's words are built once, read by all)
            words = list(map(Word, starts[:-1], starts[1:], texts, map(_SECOND, tagged)))
            cached = (starts, words)
            self._sentences[lo] = cached
        return cached

    @staticmethod
    def tag(text: str) -> list[tuple[str, str]]:
        """The words and tags of ``text`` read on its own (a piece cut out of a word: 汽车|产量)."""
        return _tag(text)

    def words(self, lo: int, hi: int) -> list[Word]:
        """The words that overlap text[lo:hi], in order (the first and last may stick out)."""
        starts, words = self._sentence(lo)
        first = max(0, bisect.bisect_right(starts, lo) - 1)
        last = min(len(words), bisect.bisect_left(starts, hi, first))
        return words[first:last]

    def owner_of_count(self, span: Span, figure: int) -> bool:
        """text[span] names a person, or a place or an institution that has the people counted at ``figure``
        (村民葛凤英|一人, 哈佛今年共有|超过35000人申请, 哥伦比亚大学有|…): whose they are, not who they are. Not a
        noun the dictionary holds with a name's tag (孤儿, 师生, 博士后 are nr there)."""
        words = _clipped(self.words(*span), *span)
        if not words or self.text[span[1] - 1] in PEOPLE_ENDINGS or self.text[span[0] : span[1]] in _PEOPLE_NOUNS:
            return False
        if all(w.tag in PERSON_NAME_TAGS and not _has_word(w.text) for w in words):
            return True  # a name the segmenter made up of unknown characters (葛凤英, 任春旺): a person's
        return all(w.tag in OWNER_TAGS for w in words) and "有" in self.text[span[1] : figure]

    def noun_phrase(self, span: Span | None, after: bool = False) -> Span | None:
        """``span`` narrowed to the noun phrase it holds, or None when it holds none. ``after``: the phrase
        follows a figure, and a noun its right edge cuts runs on (社会保障|金); before a figure the right
        edge is where the rules cut the copula off (受灾群众|多达) and stays."""
        if span is None:
            return None
        lo, hi = span
        if hi - lo < 2 or _COMPARED_WITH.search(self.text, max(0, lo - 6), lo):
            return None
        opening = self.text[lo - 1 : lo]
        if opening in QUOTE_PAIRS and QUOTE_PAIRS[opening] in self.text[lo:hi]:
            lo -= 1  # “|一带一路”相关国家贸易总额: a cut right after an opening mark takes the quoted name whole
        words = _quoted_as_names(self._phrase_words(lo, hi, after))
        if not words or words[0].text in EXCLUDING_VERBS:
            return None  # 扣除汇率因素|后同比增长: a condition, not what is measured
        if words[0].tag == "p" and words[0].text in FROM_PREPOSITIONS:
            return None  # 硫含量|从国三标准的…: where a change starts, its topic stands before 从 (subject_of_range)
        if not after and "时" in self.text[lo:hi]:  # (a substring test first: most phrases hold no 时)
            when = next(
                (
                    k
                    for k in range(len(words) - 1, 0, -1)
                    if words[k].text in WHEN_WORDS and words[k - 1].tag in VERB_TAGS
                ),
                None,
            )
            if when is not None:  # 认购时|预交1万元: a when-clause (at the time of subscribing) is no topic
                words = words[when + 1 :]
                if not words:
                    return None
        nominal = _ends_in_nominal_word(self.text, lo, hi)
        if nominal and len(words) == 1 and words[0].tag in VERB_TAGS and len(words[0].text) > nominal:
            return _trim_start(self.text, words, hi - nominal, hi)  # 收受|贿赂: the verb's object, as a noun
        if not nominal and _modifies_next(self.text, words, hi):
            head = None if after else self._joined_head(words[-1], hi)
            if head is not None:  # 商场的总|投入: 总 is a prefix of the word the cut left out
                return _trim_start(self.text, words, words[0].start, head)
            words = words[:-2]  # the adjective and its 的: what is left is what they belong to (村镇)
        de_reader = None if after else self  # before a figure a verb right after 的 may head the phrase
        if not nominal:
            while words and (
                _is_edge(words[-1])
                or words[-1].text in END_ADVERBS
                or (_is_end(words[-1]) and not _after_de(words, de_reader))
            ):
                words.pop()
            if not words or not (_is_noun(words[-1]) or _after_de(words, de_reader)):
                return None
        words = _after_inner_adverb(_object_of_clause(_after_time_word(words)))
        span_end = (
            next((k for k, w in enumerate(words) if w.text in TIME_SPAN_WORDS), None)
            if words and (words[0].tag in TIME_SPAN_TAGS or words[0].text in TIME_SPAN_NOUNS)
            else None
        )  # (a leading span starts with a numeral or time word, or with 时间 whose count the figure before took)
        if span_end is not None and span_end + 1 < len(words) and all(
            w.tag in TIME_SPAN_TAGS or w.text in TIME_SPAN_NOUNS for w in words[:span_end]
        ):
            words = words[span_end + 1 :]  # 发行|三天内|认购: the time span before what it measures goes
        last = words[-1] if words else None
        if (
            last is not None
            and (last.tag in TIME_SPAN_TAGS or last.text in TIME_SPAN_WORDS)  # the last word first: most end in nouns
            and all(w.tag in TIME_SPAN_TAGS or w.text in TIME_SPAN_WORDS for w in words)
            and any(w.tag in ("t", "tg", "mq") or w.text in TIME_SPAN_WORDS for w in words)
        ):
            return None  # 发行|一周内|认购超过7亿元: a length of time, no topic
        if not words or (not after and all(w.tag in PLACE_WORD_TAGS for w in words)):
            return None  # 船上|有700人, 村里|1000多口人: before a figure, a place word alone says where, not what
        if len(words) > 1 and words[0].tag == "v" and all(w.tag == "ns" for w in words[1:]):
            return None  # 加强|黄河流域(水污染防治): a verb and the place it acts on, a predicate's fragment
        if self.text[words[0].start : words[-1].end] in RECORD_NOUNS:
            return None  # 下滑到近年|最低点|5.8%: the record the figure sets, not what it measures
        return _trim_start(self.text, words, words[0].start, words[-1].end)

    def says_how_much(self, pos: int) -> bool:
        """What starts at ``pos`` says how much: a number, an adverb, or a word of AMOUNT_WORDS (是, 达, 只有) —
        not a noun or verb that continues the phrase (平均|负担比, 充电|桩)."""
        if pos >= len(self.text):
            return False
        if self.text[pos] in ARABIC_DIGITS or self.text[pos] in CHINESE_DIGITS:
            return True
        words = self.words(pos, pos + 1)
        return bool(words) and words[0].start == pos and (words[0].text in AMOUNT_WORDS or words[0].tag in ("d", "dg"))

    def _ends_clause(self, pos: int) -> bool:
        if pos < len(self.text) and self.text[pos] in _CLOSING_QUOTES:
            pos += 1  # 另外加百分之三的提成”。: a quotation that closes with its clause
        return pos >= len(self.text) or self.text[pos] in CLAUSE_END_MARKS

    def _joined_head(self, prefix: Word, hi: int) -> int | None:
        """The end of the word a one-character distinguisher (总, 净, 副) right before ``hi`` prefixes, when
        that word is a noun or a verb made noun (总|投入, 净|利润); None before a number (的|近|5000名)."""
        if len(prefix.text) != 1 or prefix.tag != "b":
            return None
        after = self.words(hi, hi + 1)
        if not after or after[0].start != hi or not (_is_noun(after[0]) or after[0].tag in VERBAL_TAGS):
            return None
        return after[0].end

    def _phrase_words(self, lo: int, hi: int, after: bool) -> list[Word]:
        """The words of text[lo:hi], when the left edge cuts a word.

        A name or a noun of the tables is taken whole (纳斯达|克指数 → 纳斯达克指数, 报|销比例 → 报销比例), and so
        is any other noun, unless the rules cut it on purpose, after one of their verbs or a numeral's
        classifier (发放|贷款, 并处|罚金, 3架|空客飞机); the piece of a pronoun or particle is dropped (该|省);
        when the cut is inside any other word, the edge is right and the dictionary's compound is wrong
        (派|发现金, 被|困群众): the phrase is tagged anew."""
        words = self.words(lo, hi)
        if words and words[0].start == lo and lo > 0 and not after:  # after a figure, lo - 1 is its unit (3000栋)
            left = self.words(lo - 1, lo)
            # 物|联网, 农|副食品 (not an adverb the segmenter left untagged: 基金仍|亏损)
            morpheme = bool(left) and len(left[-1].text) == 1 and left[-1].tag in MORPHEME_TAGS
            if morpheme and left[-1].text not in TOPIC_ADVERBS:
                inner = _clipped(words, lo, hi, after)
                m = left[-1]
                return [Word(m.start, inner[0].end, m.text + inner[0].text, inner[0].tag), *inner[1:]]
        if words and words[0].start < lo:
            first = words[0]
            deliberate = (
                _verb_ends_at(self.text, lo)
                or (lo >= 2 and self.text[lo - 2] in _DIGIT_CHARS)  # 3架|空客飞机
                or self.text[lo - 1] in _DETERMINERS  # 每|平方米均价
            )
            # 约1200|万大班儿童: the piece before the edge is the figure's numeral, whatever the dictionary glued
            # …and after a figure the edge is its unit, never a cut the dictionary should undo (3名|黎真主党成员)
            numeral = after or all(c in _SCALE_PIECE for c in self.text[first.start : lo])  # not 四|川省
            whole = (first.tag in NAME_TAGS or first.text in NOMINAL_WORDS) and not numeral
            if whole or (first.tag in NOUN_TAGS and not deliberate and not numeral):  # 全|国可再生能源
                return _clipped(words, first.start, hi, after)
            if first.tag in EDGE_TAGS:  # 该|省外贸进出口: the piece of a pronoun or particle is no word
                return _clipped(words[1:], lo, hi, after)
            if first.tag not in NOUN_TAGS or first.end - lo == 1:  # 3架|空客飞机, 派|发现金: tag anew
                out, at = [], lo
                for word, tag in _tag(self.text[lo:hi]):
                    out.append(Word(at, at + len(word), word, tag))
                    at += len(word)
                if len(out) > 1 and len(out[0].text) == 1 and (out[0].tag in VERB_TAGS or out[0].end == first.end):
                    out = out[1:]  # 被|困群众 tagged anew: 困 is what is left of the verb
                return out
        return _clipped(words, lo, hi, after)

    def head_after(self, span: Span | None, counted: bool = False, things: bool = False) -> Span | None:
        """The noun phrase a figure counts, from the phrase after it: it ends before a time word, which opens
        the predicate (两只偏股基金|同期净值下跌, 3家企业|今年投产). ``things``: a count of things or events, whose
        classifier a verb alone may follow as its noun (作出四条|决定。, 7次|失误) — not people (二人|出来)."""
        if span is None:
            return None
        lo, hi = span
        words = _clipped(self.words(lo, hi), lo, hi, after=True)
        if things and len(words) == 1 and _is_verb(words[0]) and len(words[0].text) >= 2 and self._ends_clause(hi):
            return words[0].start, words[0].end  # 作出四条|决定。, 7次|失误: a verb alone after a classifier names it
        # 以光学为基础的|企业: a clause that ends in its head noun; one that opens with a noun is that noun and
        # its predicate (共和党议员|加入民主党的反对阵营)
        de_at = next((i for i, w in enumerate(words) if w.text == "的"), None)
        relative = de_at is not None and not _is_noun(words[0])
        # a people noun after a verb makes the verb a modifier: 企业退休人员, 外出务工人员
        people_at = max((i for i, w in enumerate(words) if w.text in _PEOPLE_NOUNS), default=-1)
        after_noun = after_de = False
        if words and words[0].text in TIME_ADVERBS and self.starts_verb(words[0].end):
            return None  # 二人|此时访问朝鲜: a time and a verb right after the count are its predicate
        if words and words[0].text in _RANK_VERBS:
            return None  # 近1.8万件|居全国首位: where the figure ranks is its predicate
        for i, w in enumerate(words):
            # 采购商|线下参会, 乡镇|大面积停电; not 线下线上活动, nor after 的 (伤亡的|大规模枪击事件)
            # an adjective used as an adverb after the noun does the same (文物|顺利回国, 工程|全面完工)
            how = (
                (w.text in HOW_ADVERBS or (w.tag == "ad" and after_noun))
                and self.starts_verb(w.end) and not (i and words[i - 1].text == "的")
            )  # fmt: skip
            if i and (
                w.tag in ("t", "tg")
                or w.text in TIME_ADVERBS
                or how
                or w.text.endswith(SINCE)
                or w.text in ("同比", "环比")  # 24个城市|新房价格|同比涨幅…: a comparison opens the predicate
            ):
                hi = w.start
                break
            if i and w.tag == "r" and w.text[0] == "每" and after_noun:
                hi = w.start  # 832个脱贫县|每个县都…: 每 after the noun opens the predicate's distribution
                break
            if i and w.tag in ("m", "mq") and _NUMERAL_WORD.fullmatch(w.text) and _is_noun(words[i - 1]):
                hi = w.start  # 41支参赛队|千余名选手: another count opens another phrase
                break
            verb = (
                ((w.tag in VERB_TAGS or w.text in _VERBS) and not _is_noun(w))
                or w.text in PREDICATE_NOUNS
                or w.tag == "p"  # 390个药品|通过审查, 10家银行|在京签约: a preposition opens the predicate
                or w.text in _AVERAGE_WORDS  # 30多家基金公司|人均总薪酬: an average is another phrase
                or (len(w.text) == 2 and w.text[0] in PASSIVE_MARKS)  # 40多万亩农田|受淹: tagged a noun or not
                or (w.tag == "vn" and after_noun and w.text not in NOMINAL_WORDS and self._preposition_at(w.end))
            )
            if i == 0 and w.text in COPULAS and len(words) > 1 and _is_noun(words[1]):
                lo = words[1].start
                continue  # 超过430人|是|儿童: what the copula names is what the figure counts
            if i == 0 and verb and not relative and _opens_predicate(words):
                if things and _verbs_then_noun(words) and self._ends_clause(hi) and not self.text.endswith(
                    quantity.OCCURRENCES, 0, lo
                ):
                    break  # 30多起|爆炸袭击事件。: things counted are named, a bare classifier is no topic
                return None  # 三人|决定连夜回城, 3049亿元|支持地方建设: the predicate follows the figure
            # 450家企业|参展, 10家银行|签署协议: a verb after the counted noun is the predicate (unless the noun
            # after it makes it a modifier: 企业退休人员, 参保人数); after 的 the head noun ends the relative
            # clause (违法违规的当事人|作出处罚)
            last = i + 1 == len(words)
            # …but a verb of one character before people is their predicate: 师生|作人质, 孩子|当老师
            verb_of_people = not last and len(w.text) == 1 and words[i + 1].text in _PEOPLE_NOUNS
            predicate = verb and (last or not _heads_compound(words[i + 1]) or verb_of_people)
            in_clause = relative or (de_at is not None and i > de_at)  # 35个城市的|新建商品住宅: the head's modifier
            past_people = i > people_at or verb_of_people or w.tag == "p"  # 贫困人口|同全国人民: 同 opens the predicate
            if predicate and past_people and (after_de or (after_noun and not in_clause)):
                hi = w.start
                break
            after_noun = after_noun or _is_noun(w)
            after_de = after_de or (i > 0 and words[i - 1].text == "的" and _is_noun(w))
        lo, hi = _counted_before_de(self.text, words, lo, hi, counted)
        if counted:  # 11个行业|利润同比下降: a classifier counts things, never a measure of them
            kept = _quoted_as_names([w for w in words if w.end <= hi])
            while kept and _is_edge(kept[-1]):
                kept.pop()
            measured = False
            while len(kept) > 1 and _is_measure(kept[-1]) and _is_noun(kept[-2]):
                kept.pop()  # 3家企业|利润|增速, 21个自贸试验区|外资|增速: measures of the things counted
                measured = True
            while measured and len(kept) > 1 and kept[-1].text in MEASURE_MODIFIERS:
                kept.pop()  # 4只偏股基金|单位|净值涨幅: the modifier of the measure goes with it
            hi = kept[-1].end if kept else hi
        return self.noun_phrase((lo, hi), after=True)

    def _preposition_at(self, pos: int) -> bool:
        """A preposition starts at ``pos``: the verbal noun before it is the verb of its clause, as no noun's
        head would be (服务队|活跃|在城乡社区, 企业|合作|与高校)."""
        words = self.words(pos, pos + 1)
        return bool(words) and words[0].start == pos and words[0].tag == "p"

    def starts_noun(self, pos: int) -> bool:
        """A word the segmenter tags a noun starts at ``pos`` (8米高的|梧桐树, not 8毫米厚的|多用作…)."""
        words = self.words(pos, pos + 1)
        return bool(words) and words[0].start == pos and _is_noun(words[0])

    def starts_thing(self, pos: int) -> bool:
        """A noun that names a thing starts at ``pos``: not a verbal noun, which opens a predicate after a figure
        (2.5万亿元|分配到了…, 35%|进展顺利)."""
        words = self.words(pos, pos + 1)
        return bool(words) and words[0].start == pos and _is_noun(words[0]) and words[0].tag != "vn"

    def ends_noun(self, pos: int) -> bool:
        """A word the segmenter tags a common noun ends at ``pos`` (社会|组织, 共青团|组织; not 当地|组织)."""
        words = self.words(pos - 1, pos)
        return bool(words) and words[-1].end == pos and words[-1].tag in INNER_STOP_TAGS

    def adverb_before(self, pos: int) -> int | None:
        """Where an adverb that ends at ``pos`` starts (销售率|普遍|只有), else None."""
        words = self.words(pos - 1, pos)
        if words and words[-1].end == pos and words[-1].tag in MANNER_TAGS and words[-1].text not in NOMINAL_WORDS:
            return words[-1].start
        return None

    def starts_verb(self, pos: int, adjectives: bool = False) -> bool:
        """A predicate opens at ``pos``: a verb, or adverbs and modals before one (可以|在网上办理, 都|下跌);
        with ``adjectives``, an adjective too (被调查者|不太幸福)."""
        for w in self.words(pos, min(len(self.text), pos + 8)):
            if w.start < pos:
                continue
            if (w.tag in VERB_TAGS and not _is_noun(w)) or w.text in MODALS or w.text in PREDICATE_MARKS:
                return True
            if adjectives and w.tag == "a":
                return True
            if w.tag not in ("d", "ad"):
                return False
        return False

    def people_predicate(self, pos: int) -> Span | None:
        """What the people counted before ``pos`` did, when the text names them by it alone: a verb and its object
        to the clause's end (761人|死于恐怖袭击和暴力冲突，), short and ending in a noun; None for anything else
        (a copula or an amount word, a clause that runs on, one ending in a verb or a particle)."""
        words = self.words(pos, min(len(self.text), pos + _PREDICATE_REACH + 1))
        if not words or words[0].start != pos:
            return None
        first = words[0]
        if (
            len(first.text) < 2
            or not _is_verb(first)
            or first.text in AMOUNT_WORDS
            or first.text in _NOT_CLOSING
            or first.text in INTENTION_VERBS
        ):
            return None
        run: list[Word] = []
        for w in words:
            if w.tag == "x" or w.text in CLAUSE_END_MARKS:
                break
            if w.tag in ("m", "mq", "uj") or w.text == "的":
                return None  # 两人|联手送出了15次助攻, 三位|解救了晋阳城的危机: another figure, a relative clause
            run.append(w)
        else:
            return None  # the clause runs on past the reach
        if len(run) < 2 or not self._ends_clause(run[-1].end) or not _is_noun(run[-1]) or len(run[-1].text) < 2:
            return None
        return run[0].start, run[-1].end

    def closing_verb(self, pos: int) -> Span | None:
        """The verb of two characters or more at ``pos`` when it alone closes its clause (3828人|回国，
        8万人|上岛。): what the people counted did, the only name the text gives them."""
        words = self.words(pos, pos + 1)
        if not words or words[0].start != pos:
            return None
        w = words[0]
        if len(w.text) < 2 or not _is_verb(w) or w.text in _NOT_CLOSING:
            return None
        end = w.end + self.text.startswith("了", w.end)
        return (w.start, w.end) if self._ends_clause(end) else None

    def occurrence_verb(self, pos: int) -> Span | None:
        """The verb of two characters or more right before a count of occurrences at ``pos`` (每年审计|两次, 共
        审计了|5次): the act counted. Not a verb that only says how much (达到, 共有) or how it was done (进行)."""
        end = pos - 1 if self.text.startswith(("了", "过"), pos - 1) else pos
        words = self.words(end - 1, end)
        if not words or words[-1].end != end:
            return None
        w = words[-1]
        if len(w.text) < 2 or not _is_verb(w) or w.text in AMOUNT_WORDS or w.text in LIGHT_VERBS:
            return None
        if w.text in _HAPPENED:
            return None  # 仅出现|１次: that something happened, not what
        return w.start, w.end

    def verb_before(self, pos: int) -> Span | None:
        """The verb done to people (headcount.ACTS_ON_PEOPLE) that ends at ``pos`` or before its 了, as a word of
        its own (并逮捕|3人, 当场打死|12人); a verb that only says how many (达到, 共有, 涉及) is none."""
        end = pos - 1 if self.text.startswith("了", pos - 1) else pos
        words = self.words(end - 1, end)
        if not words or words[-1].end != end:
            return None
        w = words[-1]
        return (w.start, w.end) if w.text in _ACTS_ON_PEOPLE else None

    def verb_before_to(self, pos: int) -> int | None:
        """Where the verb of two characters or more that ends at ``pos`` starts, when 到/至 stands alone at
        ``pos`` (组织|发展|到, 网络|延伸|至): a verb or a verbal noun (发展 vn), which 到 makes the predicate."""
        words = self.words(pos - 1, pos + 1)
        if len(words) != 2 or words[0].end != pos or words[1].text not in ("到", "至"):
            return None
        w = words[0]
        return w.start if len(w.text) >= 2 and (w.tag in _EVENT_TAGS or _is_verb(w)) else None

    def measure_run(self, lo: int, hi: int, measure: regex.Pattern[str]) -> int:
        """Where the last word that ``measure`` ends, among the nouns that open text[lo:hi], ends (增长率|遥遥领先,
        收益|基本上, 幅度|内浮动, 优惠申购费率|); ``lo`` if none does. The tags alone do not end the measure:
        the segmenter calls 领先 and 基本上 nouns here."""
        end = run = lo
        for w in _clipped(self.words(lo, hi), lo, hi, after=True):
            if w.start != run or not _is_noun(w) or w.text in TIME_SPAN_WORDS:
                break
            run = w.end
            if measure.search(w.text):
                end = run
        return end

    def noun_end(self, pos: int) -> int:
        """Where the noun that ``pos`` cuts ends (人民 of 14亿多中国人|民), else ``pos``."""
        words = self.words(pos - 1, pos)
        if words and words[-1].end > pos and _is_noun(words[-1]):
            return words[-1].end
        return pos

    def inside_noun(self, lo: int, hi: int) -> bool:
        """text[lo:hi] is part of a longer word the segmenter tags a noun: 被 of 衣被 and 被调查者, 在 of 现在."""
        words = self.words(lo, hi)
        if len(words) != 1 or (words[0].start, words[0].end) == (lo, hi):
            return False
        w = words[0]
        if w.start == lo and len(w.text) == 2:
            return False  # 被淹, 会师: a stop that opens a word of two is most often the stop (树木|被淹)
        if w.start < lo and hi < w.end and len(w.text) >= 4 and _has_word(w.text):
            # 由 of 自由贸易|港: inside a long word of the dictionary that a noun follows (it modifies the noun),
            # whatever its tag; not an idiom that closes the clause (篮板|尤为重要, 南瓜|供不应求)
            after = self.words(w.end, w.end + 1)
            if after and after[0].start == w.end and _is_noun(after[0]):
                return True
        # a word of the dictionary, not one the segmenter's HMM made up of unknown characters (二类苗达89.3%)
        return w.tag in INNER_STOP_TAGS and w.text not in NOT_NOUNS and _has_word(w.text)

    def opens_noun(self, lo: int, hi: int) -> bool:
        """text[lo:hi] opens a longer word of the dictionary that the segmenter tags a common noun (供应|商,
        投资|者): the verb is the noun's first characters there, not a stop."""
        after = self.text[hi : hi + 1]
        if not after or (after not in NOUN_SUFFIXES_AFTER_VERBS and after not in _PEOPLE_FIRST):
            return False  # most stops are followed by no suffix: no segmenter lookup
        words = self.words(lo, hi)
        if len(words) != 1:
            return False
        w = words[0]
        rest = w.text[hi - w.start :]  # what the noun adds to the verb: a suffix (商, 者, 率) or people (选手)
        return (
            w.start == lo and ((len(rest) == 1 and rest in NOUN_SUFFIXES_AFTER_VERBS) or rest in _PEOPLE_NOUNS)
            and w.tag in ("n", "nz") and w.text not in NOT_NOUNS and _has_word(w.text)
        )  # fmt: skip

    def relative_head(self, end: int, people: bool = False) -> Span | None:
        """The head noun of a relative clause right after a count: 22名|来自新疆的|脑瘫患儿, 3棵|约6米长的|松树,
        12起|造成4人伤亡的|枪击事件, 9家|同时具备QDII资格的|基金公司 — what the figure counts is the noun
        after 的. Only for a clause that opens with a verb, preposition, adverb or number: a noun there is
        what is counted, and the verb after it its predicate (两名共和党议员|加入民主党的反对阵营); an adverb
        there opens the predicate (两人|都有心中挂念的恋人). A count of ``people`` counts a head that names
        people (5名受伤的中国乘客, not 两名重伤学生的|家庭)."""
        hi = min(len(self.text), end + RELATIVE_REACH)
        words = [w for w in self.words(end, hi) if w.start >= end]
        if (
            len(words) > 1 and words[1].text == "的" and words[0].tag in _EVENT_TAGS
            and self.text.endswith(quantity.OCCURRENCES, 0, end)
        ):  # fmt: skip
            return words[0].start, words[0].end  # 前两次|联排|的基础上: the verb names the occurrences counted
        if not words or _is_noun(words[0]):
            return None
        if words[0].tag not in RELATIVE_OPENING_TAGS and words[0].text not in RELATIVE_OPENING_WORDS:
            return None
        for i, w in enumerate(words):
            if w.tag == "x" or w.text in PREDICATE_MARKS:  # punctuation (x) ends the clause
                return None  # 10个|拿到了州议会的议席: a clause with 了, 都, 要 … is the predicate
            if w.text == "的" and i > 0:
                rest = words[i + 1 :]
                stop = next((k for k, x in enumerate(rest) if x.tag == "x" or x.text == "的"), len(rest))
                if stop == 0 or rest[0].tag == "m":
                    return None  # 82条|运行线路通达欧洲24个国家的|204座城市: the head after 的 is another figure's
                head = self.head_after((rest[0].start, rest[stop - 1].end))
                if head is not None and people and not _names_people(self.text[head[0] : head[1]]):
                    return None
                return head
        return None

    def verb_object(self, span: Span) -> Span | None:
        """The object of a verb before a count, when the segmenter tags the object a verb too: the words
        after a light verb (LIGHT_VERBS) in the phrase or right before it (完成|演出|10494场, 揽收|快递|包裹|
        12.91亿件). One or two words, two characters at least, none of them a verb of the phrase rules, a
        copula, a change or an adverb the tables know."""
        lo, hi = span
        words = _clipped(self.words(lo, hi), lo, hi)
        if not words:
            return None
        verb_before = any(w.end == lo and w.text in LIGHT_VERBS for w in self.words(max(0, lo - 1), lo))
        opens = 0 if verb_before else next((i + 1 for i, w in enumerate(words) if w.text in LIGHT_VERBS), len(words))
        rest = words[opens:]
        if not rest or len(rest) > _OBJECT_WORDS or rest[-1].end - rest[0].start < 2:
            return None
        if not all(w.tag in VERBAL_TAGS and w.text not in _NOT_OBJECTS for w in rest):
            return None
        return rest[0].start, rest[-1].end

    def clause_topic(self, lo: int, hi: int) -> Span | None:
        """The noun phrase that opens the clause text[lo:hi], after its time words (第三产业|继续领跑;
        去年|服务业税收|成为…), or None when the clause opens with a verb or holds no noun."""
        words = _clipped(self.words(lo, hi), lo, hi)
        while words and (_is_time(words[0]) or words[0].tag == "x"):
            words = words[1:]
        run: list[Word] = []
        for i, w in enumerate(words):
            if w.text in ("的", "、") and run and i + 1 < len(words) and _is_noun(words[i + 1]):
                # 华夏大盘精选的|累计净值: a noun phrase runs on over 的 to its head; a list over 、 (石油、化学板块)
                run.append(w)
                continue
            if not _is_noun(w):
                break
            run.append(w)
        if not run:
            return None
        return _trim_start(self.text, run, run[0].start, run[-1].end)

    def has_own_verb(self, lo: int, hi: int) -> bool:
        """text[lo:hi] holds a verb that is not a copula, a change or an amount word (持有, 检出, 参展)."""
        return any(
            _is_verb(w) and w.text not in AMOUNT_WORDS and w.text not in NOT_NOUNS and w.text not in LIKELIHOODS
            for w in _clipped(self.words(lo, hi), lo, hi)
        )

    def only_amounts(self, lo: int, hi: int) -> bool:
        """text[lo:hi] only says how much or how it changed: copulas, change verbs, time words, adverbs, a
        comparison base (达, 二季度增长, 较一季度和去年四季度高). A clause with a noun, a place, a pronoun or a
        verb of its own (造成, 检出) names its own topic; one with 分别 pairs its figures with a list instead."""
        condition = False  # inside 扣除汇率因素后: a condition of the measure, no topic of its own
        for w in _clipped(self.words(lo, hi), lo, hi):
            if condition:
                condition = w.text not in CONDITION_ENDS
                continue
            if w.text in EXCLUDING_VERBS:
                condition = True
                continue
            if w.text == "分别":
                return False
            if w.text in AMOUNT_WORDS or w.text in COMPARISON_BASES or w.text in NOT_NOUNS or w.text in TIME_NOUNS:
                continue  # 达, 较上年, 尾盘小幅翻红: how much, when, compared with what
            if w.text == "分别" or w.tag not in AMOUNT_TAGS:
                return False
        return True


def _clipped(words: list[Word], lo: int, hi: int, after: bool = False) -> list[Word]:
    """The words clipped to [lo, hi).

    A word cut by the left edge keeps its piece (see ``Words._phrase_words`` for when it is taken whole). A
    word cut by the right edge keeps its piece when the piece is a noun ending (沪|指 of 指涨, 社会保障|金 of
    金达, 占|比 of 比达) or a noun of two or more characters from the tables; after a figure, a noun so cut
    runs on to its end (社会保障|金); otherwise the cut is inside a word (的人|认为, 师生作|人质) and the piece
    is dropped."""
    out = []
    for w in words:
        a, b = max(w.start, lo), min(w.end, hi)
        if a >= b:
            continue
        if (a, b) == (w.start, w.end):
            out.append(w)
            continue
        piece = w.text[a - w.start : b - w.start]
        if b < w.end:  # cut by the right edge: 沪|指涨 keeps 指; 社会保障|金 is taken whole; 的人|认为 loses 认
            if (len(piece) > 1 and piece in NOMINAL_WORDS) or piece in NOUN_ENDINGS or piece in NOMINAL_SUFFIXES:
                # 沪|指, 社会保障|金, 占|比: a noun's last character the dictionary glued to the verb after it
                out.append(Word(a, b, piece, "n"))
            elif after and w.tag in NOUN_TAGS and w.end - b <= _NOUN_REACH:
                out.append(Word(a, w.end, w.text[a - w.start :], w.tag))
            continue
        out.append(Word(a, b, piece, w.tag))
    return out


def _quoted_as_names(words: list[Word]) -> list[Word]:
    """A run in quotes or title marks is one name (“希望小学”, 《红楼梦》): it is merged into one noun."""
    out: list[Word] = []
    opened: int | None = None
    for w in words:
        if opened is None:
            if w.text in QUOTE_PAIRS:
                opened = len(out)
            out.append(w)
            continue
        out.append(w)
        if w.text == QUOTE_PAIRS.get(out[opened].text):
            first = out[opened]
            out[opened:] = [Word(first.start, w.end, "".join(x.text for x in out[opened:]), "nz")]
            opened = None
    return out


def _ends_in_nominal_word(text: str, lo: int, hi: int) -> int:
    """The length of the noun of the project's tables the phrase ends in, however the segmenter cut it
    (营业收入占比|达), else 0."""
    for n in range(min(4, hi - lo), 1, -1):
        if text[hi - n : hi] in NOMINAL_WORDS:
            return n
    return 0


def _is_noun(w: Word) -> bool:
    if w.text in NOT_NOUNS or (w.text in _VERBS and w.text not in NOMINAL_WORDS):
        return False
    if w.tag in IDIOM_TAGS and _ENDS_IN_PREDICATE.search(w.text):
        return False  # 价格上涨, 居高不下: a clause the dictionary holds as one idiom
    if w.tag in IDIOM_TAGS and w.text[-1] in PEOPLE_ENDINGS:
        return True  # 约旦人 (i): people, whatever the dictionary calls them
    if w.tag in NOUN_TAGS or w.text in NOMINAL_WORDS:
        return True
    return w.text[-1] in NOMINAL_SUFFIXES and w.tag not in EDGE_TAGS and w.tag not in MANNER_TAGS


def _is_edge(w: Word) -> bool:
    return (w.tag in EDGE_TAGS or w.text in NOT_NOUNS or w.text in TIME_NOUNS) and w.text not in NOMINAL_WORDS


def _is_end(w: Word) -> bool:
    predicate_idiom = w.tag in IDIOM_TAGS and _ENDS_IN_PREDICATE.search(w.text) is not None
    return (w.tag in END_TAGS or w.text in _VERBS or predicate_idiom) and not _is_noun(w)


def _opens_predicate(words: list[Word]) -> bool:
    """A phrase after a figure that starts with a verb followed by no noun, or by another verb, is the
    predicate (三人|决定连夜回城), not a modifier and its noun (慰问|画, 救助|金)."""
    rest = words[1:]
    if not rest or not _is_noun(rest[0]):
        return bool(rest)
    return any(_is_verb(w) for w in rest[1:])


def _verbs_then_noun(words: list[Word]) -> bool:
    """Verbs of two characters or more and a noun that ends the phrase: after a classifier of things, the
    noun and the verbs that modify it (爆炸|袭击|事件, 挂牌|督战|县), not a predicate and its object."""
    *verbs, last = words
    return (
        bool(verbs)
        and _is_noun(last)
        and verbs[0].text not in SPEECH_VERBS  # 153个|宣布脱贫摘帽: what is said is a clause
        and all(_is_verb(w) and len(w.text) >= 2 for w in verbs)
    )


def _counted_before_de(text: str, words: list[Word], lo: int, hi: int, counted: bool) -> Span:
    """A numeral and classifier count the noun right after them when 的 joins it to a measure, an
    abstract noun or people: 两家门店|的营业额, 四个作业面|的施工, 12个国家|的运动员 — while 20万个烫金的信封
    counts envelopes."""
    for i, w in enumerate(words):
        if w.text != "的" or i == 0 or w.start >= hi:
            continue
        head = next((x for x in words[i + 1 :] if x.end <= hi), None)
        if head is not None and all(_is_noun(x) for x in words[:i]):
            rest = [x for x in words[i + 1 :] if x.end <= hi]
            if _names_aspect(head) or (counted and _counts_modifier(text, lo, words[:i], rest)):
                return lo, w.start
        break
    return lo, hi


# The scale characters that end a figure (1200万): a word the segmenter glued to one is cut at the figure's end.
_SCALE_PIECE: Final[frozenset[str]] = frozenset("万亿千百萬億")


# Classifiers of people: 十几名|火线入党的|队员 counts the people the head names, not what modifies them.
_PEOPLE_CLASSIFIERS: Final[str] = "名位人"


# Words that join a measure (单位|净值, 累计|净值, 人均|收入): they belong to the measure, not to what is measured.
MEASURE_MODIFIERS: Final[frozenset[str]] = frozenset({"单位", "累计", "实际", "平均", "人均", "净", "毛"})
# Tags of plain nouns and names: a modifier before 的 made of these is a thing a classifier counts; verbal
# nouns, idioms and set phrases the segmenter tags n-like (调查 vn, 拼死一搏 i, 违法违规 l) are not.
PLAIN_NOUN_TAGS: Final[frozenset[str]] = frozenset({"n", "nz", "ns", "nt", "nr", "nrt", "nrfg", "j", "eng", "ng"})


_MODEL_CODE = compiled.compile(r"[A-Za-z0-9\-]+")
# Words the segmenter tags as nouns that describe the head rather than name a thing counted (具有中国特色的,
# 基金公司旗下的, 闲置的, 急需的, 一定规模的).
ATTRIBUTE_NOUNS: Final[frozenset[str]] = frozenset({"特色", "旗下", "规模", "闲置", "急需", "性质", "级别", "水平"})


def _counts_modifier(text: str, lo: int, modifier: list[Word], rest: list[Word]) -> bool:
    """A classifier's count of "X的Y" counts X when X is plain nouns of two characters or more (1000张|病床|的
    方舱, 88架|F-35战机|的合同, 30多个|国家|的音乐团体) — not when the count is of people and Y names people
    (十几名|火线入党的|医疗队队员)."""
    if not modifier or modifier[-1].end - modifier[0].start < 2:
        return False  # 7个|群|的群主: one character is no phrase of its own
    if not any(_is_noun(x) for x in rest):
        return False  # 20万个|烫金的|信封 (信封 tagged a verb): what follows 的 is no noun phrase to modify
    plain = all(x.tag in PLAIN_NOUN_TAGS or _MODEL_CODE.fullmatch(x.text) for x in modifier)  # F-35|战机
    if not plain or modifier[-1].text in ATTRIBUTE_NOUNS:
        return False
    return not (lo > 0 and text[lo - 1] in _PEOPLE_CLASSIFIERS and any(_names_people(x.text) for x in rest))


def _names_people(phrase: str) -> bool:
    return phrase[-1] in PEOPLE_ENDINGS or any(phrase.endswith(p) for p in _PEOPLE_NOUNS)


def _is_measure(w: Word) -> bool:
    """A measure of something, not a thing: 利润, 销售额, 效益指数, 增速, 房价."""
    return w.text in MEASURES or (len(w.text) > 1 and w.text[-1] in MEASURE_SUFFIXES)


def _names_aspect(w: Word) -> bool:
    return _heads_compound(w) or w.text in ASPECT_NOUNS or w.text in NOMINAL_WORDS


def _is_verb(w: Word) -> bool:
    return (w.tag in VERB_TAGS or w.text in _VERBS) and not _is_noun(w)


def _heads_compound(w: Word) -> bool:
    """A noun that makes the verb before it a modifier: 退休|人员, 参保|人数, 播种|面积, 救灾|物资."""
    return w.text in _PEOPLE_NOUNS or w.text in MEASURE_HEADS or w.text[-1] in NOMINAL_SUFFIXES


# Adverbs that follow a clause's topic, before what is said of it (基金|则|仓位更高): the segmenter's tag d alone
# is no guide, as it tags 最新, 初步, 长期 and 共同 so too.
TOPIC_ADVERBS: Final[frozenset[str]] = frozenset({"则", "也", "却", "仍", "均", "都"})


def _after_inner_adverb(words: list[Word]) -> list[Word]:
    """An adverb inside a phrase ends its topic (摩根大通中国先驱基金|则|仓位), and so does an ordinal with its
    classifier (全国首座|水深): what follows is the subject, when a noun follows it at all."""
    if TOPIC_ADVERBS.isdisjoint(map(_TEXT, words)) and not any(w.text[0] in "首第" for w in words):
        return words  # most phrases: a set test in C and a character test
    at = [
        i
        for i, w in enumerate(words)
        if i < len(words) - 1 and (w.text in TOPIC_ADVERBS or _ORDINAL_WORD.fullmatch(w.text))
    ]  # 仍|亏损 too
    if not at or not any(_is_noun(w) for w in words[at[-1] + 1 :]):
        return words
    return words[at[-1] + 1 :]


def _after_time_word(words: list[Word]) -> list[Word]:
    """A time word inside a phrase splits topic from subject: 该高管去年|年薪 → 年薪; when only verbs follow
    it, what it follows is the phrase (创业板50ETF|当日报收 → 创业板50ETF)."""
    at = [i for i, w in enumerate(words) if 0 < i < len(words) - 1 and _is_time(w)]
    if not at:
        return words
    k = at[-1]
    if len(words) == k + 2 and words[-1].text in SHARE_MEASURES:
        return words  # 制造业|当时|占比: a share is of its topic, which the time word does not cut off
    if any(_is_noun(w) for w in words[k + 1 :]):
        return words[k + 1 :]
    return words[:k]


def _is_time(w: Word) -> bool:
    return w.tag in ("t", "tg") or w.text in TIME_NOUNS or w.text in TIME_ADVERBS or w.text.endswith(SINCE)


def _object_of_clause(words: list[Word]) -> list[Word]:
    """After a modal and its verb, what the verb governs is what the figure is about: 公司拟回购|股份,
    对方同意赔偿 → 赔偿. (A verb alone inside a phrase is most often a modifier — 涉案货物, 流转费用,
    可支配收入 — and the segmenter's verb tags are too unsure to split there.)"""
    for i in range(len(words) - 2, 0, -1):
        if words[i - 1].text in MODALS and _is_verb(words[i]) and _is_noun(words[i + 1]):
            return words[i + 1 :]
    for i in range(len(words) - 1):
        if words[i].text in MODALS and _is_noun(words[i + 1]):
            return words[i + 1 :]  # 同意|赔偿: 赔偿 is the noun the modal's verb names
    # …and after an adverb of an act and its verb (两人共同贪污|公款, 擅自挪用|资金): no modifier takes those
    # (直接结算人次, 首次公开募股 take other adverbs as modifiers)
    for i in range(len(words) - 2, 0, -1):
        if words[i - 1].text in ACT_ADVERBS and _is_verb(words[i]) and _is_noun(words[i + 1]):
            return words[i + 1 :]
    return words


# An ordinal with its classifier (首座, 首个, 首批, 第二批): the thing's rank.
_ORDINAL_WORD = compiled.compile(r"(?:首|第[一二三四五六七八九十百千0-9]+)[座个台批架艘条家所项位名届款部辆列期]")


def _kept_at_start(w: Word) -> bool:
    """An opening quote, an adverb of the noun (不|合格), or a word the segmenter tagged numeral or measure
    word that holds no numeral (一线|医护人员, 偏股|基金): it belongs to the phrase."""
    if w.text in KEPT_AT_START or w.tag in MORPHEME_TAGS:  # 农|副食品: a morpheme belongs to the next word
        return True
    if w.text in TIME_NOUNS or _ORDINAL_WORD.fullmatch(w.text):
        return False  # 我国首座|水深超百米: an ordinal and its classifier rank the thing, they are no part of it
    return w.tag in ("m", "q", "mq") and len(w.text) > 1 and not _NUMERAL_WORD.fullmatch(w.text)


# Prepositions of a change's start: a phrase they open says from what, never what changed.
FROM_PREPOSITIONS: Final[frozenset[str]] = frozenset({"从", "由"})  # not 自: 自俄罗斯进口 is a trade flow
# Adverbs of degree that, before an adjective, make one modifier with it (最|短|旅行时间, 更|高|标准): trimming the
# adverb alone would leave a fragment (短旅行时间).
DEGREE_ADVERBS: Final[frozenset[str]] = frozenset({"最", "更", "较"})


def _degree_of_adjective(words: list[Word]) -> bool:
    return words[0].text in DEGREE_ADVERBS and len(words) > 2 and words[1].tag == "a"


def _verb_ends_at(text: str, lo: int) -> bool:
    """One of the subject rules' verbs ends right before ``lo``: the rules cut there on purpose."""
    return any(text[k:lo] in _VERBS for k in range(max(0, lo - 3), lo - 1))


def _classifier_left(text: str, w: Word) -> bool:
    """One character right after a numeral is its classifier, not a word of the phrase: 欧盟27|国|国内生产总值."""
    return len(w.text) == 1 and w.start > 0 and text[w.start - 1] in _DIGIT_CHARS


_DETERMINERS = frozenset("每各该这那本此其")
_ALIAS_OPEN = {"）": "（", ")": "("}
_ALIAS_CLOSE = frozenset(_ALIAS_OPEN)
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９") | frozenset(CHINESE_DIGITS)


# The marks whose pairs _unbalanced counts: most phrases hold none, and one search says so.
_PAIRED_MARK = compiled.compile("[" + "".join(regex.escape(a + b) for a, b in QUOTE_PAIRS.items() if a != b) + "]")


def _unbalanced(phrase: str) -> bool:
    if _PAIRED_MARK.search(phrase) is None:
        return False
    return any(phrase.count(a) != phrase.count(b) for a, b in QUOTE_PAIRS.items() if a != b)


def _after_de(words: list[Word], reader: Words | None = None) -> bool:
    """The last word follows 的: it heads the phrase as a noun whatever its tag (烫金的|信封). Before a figure
    (``reader`` given), so does a verb of two characters or more that the rules cut right after 的, when what
    follows it says how much (一个月的|开销|是5000元, 应得的|提成|达: a verb made noun; not 的|平均|负担比, 的|充电|桩),
    unless it is one of the verbs that end a phrase (的|是); after a figure a verb after 的 is most often the
    act the figure measures (51倍的|认购, 9%的|增长), no subject."""
    last = words[-1] if words else None
    if last is None or _is_edge(last):
        return False
    if len(words) >= 2:
        return words[-2].text == "的"
    return (
        reader is not None and len(last.text) >= 2 and last.start > 0 and reader.text[last.start - 1] == "的"
        and last.text not in _VERBS and reader.says_how_much(last.end)
    )  # fmt: skip


def _modifies_next(text: str, words: list[Word], hi: int) -> bool:
    """The adjective after 的 that the phrase's right edge cut off from its noun modifies that noun, it is
    no head: 村镇的|近|5000名居民, 央视的|总|投入, 服务项目的|具体|要求 — while 烫金的|信封 ends the phrase."""
    last = words[-1]
    return (
        len(words) >= 2 and words[-2].text == "的" and last.tag in MODIFIER_TAGS
        and last.end == hi and hi < len(text) and _CONTINUES.match(text, hi) is not None
    )  # fmt: skip


# One character left after a preposition or 等 the rules cut at: 在|华销售额 (in China), 对|华投资, 等|人贿赂.
_CUT_PREPOSITION_OBJECTS: Final[dict[str, str]] = {
    "在": "华", "对": "华", "来": "华", "赴": "华", "访": "华", "等": "人",
}  # fmt: skip


def _object_of_cut_preposition(text: str, w: Word) -> bool:
    return len(w.text) == 1 and w.start > 0 and _CUT_PREPOSITION_OBJECTS.get(text[w.start - 1]) == w.text


def _trim_start(text: str, words: list[Word], lo: int, hi: int) -> Span | None:
    """Drop particles, pronouns, numerals and time words at the start; check what is left."""
    if text[lo:hi] in TIME_NOUNS:
        return None
    while words and words[0].end < hi and (
        (_is_edge(words[0]) and not _kept_at_start(words[0]) and not _degree_of_adjective(words))
        or _classifier_left(text, words[0])
        or _object_of_cut_preposition(text, words[0])
    ):
        words = words[1:]
    if not words:
        return None
    lo = max(lo, words[0].start)
    if hi - lo < 2 or all(w.tag in NOT_ALONE_TAGS for w in words) or _SCOPE_ONLY.fullmatch(text, lo, hi):
        return None
    numeral = _NUMERAL_WORD.fullmatch(text, lo, hi) and text[lo:hi] not in MEASURE_HEADS  # 人数 is a noun
    if numeral or _unbalanced(text[lo:hi]):
        return None  # 国家出台“数据|二十条”: a piece of a quoted name
    if text[lo:hi] in CURRENCY_NAMES:  # 人民币822.98万元、港币3万元: a currency is how it is paid, not what
        return None
    if hi < len(text) and text[hi] in _ALIAS_CLOSE:
        closer = text[hi]
        if text.count(_ALIAS_OPEN[closer], lo, hi) > text.count(closer, lo, hi):
            hi += 1  # 消费者价格指数（CPI）: the edge trimmed the alias's closing bracket
    return lo, hi
