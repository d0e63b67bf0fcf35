"""Text that holds digits but is not a figure of the news: the scanner consumes these spans first.

Each row: a name and a pattern (regex syntax). The names are for debugging; order does not matter except
that all of these are tried before a figure at the same position. A new set phrase is one word in
SET_PHRASES plus one negative example in the corpus.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from .numerals import ARABIC_DIGITS, CHINESE_DIGITS, MAX_NUMERAL_RUN, SCALES

_D = f"[{ARABIC_DIGITS}]"
_N = f"[{ARABIC_DIGITS}{CHINESE_DIGITS}{SCALES}.．,，]"  # any character of a numeral
_CN = f"[{CHINESE_DIGITS}{SCALES}]"
_NS = f"[{ARABIC_DIGITS}{CHINESE_DIGITS}{SCALES}]"  # a numeral's first character (never its punctuation)
# The rest of a numeral, bounded: these patterns look ahead for a word after the numeral (世纪, 位数, 年级),
# and an unbounded run would be rescanned from each of its positions (quadratic on 1.1.1.1…).
_REST = f"{_N}{{0,{MAX_NUMERAL_RUN}}}+"
# …where a comma belongs to the numeral only between digit groups of three (第1,000位), not after a word
# (排名第一，三家企业) nor before a year (排名第21，2008年又…).
_REST_NO_COMMA = (
    f"(?:[{ARABIC_DIGITS}{CHINESE_DIGITS}{SCALES}.．]|(?<=[0-9０-９])[,，](?=[0-9０-９]{{3}}(?![0-9０-９]))){{0,{MAX_NUMERAL_RUN}}}+"
)

# Slogans, set phrases, idioms and place names in which a numeral meets a classifier or unit.
SET_PHRASES: Final[tuple[str, ...]] = (
    "五花八门", "八仙过海", "十年树木", "百年树人", "两个确保", "一元二次方程", "一元一次方程", "二元一次方程",
    "三个代表", "两个务必", "两个确立", "两个维护", "四个全面", "四个意识", "四个自信", "三个有利于",
    "两个一百年", "八项规定", "四项基本原则", "三大纪律", "八项注意", "五个一工程", "三个世界", "两个凡是",
    "三个面向", "四个现代化", "三个必须", "两个毫不动摇", "十个指头", "一国两制", "两学一做", "三严三实",
    "一带一路", "三天两头", "三天打鱼", "两天晒网", "三年五载", "三三两两", "三门峡", "七台河", "五台",
    "九台", "三台", "五家渠", "七匹狼", "三只松鼠", "五指山", "千家万户", "万家灯火", "一五一十",
    "三番五次", "一个中心", "两个基本点", "两个大局", "五位一体", "四位一体", "三位一体", "一条龙",
    "两条腿走路", "一把手", "二把手", "三把手", "四大天王", "八个明确", "十四个坚持", "三步走",
    "两步走", "一步到位", "三件套", "一成不变", "三人行", "二人转", "四人帮", "两人世界", "一人一票",
    "三人成虎", "二人世界", "一人一策", "一户一策", "一村一品", "一事一议", "一岗双责", "两个市场",
    "两种资源", "十年寒窗", "三个月亮", "三次产业", "一波三折", "成千上万", "成百上千", "九成宫", "百折不挠",
    "十之八九", "千分尺", "四种形态", "六个精准", "五个一批", "四处", "数据二十条", "两个结合", "两个先行",
    "费城76人", "76人队",
    "北欧两项", "冬季两项", "铁人三项", "现代五项", "十项全能", "七项全能", "三级跳远",  # sports
)  # fmt: skip

PATTERNS: Final[dict[str, str]] = {
    # A run of digit and scale characters longer than any numeral (a row of 一一一…, a table run together) is
    # no figure: consumed whole (or what is left of it after an ordinal took its start), so that no figure
    # pattern is tried again at each of its positions.
    "numeral-run": rf"{_NS}{{{MAX_NUMERAL_RUN + 1},}}+",
    "url": r"(?:https?://|www\.)[!-~]+",
    # Bounded (an address's local part is at most 64 characters) so a long run of %, - or digits is not
    # rescanned from every position.
    "email": r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}",
    "telephone-labelled": r"(?:电话|传真|热线|手机|联系电话|咨询电话|举报电话|服务电话|Tel|TEL|tel|Fax|FAX)"
    r"\s*[:：]?\s*[0-9０-９()（）\-－—\s]{5,}[0-9０-９]",
    # An area code with its dash is a telephone number whatever follows (0755-83456789元器件事业部).
    "telephone": r"(?<![0-9０-９])(?:\(?0[0-9]{2,3}\)?[-－—][0-9]{7,8}|[48]00[-－][0-9]{3}[-－][0-9]{4})(?![0-9０-９])"
    r"|(?<![0-9０-９])(?:\(0[0-9]{2,3}\)[0-9]{7,8}|1[3-9][0-9]{9})(?![0-9０-９.．元万亿])",
    "stock-code": r"[(（](?:[0-9]{6}(?:\.[A-Z]{2})?|[A-Z]{2}[0-9]{6})[)）]|(?:代码|股票代码|证券代码)[:：]?\s*[0-9]{6}",
    # 第五、六期, 第三至五届: the ordinal's 第 governs each numeral of its list or range
    "ordinal": rf"第{_NS}{_REST_NO_COMMA}(?:[、至到]{_CN}{{1,3}}+(?![年月日]))?",
    # Years and decades are dates, not durations: 2005年, 二〇〇五年, 05年, 80年代, 2008-2009年, 20世纪.
    "year": rf"(?<![0-9０-９])[12１２]{_D}{{3}}(?:[-－—~～至到][12１２]{_D}{{3}})?(?=年)"
    rf"|[〇零一二三四五六七八九]{{4}}(?=年)|[0０]{_D}(?=年)|{_D}{{2}}(?=年代)|{_NS}{_REST}(?=世纪)",
    # 上午9点-11点: the end of a time range is a clock too
    "clock": rf"(?:上午|下午|晚上|早上|凌晨|中午|傍晚|夜里|今晚|今早|当晚|晚|早)"
    rf"[{ARABIC_DIGITS}一二三四五六七八九十两]{{1,3}}[点时]"
    rf"(?:[-－—~～至到][{ARABIC_DIGITS}一二三四五六七八九十两]{{1,3}}[点时])?"
    rf"|{_D}{{1,2}}[点时](?:{_D}{{1,2}}分|半|整|钟)|{_D}{{1,2}}[:：]{_D}{{2}}",
    "digit-count": rf"{_NS}{_REST}位数",
    "time-slot": rf"{_NS}{_REST}点档",  # 19点档, 八点档: a broadcast's time slot, not index points
    "team-size": rf"{_NS}{_REST}人制",  # 七人制橄榄球
    # 获得前三名, 排名前五位, 前八强, 排在五位的: a rank, not a count
    "rank": rf"前{_NS}{_REST}[名位强]|(?<=排在|排名|位列|名列|位居){_NS}{_REST}位",
    # 三期扩建工程, 二期项目: the phase of a project is its label, not a count of phases
    "phase": rf"{_CN}{{1,3}}+期(?=(?:扩建|改建|续建|新建)?(?:工程|项目|建设|扩建|规划|厂房|住宅|地块))",
    # 南楼5层, 大厦18层: a floor of an address (大楼共18层 counts floors)
    "floor": rf"(?<=[楼厦座])[{ARABIC_DIGITS}]{{1,3}}层",
    "school-year": rf"{_NS}{_REST}年级",
    "recurring-date": rf"每年{_NS}{_REST}月(?:{_NS}{_REST}[日号])?|每月{_NS}{_REST}[日号]|每周[一二三四五六日天]",
    "plenum": rf"{_CN}{{1,4}}+届{_CN}{{1,4}}+中全会",  # 十七届四中全会
    # 十三届全国人大二次会议: the second session of a congress, not two meetings
    "session": rf"{_CN}{{1,4}}+届(?:全国人大|全国政协|人大|政协|全国人民代表大会)?{_CN}{{1,3}}+次(?:会议|全体会议)",
    "class-year": rf"(?<![0-9０-９])[12１２]{_D}{{3}}届",  # 2022届毕业生: a class, not 2022 sessions
    # H1N1, A380, G20; not a currency code before an amount (RMB5万, USD300).
    "latin-code": r"(?!(?:RMB|CNY|USD|HKD|EUR|GBP|JPY|AUD|CAD|SGD|MOP|KRW|TWD)\s?[0-9])[A-Za-z]+[0-9]+[A-Za-z0-9]*",
}

# Team names written as a count (76人 is the Philadelphia 76ers): in a text with one of its markers, a figure
# written exactly so is the team, not a headcount (热火主场迎战76人, 76人反超).
TEAM_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "76人": ("76人队", "费城76人", "NBA", "季后赛", "常规赛", "篮板", "助攻", "三分球"),
}


def team_names_in(text: str) -> frozenset[str]:
    """The team names of TEAM_NAMES that ``text`` shows itself to be about."""
    return frozenset(name for name, markers in TEAM_NAMES.items() if any(m in text for m in markers))


# A count or length inside a short quoted name or a column title is part of a slogan, a policy's or a series'
# name (“国11条”, 《国十一条》, “三支一扶”, “1小时交通圈”, “A股黄金十年”, 【辉煌35年】, 【…非凡十年】), not a figure
# of the story; a sum or a share in quotes still is (“3元”, “已经完成了96%”). Quoted names up to NAME_REACH characters.
NAME_REACH: Final[int] = 10
_NAMED_PHRASE = re.compile(rf"“[^“”\n]{{1,{NAME_REACH}}}”|《[^《》\n]{{1,{NAME_REACH}}}》|【[^【】\n]{{1,30}}】")


def named_phrases(text: str) -> list[tuple[int, int]]:
    """The spans of short quoted names and column titles in ``text``, in order (see NAME_REACH)."""
    if "“" not in text and "【" not in text and "《" not in text:
        return []
    return [m.span() for m in _NAMED_PHRASE.finditer(text)]


def inside_named(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """text[start:end] lies within one of ``spans`` (``named_phrases``)."""
    k = bisect.bisect_right(spans, (start, end)) - 1
    return k >= 0 and spans[k][0] < start and end < spans[k][1]
