"""What a figure is about: the noun phrase after its unit (300万元省管党费), else the one before its number
(发放救助金1227.7万元).

Chinese has no spaces, so a phrase is cut out of the run of word characters next to the figure: it ends at
a word that cannot belong to a noun phrase (a verb, an adverb, a preposition), listed in the tables below,
and for people it ends at the last people noun (企业退休人员手中 → 企业退休人员). The functions return spans,
so the caller takes the phrase from its own string (in its own script).
"""

from __future__ import annotations

from typing import Final, Protocol

import regex

from . import compiled, qualifiers, units
from .document._dateline import DATELINE_RE
from .kinds import dates, money, quantity
from .kinds.headcount import CLASSIFIERS, PEOPLE_NOUNS
from .kinds.percentage import BASIS_WORDS, CHANGE_NOUNS, CHANGE_WORDS
from .numerals import ARABIC_DIGITS, CHINESE_DIGITS, SCALES

Span = tuple[int, int]

_MAX = 16  # longest subject considered, in characters
_MAX_MODIFIED_NOUN = 3  # 慰问|画, 救助|金, 帮扶|资金, 救灾|物资: the noun a verb can modify after a figure

# Verbs that stand between a figure and its noun on either side: the noun phrase stops at them.
VERBS: Final[tuple[str, ...]] = (
    "发放", "救助", "救济", "拨出", "动用", "斥资",
    "拨付", "下拨", "筹集", "拿出", "建立", "获得", "收到", "完成", "实现",
    "提供", "投入", "安排", "支出", "包括", "新增", "确诊", "新建", "建设", "修建", "兴建", "改造", "销售",
    "售出", "卖出", "购买", "采购", "调运", "调拨", "运抵", "查获", "缴获", "扣押", "没收", "计划", "确定", "破获",
    "侦破", "发生", "检出", "检测", "设立", "设", "放置", "造成", "导致", "资助", "接待", "发送", "运送",
    "吸引", "聚集", "报告", "组织", "培训", "安置", "转移", "疏散", "救出", "抓获", "引进", "招聘", "录取",
    "招收", "吸纳", "带动", "解决", "慰问", "走访", "帮扶", "补贴", "奖励", "表彰", "处理", "查处", "收治",
    "接诊", "治愈", "捐赠", "捐建", "开设", "举办", "召开", "培育", "种植", "养殖", "出栏", "产出",
    "发行", "推出", "上线", "开通", "签约", "签订", "成交", "出让", "供应", "划拨", "拥有", "持有", "增持",
    "减持", "买入", "卖出", "出动", "派出", "投放", "发布", "公布", "披露", "涉及", "覆盖", "惠及", "受理",
    "死亡", "受伤", "遇难", "失踪", "获救", "倒塌", "损毁", "受损", "参展", "参赛", "参加", "参与", "出席",
    "涨停", "跌停", "获评", "用上", "入选", "上榜", "受益", "入住", "落户", "投产", "开工", "竣工", "建成",
    "开业", "关闭", "停产", "持刀", "抢劫", "入狱", "服刑", "判处", "维持", "并处", "处以",
    "判决", "赔偿", "报告", "招录", "招考", "选拔", "聘用", "录用", "盗窃", "窃取", "偷窃", "贩卖", "贩运",
    "予以", "稳定在", "保持在", "控制在",
    "重返", "送去", "送来", "派发", "领取", "交来", "交给", "筹得", "追回", "收缴", "支付", "录得",
    "普发", "受惠", "预计", "估计", "预期", "染病", "患病", "感染", "受灾", "种下", "栽下", "栽种", "植下",
    "开了", "获发", "获赔", "赔付", "缴纳", "缴存", "退还", "返还", "冻结", "募得", "募集", "筹措", "帮助",
    "接受", "用于", "死于", "得到", "进行", "开展", "多达", "取缔", "撤销", "注销", "吊销", "携带",
    "出现", "正在", "受到", "达到", "高达", "已达", "共有", "共计", "合计", "总计", "其中", "分别", "约为",
    "仅有", "只有", "收于", "跌破", "突破", "冲至", "冲上", "站上", "升破",
    "攻上", "站稳", "大跌", "大涨", "收报", "下跌", "上涨", "增长",
    "下降", "超过", "增加", "减少", "位于", "来自", "占", "达", "为", "是", "有", "共", "约", "报", "超",
)  # fmt: skip

# Function words that end a noun phrase after the figure, and where the phrase before it starts.
FUNCTION_WORDS: Final[tuple[str, ...]] = (
    "的同时", "的时候", "的情况", "之一", "手中", "之中", "当中", "之间", "左右", "以上", "以下", "都", "已",
    "已经", "将", "在", "被", "把", "从", "向", "对", "和", "与", "及", "或", "均", "也", "又", "还", "仍",
    "仍然", "就", "才", "等", "因", "致", "了", "于", "到", "给", "由", "可", "能", "会", "要", "需", "并",
    "而", "但", "所", "没有", "不", "可能", "比如说", "比如", "例如", "譬如", "先后", "全部", "曾",
    "曾经", "每人", "每户", "每位", "每名", "可以", "能够", "应该", "应当", "必须",
)  # fmt: skip

# Verbs of comparison: what follows them is the base, not the subject (，高出|制造业|22个百分点).
COMPARED_VERBS: Final[tuple[str, ...]] = ("高出", "高于", "低于", "快于", "慢于", "超出", "多于", "少于")

# Days of the week, this week's, last week's and next week's (上周五, 周一, 星期日, 本周末).
WEEKDAYS: Final[tuple[str, ...]] = tuple(
    f"{week}{day}" for week in ("上周", "本周", "下周", "周", "星期", "上星期") for day in "一二三四五六日末"
)
# Words where a phrase before the figure starts, but that do not end one after it (烫金的信封).
BEFORE_ONLY: Final[tuple[str, ...]] = (
    "的", "今年", "去年", "当时", "目前", "其", "该", "这", "那", "每", "各", "近", "年", "月", "日", "比",
    "同比", "较", *COMPARED_VERBS, "明年", "前年", "上周", "本周", "上月", "本月", "当月", "当天", "当日", "昨天",
    "昨日", "今天", "今日", "上半年", "下半年", "累计",
    # a time a rule takes effect from: 今天起|全国汽油硫含量, 1月1日起|…
    "日起", "月起", "年起", "今天起", "今日起", "明天起", "即日起", "当日起", "当天起", "次日起", "本月起",
    "下月起", "今年起", "明年起",
    # a sum restated in another currency: 不等，折合成人民币|约8万元 is the sum before it, not a new subject
    "折合成", "折合", "约合", "折算成",
    # days of the week (上证综指|上周五|收市涨0.68%), which the segmenter tags nouns
    *WEEKDAYS,
)  # fmt: skip

# Words in which a stop word is not one: 在校生, 安全生产, 报名 (verb list has 报 for 收报).
PROTECTED: Final[tuple[str, ...]] = (
    "在校", "在职", "在押", "在读", "在编", "在建", "在岗", "在线", "在网", "安全", "完全", "全国", "全省",
    "全市", "全县", "全区", "报名", "报道", "为民", "有限", "有关", "所有", "共享", "共同", "公共",
    "对象", "对外", "因素", "其他", "给予", "年轻", "年度", "年龄", "老年", "青年", "少年", "日常", "日用",
    "占有率", "占比", "人均", "户均", "平均", "可支配", "可比", "可持续", "可用", "可供",
    "受灾面积", "受灾人口", "受灾群众", "受灾人数", "受灾农户", "感染者", "每股", "累计净值",
    "称号", "名称", "职称", "简称", "统称", "称重", "奖金", "罚金", "赔偿金", "救助金", "慰问金", "补助金",
    "消费支出", "财政支出", "预算支出", "预算收入", "公共支出", "生活支出", "民生支出", "成交均价", "成交价",
    "成交额", "成交量", "成交金额", "月饼", "各类", "各种", "参与者", "和平", "达标", "占地", "比例", "比重",
    "较大", "不良", "不法", "年金", "年薪", "年终奖", "年产值", "年产量", "年收入", "年利率",
    "月薪", "月租",
    "不合格", "与会", "会员", "会议", "要素", "重要", "能源", "可再生", "需求", "设备", "设施", "设计",
    "棉被", "被子", "被告", "被褥", "社会", "规模以上", "销售额", "销售价格", "销售收入", "新建商品住宅",
    "生产总值", "进出口", "出口额", "进口额", "会计", "会展", "增加值",
    "就业", "成就", "将军", "对手", "所得", "所得税", "研究所", "派出所", "事务所", "交易所", "于是",
    "主要", "采购经理指数", "采购经理人指数", "预期寿命", "国有", "私有", "公有", "固有", "特有", "稀有",
    "自有", "比率", "比值", "年平均",
)  # fmt: skip

# Measures a verb before them makes a compound noun of, so that verb is no stop: 覆盖|人数, 死亡|人数,
# 投入|金额, 销售|面积 (as 参保人数 and 播种面积 are one noun).
VERB_MEASURE_HEADS: Final[tuple[str, ...]] = (
    "人数", "人次", "面积", "金额", "总额", "数量", "总量", "规模", "比例", "比重", "增速", "增幅", "占比",
)  # fmt: skip

# Verbs that also name what their figure counts or sums: alone before it, when nothing else is left of its
# phrase, they are its subject (收入1.38万亿元，支出|1.03万亿元; 因灾死亡|15人; 已确认死亡|25人).
EVENT_NOUNS: Final[tuple[str, ...]] = (
    "支出", "收入", "投资", "销售", "成交", "融资", "贷款", "出口", "进口", "死亡", "受伤", "遇难", "失踪",
    "获救", "确诊", "感染", "加息", "降息", "出席",
)  # fmt: skip

# Money purposes that are also verbs: after an amount they name it (给予3万元奖励), and at the end of the
# phrase before it too (发放补贴300万元); inside that phrase they are verbs (被告赔偿原告经济损失).
PURPOSE_NOUNS: Final[tuple[str, ...]] = ("奖励", "补贴", "补助", "罚款", "赔偿", "捐款", "资助")

# Nouns that begin with a classifier character: after 该/这/每 the character is no leftover classifier
# (该项目, 这家企业 vs 这座大桥, 每名长者).
CLASSIFIER_WORDS: Final[tuple[str, ...]] = (
    "项目", "人员", "人民", "人口", "人才", "人大", "人均", "家庭", "家长", "家属", "家电", "条件", "条例",
    "条款", "种植", "种子", "类型", "名单", "名额", "位置", "户籍", "户口", "个人", "个体", "套餐", "部门",
    "部分", "部队", "台湾", "场所", "场地", "批发", "座谈", "间隔", "台风", "头部", "口岸", "所得", "所长",
    "次数", "辆次", "架构", "本地", "本市", "本省", "本县", "件数", "起点", "线路", "家人", "名人", "名医",
)  # fmt: skip

# Between the subject of a change and the figure: 进出口增速|较一季度|分别|高|2.5个百分点.
CHANGE_FILLERS: Final[tuple[str, ...]] = (
    "比上年", "比去年", "同期", "分别", "也都", "都", "均", "在", "高", "低", "较", "比", "上年", "去年",
    "猛", "大幅", "一季度", "二季度", "三季度", "四季度", "了", "有", "累计", "仍", "约", "同比", "至", "到",
    "由", "按", "实际", "名义", "扣除价格因素", "剔除价格因素", "按可比价格计算", "按可比口径计算",
    # a market's session (上证综指|收盘下跌, 恒指|早盘一度跌)
    "收盘", "收市", "早盘", "尾盘", "午盘", "盘中", "开盘", "一度",
)  # fmt: skip


def _alternation(words: object) -> str:
    """Longest first (alternation is leftmost-first); words of one length in a fixed order, so the pattern
    is the same in every process (newsfacts.compiled stores it)."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))  # type: ignore[call-overload]


def _at_end(pattern: str) -> regex.Pattern[str]:
    """A pattern anchored at the end of the searched window, matched backwards from it: one attempt at the
    end instead of a forward search that tries every position of the window."""
    return compiled.compile(pattern, regex.REVERSE)


_AFTER_STOP_WORDS = VERBS + FUNCTION_WORDS
_STOP_WORDS = _AFTER_STOP_WORDS + BEFORE_ONLY
_CHANGE_VERBS = tuple(set(CHANGE_WORDS) - CHANGE_NOUNS)


class _Lexicon:
    """The words of a list in a window, left to right, each the longest at its place, with the words of a
    protected list found first at each place and stepped over unreported, so that a word inside one never
    counts: what ``(?P<keep>protected)|(?P<hit>words)`` finds with ``finditer`` (longest first in each
    alternation), by dictionary lookups. A window is at most _MAX characters, and `regex` spends 20-30 µs
    trying a 400-word alternation at each of them; this spends 3-5."""

    def __init__(self, words: tuple[str, ...], protected: tuple[str, ...]) -> None:
        self._words, self._protected = frozenset(words), frozenset(protected)
        tries: dict[str, list[tuple[int, bool]]] = {}  # first character → (length, protected), in order
        for group, is_protected in ((self._protected, True), (self._words, False)):
            for length in sorted({len(w) for w in group}, reverse=True):
                for c in sorted({w[0] for w in group if len(w) == length}):
                    tries.setdefault(c, []).append((length, is_protected))
        self._tries = {c: tuple(t) for c, t in tries.items()}

    def find(self, text: str, lo: int, hi: int) -> list[Span]:
        out: list[Span] = []
        tries, words, protected = self._tries, self._words, self._protected
        i = lo
        while i < hi:
            step = 1
            for length, is_protected in tries.get(text[i], ()):
                if i + length <= hi and text[i : i + length] in (protected if is_protected else words):
                    if not is_protected:
                        out.append((i, i + length))
                    step = length
                    break
            i += step
        return out


# A protected word is matched first and skipped, so a stop inside it never counts.
_STOP = _Lexicon(_STOP_WORDS, PROTECTED)
_PROTECTED_WORDS = _alternation(PROTECTED + PURPOSE_NOUNS)
_AFTER_STOP = _Lexicon(_AFTER_STOP_WORDS, PROTECTED + PURPOSE_NOUNS)
_STOP_AT_END = _at_end(rf"(?:{_alternation(_STOP_WORDS)})$")
# Any figure's phrase ends before a verb of change: 水价每吨提高|0.5元, 收入增长|1000元.
# …and an extreme or "only" right before its copula (单笔奖励|最高达到|2000元, 均价|最低为, 利润|仅为): the topic
# is before it; inside a phrase it is a word's (最低工资, 最高人民法院, 仅次于), so it is a stop only at the end.
STOPS_AT_END_ONLY: Final[tuple[str, ...]] = ("最高", "最低", "最多", "最少", "仅", "仅仅")
_STOP_OR_CHANGE_AT_END = _at_end(rf"(?:{_alternation(_STOP_WORDS + _CHANGE_VERBS + STOPS_AT_END_ONLY)})$")
_CHANGE_AT_END = _at_end(
    rf"(?:{_alternation(_STOP_WORDS + CHANGE_FILLERS + _CHANGE_VERBS + tuple(BASIS_WORDS) + STOPS_AT_END_ONLY)})$"
)
# A 的 with no noun after it, right before the figure's copula: the clause before it names the figure's
# people or things by what they did (受伤的|有15人, 赞成的|占60%), and holds no subject.
_HEADLESS_DE = compiled.compile(r"的(?:就|也|共|还|则|都|约)?(?:有|占|为|是|达)")
# Verbs of saying and learning: what comes before them is the speaker or the source.
SPEECH_VERBS: Final[tuple[str, ...]] = (
    "宣布", "表示", "介绍", "透露", "指出", "强调", "获悉", "了解到", "通报", "称", "说",
)  # fmt: skip
# Words that hold 说 and say nothing (说明书, 小说) or say it of no speaker named before (据说 is reportedly).
NOT_SPEECH: Final[tuple[str, ...]] = ("说明", "小说", "学说", "传说", "说法", "游说", "解说", "演说", "据说", "听说")
_SPEECH = _Lexicon(SPEECH_VERBS, PROTECTED + NOT_SPEECH)
# Causative verbs right before a figure: what comes before them is the cause (地震造成3人死亡).
_CAUSE_AT_END = _at_end(r"(?:造成|导致|致使|使得)了?$")
_COMPARISON_WORDS = frozenset({"较", "比", "同比", *COMPARED_VERBS})
# Verbs of exceeding that, with a noun between them and the figure, compare (not 超过|10亿元, a qualifier).
_EXCEEDS = frozenset({"超过", "超出", "胜过", "领先"})
_HAS_NUMERAL = compiled.compile(rf"[{ARABIC_DIGITS}{CHINESE_DIGITS}]")
# Words that open with 比 or 较 and compare nothing: 比如德化陶瓷年产值|70亿元.
NOT_COMPARISONS: Final[tuple[str, ...]] = (
    "比如", "比方", "比赛", "比例", "比重", "比率", "比值", "比分", "比拼", "较量",
)  # fmt: skip
_NOT_COMPARISON = compiled.compile(_alternation(NOT_COMPARISONS))
# 比 that ends a ratio's name before its copula (负担比|达55.1%, 租售比|为1:300): a noun's suffix, not "than".
_RATIO_SUFFIX = compiled.compile(r"(?<=\p{Han}{2})比(?:仅|只|已|已经|也|将|均)?(?:达到|达|为|是|约为|高达|仅为)")
_PER_UNIT_AT_END = _at_end(rf"每(?:{_alternation(tuple(quantity.UNITS) + tuple(CLASSIFIERS))})$")
_PROTECTED_WORD = compiled.compile(_PROTECTED_WORDS)
_PROTECTED_AT_END = _at_end(rf"(?:{_PROTECTED_WORDS})$")
_EVENT_AT_END = compiled.compile(rf"(?:{_alternation(EVENT_NOUNS)})$")
_LONGEST_EVENT = max(map(len, EVENT_NOUNS))
# 10人遇难|3人重伤: an event word right after another count is that count's.
_COUNT_BEFORE_EVENT = compiled.compile(rf"[{ARABIC_DIGITS}{CHINESE_DIGITS}十百千万亿多余][^，,。；;]{{0,2}}$")
_ONLY_STOPS = compiled.compile(rf"(?:{_alternation(_STOP_WORDS)})+")
_PEOPLE_NOUN = compiled.compile(_alternation(PEOPLE_NOUNS))
# What a count of people can continue: a clause about people or about a count of them (游客人数逐年攀升).
_PEOPLE_MEASURES = ("人数", "人次", "客流", "客流量", "客运量", "发送量", "运输量", "接待量")
_PEOPLE_AT_END = _at_end(rf"(?:{_alternation((*PEOPLE_NOUNS, *_PEOPLE_MEASURES))})$")
# Digits belong to a phrase only inside a code (H1N1, 5G), not as the next figure (男子入狱18个月).
_AFTER_RUN = compiled.compile(
    rf"(?:[\p{{Han}}A-Za-z“”‘’\"]|(?<=[A-Za-z])-?[0-9]+|[0-9]+(?=[A-Za-z]|强)){{1,{_MAX}}}"
)  # F-35战机, C919客机, iPhone手机: a model code opens the noun; 世界500强企业: a ranking names it
# Before a number, digits belong to the phrase only inside a code (H1N1, 5G) or an index name (沪深300指数,
# 标普500指数), not as an earlier figure (6只和).
_INDEX_SUFFIX = "指数|成指|指|强"  # …and a ranking (世界500强企业)
# A Latin alias in brackets inside a name: 消费者价格指数（CPI）, 广义货币(M2).
_ALIAS = r"[（(][A-Z][A-Za-z0-9]{0,7}[）)]"
# Matched backwards from the figure (REVERSE): one attempt, instead of a forward search trying each of the
# _MAX positions before it for a run that reaches the end.
_BEFORE_RUN = compiled.compile(
    rf"(?:[\p{{Han}}A-Za-z“”‘’\"]|(?<=[A-Za-z])[0-9]+|[0-9]+(?=[A-Za-z]|{_INDEX_SUFFIX})|{_ALIAS}){{1,{_MAX}}}$",
    regex.REVERSE,
)
_BEFORE_RUN_FORWARD = compiled.compile(_BEFORE_RUN.pattern)  # the reference the reverse match is tested against
# A quoted label or a book/film title right after a figure, up to its closing mark on the same clause.
_QUOTED = compiled.compile(r"[“「『《‘\"][^“”「」『』《》‘’\"。，,！？!?；;\n]{1,20}[”」』》’\"]")
# No "^": match(text, pos) anchors at pos, while "^" would only ever match at the start of the text.
# Classifiers of one character, from the unit tables: what a numeral or determiner can leave behind.
_ONE_CHAR_CLASSIFIERS = frozenset(
    w for w in (*quantity.UNITS, *CLASSIFIERS) if len(w) == 1 and "\u4e00" <= w <= "\u9fff"
)
_LEADING_STUB = compiled.compile(
    "(?!" + _alternation(CLASSIFIER_WORDS) + ")[" + "".join(sorted(_ONE_CHAR_CLASSIFIERS)) + "]"
)
# …a classifier left at the start of the phrase by a numeral or determiner before it: 6只|和, 每|名合资格市民
# (but 人均收入 keeps its 人).
_STUB_AFTER = compiled.compile(rf"[{ARABIC_DIGITS}{CHINESE_DIGITS}{SCALES}每各该这那本此其]")
_TRAILING_PLACE_WORD = _at_end(r"[中里内上]$")
_HAS_HAN = compiled.compile(r"\p{Han}")
_LATIN_NAME = compiled.compile(r"[A-Z][A-Z0-9]{1,7}")
# A change to a new level right before a figure: 上升到, 增至, 降到了 (not 增加600元, the change itself).
_CHANGED_TO = compiled.compile(rf"(?:{_alternation(CHANGE_WORDS)})(?:到|至)了?$")
_MEASURE_HEAD = compiled.compile(_alternation(VERB_MEASURE_HEADS))
_MEASURE_HEAD_FIRST = frozenset(w[0] for w in VERB_MEASURE_HEADS)
# …but verbs of forecast and report take a clause, not a noun: 预计|增速约5%, 公布|人数.
_CLAUSE_VERBS = frozenset({"预计", "估计", "预期", "计划", "确定", "报告", "发布", "公布", "披露", "包括", "出现"})
_VERB_SET = frozenset(w for w in VERBS if len(w) >= 2) - _CLAUSE_VERBS
_QUOTES = '“”‘’"'


# 处 right after a figure: "at that point" (128公里处的大熊湖, 水深3米处), a place, not what the figure measures.
_AT_THE_POINT = compiled.compile(r"处(?=的|[，,。；;、\s]|$)")
# A dimension after a measure: 8米高的梧桐树 is a plane tree 8 metres tall.
_DIMENSION_OF = compiled.compile(r"余?[长宽高深厚粗重]的")


def _verb_of_compound(text: str, stop: Span) -> bool:
    """覆盖 of 覆盖人数, 死亡 of 死亡人数: a verb that a measure right after it makes a modifier."""
    return (
        text[stop[1] : stop[1] + 1] in _MEASURE_HEAD_FIRST
        and _MEASURE_HEAD.match(text, stop[1]) is not None
        and text[stop[0] : stop[1]] in _VERB_SET
    )


def _stops(text: str, lo: int, hi: int, lexicon: _Lexicon = _STOP, words: Reader | None = None) -> list[Span]:
    """The stop words of text[lo:hi]; with the sentence's ``words``, a one-character stop inside a longer
    noun of the segmenter is none (衣被, 被调查者, 现在: 被 and 在 are the noun's characters there)."""
    found = [
        s
        for s in lexicon.find(text, lo, hi)
        if not _verb_of_compound(text, s)
        and not (s[1] - s[0] == 1 and text[s[0]] in "比较" and _NOT_COMPARISON.match(text, s[0]))
        and not (text[s[0] : s[1]] == "比" and _RATIO_SUFFIX.match(text, s[0]))
    ]
    if words is None:
        return found
    after = lexicon is _AFTER_STOP
    return [s for s in found if not _inside_word(text, s, words, after and s[0] > lo)]


def _inside_word(text: str, stop: Span, words: Reader, after: bool) -> bool:
    """The stop is part of a longer word of the segmenter: one character inside a noun (衣|被), a verb that
    opens a noun (供应|商), a noun head that ends one (社会组织) — or, in what a count counts, follows a noun
    of the phrase (20多个|国际组织: the count makes it a noun)."""
    lo, hi = stop
    if hi - lo == 1:
        return words.inside_noun(lo, hi)
    if text[lo:hi] in TRAILING_NOUN_HEADS:  # …not before a verb of its own (五家单位|组织拍摄)
        return (
            words.inside_noun(lo, hi)
            or (after and words.ends_noun(lo) and not words.starts_verb(hi))
            or (after and words.ends_noun(hi))  # tagged a noun where a kind of organisation names it (国际|组织)
        )
    return words.opens_noun(lo, hi)


# Nouns that say a topic varies, which end a clause before the figure that says by how much or to what.
HOW_IT_VARIES: Final[frozenset[str]] = frozenset({"变化", "变动", "波动", "差异", "差别", "不同", "浮动", "调整"})
# Quantifiers, which open a noun phrase of their own after a figure (…60万元|绝大部分加拿大的大学是公立的).
QUANTIFIERS: Final[tuple[str, ...]] = (
    "绝大部分", "绝大多数", "大部分", "大多数", "多数", "部分", "其余", "其他", "其中", "这些", "那些",
)  # fmt: skip (not 少数 of 少数民族, nor 全部 and 所有, adverbs of the count: 306万人|全部脱贫)
_QUANTIFIER_OPENS = compiled.compile(_alternation(QUANTIFIERS))
# Verbs of purpose, which always open the predicate after an amount (200万元|用于校舍建设), never modify a noun.
_PURPOSE_VERB = compiled.compile(r"用于|用来|用作|用在|专用于")


# A round size right after a count, before what is counted: the size of each (百亿以上, 千亿级, 亿元级的).
_SIZE_OF_EACH = compiled.compile(r"[十百千万亿]{1,3}(?:元|吨|人)?(?:以上|级)的?(?=\p{Han})")
_SCALE_CHARS = frozenset("十百千万亿")  # (a set test first: most phrases open with no scale word)
# …and a measured size in digits (3枚|5克|长方形银币, 2台|100千瓦|发电机组, 5个|10万吨级|泊位): the physical measures
# of units.MEASURES written in Chinese, less lengths of time, which say how long, not how big.
_TIME_MEASURES = frozenset({"秒", "秒钟", "分钟", "小时", "个小时", "天", "周", "星期", "个星期", "度"})
_SIZE_MEASURES = tuple(
    u for u in units.MEASURES if u not in _TIME_MEASURES and regex.fullmatch(r"\p{Han}+", u)
)
_MEASURED_SIZE = compiled.compile(
    rf"[{ARABIC_DIGITS}][{ARABIC_DIGITS}.．]*[万亿]?(?:{_alternation(_SIZE_MEASURES)})级?(?:及?以上|及?以下|左右)?的?"
    r"(?=\p{Han})"
)
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")


_WITHIN = ("内", "以内", "之内")
_VARYING = "不等的"


def subject_after(text: str, end: int, people: bool = False, words: Reader | None = None) -> Span | None:
    """The noun phrase that starts at ``end`` (right after a figure's unit), or None. ``words``: the
    sentence's words, which keep a noun's characters from being read as stop words (see ``_stops``)."""
    if _AT_THE_POINT.match(text, end):
        return None  # 洛杉矶以东128公里|处的大熊湖地区: the distance places something, it measures nothing named after
    dimension = _DIMENSION_OF.match(text, end)
    if dimension is not None:  # 8米|高的|梧桐树, 两米余|宽的|村道: the size of the noun that follows
        if words is not None and not words.starts_noun(dimension.end()):
            return None  # 8毫米厚的|多用作推拉门: what has that size is not named after it
        end = dimension.end()
    elif text.startswith(_VARYING, end):
        end += len(_VARYING)  # 1000元至3万元|不等的|奖励: the range varies by case, the noun after is what it pays
    elif text.startswith("的", end):
        end += 1
    elif text[end : end + 1] in _SCALE_CHARS:
        size = _SIZE_OF_EACH.match(text, end)
        if size is not None:
            end = size.end()  # 232个|百亿以上|交通项目, 5个|千亿级|产业集群: the size of each, then what is counted
    elif text[end : end + 1] in _DIGIT_CHARS:
        measured = _MEASURED_SIZE.match(text, end)
        if measured is not None:
            end = measured.end()  # 3枚|5克|长方形银币: each weighs 5克; the coins are what is counted
    if DATELINE_RE.match(text, end):
        return None  # a headline run into its dateline (…300亿元新华社武汉3月5日电): the next piece, not a noun
    quoted = _QUOTED.match(text, end)
    if quoted:  # a label or title, whatever it holds: 12只“2元”基金, 3本《红楼梦》
        rest = _AFTER_RUN.match(text, quoted.end())
        hi = quoted.end()
        if rest:
            stops = _stops(text, rest.start(), rest.end(), _AFTER_STOP, words)
            hi = stops[0][0] if stops else rest.end()
        return _clean(text, end, hi)
    m = _AFTER_RUN.match(text, end)
    if not m or _QUANTIFIER_OPENS.match(text, end):
        return None  # 学费33万至60万元|绝大部分加拿大的大学是公立的: a quantifier opens another phrase
    lo, hi = m.span()
    stops = _stops(text, lo, hi, _AFTER_STOP, words)
    # A verb that opens the run and is followed by a short noun is a modifier: 慰问|画, 救助|金, 帮扶|资金; one
    # followed by a whole clause is the next predicate (2亿元|用于改善农村道路).
    if stops and stops[0][0] == lo and stops[0][1] < hi and not _PURPOSE_VERB.match(text, lo):
        nxt = stops[0][1]
        rest_end = stops[1][0] if len(stops) > 1 else hi
        if not any(s[0] == nxt for s in stops[1:]) and rest_end - nxt <= _MAX_MODIFIED_NOUN:
            stops = stops[1:]
    if people:
        first = _PEOPLE_NOUN.search(text, lo, hi)
        if first is not None and not any(s[0] < first.start() for s in stops):
            people_end = first.end()
            if words is not None and _PEOPLE_AT_END.search(text, first.start(), words.noun_end(people_end)):
                people_end = words.noun_end(people_end)  # 中国|人民, not 中|国人; but 两人的|人生 is no people
            return _clean(text, lo, _people_end(text, people_end, hi, stops))
    if stops:
        hi = stops[0][0]
    if hi - lo > 1 and _TRAILING_PLACE_WORD.search(text, lo, hi):
        hi -= 1
    return _clean(text, lo, hi)


# Measures that are a share of something: alone they name nothing (占比), so a time word between them and their
# topic does not cut the topic off (制造业|当时|占比, 该行业|今年|比重).
SHARE_MEASURES: Final[frozenset[str]] = frozenset({"占比", "比重", "比例", "份额", "市场份额", "权重"})
_TIMES_BEFORE_SHARE = frozenset({"今年", "去年", "当时", "目前"})

# The conjunctions that join two nouns into one subject (A与B投资, A和B产量).
_CONJUNCTIONS = "和与及"
_MAX_CONJUNCT = 8


def _coordinated_start(text: str, window_lo: int, lo: int, stops: list[Span], words: Reader) -> int:
    """Where a subject starts that a conjunction right before it joins to a noun before that (研发与|设计服务业
    投资, 猪肉和|牛肉价格): the first conjunct's start when it is a noun phrase of its own, else ``lo``."""
    conj = lo - 1
    start = max((b for a, b in stops if b <= conj and (a, b) != (conj, lo)), default=window_lo)
    if not 2 <= conj - start <= _MAX_CONJUNCT or not _HAS_HAN.search(text, start, conj):
        return lo
    found = words.noun_phrase((start, conj))
    return found[0] if found is not None and found[1] == conj else lo


_WITH = frozenset("同跟")


def _people_end(text: str, end: int, hi: int, stops: list[Span]) -> int:
    """党员领导干部建立 → 党员领导干部: extend over further people nouns while no stop word comes between."""
    for later in _PEOPLE_NOUN.finditer(text, end, hi):
        if any(end <= s[0] < later.start() for s in stops) or text[end : end + 1] in _WITH:
            break  # 贫困人口|同全国人民一起: 同 opens the predicate
        end = later.end()
    return end


def subject_before(
    text: str, start: int, change: bool = False, words: Reader | None = None, coordinated: bool = True
) -> Span | None:
    """The noun phrase that ends at ``start`` (right before a figure), or None. With ``change`` (for
    percentages) the words of a change and its basis are dropped too: 出口同比增长|6.1% → 出口. ``words`` as
    for ``subject_after``. ``coordinated``: a noun joined by 和/与/及 right before the phrase belongs to it
    (研发与设计服务业投资) — not where 分别 follows, which pairs the conjuncts with figures one by one."""
    if start > 0 and text[start - 1] in _SPACES:
        # a table's cells: 同比增 33.7% 固定资产投资 |2796.15亿元 — a short label after another cell, not a
        # headline run into its figure (12日股票基金表现分化 |四成半基金…)
        label = _TABLE_LABEL.search(text, max(0, start - 16), start)
        return subject_before(text, label.end("label"), change, words, coordinated) if label else None
    near = text[max(0, start - 12) : start]
    since = _SINCE_ASIDE.search(text, max(0, start - 24), start) if "以来" in near else None
    if since is not None and (
        since.group("rest") in _FIRST_TIMES or _only_predicate(text, since.start("rest"), start, change)
    ):
        # 原油期货价格|自2014年10月以来首次|突破80美元: since when stands between the topic and its figure
        return subject_before(text, since.start(), change, words, coordinated)
    dated = (
        _TIME_IN_PREDICATE.search(text, max(0, start - 20), start)
        if "年" in near or "月" in near or not _TIME_CHARS.isdisjoint(near)
        else None
    )
    if dated is not None and _only_predicate(text, dated.start("rest"), start, change):
        # 自有资金比率|2001年为|18.84%, 待售面积|1到2月份同比下降了|4.6%: a time between a subject and its predicate
        return subject_before(text, dated.start(), change, words, coordinated)
    if "内" in near or "里" in near:
        span = _ASIDE_AT_END.search(text, max(0, start - 16), start)
        if span is not None and _HAS_NUMERAL.search(text, span.start(), span.end()):
            # 市场需求|在未来5年内将|超过100亿元: a length of time in Arabic digits, which the run below stops at
            return subject_before(text, span.start(), change, words, coordinated)
    m = _BEFORE_RUN.search(text, max(0, start - _MAX), start)
    aside = _ASIDE_BEFORE.search(text, max(0, start - _ASIDE_REACH), start)
    if aside is not None and (not m or text[m.start() - 1] in "）)"):  # only the aside's copula after it
        # 人均总薪酬(固定+变动+福利)|高达|92万元: what the brackets explain stands before them
        return subject_before(text, aside.start(), change, words, coordinated)
    if not m:
        return None
    lo, hi = m.span()
    said = _SPEECH.find(text, lo, hi)
    if said:
        lo = said[-1][1]  # 市长宣布|将投入2亿元: the speaker is not what the figure is about
    # Copulas and verbs between subject and number: drop them from the end first.
    if words is not None and text[hi - 1] in "到至":
        # 服务组织|发展到|近20万个: the verb that 到 completes opens the predicate, whatever the segmenter calls it
        reached = words.verb_before_to(hi - 1)
        if reached is not None and reached > lo:
            hi = reached
    per = _PER_UNIT_AT_END.search(text, lo, hi)
    if per is not None:
        hi = per.start()  # 均价约为|每平方米|1.8万元: the rate's unit, not what is priced
    trailing = _CHANGE_AT_END if change else _STOP_OR_CHANGE_AT_END
    if _CAUSE_AT_END.search(text, lo, hi):
        return None  # 地震造成|3200万人受灾: the cause is not what is counted
    hi = _strip_tail(text, lo, hi, trailing, change, words)
    if text.startswith("等", hi) and lo > 0 and text[lo - 1] in "、和及与":
        return None  # 基础设施、城市更新|等共有|319项: the last item of a list, not what the total counts
    if words is not None and _HEADLESS_DE.match(text, hi) and words.has_own_verb(lo, hi):
        return None  # 来参加活动的|有|上百人: those who came, a clause with no head noun (not 活动)
    per = _PER_UNIT_AT_END.search(text, lo, hi)
    if per is not None:  # 水价|每吨|提高|0.5元: the rate's unit stood before the change
        hi = _strip_tail(text, lo, per.start(), trailing, change, words)
    aside = _ASIDE_AT_END.search(text, lo, hi) if hi > lo and text[hi - 1] in _ASIDE_LAST else None
    if aside is not None and aside.start() - lo >= 2:
        # 抚恤金标准|在现行基础上|提高, 补助标准|年人均|提高, 城镇新增就业|在前三季度就|达:
        # a basis, an average's unit or a time between the topic and its change
        hi = _strip_tail(text, lo, aside.start(), trailing, change, words)
    # What a figure is compared with is not its subject: 粮食产量|比去年同期|增加, 均价…|较开盘时|上涨.
    stops = _stops(text, lo, hi, words=words)
    for k, (a, b) in enumerate(stops):
        if text[a:b] in _COMPARISON_WORDS or (
            text[a:b] in _EXCEEDS and not _HAS_NUMERAL.search(text, b, hi) and "的" not in text[b:hi]
        ):
            # (租赁成交量超过|买卖成交量|22.4%: what is exceeded by the figure stands between, a base too; not
            # 不得超过中间价的|幅度, a relative clause of the subject)
            # the stops of text[lo:hi] before it are those of the shorter text: each ends by its start
            hi, stops = a, stops[:k]
            break
    if hi <= lo:
        return None
    # 支出|均为, 投入|将达到: a verb that names a sum, kept by _strip_tail before a total, is no stop here
    summed = _TOTAL_NEXT.match(text, hi) is not None and bool(stops) and text[stops[-1][0] : hi] in NOMINAL_VERBS
    if summed:
        stops = stops[:-1]
    # The subject starts after the last stop that leaves a phrase of two characters or more: in
    # 发放救助金 the 救助 inside 救助金 is not the verb.
    window_lo = lo
    for stop_start, stop_end in stops:
        if hi - stop_end >= 2 and not (
            text[stop_end:hi] in SHARE_MEASURES and text[stop_start:stop_end] in _TIMES_BEFORE_SHARE
        ):
            lo = stop_end
    if words is not None and coordinated and lo - 1 > window_lo and text[lo - 1] in _CONJUNCTIONS:
        if "分别" not in text[hi:start]:
            lo = _coordinated_start(text, window_lo, lo, stops, words)  # 研发与|设计服务业投资 → 研发与设计服务业投资
    stub = _LEADING_STUB.match(text, lo, hi)
    if stub and lo > 0 and _STUB_AFTER.match(text, lo - 1):
        lo = stub.end()
    if hi - lo < 2 or (
        _ONLY_STOPS.fullmatch(text, lo, hi) and not _PROTECTED_WORD.fullmatch(text, lo, hi) and not summed
    ):
        return None  # 达, 合计, 仍然: a verb or adverb, no noun; 只 of an earlier 6只和: a unit
    return _clean(text, lo, hi)


_FIRST_TIMES = frozenset({"", "首次", "第一次", "再次", "又一次"})
_SINCE_ASIDE = _at_end(
    r"(?:自|从|在)[^，,。；;自从在]{1,16}?以来(?P<rest>(?!的)\p{Han}{0,6})$"
)  # …and a change after it (上证综指|在2月以来已涨|9.6%)
# What may stand between a topic and the verb before its figure, and is neither: a basis (在现行基础上), an
# average's unit (年人均, 户均), a time (在前三季度就, 三个月内).
_ASIDE_AT_END = _at_end(
    r"(?:(?:在|于)[^，,。；;在于]{0,10}?基础上"
    r"|年?人均"
    r"|在?(?:前|后|今年|去年|上半年|下半年|未来|过去|近|最近|今后)?[0-9０-９一二三四五六七八九十两]{0,4}(?:个)?"
    r"(?:季度|个月|月份?|年|周|天|日)(?:内|里|中|以来|来)"  # 三个月内, 近年来
    r"|在(?:前|后|今年|去年|上半年|下半年|未来|过去|今后)?[0-9０-９一二三四五六七八九十两]{0,4}(?:个)?(?:季度|个月|月份?|年|周)"
    r")(?:就|已经?|便|共|累计|将|也)?$"
)


# Last characters of the adverbs that end a phrase before a figure (普遍, 竟然, 仍, 则, 已经, 逐步 …): only
# where one stands is the segmenter asked (a speed guard: the tag still decides).
_ADVERB_LAST = frozenset("遍然都也仍则就只再已经曾还更最很均皆共又亦才便即渐竟终常必定正显步续幅断益平时度直")


_ASIDE_LAST = frozenset("上均内里中以来就已经便共计季度月份年周天日")  # how an aside of _ASIDE_AT_END can end


def _strip_tail(
    text: str, lo: int, hi: int, trailing: regex.Pattern[str], change: bool, words: Reader | None
) -> int:
    """Where text[lo:hi] ends once the stop words (and, for a change, its words) at its end are dropped."""
    after_copula = False
    while hi > lo:
        tail = trailing.search(text, lo, hi)
        if tail is None and words is not None and text[hi - 1] in _ADVERB_LAST:
            # 销售率|普遍|只有: an adverb ends no noun phrase, and what stands before it is the topic, whatever
            # the stop list says of its last word (联邦政府支出|则|增长了)
            adverb = words.adverb_before(hi)
            if adverb is not None and adverb > lo:
                return adverb
        if tail is None or (tail.start() == lo and not change):
            break
        word_at_end = text[tail.start() : tail.end()]
        head = word_at_end in TRAILING_NOUN_HEADS
        if head and words is not None and words.ends_noun(tail.start()):
            break  # 非法社会组织|34家, 共青团组织|409.3万个: the head of a noun, not a verb before the figure
        if word_at_end == "比" and _RATIO_SUFFIX.match(text, tail.start()):
            break  # 负担比|仅为: the ratio's name, not a comparison
        if after_copula and word_at_end in NOMINAL_VERBS:
            break  # 相关支出|共计, 收入、支出|均为: before a copula or a total the verb is what is summed
        if word_at_end in TOTAL_VERBS:
            after_copula = True
        elif word_at_end not in _ADVERBS_BEFORE_TOTAL:
            after_copula = False
        word = _PROTECTED_AT_END.search(text, lo, hi)
        if word is not None and word.start() <= tail.start():
            break  # 棉被, 在校: the stop word at the end belongs to a word
        if (
            words is not None
            and (tail.end() - tail.start() == 1 or (tail.end() - tail.start() == 2 and word_at_end not in CHANGE_WORDS))
            and words.inside_noun(tail.start(), tail.end())
        ):
            break  # 捐赠衣被, 中央财政投入: the segmenter's noun holds the stop word (not a change: 价格|下降)
        hi = tail.start()
    return hi


# Verbs of the stop list that name a sum when a copula or a total follows them (支出将达到|193亿元: spending).
NOMINAL_VERBS: Final[frozenset[str]] = frozenset({"支出", "投入", "销售", "成交", "供应", "补贴", "奖励", "赔偿"})
# The copulas and totals after which they do (not a verb of change: 销售增长|10% is a change of sales).
TOTAL_VERBS: Final[frozenset[str]] = frozenset(
    {"为", "是", "达", "达到", "共计", "合计", "总计", "约为", "高达", "已达", "多达", "超过", "超"}
)
_ADVERBS_BEFORE_TOTAL = frozenset({*money.ADVERBS_BEFORE_SUM, "仍", "又", "可", "能", "会", "可以"})
_TOTAL_NEXT = compiled.compile(
    rf"(?:{_alternation(tuple(_ADVERBS_BEFORE_TOTAL))})*(?:{_alternation(tuple(TOTAL_VERBS))})"
)
# Verbs of the stop list that, last in a phrase right before a figure and after other words, are its head noun.
TRAILING_NOUN_HEADS: Final[frozenset[str]] = frozenset({"组织", "支出"})  # 教育经费|支出|5万亿元


# Spaces between a table's label and its figure; a year or month between a subject and its copula.
_SPACES = " \u3000\t"
_TABLE_LABEL = compiled.compile(r"(?:[0-9０-９%％元]\s*|[，。：；,:;、]\s*|\s+)(?P<label>\p{Han}{2,8})[ \u3000\t]+$")
# Days and weeks relative to the article, which stand between a subject and its predicate as a year does
# (上证综指|昨日|收盘下跌1.2%, 上证综指|上周五|收市涨0.68%).
TIMES_IN_PREDICATE: Final[tuple[str, ...]] = (
    *dates.RELATIVE_DAYS, "前日", "当日", "当天", "上周", "本周", "上月", "本月", *WEEKDAYS,
)  # fmt: skip
_TIME_CHARS = frozenset("日天周月")
_TIME_IN_PREDICATE = compiled.compile(
    # not a base, a span's end or an object (比2009年|提高, 到2020年, 经历了2008年)
    r"(?<=\p{Han})(?<![比较于到至从自在截止和与及、了])"
    r"(?:[0-9０-９]{2,4}年(?:[0-9０-９]{1,2}月份?)?|[0-9０-９]{1,2}(?:月份?)?[到至\-—~－][0-9０-９]{1,2}月份?|[0-9０-９]{1,2}月份?"
    rf"|{_alternation(TIMES_IN_PREDICATE)})"
    r"(?:底|末|初)?"
    r"(?P<rest>(?!的)\p{Han}{0,8})$"  # not 2019年的|2.1亿人次: the year of the figure itself (增加值|2023年|超过…)
)


def _only_predicate(text: str, lo: int, hi: int, change: bool) -> bool:
    """text[lo:hi] holds only copulas, verbs of change and their fillers (为, 同比下降了, 达到)."""
    trailing = _CHANGE_AT_END if change else _STOP_AT_END
    while hi > lo:
        tail = trailing.search(text, lo, hi)
        if tail is None:
            return False
        hi = tail.start()
    return True


# An aside in brackets, and a copula or verb after it, right before a figure: 总薪酬(固定+变动+福利)|高达|92万元.
_ASIDE_REACH = 40
_ASIDE_BEFORE = compiled.compile(
    r"[（(](?![0-9０-９年月日号时点:：]+[）)])[^（()）\n。；;]{1,30}[）)]"  # not a date (今天（8月28日）开展…)
    r"(?:合计|共计|累计|平均|已经|已)?(?:为|是|达到|达|高达|约为|约|超过|超|突破|完成|占比为|占)?$"
)


# A stock index named before its points in the sentence: 上证综指…跌破2245点, 恒生指数收报19876点.
_INDEX_NAME = compiled.compile(
    r"(?:[A-Za-z0-9]{0,4}\p{Han}){1,6}?(?:指数|综指|成指|指(?![出示导责挥定望控向明标南令引]))(?:[0-9]{2,4}指数)?"
)  # 指 of 指出, 指示, 指导 … is a verb: 研究报告指出 names no index
# Where a sentence ends, for the rules here and for the segmenter's sentences (structure.Words).
SENTENCE_END = compiled.compile(r"[。！？!?\n；;]")
_INDEX_REACH = 300


def index_subject(text: str, start: int) -> Span | None:
    """The stock index a figure in points belongs to: the last index name before it in its sentence, else
    in its paragraph (上证综指…跌破2245点。…当天收于2202.45点: a market report keeps talking of one index)."""
    lo = max(0, start - 80)
    for m in SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    names = list(_INDEX_NAME.finditer(text, lo, start))
    if not names:
        paragraph = text.rfind("\n", max(0, start - _INDEX_REACH), lo) + 1 or max(0, start - _INDEX_REACH)
        names = list(_INDEX_NAME.finditer(text, paragraph, lo))
    if not names:
        return None
    a, b = names[-1].span()
    for _, stop_end in _stops(text, a, b):  # 当天上证综指: the name starts after the last stop word
        if stop_end < b - 1:
            a = stop_end
    return _clean(text, a, b)


class Reader(Protocol):
    """What the words of the sentence say about a stretch of text (``structure.Words``)."""

    def noun_phrase(self, span: Span | None) -> Span | None:
        """``span`` narrowed to the noun phrase it holds, or None when it holds none."""

    def head_after(self, span: Span | None, counted: bool = False, things: bool = False) -> Span | None:
        """The noun phrase a figure counts, from the phrase after it (ends before a time word)."""

    def has_own_verb(self, lo: int, hi: int) -> bool:
        """text[lo:hi] holds a verb that is not a copula, a change or an amount word."""

    def only_amounts(self, lo: int, hi: int) -> bool:
        """text[lo:hi] only says how much or how it changed (达, 二季度增长, 较一季度高)."""

    def noun_end(self, pos: int) -> int:
        """Where the noun that ``pos`` cuts ends (人民 of 中国人|民), else ``pos``."""

    def measure_run(self, lo: int, hi: int, measure: regex.Pattern[str]) -> int:
        """Where the last word ending as ``measure`` does, among the nouns opening text[lo:hi], ends; else ``lo``."""

    def inside_noun(self, lo: int, hi: int) -> bool:
        """text[lo:hi] is part of a longer word the segmenter tags a noun (被 of 衣被)."""

    def opens_noun(self, lo: int, hi: int) -> bool:
        """text[lo:hi] (a verb of two characters or more) opens a longer noun of the dictionary: 供应 of 供应商."""

    def starts_noun(self, pos: int) -> bool:
        """A word the segmenter tags a noun starts at ``pos``."""

    def ends_noun(self, pos: int) -> bool:
        """A word the segmenter tags a common noun ends at ``pos``."""

    def adverb_before(self, pos: int) -> int | None:
        """Where an adverb that ends at ``pos`` starts, else None."""

    def people_predicate(self, pos: int) -> Span | None:
        """What the people counted before ``pos`` did, to the clause's end, when it alone names them."""

    def starts_verb(self, pos: int, adjectives: bool = False) -> bool:
        """A verb, or an adverb or modal before one, starts at ``pos``: a predicate opens there (with
        ``adjectives``, an adjective too)."""

    def closing_verb(self, pos: int) -> Span | None:
        """The verb of two characters or more at ``pos`` when it alone closes its clause."""

    def relative_head(self, end: int, people: bool = False) -> Span | None:
        """The head noun after 的 of a relative clause that follows a count at ``end`` (22名|来自新疆的|患儿)."""

    def clause_topic(self, lo: int, hi: int) -> Span | None:
        """The noun phrase that opens the clause text[lo:hi] (第三产业|继续领跑)."""

    def verb_object(self, span: Span) -> Span | None:
        """The object of a verb that ``span`` holds or follows, when the segmenter tags it a verb too
        (完成|演出, 揽收|快递包裹)."""

    def verb_before_to(self, pos: int) -> int | None:
        """Where the verb (or verbal noun) that 到/至 at ``pos`` follows starts (服务组织|发展|到|近20万个)."""

    def starts_thing(self, pos: int) -> bool:
        """A noun that names a thing (not a verbal noun: 分配, 进展) starts at ``pos``."""


# What people have, which a count of people is followed by to say how they are (3人|状态良好): not who they are.
PERSON_ATTRIBUTES: Final[tuple[str, ...]] = (
    "伤势", "状态", "情绪", "病情", "生命体征", "身体", "精神状态", "体温", "健康状况", "情况", "身份",
)  # fmt: skip
_PERSON_ATTRIBUTE = compiled.compile(_alternation(PERSON_ATTRIBUTES))


# What a figure after it, and 的, is judged as: a result or a record (产量增加113亿斤的|好成绩, 只发出两三亿元的|颓势,
# 达到3000亿美元的|历史新高) — not what the figure measures, which the phrase before it names.
EVALUATION_HEADS: Final[tuple[str, ...]] = (
    "成绩", "佳绩", "战绩", "成果", "收成", "颓势", "态势", "势头", "局面", "纪录", "记录", "新高", "新低",
    "高位", "低位", "高点", "低点", "大关", "关口", "峰值", "水平",
    "上限", "下限", "红线", "门槛", "位置",  # a bound or a place in a ranking: 接近95%的|上限, 排在前1/3的|位置
    "目标", "任务",  # a target reached: 完成减贫1000万人以上的|目标 counts what was reduced, not the target
)  # fmt: skip
# A milestone written right after a figure, with no 的 (突破3000点|大关, 跨过4万亿元|大台阶): what the figure is a
# milestone of stands before it.
_MILESTONE_AFTER = compiled.compile(r"大?(?:关口|大关|台阶|门槛|关)(?!\p{Han})|大?(?:关口|大关|台阶)")
_EVALUATION_AFTER = compiled.compile(
    rf"的(?:历史|同期|年内|阶段性)?(?:最好|最高|最低|较好|良好|不错的|好|新|较高|较低|偏高|偏低|合理|正常|适度|相对)?"
    rf"(?:{_alternation(EVALUATION_HEADS)})"
    r"(?![价额值量率])"  # not a measure the word opens: 119亿港元的|上限价格 is the price
)


# A figure that opens its clause (after 其中 or 即 at most) and is followed by a copula and a noun phrase to the
# clause's end is that phrase: 其中|3亿元|为海外收入, 其中|九成以上|为新能源汽车, 90%即|1800元|为资助资金.
_OPENS_CLAUSE_BEFORE = compiled.compile(r"(?:^|[，,；;。：:\n（(])\s*(?:其中|即)?\s*$")
_RESTATED_BEFORE = compiled.compile(rf"[{ARABIC_DIGITS}%％成]\s*即$")
_COPULA_AFTER = compiled.compile(r"(?:即[^，,。；;为是\n]{1,12}?)?(?:为|是|系)(?=\p{Han})")  # 90%|即1800元为…
_COPULA_FIRST = frozenset("为是系即")
_CLAUSE_ENDS = compiled.compile(r"[，,。；;！？!?\n（(]")


def _named_by_copula(text: str, start: int, end: int, reader: Reader) -> Span | None:
    if text[end : end + 1] in "，,":
        return _named_by_this_is(text, start, end, reader)
    if text[end : end + 1] not in _COPULA_FIRST:
        return None  # most figures: no regex tried
    copula = _COPULA_AFTER.match(text, end)
    if copula is None or text[copula.end()] in CHINESE_DIGITS:
        return None  # 二期|为七年期: a term, not what is counted
    lo = max(0, start - 12)
    if not (_OPENS_CLAUSE_BEFORE.search(text, lo, start) or _RESTATED_BEFORE.search(text, lo, start)):
        return None
    return _phrase_to_clause_end(text, copula.end(), 24, reader)


# A figure that opens its sentence and the clause after it that says what it is: 8.4%，这是深圳一季度的经济增速.
_THIS_IS = compiled.compile(r"[，,]\s*(?:这|此|这一数字|这个数字)(?:是|为|就是)")
_SENTENCE_OPENS_BEFORE = compiled.compile(r"(?:^|[。！？!?\n])\s*$")


def _named_by_this_is(text: str, start: int, end: int, reader: Reader) -> Span | None:
    """The noun after the last 的 of the clause ``这是…的`` that follows a figure opening its sentence."""
    this = _THIS_IS.match(text, end)
    if this is None or not _SENTENCE_OPENS_BEFORE.search(text, max(0, start - 4), start):
        return None
    stop = _CLAUSE_ENDS.search(text, this.end(), this.end() + 30)
    if stop is None:
        return None
    de = text.rfind("的", this.end(), stop.start())
    return _phrase_to_clause_end(text, de + 1 if de >= 0 else this.end(), 16, reader)


def _phrase_to_clause_end(text: str, lo: int, reach: int, reader: Reader) -> Span | None:
    """text[lo:] up to its clause's end (within ``reach``) when all of it is one noun phrase, else None: not a
    piece of a clause (校舍|建设)."""
    stop = _CLAUSE_ENDS.search(text, lo, lo + reach)
    if stop is None:
        return None
    return (lo, stop.start()) if reader.noun_phrase((lo, stop.start())) == (lo, stop.start()) else None


# A label and a colon right before a figure (生活费用：1500元, 利润总额：4500万元): the label names it. The label
# opens after a clause mark, a list number (①, 1．, 一、) or a space.
_LABEL_BEFORE = compiled.compile(
    r"(?:^|[，,；;。：:！？!?\n（(、\s①-⑳]|[0-9０-９][.．、])(?P<label>[^，,；;。：:！？!?\n（(、\s①-⑳]{2,12})[:：]\s*$"
)


_LABEL_LAST = frozenset("：: \u3000")  # what a label's colon, and spaces after it, end with
_SPEAKER_LABEL = compiled.compile(r"记者|主持人|网友|观众|读者|嘉宾|专家|\p{Han}{0,3}(?:先生|女士|老师|经理|主任|局长)")


def _label_before(text: str, start: int, reader: Reader) -> Span | None:
    if text[start - 1 : start] not in _LABEL_LAST or text[max(0, start - 3) : start].rstrip()[-1:] not in ("：", ":"):
        return None  # no colon right before the figure: no regex tried
    m = _LABEL_BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return None
    label = m.span("label")
    if _PEOPLE_AT_END.search(text, *label) or _SPEAKER_LABEL.fullmatch(text, *label):
        return None  # 记者：3000元够吗？ — who speaks, in an interview's transcript
    return label if reader.noun_phrase(label) == label else None


# An age right after a count of people, before the people it narrows (12名|18岁以下|青少年, 3名|5岁|儿童).
_AGE_AFTER = compiled.compile(
    rf"[{ARABIC_DIGITS}{CHINESE_DIGITS}十]+(?:[至到\-—~～][{ARABIC_DIGITS}{CHINESE_DIGITS}十]+)?[多余]?周?岁"
    r"(?:及?以下|及?以上|左右|上下)?(?=\p{Han})(?!的)"
)


# Verbs of buying: a sum right before one is the price of what it names (花了40多万元|购置了一辆|货车, 以70亿元|夺下了|
# 长风地块). A noun of price right before the sum names it itself (成交价|40亿元|购得…).
BUYING_VERBS: Final[tuple[str, ...]] = (
    "购买", "购置", "购进", "购入", "购得", "收购", "买下", "买入", "买回", "竞得", "拍得", "夺得", "夺下", "拿下",
    "租下", "换来",
)  # fmt: skip
# The classifiers of things and events (个, 家, 辆 … of kinds/quantity.py), which a count of them ends in.
_COUNTING_UNITS: Final[tuple[str, ...]] = tuple(u for u, row in quantity.UNITS.items() if row.counts)
_BOUGHT = compiled.compile(
    rf"(?:{_alternation(BUYING_VERBS)})了?(?:[一二两三四五六七八九十几0-9０-９]{{1,4}}(?:{_alternation(_COUNTING_UNITS)}))?"
)
_PRICE_NOUN_END = compiled.compile(r"(?:价|价格|价款|款|金额|总额|费用|资金|成本|投资|代价)$")


def bought_subject(text: str, start: int, end: int, reader: Reader) -> Span | None:
    """What the sum at [start, end) bought, when a verb of buying follows it and no noun of price names it."""
    m = _BOUGHT.match(text, end) if text[end : end + 1] in _BUYING_FIRST else None
    if m is None:
        return None
    before = reader.noun_phrase(subject_before(text, start, words=reader))
    if before is not None and before[1] == start and _PRICE_NOUN_END.search(text, before[0], before[1]):
        return None
    return reader.head_after(subject_after(text, m.end(), words=reader), counted=True, things=True)


_BUYING_FIRST = frozenset(w[0] for w in BUYING_VERBS)


def _purpose_after(text: str, end: int, reader: Reader) -> Span | None:
    """What an amount is for, named after a verb of purpose to its clause's end (200万元|用于|校舍建设)."""
    purpose = _PURPOSE_VERB.match(text, end) if text[end : end + 1] in "用专" else None
    if purpose is None or not reader.starts_noun(purpose.end()):
        return None  # 2亿元|用于改善农村道路: a clause, not a noun, says what the money does
    return _phrase_to_clause_end(text, purpose.end(), 16, reader)


def find_subject(
    text: str, start: int, end: int, reader: Reader, people: bool = False, counted: bool = False
) -> Span | None:
    """The subject of the figure at text[start:end]: the noun phrase after its unit if there is one, else
    the one before it, else that of an earlier clause the figure's clause continues (销售额大幅增加，达1200亿元).
    ``reader`` narrows each candidate to the noun phrase it holds, or rejects it so the next is tried.
    ``counted``: the figure counts things or people with a classifier (see ``_subject_before_figure``)."""
    if text.startswith(_WITHIN, end) and reader.noun_end(end + 1) == end + 1:
        return None  # 在这150米|内结束战斗, 3公里|内的居民: the figure bounds a stretch; it measures nothing (not 内陆)
    if people:
        age = _AGE_AFTER.match(text, end)
        end = age.end() if age is not None else end  # 1179名|17岁以下|未成年人: the age says which people
    relative = reader.relative_head(end, people) if counted else None  # 22名|来自新疆的|患儿
    if relative is not None:
        return relative
    named = _named_by_copula(text, start, end, reader)
    if named is not None:
        return named
    if not counted:  # (what is counted or measured may follow: 124只基金中，有|30只股票型基金, 住房中，120平方米以上|
        framed = frame_subject(text, start, reader)  # 套型住房)
        if framed is not None and not reader.starts_thing(end):
            return framed
    elif "其中" in text[max(0, start - 10) : start] and reader.starts_verb(end):
        among = _counted_before_among_them(text, start, reader)  # 有120家企业，其中|30家|已经复产: a predicate
        if among is not None:  # follows, and the count is of the whole's
            return among
    purpose = _purpose_after(text, end, reader)
    if purpose is not None:
        # what the amount is for, unless a noun phrase right before it names the amount (公益金预算|27.5亿元|
        # 用于…); a verb of paying alone there (投入|30亿|用于土地储备) or an agent (迪斯尼花了) does not
        before = _subject_before_figure(text, start, reader, counted)
        return before if before is not None and before[1] == start and before[1] - before[0] > 2 else purpose
    evaluated = (
        text.startswith("的", end) and _EVALUATION_AFTER.match(text, end) is not None
    ) or (not counted and _MILESTONE_AFTER.match(text, end) is not None)  # (not 闯过了两道|关口: a count of them)
    after = None if evaluated else subject_after(text, end, people, reader)
    if after is not None and after[1] - after[0] == 1 and counted:
        kinds = _DIVISION_WITH_KINDS.match(text, after[0])
        if kinds is not None:
            return kinds.span()  # 31个|省（区、市）: the official formula names the divisions counted, as written
        return None  # 17个|省、区: the figure names what it counts, in one character
    if people and after is not None and _PERSON_ATTRIBUTE.match(text, after[0]):
        # 3人|状态良好, 8人|伤势较重: how the people are, not who (but 一名|伤势较重的中国乘客 names them)
        after = after if "的" in text[after[0] : after[1]] else None
    head = reader.head_after(after, counted, things=counted and not people)
    if head is not None or (text.endswith(_DISPOSAL_MARKS, 0, start) and _NUMERAL_FIRST.match(text, start)):
        # 在大山里将|二人|抓获: the figure is the object of 将/把, and what stands before is the agent or a place
        # (not the 将 of a future before a qualifier: 结余将|超过10亿元)
        return head
    return (
        _title_before(text, start)
        or _label_before(text, start, reader)
        or _subject_before_figure(text, start, reader, counted, people)
        or _subject_before_comparison(text, start, reader)
        or subject_of_range(text, start, reader)
        or _topic_past_adverbs(text, start, reader)
        or compared_base_subject(text, start, reader)
        # what a classifier counts is named after it when anything is (2000多个|包裹发往…, 11个|季度): an
        # earlier clause's topic is not what it counts
        or (None if counted and after is not None else subject_of_earlier_clause(text, start, reader, people))
    )


# A division and, in brackets, the divisions of its rank counted with it: 省（区、市）, 县（市、区、旗）,
# 乡（镇、街道）.
_DIVISION_WITH_KINDS = compiled.compile(
    r"[省市县区乡镇村][（(](?:自治区|直辖市|街道|[省市县区乡镇村旗州盟]|[、，,])+[）)]"
)
# The marks of a disposal construction (将/把 + object + verb): a figure right after one is the object.
_DISPOSAL_MARKS = ("将", "把")
_NUMERAL_FIRST = compiled.compile(rf"[{ARABIC_DIGITS}{CHINESE_DIGITS}两]")


def _topic_past_adverbs(text: str, start: int, reader: Reader) -> Span | None:
    """The topic of the figure's own clause, when it names a measure and only adverbs, a time and a copula or
    change stand between (高速公路里程|将在今年底达到|3.6万公里): the phrase rules stop at the time word."""
    lo, _ = _clause_start(text, max(0, start - _CLAUSE_REACH), start)
    # a measure word (船上|共有, 身边|都有 say where, not what is measured), and only amounts after it
    measure = next((m for m in reversed(list(_MEASURE_WORD.finditer(text, lo, start)))), None)
    if measure is None or not reader.only_amounts(measure.end(), start):
        return None
    return reader.noun_phrase(subject_before(text, measure.end(), words=reader))


# What a count of people changed by or reached, between the people and the count (常住人口|新增了|15万人): no act
# on other people (村民|救出|5人, whose five are not villagers).
_HOW_MANY_MORE = compiled.compile(r"(?:已经|已|共|累计|又)?(?:新增|净增|增加|减少|增长|下降|达到|达|超过|突破)了?")


# Who adds things rather than what grows (该公司|新增|3家 counts no companies).
_AGENT_AT_END = compiled.compile(r"(?:公司|集团|企业|银行|政府|部门|单位|机构|医院|学校)$")


def _subject_before_figure(text: str, start: int, reader: Reader, counted: bool, people: bool = False) -> Span | None:
    """The noun phrase before the figure. A phrase that ends in 的 right before the figure modifies what it
    counts (空袭南联盟的|19个成员国). Before a count of things or people, a phrase that a verb of its own
    separates from the figure is the agent, not what is counted (两家公司分别持有|5只基金)."""
    if text.startswith("的", start - 1):
        return None
    raw = subject_before(text, start, words=reader)
    found = reader.noun_phrase(raw)
    if (
        found is not None
        and counted
        and found[1] < start
        and reader.has_own_verb(found[1], start)
        and not _MEASURE_TOPIC.search(text, found[0], found[1])
        and not (
            (_PEOPLE_AT_END.search(text, found[0], found[1]) if people else not _AGENT_AT_END.search(text, *found))
            and _HOW_MANY_MORE.fullmatch(text, found[1], start)
        )
    ):
        # the agent: what it did to what is counted comes between (a measure is none: 业务量|完成; nor what grew
        # by the count: 常住人口|新增了|15万人, 航线|新增|10条)
        found = None
    if found is None and counted and raw is not None:
        found = reader.verb_object(raw)  # 完成|演出|10494场: the object of the verb is what is counted
    if found is None:
        event = _EVENT_AT_END.search(text, max(0, start - _LONGEST_EVENT), start)
        if event is not None and not _COUNT_BEFORE_EVENT.search(text, max(0, event.start() - 3), event.start()):
            return event.span()  # ，支出|1.03万亿元; 因灾死亡|15人: the verb names what is summed or counted
    if found is None and _CHANGED_TO.search(text, max(0, start - 5), start):
        # 死亡人数目前已上升到|413人: the figure is what the topic changed to; the change's words go
        found = reader.noun_phrase(subject_before(text, start, change=True, words=reader))
    return found


# Measures of what is counted, which no verb makes an agent: 寄递业务量|累计完成|468亿件, 新增户数|达到|120万户.
MEASURE_TOPICS: Final[tuple[str, ...]] = (
    "业务量", "总量", "产量", "销量", "产销量", "成交量", "客流量", "发送量", "吞吐量", "运输量", "装机量",
    "含量", "用量", "数量", "人数", "次数", "户数", "套数", "家数", "件数", "个数", "总数", "样点数", "规模",
    "里程", "面积", "长度",
)  # fmt: skip
_MEASURE_TOPIC = _at_end(rf"(?:{_alternation(MEASURE_TOPICS)})$")
_MEASURE_WORD = compiled.compile(_alternation(MEASURE_TOPICS))


# A title or quoted name right before a figure: 借出《三体》|2000余册.
_TITLE_BEFORE = compiled.compile(r"[“「『《‘][^“”「」『』《》‘’。，,！？!?；;\n]{1,20}[”」』》’]$")


def _title_before(text: str, start: int) -> Span | None:
    m = _TITLE_BEFORE.search(text, max(0, start - 22), start)
    return m.span() if m is not None else None


# 从A增加到B, 由A提高到B: both ends of the change belong to what stands before 从/由
# (员工人数从800人增加到1500人).
_FROM_IN_CLAUSE = compiled.compile(r"[从由][^，,。；;！？!?\n从由]{0,24}$")


def subject_of_range(text: str, start: int, reader: Reader) -> Span | None:
    """What changed from one value to the figure (员工人数|从800人增加到|1500人): the phrase before 从/由."""
    m = _FROM_IN_CLAUSE.search(text, max(0, start - 25), start)
    if m is None:
        return None
    return reader.noun_phrase(subject_before(text, m.start(), words=reader))


# Where clauses of a sentence begin and end; how far back a figure's clause may continue another.
_CLAUSE_MARK = compiled.compile(r"[，,：:、]")
_DATES = frozenset("年月日号季")  # 2009年中国土地出让总价款大幅增加: a date, not the clause's figure
_CLAUSE_REACH = 60
_CLAUSES_BACK = 3
# A number in a clause: Arabic digits, or two Chinese numerals and more (三十, 一百) — one alone is most
# often part of a word (一线, 统一, 一季度).
_NUMBER_RUN = compiled.compile(
    rf"[{ARABIC_DIGITS}][{ARABIC_DIGITS}.,，]*|[{CHINESE_DIGITS}][{CHINESE_DIGITS}十百千万亿]+"
    rf"|(?<![{ARABIC_DIGITS}{CHINESE_DIGITS}])(?:上|成|数|几)[十百千万]+(?=[多余]?(?:{_alternation(CLASSIFIERS)}))"
    # (上百人, 成千名: a round count; not the scale of a number, 820|万人)
)


def _clause_start(text: str, lo: int, hi: int) -> tuple[int, bool]:
    """Where the clause that ends at ``hi`` begins (searching back to ``lo``), and whether a clause mark
    (not the sentence's start) opens it."""
    start, by_mark = lo, False
    for m in _CLAUSE_MARK.finditer(text, lo, hi):
        start, by_mark = m.end(), True
    for m in SENTENCE_END.finditer(text, lo, hi):
        if m.end() > start:
            start, by_mark = m.end(), False
    return start, by_mark


_POINTS = compiled.compile(rf"[{ARABIC_DIGITS}{CHINESE_DIGITS}.．十百]+个?百分点")
# A qualifier and a copula that open a figure (大约是|7万元, 约为|120万吨, 最多是|75万元; not 至少有|15人, which
# names its people after the figure).
_QUALIFIED_COPULA = compiled.compile(rf"(?:{_alternation(qualifiers.BEFORE)})(?:是|为|在|达)|约为")


# A figure that is the base a topic is compared with: 低于上季度的|637亿美元, 仅次于美国的|2999.6亿美元. The verb,
# then a time, place or holder, then 的; adverbs of degree may come before the verb (大幅低于).
COMPARED_BASE_VERBS: Final[tuple[str, ...]] = (
    *COMPARED_VERBS, "超过", "不及", "仅次于", "次于", "接近", "相当于", "好于", "差于", "远超", "远高于", "远低于",
)
_COMPARED_BASE = compiled.compile(rf"(?:{_alternation(COMPARED_BASE_VERBS)})[^，,。；;！？!?\n的]{{1,12}}的$")


def compared_base_subject(text: str, start: int, reader: Reader) -> Span | None:
    """The subject of a figure that is a base of comparison: what is compared, the topic before the verb
    (出口额|仅次于北京的|1.5万元) or that of the clause before, when the verb opens its clause (出口为8亿美元，|低于
    上季度的|10亿美元): the base is the same measure at another time or place."""
    if not text.startswith("的", start - 1):
        return None
    m = _COMPARED_BASE.search(text, max(0, start - 24), start)
    if m is None:
        return None
    own = reader.noun_phrase(subject_before(text, m.start(), change=True, words=reader))
    return own if own is not None else subject_of_earlier_clause(text, m.start(), reader, verb_opens=True)


def subject_of_earlier_clause(
    text: str, start: int, reader: Reader, people: bool = False, verb_opens: bool = False
) -> Span | None:
    """When the figure's clause only says how much or how it changed (，达|1200亿元; 二季度增长|7.4%), the
    figure continues an earlier clause of its sentence: its subject is the noun phrase before that clause's
    last number (全国一般公共预算收入203703亿元，比上年增长0.6%; 进出口增速逐季加快，二季度增长7.4% → 进出口增速),
    looking back a few clauses while each only says how much. ``verb_opens``: ``start`` is a verb that opens
    the figure's clause, which then says how much even when nothing stands before it."""
    lo, opened = _clause_start(text, max(0, start - _CLAUSE_REACH), start)
    hi = start
    elided = False  # the clause just passed has no topic of its own
    # the figure says by how many percent something changed (not points: 增幅提高|2.8个百分点 is the rise's own)
    changes = _CHANGE_WORD.search(text, lo, start) is not None and _POINTS.match(text, start) is None
    for _ in range(_CLAUSES_BACK):
        # a figure that opens its clause with a qualifier and a copula (，大约是7万元; ，约为120万吨) says only how
        # much, as one after 达 does; one that opens it bare is named after it (，50%属于…) or by its list
        predicate = lo == hi and (verb_opens or _QUALIFIED_COPULA.match(text, start) is not None)
        if not opened or (lo >= hi and not predicate) or not (elided or reader.only_amounts(lo, hi)):
            return None
        prev_lo, opened = _clause_start(text, max(0, lo - 1 - _CLAUSE_REACH), lo - 1)
        numbers = [m for m in _NUMBER_RUN.finditer(text, prev_lo, lo - 1) if text[m.end() : m.end() + 1] not in _DATES]
        hi = numbers[-1].start() if numbers else lo - 1
        # 浓度为0.048毫克，|达到了二级标准，|比上一年下降了7.7个百分点: a clause that opens with its verb says more of
        # the topic before it; what it reaches is no subject
        at = prev_lo
        while at < lo - 1 and text[at].isspace():
            at += 1
        elided = not numbers and _REACHED.match(text, at) is not None and reader.starts_verb(at)  # not 居|民
        if not numbers and _HOW_COUNTED.fullmatch(text, at, lo - 1):
            elided = True  # 仓位为75.34%，|按可比口径统计，|较年底上升8个百分点: how it was counted, an aside
            lo = prev_lo
            continue
        if hi > prev_lo and not elided:
            found = reader.noun_phrase(subject_before(text, hi, change=True, words=reader))
            reached = _REACHED_INSIDE.search(text, found[0] + 2, found[1]) if found and not numbers else None
            if found is not None and reached is not None:
                # a clause with no number that says what its topic reached (中国粮食产量|创历史最高水平，达到…,
                # 出口规模|位居全国首位，同比增长…): the topic, not the record
                found = reader.noun_phrase((found[0], reached.start())) or found
            if found is not None and not numbers and text[found[0] : found[1]] in HOW_IT_VARIES:
                # 本科生学费根据学科的不同会有|变化，大约是7万元到12万元: what varies, not the variation
                found = reader.clause_topic(prev_lo, hi) or found
            if found is None and not numbers and _CHANGE_WORD.search(text, prev_lo, hi):
                found = reader.clause_topic(prev_lo, hi)  # 服务出口|增长更为明显，同比增长了11.7%
            if found is not None and changes and text[found[0] : found[1]] in CHANGE_NOUNS:
                # 价格同比上涨11.3%，|涨幅比上月扩大2.2个百分点；|环比上涨1.7%: the rise of a rise is none — the
                # clause of 涨幅 speaks of the topic before it, which the figure's change is of
                elided, found = True, None
            if found is not None and (not people or _PEOPLE_AT_END.search(text, found[0], found[1])):
                return found  # a count of people continues a clause about people only (…枪案频发，有52人)
        lo = prev_lo
    return None


# A clause that says only how a figure was counted (按可比口径统计, 按当年价格计算, 据初步测算): an aside between the
# topic and the figure that continues it.
_HOW_COUNTED = compiled.compile(r"(?:按照|按|据|依|根据|以)[^，,。；;！？!?\n]{1,12}?(?:统计|计算|测算|核算|折算)")
# Verbs that open a clause with what its topic reached or ranks as: 达到了国家二级标准, 超过去年全年总额, 居全国首位.
REACHED_VERBS: Final[tuple[str, ...]] = (
    "达到", "超过", "低于", "高于", "符合", "优于", "好于", "位居", "位列", "居", "排名", "排在", "创下", "创", "刷新",
    "跻身",
)  # fmt: skip
_REACHED_VERB = rf"(?:首次|再次|继续|均|已|仍|也)?(?:{_alternation(REACHED_VERBS)})"
_REACHED = compiled.compile(rf"{_REACHED_VERB}了?")
# …and inside a clause, after its topic: not the 居 of 居民 or the 创 of 创新 (words the verb opens).
_REACHED_INSIDE = compiled.compile(rf"{_REACHED_VERB}(?<!居(?=[民住家室然委])|创(?=[新业造建意作办立收汇]))")
# A clause with no number that says how its topic changed (服务出口增长更为明显): the next clause's figure is
# that change.
_CHANGE_WORD = compiled.compile(_alternation(tuple(w for w in CHANGE_WORDS if len(w) >= 2)))


# The part in "A占B的N%": A, not B (服务业增加值占全市生产总值的55.3% is about 服务业增加值). 占 in 占地, 占用,
# 占领, 占据, 占有率, 占比 is another word.
_SHARE_CLAUSE = compiled.compile(r"占(?![用领据有比])(?!地(?!区))[^，,。；;！？!?\n]{1,24}?的?$")
_FRACTION_WORD = compiled.compile(r"一半|分之|[一二三四五六七八九两]成")
_HOW_MEASURED = ("按", "按照", "以", "据")
_SHARE_OF_BASE = compiled.compile(
    r"(?:不低于|不高于|不超过|不少于|不到|低于|高于|相当于|仅为|只有|约为|恢复至|恢复到|达到|(?<![就也都还便正])(?:为|是))"
    r"[^，,。；;！？!?\n的]{1,16}的$"  # (not the emphatic 就是: 最痛苦的就是…工资的|近一半)
)
# …and a base that is a total, written with no 的 (高考成绩|需达总成绩|45%, 分数|不低于总分|60%).
_SHARE_OF_TOTAL = compiled.compile(
    r"(?:不低于|不高于|不超过|不少于|不到|低于|高于|相当于|达到|达|为|是)[^，,。；;！？!?\n的]{0,6}总\p{Han}{1,2}$"
)
# The part in "A与B的比率为N" (社会物流总费用与国内生产总值的比率为14.2%): A, not B, the base.
_RATIO_CLAUSE = compiled.compile(
    r"(?:与|和|同)[^，,。；;！？!?\n]{1,20}?(?:的|之)(?:比率|比值|比例|比)(?:为|是|达到|达|约为|仅为|降至|升至)?$"
)
# After "N%的": the group of which the figure is a share (60%的家庭) — unless the word is what the figure
# measures (6%的增长, 5%的比重).
_MEASURE_NOUNS = (
    *CHANGE_WORDS, "比例", "比重", "份额", "水平", "幅度", "速度", "目标", "利率", "税率", "概率", "可能",
    "成绩", "收益", "回报", "折扣", "优惠", "股份", "股权",
)
_MEASURED_AFTER = compiled.compile(_alternation(_MEASURE_NOUNS))
# A word that names a measure ends in one (年回报率, 增持幅度, 优惠费率) or in a measure's suffix (销售率).
_MEASURE_END = compiled.compile(rf"(?:{_alternation(_MEASURE_NOUNS)}|[率幅值额价量比税])$")
# …幅度在5%以上的基金: after a copula the figure is the value of the noun before it, and 的基金 opens a
# relative clause (the funds whose 幅度 is over 5%), not the group it is a share of.
_VALUE_OF_BEFORE = _at_end(
    r"(?:(?<![，,；;。：:\n]|^)在|(?<![因以认称作成])为|是|达到|达|约为|超过|低于|高于)$"
)  # not ，在60%的农村, nor 因为|60%的网友 (because, no copula)


def measure_after(text: str, start: int, end: int, reader: Reader) -> Span | None:
    """The measure a percentage is the value of when 的 and a measure follow it (6.6%的增速, 30%以上的收益率,
    40%—45%的目标): the phrase after 的, to be joined to the subject before the figure (中国经济|实现|6.6%的增速
    → 中国经济增速). None when the phrase after 的 is a group the figure is a share of (60%的家庭) or is not there."""
    if not text.startswith("的", end) or _VALUE_OF_BEFORE.search(text, max(0, start - 4), start):
        return None
    after = reader.head_after(subject_after(text, end, words=reader))
    if after is None or not _MEASURED_AFTER.match(text, after[0]) or _EVALUATION_AFTER.match(text, end):
        return None
    run = reader.measure_run(*after, _MEASURE_END)  # 增长率|遥遥领先: the measure, not its predicate
    return (after[0], run) if run > after[0] else None


# A figure that opens the clause after "…中，" is a part of the whole named before 中 (169个细项中，仅|35%进展顺利;
# 2.8万亿的财政直达资金中，已经有|2.5万亿元分配到了…): the whole is what it is a part of. Adverbs and 有 may stand
# between.
_FRAME_BEFORE = compiled.compile(
    r"(?<=\p{Han})(?:中|之中|当中)[，,]\s*(?:其中)?(?:仅|只|仅有|只有|有|已有|已经有|就有|共有|约有)?$"
)


# …not an activity, in which the figure is found (调查中，超过半数…, 在旧房翻修中，50%…): no whole of parts.
NOT_WHOLES: Final[tuple[str, ...]] = (
    "调查", "采访", "统计", "研究", "报告", "调研", "会议", "活动", "公告", "翻修", "过程", "工作", "比赛", "交易",
)  # fmt: skip


def frame_subject(text: str, start: int, reader: Reader) -> Span | None:
    """The whole a figure is a part of, when its clause opens with the figure after "…中，" or after 其中 that
    follows a count (有800多名学生，其中|95%以上来自农村); else None."""
    if "中" not in text[max(0, start - 8) : start]:
        return None  # (a substring test first: most figures follow no frame)
    frame = _FRAME_BEFORE.search(text, max(0, start - 8), start)
    if frame is not None and not text.endswith(NOT_WHOLES, 0, frame.start()):
        return reader.noun_phrase(subject_before(text, frame.start(), words=reader))
    return None if frame is not None else _counted_before_among_them(text, start, reader)


# 其中 opening a clause after one that counts things or people: the figure is a part of what was counted
# (实景剧有800多名演员，其中|95%以上由当地群众兼任 → 演员). Only the last count of the clause before, and only when
# a noun follows it.
_AMONG_THEM = compiled.compile(r"[，,；;]\s*其中[，,：:]?\s*(?:仅|只|仅有|只有|有|已有|约有|共有|就有)?$")
_COUNT_OF = compiled.compile(
    rf"[{ARABIC_DIGITS}{CHINESE_DIGITS}十百千万亿.．]+[多余]?[万亿]?"
    rf"(?:{_alternation((*_COUNTING_UNITS, *CLASSIFIERS))})"
)
_PEOPLE_CLASSIFIERS = tuple(CLASSIFIERS)  # …a count of people or households ends in one of these


def _counted_before_among_them(text: str, start: int, reader: Reader) -> Span | None:
    among = _AMONG_THEM.search(text, max(0, start - 10), start)
    if among is None:
        return None
    lo, _ = _clause_start(text, max(0, among.start() - _CLAUSE_REACH), among.start())
    counts = list(_COUNT_OF.finditer(text, lo, among.start()))
    if not counts:
        return None
    count = counts[-1]  # the last count of the clause
    people = count.group().endswith(_PEOPLE_CLASSIFIERS)
    return reader.head_after(subject_after(text, count.end(), people=people, words=reader), counted=True)


# 其 before a share measure alone (…板块也得到类似遭遇，其最新|占比为4.59个百分点): the share is of the topic of the
# clause before.
_ITS_SHARE = compiled.compile(rf"[，,]其(?:最新|目前|当前|当时)?(?:{_alternation(tuple(SHARE_MEASURES))})$")
_LAST_CLAUSE_MARK = compiled.compile(r"[，,：:；;。！？!?\n]", regex.REVERSE)  # searched back from 其


def _owner_of_its_share(text: str, found: Span | None, reader: Reader) -> Span | None:
    if found is None or text[found[0] : found[1]] not in SHARE_MEASURES:
        return found
    its = _ITS_SHARE.search(text, max(0, found[1] - 10), found[1])
    if its is None:
        return found
    clause = _LAST_CLAUSE_MARK.search(text, max(0, its.start() - _CLAUSE_REACH), its.start())
    lo = clause.end() if clause is not None else max(0, its.start() - _CLAUSE_REACH)
    return reader.clause_topic(lo, its.start()) or found


def percentage_subject(text: str, start: int, end: int, change: bool, reader: Reader) -> Span | None:
    """The subject of a percentage: the group after 的 for a share of it (三分之一的居民), the part A in
    "A占B的N%", else the phrase before it (changes and their basis dropped), else the previous clause's."""
    return _owner_of_its_share(text, _percentage_subject(text, start, end, change, reader), reader)


def _percentage_subject(text: str, start: int, end: int, change: bool, reader: Reader) -> Span | None:
    named = None if change else _named_by_copula(text, start, end, reader)
    if named is not None:
        return named
    if (
        not change
        and text.startswith("的", end)
        and not _VALUE_OF_BEFORE.search(text, max(0, start - 4), start)
        and not _EVALUATION_AFTER.match(text, end)
    ):
        after = reader.head_after(subject_after(text, end, words=reader))  # 41%的被调查者|判断
        if after is None:
            after = reader.closing_verb(end + 1)  # 加百分之三的|提成。: a verb alone after 的 is a noun
        if after is not None and not _MEASURED_AFTER.match(text, after[0]):
            return after
    if not change and _SHARE_OF_GROUP.search(text, start, end) and reader.starts_noun(end):
        after = reader.head_after(subject_after(text, end, words=reader), counted=True)  # 九成|税收业务|可在网上办理
        if (
            after is not None
            and reader.starts_verb(after[1], adjectives=True)
            and not _MEASURED_AFTER.match(text, after[0])
            and (after[1] - after[0] <= _SHORT_GROUP or not text.endswith(("%", "％"), 0, end))
        ):
            return after  # (a group after a share in percent is short: 80%|美国选民|认为…, not a headline run-on)
    # (not a discount, which is a price's share: 公告中，|8折已经不是新鲜事)
    framed = None if change or text.startswith("的", end) or text.endswith("折", 0, end) else frame_subject(
        text, start, reader
    )
    if framed is not None and not reader.starts_thing(end):
        return framed
    share = _SHARE_CLAUSE.search(text, max(0, start - 26), start) or _RATIO_CLAUSE.search(
        text, max(0, start - 30), start
    )
    if share is not None:
        if _opens_clause(text, share.start()):
            return _topic_before(text, share.start(), reader)  # None rather than the base (see share_base)
        part = reader.noun_phrase(subject_before(text, share.start(), change=True, words=reader))
        if part is not None:
            return part
    # 分配比例|不低于可分配收益的|50%, 出口额|相当于全国的|三成: a share of a base after a verb of comparison or a
    # copula, as after 占 — the part is before the verb
    compared = None
    if share is None and text.startswith("的", start - 1):
        compared = _SHARE_OF_BASE.search(text, max(0, start - 26), start)
    elif share is None and "总" in text[max(0, start - 4) : start]:
        compared = _SHARE_OF_TOTAL.search(text, max(0, start - 16), start)
    if compared is not None:
        part = reader.noun_phrase(subject_before(text, compared.start(), change=True, words=reader))
        if part is not None and not text.endswith(_HOW_MEASURED, 0, part[0]):
            return part  # (not 按|可比口径|恢复至…的: how it was counted, no part)
    if share is None and text.startswith("的", start - 1) and _FRACTION_WORD.search(text, start, end):
        whole = reader.noun_phrase(subject_before(text, start - 1, change=True, words=reader))
        if whole is not None:
            return whole  # 2人工资的|近一半, 收入的|三分之一: a fraction of what stands before 的
    # …之前的|不到70%: a phrase ending in 的 modifies the figure (but 占我国外贸总值的|65% says what it is a share of)
    modifier = text.startswith("的", start - 1) and share is None
    before = None if modifier else subject_before(text, start, change=True, words=reader)
    return (
        reader.noun_phrase(before)
        or _label_before(text, start, reader)
        or _subject_before_comparison(text, start, reader)
        or subject_of_range(text, start, reader)
        or subject_of_earlier_clause(text, start, reader)
    )


# A share written as tenths or a fraction (九成, 三分之一) right before a noun and its verb is a share of that
# group (超过九成|税收业务|可在网上办理); a percentage there is most often a table's or a title's run-on.
# …and a half (超半数|个股|下跌), and a share in percent right before people (只有45%|高校毕业生|有了就业签约)
_SHARE_OF_GROUP = compiled.compile(r"成半?$|分之|半数?$|一半$|[%％]$")
_SHORT_GROUP = 6


# A multiple of a base: A是B的N倍 — the figure is A's, and B is what it is measured against.
_MULTIPLE_OF = compiled.compile(r"(?:是|为|相当于|达到|达)[^，,。；;！？!?\n是为]{1,24}的$", regex.REVERSE)


def multiple_subject(text: str, start: int, reader: Reader) -> Span | None:
    """A of "A是B的N倍" (亩产利润是小麦的三到四倍 → 亩产利润), or None when the figure is not so written."""
    m = _MULTIPLE_OF.search(text, max(0, start - 30), start)
    if m is None:
        return None
    if _opens_clause(text, m.start()):
        return _topic_before(text, m.start(), reader)  # 成交15.55万平方米，是去年同期的2.32倍
    return reader.noun_phrase(subject_before(text, m.start(), change=True, words=reader))


def echoed_topic(text: str, start: int, unit: str, reader: Reader) -> Span | None:
    """The topic of the figure's clause when the figure's classifier echoes its head (中欧班列|累计开行|4541列,
    这批车辆|共有|30辆): a classifier that repeats a noun's last character counts that noun."""
    lo, _ = _clause_start(text, max(0, start - _CLAUSE_REACH), start)
    topic = reader.clause_topic(lo, start)
    if topic is None or topic[1] >= start or text[topic[1] - 1] != unit[-1]:
        return None
    return topic


def _opens_clause(text: str, at: int) -> bool:
    return at > 0 and text[at - 1] in "，,"


# The end of the base in a share clause: 占全国进出口总值|的比重为, 占GDP比重|达.
_BASE_END = compiled.compile(r"的|(?:为|是|达到|达|约为|约|超过|提升至|提高到|提高至|升至|降至|下降到)$")


_BASE_START = compiled.compile(r"占(?:到了|到|了)?")
_HAS_DIGIT = compiled.compile(rf"[{ARABIC_DIGITS}]")


def share_base(text: str, start: int) -> Span | None:
    """The base of a share whose clause opens with 占 (…，占我国外贸总值的65%): the words from 占 to the base's
    end. Such a share is the topic's part of that base, and its subject is read as both (一般贸易进出口 +
    占我国外贸总值); see ``percentage_subject``."""
    share = _SHARE_CLAUSE.search(text, max(0, start - 26), start)
    if share is None or not _opens_clause(text, share.start()):
        return None
    end = _BASE_END.search(text, share.start() + 1, start)
    hi = end.start() if end is not None else start
    base = _BASE_START.match(text, share.start(), hi)
    if base is None or hi - base.end() < 2 or _HAS_DIGIT.search(text, base.end(), hi):
        return None  # 占到了|21%: no base named; 占IPO筹资规模10%…: another figure's
    return share.start(), hi


# A qualifier before a clause's first number (近3.8万亿元, 超过200万家) and a comparison before a phrase
# (高于|社会消费品零售总额): where the figure starts, and a base that is no topic.
_QUALIFIER_AT_END = compiled.compile(r"(?:近|约|超过|超|逾|将近|大约|不到|不足|达|达到)$")
_CHANGE_IN_CLAUSE = compiled.compile(rf"(?:{_alternation(CHANGE_WORDS)})(?:了|至|到)?$")
_COMPARED_BEFORE = compiled.compile(r"(?:高于|低于|快于|慢于|多于|少于|超过|比|较|与|同)$")


def _topic_before(text: str, at: int, reader: Reader) -> Span | None:
    """The part of a share whose clause opens with 占 (…，占全国的15%): the topic of the clause before, or of
    the one before that when that clause opens with a verb (数字经济规模达22.4万亿，居世界第二，占GDP的30.1%)."""
    hi = at - 1
    for _ in range(_CLAUSES_BACK):
        lo, opened = _clause_start(text, max(0, hi - _CLAUSE_REACH), hi)
        # a clause with a figure: what its first figure is about, when that opens the clause (广东外贸进出口总值
        # 8.31万亿元，占…), not the object of its verb or the base it is compared with (高于零售总额4.6个百分点)
        numbers = _NUMBER_RUN.finditer(text, lo, hi)
        number = next((m for m in numbers if text[m.end() : m.end() + 1] not in _DATES), None)
        if number is not None:
            qualified = _QUALIFIER_AT_END.search(text, max(lo, number.start() - 3), number.start())
            figure_at = qualified.start() if qualified is not None else number.start()
            if reader.only_amounts(lo, figure_at) and opened:
                hi = lo - 1  # ，同比增加40%，占…: the clause before says how much; its topic is further back
                continue
            found = reader.noun_phrase(subject_before(text, figure_at, change=True, words=reader))
            if found is None and qualified is not None:  # 超过|12万亿元: 超过 is a verb the rules cut too
                found = reader.noun_phrase(subject_before(text, number.start(), change=True, words=reader))
                if found is not None and found[1] > figure_at:
                    found = None  # 总额近|3亿元: the qualifier is no part of the phrase
            if (
                found is not None
                and found[0] >= lo
                and not reader.has_own_verb(lo, found[0])
                and not _COMPARED_BEFORE.search(text, max(lo, found[0] - 3), found[0])
            ):
                return found
            if found is None and opened and _CHANGE_IN_CLAUSE.search(text, max(lo, figure_at - 6), figure_at):
                hi = lo - 1  # ，同比名义增长5.4%，占…: a change of what the clause before names
                continue
        topic = reader.clause_topic(lo, hi)
        if topic is not None and reader.only_amounts(*topic):
            topic = None  # 同比增加: how much, not of what
        if topic is not None or number is not None or not opened:
            return topic
        hi = lo - 1  # ，居世界第二，占…: a clause with neither figure nor topic continues the one before
    return None


# A comparison and its change between a subject and the figure: 平均资费|比2014年下降了|91%,
# 暴力犯罪案件|与去年同期相比激增|31%, 收入|较上年增加|200元.
# The comparison starts at its first word that leaves only the base and the change before the figure.
_COMPARED_WORD = compiled.compile(r"比|较|与|跟|同")
_COMPARISON_REACH = 15


def _subject_before_comparison(text: str, start: int, reader: Reader) -> Span | None:
    lo = max(0, start - _COMPARISON_REACH)
    for mark in SENTENCE_END.finditer(text, lo, start):
        lo = mark.end()
    for m in _COMPARED_WORD.finditer(text, lo, start - 1):
        if reader.only_amounts(m.start(), start):
            return reader.noun_phrase(subject_before(text, m.start(), change=True, words=reader))
    return None


def _clean(text: str, lo: int, hi: int) -> Span | None:
    phrase = text[lo:hi]
    if phrase.count("“") != phrase.count("”"):
        while lo < hi and text[lo] in _QUOTES:
            lo += 1
        while hi > lo and text[hi - 1] in _QUOTES:
            hi -= 1
    if hi <= lo or not (_HAS_HAN.search(text, lo, hi) or _LATIN_NAME.fullmatch(text, lo, hi)):
        return None  # a Latin run alone is no noun, but for an index's or indicator's name (CPI, GDP, M2)
    return lo, hi
